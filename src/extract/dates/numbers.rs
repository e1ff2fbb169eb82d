//! Dates and years written in digits: ISO and numeric dates, years in context, and
//! ranges of years.

use super::lexicon::{capitalised, month_of, weekday_of};
use super::parse::{Expr, Point};
use super::tokens::Toks;
use crate::calendar::{Date, BARE_YEARS};
use crate::lexicon::WordList::{
    CountNouns, Determiners, NonModifiers, StrongYearContext, YearContext,
};

/// "2020-08-18", also before a time ("2020-08-18T10:00").
pub fn iso(t: Toks, i: usize) -> Option<(Point, usize)> {
    let shape = t.0.get(i)?.text.len() == 4
        && t.mark(i + 1, "-")
        && t.mark(i + 3, "-")
        && (1..5).all(|k| t.glued(i + k))
        && t.num(i + 2, 2).is_some()
        && t.get(i + 2).is_some_and(|s| s.len() == 2)
        && t.get(i + 4).is_some_and(|s| s.len() == 2);
    // A time may follow: "2020-08-18T10:00".
    let timed =
        t.glued(i + 5) && t.word_in(i + 5, &["T"]) && t.glued(i + 6) && t.num(i + 6, 2).is_some();
    if !(shape && t.starts_free(i) && (t.ends_free(i + 5) || timed)) {
        return None;
    }
    let (year, month, day) = (t.num(i, 4)?, t.num(i + 2, 2)?, t.num(i + 4, 2)?);
    full_day(year, month, day, i + 5)
}

/// "18/08/2020", "18.08.2020", "08-18-2020": day first unless only month first is valid.
pub fn numeric(t: Toks, i: usize) -> Option<(Point, usize)> {
    let sep = t.get(i + 1)?;
    let shape = matches!(sep, "/" | "." | "-")
        && t.mark(i + 3, sep)
        && (1..5).all(|k| t.glued(i + k))
        && t.get(i + 4).is_some_and(|s| s.len() == 4);
    if !(shape && t.starts_free(i) && t.ends_free(i + 5)) {
        return None;
    }
    let (a, b, year) = (t.num(i, 2)?, t.num(i + 2, 2)?, t.num(i + 4, 4)?);
    if !NUMERIC_YEARS.contains(&year) {
        return None;
    }
    let (day, month) = if (1..=12).contains(&b) {
        (a, b)
    } else {
        (b, a)
    };
    full_day(year, month, day, i + 5)
}

/// A day with its year, ending before token `end`, if it is a real date.
fn full_day(year: u32, month: u32, day: u32, end: usize) -> Option<(Point, usize)> {
    let year = i32::try_from(year).ok()?;
    Date::new(year, month, day)?;
    Some((
        Point::Day {
            year: Some(year),
            month,
            day,
        },
        end,
    ))
}

/// The years of a numeric date ("18/08/2020"): a date's shape makes older years safe.
const NUMERIC_YEARS: std::ops::RangeInclusive<u32> = 1800..=2099;

/// The widest range of years ("1914-1918"); a wider span of two numbers is not one.
const MAX_YEAR_SPAN: i32 = 100;

/// A year of [`BARE_YEARS`] at `i` as a number of its own.
pub fn year_number(t: Toks, i: usize) -> Option<i32> {
    let y = t
        .num(i, 4)
        .filter(|_| t.get(i).is_some_and(|s| s.len() == 4))?;
    (BARE_YEARS.contains(&y) && (t.starts_free(i) || time_prefixed(t, i))).then_some(y as i32)
}

/// Whether the number at `i` follows a time prefix and a hyphen ("mid-2012", "pre-2020"),
/// which make it a year whatever follows.
fn time_prefixed(t: Toks, i: usize) -> bool {
    i >= 2
        && t.mark(i - 1, "-")
        && t.glued(i)
        && t.glued(i - 1)
        && t.word_in(i - 2, &["mid", "pre", "post", "early", "late"])
}

/// Whether the year at `i` ends a name: it follows a capitalised word that is no month,
/// weekday, determiner or word that makes a year a date ("Vision 2030", "Euro 2028", "the
/// Paris 2024 Games"; but "June 2020", "Since 2016", "The 2012 mutiny").
fn named(t: Toks, i: usize) -> bool {
    let Some(before) = t.word(i.wrapping_sub(1)).filter(|_| t.spaced(i)) else {
        return false;
    };
    capitalised(before)
        && month_of(before).is_none()
        && weekday_of(before).is_none()
        && !t.word_in(i - 1, &YearContext)
        && !t.word_in(i - 1, &StrongYearContext)
        && !t.word_in(i - 1, &Determiners)
}

/// "2019-2021", "2019-21": a range of years.
pub fn year_range(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let from = year_number(t, i)?;
    if !(t.mark(i + 1, "-") && t.glued(i + 1) && t.glued(i + 2) && t.ends_free(i + 3)) {
        return None;
    }
    let to = match t.get(i + 2)?.len() {
        4 => t.num(i + 2, 4)? as i32,
        2 if !t.get(i + 2)?.starts_with('0') => from / 100 * 100 + t.num(i + 2, 2)? as i32,
        _ => return None,
    };
    (to > from && to - from <= MAX_YEAR_SPAN)
        .then_some((Expr::Range(Point::Year(from), Point::Year(to)), i + 3))
}

/// A year at `i` in context; `after_year` is the end of a year just before, for lists
/// ("in 2012 and 2014"); `linked` accepts it without context (after a range connector).
pub fn year(t: Toks, i: usize, after_year: Option<usize>, linked: bool) -> Option<(Point, usize)> {
    let y = year_number(t, i)?;
    if !t.ends_free(i + 1) {
        return None;
    }
    let point = (Point::Year(y), i + 1);
    if linked || t.possessive(i + 1) || time_prefixed(t, i) {
        return Some(point);
    }
    if named(t, i) {
        return None;
    }
    let next = t.word(i + 1).filter(|_| t.spaced(i + 1));
    let lower_next = next
        .filter(|w| !capitalised(w))
        .map(str::to_ascii_lowercase);
    if t.word_in(i + 1, &CountNouns) {
        return t.preceded_by(i, &StrongYearContext).then_some(point);
    }
    let plural = lower_next.as_deref().is_some_and(|w| {
        w.len() > 3 && w.ends_with('s') && !["ss", "us", "is"].iter().any(|e| w.ends_with(e))
    });
    if plural {
        // "the 2012 elections", but "in 2000 homes".
        let context = t.preceded_by(i, &StrongYearContext) || t.preceded_by(i, &Determiners);
        return context.then_some(point);
    }
    let listed = after_year.is_some_and(|end| {
        i >= 1 && end + 1 == i && (t.word_in(i - 1, &["and", "or"]) || t.mark(i - 1, ","))
    });
    let modifies = lower_next.is_some() && !t.word_in(i + 1, &NonModifiers);
    let context = t.preceded_by(i, &YearContext) || t.preceded_by(i, &Determiners);
    (context || listed || modifies).then_some(point)
}
