//! The dateline that opens a story: a place in capitals, an optional region and date, an
//! optional source in parentheses, and a dash ("PORT SELWYN, Norland, March 4 (Wire) -").
//!
//! It opens a line, or, when a page was copied badly, is glued to the end of whatever came
//! before it ("...share buttonsLINDMARK (Wire) - Story"); glued, it must name its source.
//! Without a source the dash needs spaces around it and a paragraph after it (five words
//! or more, closed by a stop), so that "UN-backed" or a heading in capitals is no
//! dateline.

use super::Dateline;
use crate::calendar::MONTH_NAMES;
use crate::lexicon::WordList::NotDatelinePlaces;

/// Most characters in a source ("Wire", "Lindmark Herald").
const SOURCE_CHARS: usize = 40;

/// Most words in a dateline's place ("PORT SELWYN", "RIO DE JANEIRO") and in its region
/// ("South Norland"): longer runs of capitals are headings.
const PLACE_WORDS: usize = 4;
const REGION_WORDS: usize = 3;

/// Fewest capital letters in a place: a single capital ("A") is a word, not a place.
const PLACE_CAPITALS: usize = 2;

/// Fewest words a story must have after a dateline without a source.
const WORDS_AFTER: usize = 5;

/// The dateline that opens `text[line]` or is glued inside it, if any.
pub(super) fn find(text: &str, line: std::ops::Range<usize>) -> Option<Dateline> {
    if let Some(found) = parse(text, line.start, line.end, false) {
        return Some(found);
    }
    let s = &text[line.clone()];
    let mut previous = None;
    for (i, c) in s.char_indices() {
        if c.is_uppercase() && previous.is_some_and(glues) {
            if let Some(found) = parse(text, line.start + i, line.end, true) {
                return Some(found);
            }
        }
        previous = Some(c);
    }
    None
}

/// Whether a dateline may be glued right after `c`: the end of a word or a sentence.
fn glues(c: char) -> bool {
    c.is_lowercase() || c.is_ascii_digit() || ".!?)".contains(c)
}

/// A dateline that starts at `start` and ends before `end`.
fn parse(text: &str, start: usize, end: usize, need_source: bool) -> Option<Dateline> {
    let s = &text[start..end];
    let place = place_len(s)?;
    let mut at = place;
    for _ in 0..2 {
        let Some(after) = s[at..].strip_prefix(", ") else {
            break;
        };
        let Some(len) = date_len(after).or_else(|| region_len(after)) else {
            break;
        };
        at += 2 + len;
    }
    let mut source = None;
    let gap = spaces(&s[at..]);
    if let Some(inner) = s[at + gap..].strip_prefix('(') {
        // A source is short: look no further than its longest form for the ')'.
        let close = inner
            .char_indices()
            .take(SOURCE_CHARS + 1)
            .find(|&(_, c)| c == ')' || c == '(')
            .filter(|&(_, c)| c == ')')?
            .0;
        let content = &inner[..close];
        if close == 0 || !content.starts_with(char::is_alphabetic) {
            return None;
        }
        let from = start + at + gap + 1;
        source = Some(from..from + close);
        at += gap + 1 + close + 1;
    }
    if need_source && source.is_none() {
        return None;
    }
    let before_dash = spaces(&s[at..]);
    let dashes = s[at + before_dash..].len() - s[at + before_dash..].trim_start_matches('-').len();
    if !(1..=2).contains(&dashes) || source.is_none() && before_dash == 0 {
        return None;
    }
    let dash_end = at + before_dash + dashes;
    let after = &s[dash_end..];
    let story = after.trim_start_matches(' ');
    let opens_sentence = story
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'«".contains(c));
    let ok = if source.is_some() {
        story.is_empty() || story.len() < after.len() && opens_sentence
    } else {
        story.len() < after.len()
            && opens_sentence
            && story.split_whitespace().count() >= WORDS_AFTER
            && story.contains(char::is_lowercase)
            && story.trim_end().ends_with(['.', '!', '?', '"', '”', '\''])
    };
    ok.then(|| Dateline {
        range: start..start + dash_end,
        place: start..start + place,
        source,
    })
}

/// The number of spaces that open `s`.
fn spaces(s: &str) -> usize {
    s.len() - s.trim_start_matches(' ').len()
}

/// The length of the place in capitals that opens `s`: one to four words of capital
/// letters (with `.`, `'` or `-` inside), two capitals at least.
fn place_len(s: &str) -> Option<usize> {
    let mut end = capitals_word_len(s)?;
    for _ in 1..PLACE_WORDS {
        let Some(len) = s[end..].strip_prefix(' ').and_then(capitals_word_len) else {
            break;
        };
        end += 1 + len;
    }
    let capitals = s[..end].chars().filter(|c| c.is_uppercase()).count();
    (capitals >= PLACE_CAPITALS).then_some(end)
}

/// The length of the word in capitals that opens `s`, if one does and is not a label.
fn capitals_word_len(s: &str) -> Option<usize> {
    let len = s
        .find(|c: char| !(c.is_uppercase() || ".'-".contains(c)))
        .unwrap_or(s.len());
    let word = s[..len].trim_end_matches('-');
    let whole = !s[word.len()..].starts_with(char::is_alphanumeric);
    (word.starts_with(char::is_uppercase)
        && whole
        && !NotDatelinePlaces.contains(word.trim_end_matches('.')))
    .then_some(word.len())
}

/// The length of a region that opens `s`: one to three capitalised words ("Norland",
/// "N.Y.", "South Norland").
fn region_len(s: &str) -> Option<usize> {
    let mut end = 0;
    for (i, word) in s.split(' ').enumerate() {
        let bare = word.trim_end_matches([',', '(']);
        let ok = bare.starts_with(char::is_uppercase)
            && bare.chars().all(|c| c.is_alphabetic() || ".'-".contains(c))
            && i < REGION_WORDS;
        if !ok {
            break;
        }
        end = end + usize::from(i > 0) + bare.len();
        if bare.len() < word.len() {
            break;
        }
    }
    (end > 0).then_some(end)
}

/// The length of a date that opens `s`: "March 4", "Mar. 4", "4 March".
fn date_len(s: &str) -> Option<usize> {
    // A month name or its abbreviation as datelines write it: "August", "Aug", "Sept".
    let month = |w: &str| {
        let w = w.trim_end_matches('.');
        w == "Sept" || MONTH_NAMES.iter().any(|m| *m == w || &m[..3] == w)
    };
    let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let mut words = s.split(' ');
    let (a, b) = (words.next()?, words.next()?);
    let b = b.trim_end_matches([',', '(']);
    if !(month(a) && day(b) || day(a) && month(b)) {
        return None;
    }
    let len = a.len() + 1 + b.len();
    // ", 2024"
    let year = s[len..]
        .strip_prefix(", ")
        .and_then(|rest| rest.get(..4))
        .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
    Some(if year { len + 6 } else { len })
}
