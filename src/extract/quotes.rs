//! Direct quotes and who said them.
//!
//! Works on normalised text (see `text::normalize`): straight and curly double quotes and
//! single quotes are paired by glyph; apostrophes have been folded to `'`.

use super::Found;
use std::ops::Range;

/// A direct quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Byte range of the quote, marks included.
    pub range: Range<usize>,
    /// Byte range of what was said, inside the marks.
    pub content: Range<usize>,
    /// Who said it, when the text says.
    pub speaker: Option<Speaker>,
    /// Whether it quotes part of a sentence inside the reporter's own sentence.
    pub partial: bool,
    /// The outlet that reported the quote, when the text credits one ("Reuters quoted ...").
    pub via: Option<Range<usize>>,
}

/// Who a quote is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Byte range where the speaker is named (for a pronoun, its antecedent).
    pub range: Range<usize>,
    /// What kind of source it is.
    pub kind: SpeakerKind,
}

/// The kinds of source a quote is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerKind {
    /// A named person.
    Named,
    /// An unnamed source: "a security source", "an official".
    Anonymous,
    /// An institution: an embassy, a ministry, a company.
    Institutional,
    /// A news outlet.
    Outlet,
}

/// The direct quotes in normalised `text`, given its sentences and the names found in it.
pub fn find(text: &str, sentences: &[Range<usize>], names: &[Found]) -> Vec<Quote> {
    let _ = (text, sentences, names);
    Vec::new()
}
