//! Dates: every date expression in an article, resolved against its publication date.
//!
//! A hand-written grammar over tokens ([`parse`]) finds full dates ("18 August 2020",
//! "Aug. 18, 2020", "2020-08-18", "18/08/2020"), month and day ("Aug. 18"), months ("June
//! 2020", "since June"), years in context ("in 2012", "the 2012 mutiny"), weekdays with a
//! part of day ("Thursday morning"), relative days ("yesterday", "last week", "two days
//! ago"), periods (quarters, halves, seasons, football seasons, weekends: [`periods`]) and
//! ranges ("3-5 March", "between 2019 and 2021"). [`resolve`] turns each into an ISO 8601
//! value against the anchor, the publication date: a day `2020-08-18`, a month `2020-08`, a
//! year `2020`, or an interval of days `2020-08-10/2020-08-16` (a week, a quarter, a range).
//! "early", "mid" and "late" are part of a period's span and leave its value whole; "every
//! Friday" is a rule, not a date.
//!
//! Partial dates look back from the anchor unless their clause looks forward ("will",
//! "is scheduled to"); without an anchor they are found but get no value. Prepositions
//! ("in 2012", "since June") are context, not part of the span; shift words ("last
//! Tuesday", "next week") and counts ("two days ago") are part of it.
//!
//! [`weekday_conflicts`] flags a weekday that disagrees with a calendar date in the same
//! sentence; [`anchor_from_text`] finds a stand-in anchor when the publication date is
//! not given.

mod conflicts;
mod lexicon;
mod numbers;
mod parse;
mod periods;
mod resolve;
mod tokens;

use super::{Found, Source, Value};
use crate::calendar::Date;
use crate::extract::Kind;
use crate::text::Tokens;
use parse::{Atom, Expr, Point, Shift};
use std::ops::Range;
use tokens::{tokenize, Tok, Toks};

pub use conflicts::{weekday_conflicts, WeekdayConflict};
pub use resolve::DateValue;

/// All dates in the text of `tokens`, given its sentences (which bound the clauses searched
/// for forward cues) and the publication date `anchor`, in text order and without overlaps.
pub fn find(tokens: &Tokens, sentences: &[Range<usize>], anchor: Option<Date>) -> Vec<Found> {
    let toks = tokenize(tokens);
    let t = Toks(&toks);
    let atoms = parse::atoms(&toks);
    let mut out = Vec::with_capacity(atoms.len());
    for (k, atom) in atoms.iter().enumerate() {
        let before = k.checked_sub(1).and_then(|p| atoms.get(p));
        let after = atoms.get(k + 1);
        // A weekday written beside a day ("Friday, Aug. 28") shares its clause and its
        // value, and may pick the day's year.
        let named = before
            .filter(|b| attached(t, b, atom))
            .and_then(|b| weekday(b.expr));
        let start = if named.is_some() {
            before.map_or(atom.start, |b| b.start)
        } else {
            atom.start
        };
        let cue_of = |start: usize, end: usize| {
            let (first, last) = sentence_tokens(&toks, sentences, toks[start].start);
            resolve::cue(t, first, last, start, end)
        };
        let value = match (weekday(atom.expr), after.filter(|a| attached(t, atom, a))) {
            (Some(w), Some(day)) => {
                let cue = cue_of(atom.start, day.end);
                resolve::day(&day.expr, anchor, cue, Some(w))
                    .filter(|d| d.weekday() == w)
                    .map(DateValue::Day)
                    .or_else(|| resolve::value(&atom.expr, anchor, cue, None))
            }
            _ => resolve::value(&atom.expr, anchor, cue_of(start, atom.end), named),
        };
        let range = toks[atom.start].start..toks[atom.end - 1].end;
        // A weekday beside a day that agrees with it is one date: "Tuesday, Aug. 18". One
        // that disagrees stays apart, for `weekday_conflicts` to flag.
        let agreeing_weekday = named.is_some()
            && out.last().is_some_and(|prev: &Found| {
                prev.range.start == toks[before.expect("named has a before").start].start
                    && prev.value == value.map(Value::Date)
            });
        if agreeing_weekday {
            let prev = out.last_mut().expect("checked above");
            prev.range.end = range.end;
        } else {
            out.push(Found {
                range,
                kind: Kind::Date,
                value: value.map(Value::Date),
                source: Source::Date,
            });
        }
    }
    out
}

/// The first fully specified date (day, month and year) in the text of `tokens` whose
/// byte range `header` accepts (a dateline, a timestamp line): a stand-in anchor for an
/// article whose publication date was not given.
pub fn anchor_from_text(tokens: &Tokens, header: impl Fn(Range<usize>) -> bool) -> Option<Date> {
    let toks = tokenize(tokens);
    parse::atoms(&toks).iter().find_map(|a| {
        let day = match a.expr {
            Expr::One(Point::Day {
                year: Some(y),
                month,
                day,
            })
            | Expr::Range(
                Point::Day {
                    year: Some(y),
                    month,
                    day,
                },
                _,
            ) => Date::new(y, month, day)?,
            _ => return None,
        };
        header(toks[a.start].start..toks[a.end - 1].end).then_some(day)
    })
}

/// The weekday of a plain weekday expression ("Tuesday", not "last Tuesday").
fn weekday(expr: Expr) -> Option<u32> {
    match expr {
        Expr::One(Point::Weekday {
            weekday,
            shift: Shift::None | Shift::This,
        }) => Some(weekday),
        _ => None,
    }
}

/// Whether `b` is a single day written right after the weekday `a`, with at most a comma
/// or "the" between ("Tuesday, Aug. 18", "Tuesday the 18th of August").
fn attached(t: Toks, a: &Atom, b: &Atom) -> bool {
    let is_day = matches!(b.expr, Expr::One(Point::Day { .. }));
    is_day
        && weekday(a.expr).is_some()
        && b.start - a.end <= 2
        && (a.end..b.start).all(|i| t.mark(i, ",") || t.word_in(i, &["the"]))
}

/// The token indexes (first, one past last) of the sentence holding byte `pos`; the
/// whole text when no sentence holds it.
fn sentence_tokens(toks: &[Tok], sentences: &[Range<usize>], pos: usize) -> (usize, usize) {
    let k = sentences.partition_point(|s| s.end <= pos);
    match sentences.get(k).filter(|s| s.start <= pos) {
        Some(s) => (
            toks.partition_point(|t| t.start < s.start),
            toks.partition_point(|t| t.start < s.end),
        ),
        None => (0, toks.len()),
    }
}

#[cfg(test)]
mod forms;
#[cfg(test)]
mod props;
#[cfg(test)]
mod tests;
