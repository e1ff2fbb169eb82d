//! Resolving date expressions against the anchor, the article's publication date.
//!
//! News reports the past, so a weekday or month without a year looks back by default: "on
//! Tuesday" is the most recent Tuesday on or before the anchor, "Aug. 18" the most recent
//! Aug. 18 no more than a week after it. A forward cue in the same clause ("will", "is
//! scheduled to", "ahead of") turns the search forward.

use super::parse::{Expr, Point, Rel, Shift};
use super::tokens::{Class, Toks};
use crate::calendar::{add_months, Date};
use crate::lexicon::Folded;
use crate::lexicon::TableList::NumberWords;
use crate::lexicon::WordList::{
    BeScheduleWords, FutureWords, PastBe, PresentBe, ReportBoundaries, ScheduleWords, TimeSpans,
};
use std::fmt;

/// A sign that an expression looks forward from the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// "will", "next": the first such day after the anchor.
    Future,
    /// "is scheduled to", "ahead of": the first such day on or after the anchor.
    Scheduled,
}

/// How far after the anchor a month and day without a year may fall and still be read in
/// the anchor's year without a forward cue (a story may name the coming days).
const GRACE_DAYS: i64 = 7;

/// How many tokens a cue may stand from the expression it turns forward.
const CUE_REACH: usize = 40;

/// Marks that end a clause.
const CLAUSE_MARKS: &[&str] = &[";", ":", ",", "(", ")", "\"", "!", "?", "[", "]"];

/// The forward cue of the expression at tokens `start..end`, within the sentence whose
/// tokens start at `first` and end before `last`: a cue word earlier in its clause, a
/// future verb right after it, or a following ", when ... will" clause.
pub fn cue(t: Toks, first: usize, last: usize, start: usize, end: usize) -> Option<Cue> {
    cue_before(t, first.max(start.saturating_sub(CUE_REACH)), start)
        .or_else(|| cue_after(t, end, last.min(end + CUE_REACH)))
}

/// A cue word between the start of the clause and token `start`, looking back from it to
/// the first clause mark or reporting verb, but not before token `first`.
fn cue_before(t: Toks, first: usize, start: usize) -> Option<Cue> {
    let word = |i: usize, list: &dyn Folded| i >= first && i < start && t.word_in(i, list);
    for i in (first..start).rev() {
        let tok = t.0[i];
        if tok.class == Class::Break
            || CLAUSE_MARKS.contains(&tok.text)
            || word(i, &ReportBoundaries)
        {
            return None;
        }
        if word(i, &FutureWords) || won_t(t, i) {
            return Some(Cue::Future);
        }
        let prev = i.wrapping_sub(1);
        let past =
            word(prev, &PastBe) || (word(prev, &["been"]) && word(prev.wrapping_sub(1), &["had"]));
        let be = (word(prev, &PresentBe) && !past) || t.word_in(i + 1, &["for"]);
        let scheduled = (word(i, &ScheduleWords) && !past)
            || (be && word(i, &BeScheduleWords))
            || (word(i, &["ahead"]) && t.word_in(i + 1, &["of"]) && !lead(t, i));
        if scheduled {
            return Some(Cue::Scheduled);
        }
    }
    None
}

/// Whether "ahead" at token `i` tells a lead, not a schedule: a number stands within
/// [`LEAD_REACH`] tokens before it and the word right before it is no span of time ("just
/// over 200 votes ahead of Brask", "two points ahead of", but "two days ahead of the vote").
fn lead(t: Toks, i: usize) -> bool {
    let number = (i.saturating_sub(LEAD_REACH)..i).any(|j| {
        t.0[j].class == Class::Num
            || t.word(j)
                .is_some_and(|w| NumberWords.value_folded(w).is_some())
    });
    number && i > 0 && !t.word_in(i - 1, &TimeSpans)
}

/// How many tokens before "ahead" a number makes it a lead (see [`lead`]).
const LEAD_REACH: usize = 3;

/// A future verb right after token `end` ("on Monday will rule"), or a clause after it
/// that opens with "when" or "where" and holds one ("on Friday, when members will vote"),
/// before token `last`.
fn cue_after(t: Toks, end: usize, last: usize) -> Option<Cue> {
    if t.word_in(end, &["will", "shall"]) || (t.mark(end, "'") && t.word_in(end + 1, &["ll"])) {
        return Some(Cue::Future);
    }
    let opens = if t.mark(end, ",") { end + 1 } else { end };
    if !t.word_in(opens, &["when", "where"]) {
        return None;
    }
    for j in opens..last {
        let tok = t.0[j];
        if tok.class == Class::Break || matches!(tok.text, ";" | "." | "!" | "?") {
            return None;
        }
        if t.word_in(j, &["will", "shall", "would", "ll"]) || won_t(t, j) {
            return Some(Cue::Future);
        }
    }
    None
}

