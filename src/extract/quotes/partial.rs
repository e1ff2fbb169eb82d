//! Whether a quote is partial: a fragment inside the reporter's own sentence ('called the
//! rescue "flawless"'), not a sentence or more set off by its attribution ('"We are
//! ready," she said.').
//!
//! A quote is whole when it reads as a sentence (a capital first or a stop, comma, or
//! other closing punctuation last) and is set off: by a colon right before it ("she
//! said:"), or on both sides, with nothing, a reporting verb, a comma or a dash before it
//! in its sentence and nothing, punctuation or an attribution after it. A sentence
//! quoted as the object of the reporter's own sentence is partial ('Protesters chanted
//! "Save our harbour!" as councillors arrived'). A quote over several paragraphs is
//! always whole.

use super::marks::Span;
use super::speakers::Frame;
use crate::lexicon::WordList::{ReportingParticiples, ReportingVerbs, TitleSmallWords};

/// Whether the quote `span` with `frame` is partial; `attributed` when an attribution
/// follows it at once.
pub fn is_partial(text: &str, span: &Span, frame: &Frame, attributed: bool) -> bool {
    if span.paragraphs > 1 {
        return false;
    }
    let is_mark = |c: char| "\"“”„«»‘'".contains(c);
    let content =
        text[span.content.clone()].trim_matches(|c: char| c.is_whitespace() || is_mark(c));
    let opens = content
        .trim_start_matches(['.', '-', '…', ' '])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let closes = content.ends_with(['.', '!', '?', ',', ';', ':', '…', '-']);
    let before = text[frame.before.clone()].trim();
    let last_word = before
        .trim_end_matches(',')
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let verb_before = before.ends_with(':')
        || ReportingVerbs.contains(last_word.as_str())
        || ReportingParticiples.contains(last_word.as_str());
    let set_off_before = verb_before || before.is_empty() || before.ends_with([',', '-', '(']);
    let after = text[frame.after.clone()].trim();
    let set_off_after = after.is_empty()
        || after.starts_with(|c: char| !c.is_alphanumeric() && !is_mark(c))
        || attributed;
    !((opens || closes) && (before.ends_with(':') || (set_off_before && set_off_after)))
}

/// What closes a quote that reads as speech ("Fine," "Never again."): a scare quote or a
/// title ends with none of it.
const CLOSING: [char; 7] = ['.', '!', '?', ',', ';', ':', '…'];

/// Most words in a scare quote: longer, it is a phrase of someone's, not a word the
/// reporter keeps at a distance.
const SCARE_WORDS: usize = 2;

/// Whether the quote `span` is one or two words with no closing punctuation: a scare
/// quote ("so-called "peace plan""), partial unless the text names who said it.
pub fn is_scare(text: &str, span: &Span) -> bool {
    let content = text[span.content.clone()].trim();
    span.paragraphs == 1
        && content.split_whitespace().count() <= SCARE_WORDS
        && !content.ends_with(CLOSING)
}

/// Most words in a quoted title or name.
const TITLE_WORDS: usize = 8;

/// Whether the quote `span` is a title or a name, which no one says: in one paragraph, up
/// to [`TITLE_WORDS`] words, each capitalised (or a number) but for the short words titles
/// leave in lower case, the first capitalised, and no closing punctuation (a report
/// "Sirens Without Fuel", a film "The Flood Season", a nickname "Papa Joe"). "Fine," or
/// "Never again." reads as speech.
pub fn is_title(text: &str, span: &Span) -> bool {
    let content = text[span.content.clone()].trim();
    let words: Vec<&str> = content.split_whitespace().collect();
    let capitalised = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    span.paragraphs == 1
        && (1..=TITLE_WORDS).contains(&words.len())
        && capitalised(words[0])
        && words
            .iter()
            .all(|w| capitalised(w) || TitleSmallWords.contains(&w.to_lowercase()))
        && !content.ends_with(CLOSING)
}
