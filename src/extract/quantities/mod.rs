//! Quantities: an amount with what it measures or counts, read by a small grammar over
//! tokens rather than one regular expression.
//!
//! A quantity is an optional qualifier ("at least", "about"), an amount (digits, words,
//! a scale, a range) and a unit or a counted noun: "at least 14 people", "€4 million",
//! "15 km (9 miles)", "three to five years", "dozens of protesters". The value is
//! `AMOUNT UNIT (QUALIFIER)`, each part normalised: the amount as a plain decimal with
//! the scale applied ("2300000000"), lengths in `m`, masses in `kg`, money as an ISO
//! code (the CFA franc, rupee and shilling by the article's country), durations singular
//! ("5 year", also ages: "Kelby, 23,", "aged 61", "a 19-year-old"), counted nouns as
//! written ("12 firefighters", "a ten-storey block" = "10 storey"), and counts of people
//! who died, were hurt or were detained as `deaths`, `injuries` or `arrests` ("14 deaths
//! (at least)"). A count with no noun of its own takes the one its sentence counts ("Nine
//! of the 14 passengers", "Of the 40 miners, 15 were rescued"). A match score is `3:1
//! score`, "twice" and "fivefold" are `times`, and a vague amount keeps its word and no
//! figure ("dozens protesters"). A rate's period follows the unit ("900 m3 per hour" for
//! "900 cubic metres of water an hour"). A number with nothing after it is just the
//! amount.
//!
//! Ordinals, clock times, years, codes ("G7", "COVID-19", "No. 10") and pronouns ("one of
//! them") are not quantities. Dates are another extractor's, and win overlaps.
//!
//! The parts: `lex` (tokens), `number` (amounts, in digits and in words), `units` (units
//! and currencies), `nouns` (counted nouns), `events` (deaths, injuries, arrests), `forms`
//! (scores, "twice", fractions, ages beside a name, partitives) and `parse` (the grammar
//! that puts them together).

mod amount;
mod events;
mod forms;
mod lex;
mod nouns;
mod number;
mod parse;
mod rate;
mod units;

use super::{Found, Kind, Source, Value};
use crate::text::Tokens;
use lex::Toks;

pub use amount::{Amount, Qualifier, Size, Thing, Vague};
pub use events::Event;
pub use rate::Per;
pub use units::Measure;

/// All quantities in the text of `tokens`, in text order and without overlaps.
pub fn find(tokens: &Tokens) -> Vec<Found> {
    let t = Toks::new(tokens);
    let mut out = Vec::new();
    // The noun the last quantity counted, and where its sentence starts.
    let mut last: Option<(String, usize)> = None;
    let mut i = 0;
    while i < t.len() {
        let Some(mut q) = parse::quantity(&t, i).filter(|q| q.end > i) else {
            i += 1;
            continue;
        };
        let sentence = t.sentence_start(q.first);
        let same = last.as_ref().filter(|(_, s)| *s == sentence);
        parse::borrow(&t, &mut q, same.map(|(noun, _)| noun.as_str()));
        last = match &q.what {
            parse::What::Noun(noun) => Some((noun.clone(), sentence)),
            _ => None,
        };
        // A rate's period belongs to the quantity ("900 cubic metres of water an hour").
        let rate = rate::after(&t, q.end);
        let end = rate.map_or(q.end, |(_, end)| end);
        out.push(Found {
            range: t.bytes(q.first, end - 1),
            kind: Kind::Quantity,
            value: q.amount().map(|a| {
                Value::Amount(Amount {
                    per: rate.map(|(per, _)| per),
                    ..a
                })
            }),
            source: Source::Quantity,
        });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests;