/// Whether tokens at `i` spell "won't".
fn won_t(t: Toks, i: usize) -> bool {
    t.word_in(i, &["won"]) && t.mark(i + 1, "'") && t.word_in(i + 2, &["t"])
}

/// A resolved date: a day, an ISO week, a month, a year, or a span of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// A day.
    Day(Date),
    /// An ISO week: week-numbering year and week.
    Week(i32, u32),
    /// A month: year and month.
    Month(i32, u32),
    /// A year.
    Year(i32),
    /// Two days, first and last (a weekend).
    Days(Date, Date),
}

impl fmt::Display for Period {
    /// ISO 8601: `2020-08-18`, `2020-W34`, `2020-08`, `2020`, `2020-08-22/2020-08-23`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Day(d) => write!(f, "{}", d.iso()),
            Period::Week(y, w) => write!(f, "{y:04}-W{w:02}"),
            Period::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Period::Year(y) => write!(f, "{y:04}"),
            Period::Days(a, b) => write!(f, "{}/{}", a.iso(), b.iso()),
        }
    }
}

/// The value of a date mention: one period, or a range from one to another ("between 2019
/// and 2021", "3-5 March").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateValue {
    /// One period.
    One(Period),
    /// A range, first and last.
    Range(Period, Period),
}

impl DateValue {
    /// The day it names, when it is one day.
    pub fn day(self) -> Option<Date> {
        match self {
            DateValue::One(Period::Day(d)) => Some(d),
            _ => None,
        }
    }

    /// The first day it covers, when it starts on a given day (a day, a weekend, a range
    /// of days): what an article's own date can be read from.
    pub fn first_day(self) -> Option<Date> {
        match self {
            DateValue::One(Period::Day(d) | Period::Days(d, _))
            | DateValue::Range(Period::Day(d) | Period::Days(d, _), _) => Some(d),
            _ => None,
        }
    }
}

