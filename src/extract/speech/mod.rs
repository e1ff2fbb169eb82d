//! Reported speech: every reporting event of an article, direct, indirect or mixed, with
//! its cue, its source and what it reports.
//!
//! Only a third to a half of what news reports people saying stands in quotation marks;
//! the rest is indirect ("The ministry said 14 people had died") or mixed ("He called the
//! vote \"a farce\" and said he would appeal"). A claim is compared with its source, so
//! each cue word opens one event:
//!
//! - [`cues`] finds the cue words of a sentence: the reporting verbs of
//!   `data/speech/reporting-verbs.tsv` in every form (with tense, voice and negation),
//!   "according to", "X quoted Y as saying", "reportedly" and "is believed to", a
//!   reporting noun opening a sentence with no verb of its own ("In a statement, ..."), and turns
//!   away the words that only look like cues ("the said property", "all told", "insurance
//!   claims", "according to plan").
//! - [`source`] reads who the content is credited to: the subject before the verb (over an
//!   appositive: "Ostrova, 54, said"), the phrase after it ("said a spokesman for the
//!   ministry"), after "according to" or "by", or the source of the event before it in
//!   the sentence ("... and added"); a pronoun or a description refers back to the person
//!   named before it. Its kind: a named person, an unnamed one, an institution, documents,
//!   another outlet, or none given.
//! - [`content`] reads what is reported: the clause after the cue, or the clause or the
//!   quote before the source ("The fire was accidental, investigators said"), and tells
//!   direct, indirect and mixed reports apart by the quotes of the article.
//!
//! Works on the normalised text; every range lies on character boundaries inside it.

mod content;
mod cues;
mod source;
#[cfg(test)]
mod tests;

use super::quotes::{Quote, SpeakerKind};
use super::Found;
use crate::text::{Tokens, Word};
use crate::vocabulary::vocabulary;
use std::borrow::Cow;
use std::ops::Range;

/// One reporting event: someone said, told, confirmed or claimed something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reporting {
    /// The cue: the reporting verb without its auxiliaries ("said", "believed"), "according
    /// to", "as saying" or "reportedly".
    pub cue: Range<usize>,
    /// The cue's base form ("say" for "said"; "according to", "reportedly").
    pub lemma: &'static str,
    /// The cue verb's tense.
    pub tense: Tense,
    /// Whether the source is the verb's subject or the verb is passive ("is believed to").
    pub voice: Voice,
    /// Whether the cue is negated ("did not say").
    pub negated: bool,
    /// Where the source is named in the event's sentence ("she" for a pronoun); none for a
    /// passive or "reportedly".
    pub source: Option<Range<usize>>,
    /// What the source named by a pronoun or a description refers to, earlier in the text.
    pub refers_to: Option<Range<usize>>,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// What is reported: the words inside the quote marks for a direct quote, else the
    /// reported clause.
    pub content: Range<usize>,
    /// Direct, indirect or mixed.
    pub form: Form,
}

impl Reporting {
    /// Whether this report credits its source with the words at `range`: its content holds
    /// them and the cue is not negated ("did not say" credits no one).
    pub fn credits(&self, range: &Range<usize>) -> bool {
        !self.negated && self.content.start <= range.start && range.end <= self.content.end
    }
}

vocabulary! {
    /// How a report gives what was said.
    pub enum Form {
        /// The words said, in quotation marks.
        Direct = "direct",
        /// The words of the reporter ("said 14 people had died").
        Indirect = "indirect",
        /// The reporter's words with some of the source's in quotation marks.
        Mixed = "mixed",
    }
}

vocabulary! {
    /// The kinds of source a report credits.
    pub enum SourceKind {
        /// A person named by name, or a pronoun or description referring to one.
        Named = "named",
        /// An unnamed person or group: "a security source", "officials", "residents".
        Anonymous = "anonymous",
        /// An organisation or body itself: "the ministry", "police".
        Institutional = "institutional",
        /// Records, filings, a report, an audit, data.
        Documents = "documents",
        /// A news outlet.
        Outlet = "outlet",
        /// No source in the text: "It was reported that", "reportedly".
        Unspecified = "unspecified",
    }
}

vocabulary! {
    /// The tense of a reporting verb.
    pub enum Tense {
        /// "said", "has said", "had told".
        Past = "past",
        /// "says", "say", "is saying".
        Present = "present",
        /// "will say", "would confirm".
        Future = "future",
    }
}

vocabulary! {
    /// The voice of a reporting verb.
    pub enum Voice {
        /// The source is the subject: "police said".
        Active = "active",
        /// "is believed to", "it was reported that", "was confirmed by police".
        Passive = "passive",
    }
}

/// The words of one sentence, lower-cased, with what stands between them.
pub(crate) struct Clause<'t> {
    pub text: &'t str,
    pub range: Range<usize>,
    pub words: Vec<Word<'t>>,
    /// The words in lower case, borrowed from the tokens where they are read once.
    pub lower: Vec<Cow<'t, str>>,
    /// For each word, the last word at or before it that follows a colon or a dash (0 when
    /// none does): where a report's content may open, read once per sentence instead of
    /// once per cue.
    dashed: Vec<usize>,
}

