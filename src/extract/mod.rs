//! Extract: the second stage. Finds what an article names: dates, numbers and proper
//! names, each as a byte range with a kind, an optional normalised value and the rule
//! that found it.
//!
//! These are first, rule-based extractors that light the page up: capitalised-word runs
//! typed by cue words, and dates and numbers by regular expression. The text-and-rules
//! issue replaces the dates and numbers, and a learned recogniser replaces the names. It
//! hands on a list of non-overlapping [`Found`] items in text order; it does not link them.

mod cues;
mod dates;
mod names;
mod numbers;

use crate::report::Kind;
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

/// Everything found in `text`, given its sentences, in text order and without overlaps.
/// Dates win over numbers ("18 August 2020" is one date, not a number), and both win
/// over names ("Tuesday" is a date, not a name).
pub fn extract(text: &str, sentences: &[Range<usize>]) -> Vec<Found> {
    let mut found = dates::find(text);
    add_unless_overlapping(&mut found, numbers::find(text));
    add_unless_overlapping(&mut found, names::find(text, sentences));
    found.sort_by_key(|f| f.range.start);
    found
}

fn add_unless_overlapping(found: &mut Vec<Found>, candidates: Vec<Found>) {
    for c in candidates {
        let overlaps = found
            .iter()
            .any(|f| f.range.start < c.range.end && c.range.start < f.range.end);
        if !overlaps {
            found.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    #[test]
    fn dates_beat_numbers_and_names_and_nothing_overlaps() {
        let text = "On Tuesday 18 August 2020, Amara Diallo counted 14 boats in Kati.";
        let found = extract(text, &sentences(text));
        let shown: Vec<(&str, Kind)> = found
            .iter()
            .map(|f| (&text[f.range.clone()], f.kind))
            .collect();
        assert_eq!(
            shown,
            [
                ("Tuesday", Kind::Date),
                ("18 August 2020", Kind::Date),
                ("Amara Diallo", Kind::Name),
                ("14", Kind::Number),
                ("Kati", Kind::Place),
            ]
        );
        for pair in found.windows(2) {
            assert!(pair[0].range.end <= pair[1].range.start);
        }
    }
}
