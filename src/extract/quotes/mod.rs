//! Direct quotes and who said them.
//!
//! Works on normalised text (see `text::normalize`): straight and curly double quotes and
//! single quotes are paired by glyph; apostrophes have been folded to `'`. Three steps:
//! `marks` pairs quote marks into spans (stray marks skipped, quotes carried over
//! paragraphs), `partial` tells a quoted fragment from a quoted sentence, and
//! `speakers` finds who said each quote from the `patterns` of attribution around it
//! (reporting verbs, colons, dashes), pronouns, titles and the paragraph before, reading
//! the speaker's `phrase` (from its `tokens`) as a named person, an anonymous source, an
//! institution or a news outlet (a name mention's kind in `kinds`), and the outlet
//! credited with the quote ("told the Ledger"). Definite descriptions ("the striker")
//! refer back to a named person. Surnames opening a sentence that the name finder passed
//! over ("Varga said") are found in `bare`. The word lists are in `lexicon` and `nouns`.

mod bare;
mod kinds;
mod marks;
mod nouns;
mod partial;
mod patterns;
mod phrase;
mod speakers;
#[cfg(test)]
mod tests;
mod tokens;

use super::Found;
use crate::text::Tokens as Atoms;
use crate::vocabulary::vocabulary;
pub use kinds::is_outlet;
use speakers::Context;
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

vocabulary! {
    /// The kinds of source a quote is attributed to.
    pub enum SpeakerKind {
        /// A named person.
        Named = "named",
        /// An unnamed source: "a security source", "an official".
        Anonymous = "anonymous",
        /// An institution: an embassy, a ministry, a company.
        Institutional = "institutional",
        /// A news outlet.
        Outlet = "outlet",
    }
}

/// The direct quotes in the normalised text read into `atoms`, given its sentences and the
/// names found in it (name mentions in text order; other kinds are ignored), in text order
/// and not overlapping. Every range lies inside the text on character boundaries.
pub fn find(atoms: &Atoms, sentences: &[Range<usize>], names: &[Found]) -> Vec<Quote> {
    let text = atoms.text();
    let spans = marks::pair(text);
    if spans.is_empty() {
        return Vec::new();
    }
    let context = Context::new(atoms, sentences, names, &spans);
    let mut quotes: Vec<Quote> = Vec::with_capacity(spans.len());
    for (i, span) in spans.iter().enumerate() {
        let frame = context.frame(i);
        // A title or a name in quotation marks ("Sirens Without Fuel") is no one's words.
        let title = partial::is_title(text, span);
        let explicit = if title {
            None
        } else {
            context.attribute(i, &frame, &quotes)
        };
        // Graffiti, slogans and signs are quoted in part, whatever their shape.
        let partial = title
            || explicit.as_ref().is_some_and(|s| s.inscribed)
            || partial::is_partial(text, span, &frame, context.attribution_follows(&frame))
            || (explicit.is_none() && partial::is_scare(text, span));
        let (speaker, via) = match explicit {
            Some(source) => (source.speaker, source.via),
            None if title => (None, None),
            None => {
                // A quote that goes on from the one before, in the same paragraph, came
                // through the same outlet: "“A,” Naulivou told Radio Pasifika. “B.”"
                let speaker = context.fallback(i, &frame, partial, &quotes);
                let via = quotes
                    .last()
                    .filter(|q| speaker.is_some() && q.speaker == speaker)
                    .filter(|q| !text[q.range.end..span.range.start].contains('\n'))
                    .and_then(|q| q.via.clone());
                (speaker, via)
            }
        };
        quotes.push(Quote {
            range: span.range.clone(),
            content: span.content.clone(),
            speaker,
            partial,
            via,
        });
    }
    quotes
}
