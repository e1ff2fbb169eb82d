//! Extract: the second stage. Finds what an article names: dates, numbers and proper
//! names, each as a byte range with a kind, an optional normalised value and the rule
//! that found it.
//!
//! Dates and quantities come from rule grammars (`dates`, `quantities`), which give exact
//! normalised values; names come from the learned recogniser (`ner`, through `entities`),
//! and quotes from their own finder. It hands on a list of non-overlapping [`Found`] items
//! in text order; it does not link them.

mod cues;
pub mod dates;
pub mod entities;
mod groups;
pub mod ner;
mod quantities;
pub mod quotes;

use crate::calendar::Date;
use crate::report::Kind;
use crate::text::boilerplate::Dateline;
use std::ops::Range;

/// One thing an extractor found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range in the article.
    pub range: Range<usize>,
    /// What it is.
    pub kind: Kind,
    /// Its normalised value (ISO date, plain number), when the rule can tell.
    pub value: Option<String>,
    /// The rule that found it, e.g. `rule:date`.
    pub source: &'static str,
}

/// Everything found in `text`, given its sentences and its dateline if it has one, in
/// text order and without overlaps. Dates win over numbers ("18 August 2020" is one date,
/// not a number), and both win over names ("Tuesday" is a date, not a name).
pub fn extract(
    text: &str,
    sentences: &[Range<usize>],
    anchor: Option<Date>,
    dateline: Option<&Dateline>,
) -> Vec<Found> {
    let found = dates::find(text, sentences, anchor);
    let found = merge_without_overlaps(found, quantities::find(text));
    let names = match dateline {
        None => entities::find(text, sentences),
        Some(d) => {
            // The dateline's place and source are known; the recogniser reads the story
            // after it, as its training data has datelines on lines of their own.
            let after: Vec<Range<usize>> = sentences
                .iter()
                .filter(|s| s.end > d.range.end)
                .map(|s| s.start.max(d.range.end)..s.end)
                .collect();
            let mut names = entities::dateline(d);
            names.extend(entities::find(text, &after));
            names
        }
    };
    merge_without_overlaps(found, names)
}

/// Adds to `found` each candidate that overlaps nothing in it, in one pass. Both lists are
/// in text order and free of overlaps within themselves (each extractor guarantees it), and
/// so is the result.
fn merge_without_overlaps(found: Vec<Found>, candidates: Vec<Found>) -> Vec<Found> {
    let mut out = Vec::with_capacity(found.len() + candidates.len());
    let mut found = found.into_iter().peekable();
    for c in candidates {
        while let Some(f) = found.next_if(|f| f.range.end <= c.range.start) {
            out.push(f);
        }
        // Everything left in `found` ends after `c` starts: the next one clashes if it
        // also starts before `c` ends.
        if found.peek().is_none_or(|f| f.range.start >= c.range.end) {
            out.push(c);
        }
    }
    out.extend(found);
    out
}

#[cfg(test)]
impl Found {
    /// This item in the test notation's terms (see [`crate::notation`]).
    fn to_item(&self) -> crate::notation::Item {
        crate::notation::Item {
            range: self.range.clone(),
            tag: crate::notation::Tag::Mention(self.kind),
            value: self.value.clone(),
        }
    }
}

/// `found` written into `text` in the test notation, `[KIND text=value]`: what the
/// extractor test tables compare with the annotated input.
#[cfg(test)]
fn annotated(text: &str, found: &[Found]) -> String {
    let items: Vec<crate::notation::Item> = found.iter().map(Found::to_item).collect();
    crate::notation::print(text, &items).expect("found items never cross")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn at(range: Range<usize>) -> Found {
        Found {
            range,
            kind: Kind::Quantity,
            value: None,
            source: "test",
        }
    }

    #[test]
    fn merge_keeps_order_and_drops_every_clash() {
        let found = vec![at(5..10), at(20..25)];
        let candidates = vec![
            at(0..4),
            at(3..6),
            at(10..12),
            at(18..21),
            at(24..30),
            at(30..31),
        ];
        let merged: Vec<Range<usize>> = merge_without_overlaps(found, candidates)
            .into_iter()
            .map(|f| f.range)
            .collect();
        assert_eq!(merged, [0..4, 5..10, 10..12, 20..25, 30..31]);
    }

    #[test]
    fn dates_beat_numbers_and_names_and_nothing_overlaps() {
        let text = "On Tuesday 18 August 2020, Amara Diallo counted 14 boats in Kati.";
        let found = extract(text, &sentences(text), None, None);
        let shown: Vec<(&str, Kind)> = found
            .iter()
            .map(|f| (&text[f.range.clone()], f.kind))
            .collect();
        assert_eq!(
            shown,
            [
                ("Tuesday 18 August 2020", Kind::Date),
                ("Amara Diallo", Kind::Person),
                ("14 boats", Kind::Quantity),
                ("Kati", Kind::Place),
            ]
        );
        for pair in found.windows(2) {
            assert!(pair[0].range.end <= pair[1].range.start);
        }
    }
}