impl fmt::Display for DateValue {
    /// ISO 8601, a range written `A/B`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::One(p) => p.fmt(f),
            DateValue::Range(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

/// The value of `expr`: a day, week, month or year, or a range; `None` when the text and
/// the anchor do not fix it. `weekday` is the weekday written next to a day without a year
/// ("Friday, Aug. 28"), which picks the year when the usual one disagrees.
pub fn value(
    expr: &Expr,
    anchor: Option<Date>,
    cue: Option<Cue>,
    weekday: Option<u32>,
) -> Option<DateValue> {
    match *expr {
        Expr::One(p) => point(p, anchor, cue, weekday).map(DateValue::One),
        Expr::Range(a, b) => {
            let from = point(a, anchor, cue, None)?;
            let to = range_end(b, from)?;
            Some(DateValue::Range(from, to))
        }
    }
}

/// The value of the day an expression names, when it names one.
pub fn day(
    expr: &Expr,
    anchor: Option<Date>,
    cue: Option<Cue>,
    weekday: Option<u32>,
) -> Option<Date> {
    match *expr {
        Expr::One(p) => match point(p, anchor, cue, weekday)? {
            Period::Day(d) => Some(d),
            _ => None,
        },
        Expr::Range(..) => None,
    }
}

/// The second end of a range that starts at `from`: a missing year is the first that
/// puts it on or after the start.
fn range_end(p: Point, from: Period) -> Option<Period> {
    match (p, from) {
        (
            Point::Day {
                year: None,
                month,
                day,
            },
            Period::Day(start),
        ) => {
            let d = Date::new(start.year, month, day)?;
            if d < start {
                Date::new(start.year.saturating_add(1), month, day).map(Period::Day)
            } else {
                Some(Period::Day(d))
            }
        }
        (
            Point::Month {
                year: None, month, ..
            },
            Period::Month(y, m),
        ) => Some(Period::Month(y.saturating_add(i32::from(month < m)), month)),
        _ => point(p, None, None, None),
    }
}

/// The value of one point.
fn point(p: Point, anchor: Option<Date>, cue: Option<Cue>, weekday: Option<u32>) -> Option<Period> {
    match p {
        Point::Day {
            year: Some(y),
            month,
            day,
        } => Date::new(y, month, day).map(Period::Day),
        Point::Day {
            year: None,
            month,
            day,
        } => month_day(month, day, anchor?, cue, weekday).map(Period::Day),
        Point::Month {
            year: Some(y),
            month,
            ..
        } => Some(Period::Month(y, month)),
        Point::Month {
            year: None,
            month,
            shift,
        } => {
            let (y, m) = bare_month(month, shift, anchor?, cue);
            Some(Period::Month(y, m))
        }
        Point::Year(y) => Some(Period::Year(y)),
        Point::Weekday { weekday, shift } => {
            Some(Period::Day(weekday_day(weekday, shift, anchor?, cue)))
        }
        Point::Relative(rel) => Some(relative(rel, anchor?)),
    }
}

/// How near the anchor a day must be for a disagreeing weekday not to move its year.
const RECENT_DAYS: i64 = 60;

/// A month and day without a year. Without a cue: the latest such day at most
/// [`GRACE_DAYS`] after the anchor (so "Dec. 28" read on Jan. 3 is last year's). With a
/// cue: the first on or after the anchor. A weekday written beside it moves it a year
/// when that year matches the weekday and the usual one does not, unless the usual one is
/// within [`RECENT_DAYS`] of the anchor.
fn month_day(
    month: u32,
    day: u32,
    anchor: Date,
    cue: Option<Cue>,
    weekday: Option<u32>,
) -> Option<Date> {
    let candidates = [-1, 0, 1]
        .map(|n| anchor.year.saturating_add(n))
        .map(|y| Date::new(y, month, day));
    let pick = match cue {
        None => {
            let limit = anchor.add_days(GRACE_DAYS);
            candidates.iter().rev().flatten().find(|d| **d <= limit)
        }
        Some(_) => candidates.iter().flatten().find(|d| **d >= anchor),
    }
    .copied()?;
    // A day within two months of the anchor keeps its year: a weekday that disagrees with
    // it is more likely a slip (flagged by `weekday_conflicts`) than a date a year away.
    let recent = (pick.day_number() - anchor.day_number()).abs() <= RECENT_DAYS;
    let Some(weekday) = weekday.filter(|w| *w != pick.weekday() && !recent) else {
        return Some(pick);
    };
    [-1, 1]
        .map(|n| pick.year.saturating_add(n))
        .into_iter()
        .filter_map(|y| Date::new(y, month, day))
        .find(|d| d.weekday() == weekday)
        .or(Some(pick))
}

/// A month without a year: the most recent on or before the anchor's month, the first on
/// or after it with a cue; "last" and "next" exclude the anchor's month.
fn bare_month(month: u32, shift: Shift, anchor: Date, cue: Option<Cue>) -> (i32, u32) {
    let (y, m) = (anchor.year, anchor.month);
    let year = match (shift, cue) {
        (Shift::Last, _) => y.saturating_sub(i32::from(month >= m)),
        (Shift::Next, _) => y.saturating_add(i32::from(month <= m)),
        (Shift::This, _) => y,
        (Shift::None, Some(_)) => y.saturating_add(i32::from(month < m)),
        (Shift::None, None) => y.saturating_sub(i32::from(month > m)),
    };
    (year, month)
}

/// A weekday: the most recent on or before the anchor; with a cue or "next", the first
/// after it (on or after, for a schedule); "last" is strictly before.
fn weekday_day(weekday: u32, shift: Shift, anchor: Date, cue: Option<Cue>) -> Date {
    let back = i64::from((anchor.weekday() + 7 - weekday) % 7);
    let ahead = i64::from((weekday + 7 - anchor.weekday()) % 7);
    let strictly = |n: i64| if n == 0 { 7 } else { n };
    match (shift, cue) {
        (Shift::Last, _) => anchor.add_days(-strictly(back)),
        (Shift::Next, _) | (_, Some(Cue::Future)) => anchor.add_days(strictly(ahead)),
        (_, Some(Cue::Scheduled)) => anchor.add_days(ahead),
        (_, None) => anchor.add_days(-back),
    }
}

/// A day, week, month, year or weekend counted from the anchor.
fn relative(rel: Rel, anchor: Date) -> Period {
    match rel {
        Rel::Days(n) => Period::Day(anchor.add_days(n)),
        Rel::Weeks(n) => {
            let (y, w) = anchor.add_days(7 * n).iso_week();
            Period::Week(y, w)
        }
        Rel::Months(n) => {
            let (y, m) = add_months(anchor.year, anchor.month, n);
            Period::Month(y, m)
        }
        Rel::Years(n) => Period::Year(anchor.year.saturating_add(n.clamp(-9999, 9999) as i32)),
        Rel::Weekend(n) => {
            let saturday = anchor.add_days(7 * n + 5 - i64::from(anchor.weekday()));
            Period::Days(saturday, saturday.add_days(1))
        }
    }
}