impl<'t> Clause<'t> {
    fn new(tokens: &'t Tokens<'t>, range: Range<usize>) -> Clause<'t> {
        let words = tokens.words(range.clone());
        let lower = words.iter().map(|w| tokens.lower_word(w)).collect();
        let mut clause = Clause {
            text: tokens.text(),
            range,
            words,
            lower,
            dashed: Vec::new(),
        };
        let mut last = 0;
        clause.dashed = (0..clause.words.len())
            .map(|j| {
                let gap = clause.gap(j);
                if gap.contains([':', '\u{2013}', '\u{2014}']) || gap.contains(" - ") {
                    last = j;
                }
                last
            })
            .collect();
        clause
    }

    /// The last word at or before word `i` that follows a colon or a dash ("TOLVAEN (Wire) -
    /// Five miners ..."), or the first word when none does.
    pub fn dashed_at_or_before(&self, i: usize) -> usize {
        self.dashed.get(i).copied().unwrap_or(0)
    }

    /// The text between word `i - 1` (or the sentence's start) and word `i` (or the
    /// sentence's end).
    pub fn gap(&self, i: usize) -> &'t str {
        let from = if i == 0 {
            self.range.start
        } else {
            self.words[i - 1].end
        };
        let to = self.words.get(i).map_or(self.range.end, |w| w.start);
        &self.text[from..to]
    }

    /// Whether a clause break (a comma, a colon, a dash, a quote mark, a bracket) or the
    /// sentence's start stands before word `i`.
    pub fn breaks_before(&self, i: usize) -> bool {
        i == 0 || i >= self.words.len() || is_break(self.gap(i))
    }

    /// Whether word `i` is `w`.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.lower.get(i).is_some_and(|l| l.as_ref() == w)
    }

    /// The byte range of words `r`.
    pub fn span(&self, r: Range<usize>) -> Range<usize> {
        self.words[r.start].start..self.words[r.end - 1].end
    }

    /// Whether word `i` is written with a capital.
    pub fn capitalised(&self, i: usize) -> bool {
        self.words[i].text.starts_with(char::is_uppercase)
    }
}

/// The quotes that bear on the sentence `range`: those that overlap it and those that close
/// at most three bytes before it (the quote just before its attribution). `quotes` are in
/// text order and apart, so two binary searches find them: every cue reading all of an
/// article's quotes made the work grow with cues times quotes.
fn quotes_near<'q>(quotes: &'q [Quote], range: &Range<usize>) -> &'q [Quote] {
    let from = quotes.partition_point(|q| q.range.end + 4 <= range.start);
    let to = quotes.partition_point(|q| q.range.start < range.end);
    &quotes[from..to.max(from)]
}

/// `src`, with the kind the quote finder gave the speaker of the direct quote whose words
/// are `content`, when the source names that speaker: it reads pronouns, titles and
/// appositives around the quote.
fn speaker_of_quote(mut src: source::Src, content: &Range<usize>, quotes: &[Quote]) -> source::Src {
    let Some(speaker) = quotes
        .get(quotes.partition_point(|q| q.content.start < content.start))
        .filter(|q| q.content == *content)
        .and_then(|q| q.speaker.as_ref())
    else {
        return src;
    };
    let Some(range) = &src.range else {
        return src;
    };
    let names_it = range.start < speaker.range.end && speaker.range.start < range.end;
    let refers = src
        .refers_to
        .as_ref()
        .is_some_and(|r| r.start < speaker.range.end && speaker.range.start < r.end);
    if (names_it || refers) && src.kind != SourceKind::Documents {
        src.kind = match speaker.kind {
            SpeakerKind::Named => SourceKind::Named,
            SpeakerKind::Anonymous => SourceKind::Anonymous,
            SpeakerKind::Institutional => SourceKind::Institutional,
            SpeakerKind::Outlet => SourceKind::Outlet,
        };
    }
    src
}

/// Whether the text between two words breaks a clause.
pub(crate) fn is_break(gap: &str) -> bool {
    gap.contains([
        ',', ';', ':', '"', '\u{201c}', '\u{201d}', '(', ')', '\u{2013}', '\u{2014}',
    ]) || gap.contains(" - ")
}

/// The reporting events of the normalised text of `tokens`, given its sentences, its
/// direct quotes and its names (each in text order and apart, as the quote finder and the
/// extractors give them: they are searched by bisection), in text order of their cues.
/// `skip` tells the byte ranges of page furniture, where no event is read.
pub fn find(
    tokens: &Tokens,
    sentences: &[Range<usize>],
    quotes: &[Quote],
    names: &[Found],
    skip: impl Fn(&Range<usize>) -> bool,
) -> Vec<Reporting> {
    let mut out: Vec<Reporting> = Vec::new();
    for sentence in sentences {
        if skip(sentence) {
            continue;
        }
        let clause = Clause::new(tokens, sentence.clone());
        let quotes = quotes_near(quotes, sentence);
        let first = out.len();
        let cues = cues::find(&clause, quotes);
        for (k, cue) in cues.iter().enumerate() {
            let Some(src) = source::read(&clause, cue, (&out, first), names) else {
                continue;
            };
            let Some((content, form)) = content::read(&clause, (&cues, k), &src, quotes) else {
                continue;
            };
            let src = speaker_of_quote(src, &content, quotes);
            out.push(Reporting {
                cue: cue.range.clone(),
                lemma: cue.lemma,
                tense: cue.tense,
                voice: cue.voice,
                negated: cue.negated,
                source: src.range,
                refers_to: src.refers_to,
                kind: src.kind,
                content,
                form,
            });
        }
    }
    out
}
