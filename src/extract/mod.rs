//! Extract: the second stage. Finds what an article names: dates, numbers and proper
//! names, each as a byte range with a kind, an optional typed value (a [`DateValue`], an
//! [`Amount`], a country, a role) and the rule that found it.
//!
//! Dates and quantities come from rule grammars (`dates`, `quantities`), which give exact
//! normalised values; names come from the learned recogniser (`ner`, through `entities`),
//! and quotes from their own finder. It hands on a list of non-overlapping [`Found`] items
//! in text order; it does not link them.

pub mod dates;
pub mod entities;
mod groups;
pub mod ner;
pub mod quantities;
pub mod quotes;
pub mod speech;

use crate::calendar::Date;
use crate::text::boilerplate::Dateline;
use crate::text::Tokens;
use crate::vocabulary::vocabulary;
use std::fmt;
use std::ops::Range;

pub use dates::DateValue;
pub use quantities::{Amount, Event, Measure, Per, Qualifier, Size, Thing, Vague};

vocabulary! {
    /// The kinds of mention. Serialised as the upper-case codes the page styles by.
    pub enum Kind {
        /// A person.
        Person = "PER",
        /// An organisation: a company, an embassy, a ministry, an army.
        Organisation = "ORG",
        /// A place: a country, a city, a region.
        Place = "LOC",
        /// Another proper name: a nationality, an event, a product.
        Misc = "MISC",
        /// A proper name whose type the rules could not tell.
        Name = "NAME",
        /// A date, a weekday, a year, a relative day.
        Date = "DATE",
        /// A quantity: an amount with its unit or counted noun ("15 km", "14 people", "€2m").
        Quantity = "QUANTITY",
        /// A group named by nationality or demonym ("Norwegians", "Malian troops").
        Group = "GROUP",
    }
}

impl Kind {
    /// Whether mentions of this kind are names that link into entities.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            Kind::Person | Kind::Organisation | Kind::Place | Kind::Misc | Kind::Name | Kind::Group
        )
    }
}

vocabulary! {
    /// What found a mention: the rule or the model, so a reader can tell why it is there.
    pub enum Source {
        /// The date grammar.
        Date = "rule:date",
        /// The quantity grammar.
        Quantity = "rule:quantity",
        /// The learned recogniser.
        Recogniser = "model:ner",
        /// The dateline's place and source.
        Dateline = "rule:dateline",
        /// A capitalised word one or two letters from a name the articles use (the linker's).
        Misspelling = "rule:misspelling",
        /// The quote finder's surname before a speech verb or a colon ("Varga said").
        SurnameSpeaking = "quotes:speaking",
        /// The quote finder's surname opening a sentence with another verb.
        SurnameOpening = "quotes:opening",
    }
}

/// A mention's normalised value, typed: later stages read these, never a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A date, a week, a month, a year or a range of them.
    Date(DateValue),
    /// An amount with what it measures or counts.
    Amount(Amount),
    /// The country a group ("Norwegians") points to.
    Country(&'static str),
    /// The title written before a person ("President"), kept out of the name.
    Role(String),
}

impl fmt::Display for Value {
    /// The value as the Report carries it: an ISO 8601 date, `AMOUNT UNIT (QUALIFIER)`, a
    /// country, a role.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date(d) => d.fmt(f),
            Value::Amount(a) => a.fmt(f),
            Value::Country(c) => f.write_str(c),
            Value::Role(r) => f.write_str(r),
        }
    }
}

/// One thing an extractor found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range in the article.
    pub range: Range<usize>,
    /// What it is.
    pub kind: Kind,
    /// Its normalised value, when the rule can tell.
    pub value: Option<Value>,
    /// What found it.
    pub source: Source,
}

/// Everything found in the text of `tokens`, given its sentences and its dateline if it has one, in
/// text order and without overlaps. Dates win over numbers ("18 August 2020" is one date,
/// not a number), and both win over names ("Tuesday" is a date, not a name).
pub fn extract(
    tokens: &Tokens,
    sentences: &[Range<usize>],
    anchor: Option<Date>,
    dateline: Option<&Dateline>,
) -> Vec<Found> {
    let found = dates::find(tokens, sentences, anchor);
    let found = merge_without_overlaps(found, quantities::find(tokens));
    let names = match dateline {
        None => entities::find(tokens, sentences),
        Some(d) => {
            // The dateline's place and source are known; the recogniser reads the text
            // around it (the headline before it, the story after it), as its training data
            // has datelines on lines of their own.
            let around: Vec<Range<usize>> = sentences
                .iter()
                .flat_map(|s| {
                    [
                        s.start..s.end.min(d.range.start),
                        s.start.max(d.range.end)..s.end,
                    ]
                })
                .filter(|r| !r.is_empty())
                .collect();
            let mut names = entities::find(tokens, &around);
            let place = names.partition_point(|n| n.range.start < d.range.start);
            names.splice(place..place, entities::dateline(tokens.text(), d));
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
            value: self.value.as_ref().map(ToString::to_string),
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
            source: Source::Quantity,
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
        let found = extract(&Tokens::new(text), &sentences(text), None, None);
        assert_eq!(
            annotated(text, &found),
            "On [DATE Tuesday 18 August 2020=2020-08-18], [PER Amara Diallo] counted [QUANTITY 14 boats=14 boats] in [LOC Kati]."
        );
        for pair in found.windows(2) {
            assert!(pair[0].range.end <= pair[1].range.start);
        }
    }
}
