//! Resolving date expressions against the anchor, the article's publication date.
//!
//! News reports the past, so a weekday or month without a year looks back by default: "on
//! Tuesday" is the most recent Tuesday on or before the anchor, "Aug. 18" the most recent
//! Aug. 18 no more than a week after it. A forward cue in the same clause ("will", "is
//! scheduled to", "ahead of") turns the search forward.

use super::parse::{Expr, Point, Rel, Season, Shift, YearRef};
use super::tokens::{Class, Toks};
use crate::calendar::{add_months, days_in_month, Date};
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

/// Forms of "be" that make a reporting verb after them a passive.
const PASSIVE_BE: [&str; 3] = ["be", "been", "being"];

/// How many tokens a cue may stand from the expression it turns forward.
const CUE_REACH: usize = 40;

/// Marks that end a clause.
const CLAUSE_MARKS: &[&str] = &[";", ":", ",", "(", ")", "\"", "!", "?", "[", "]"];

/// The forward cue of the expression at tokens `start..end`, within the sentence whose
/// tokens start at `first` and end before `last`: a cue word earlier in its clause, a
/// future verb right after it, or a following ", when ... will" clause.
pub fn cue(t: Toks, first: usize, last: usize, start: usize, end: usize) -> Option<Cue> {
    let from = first.max(start.saturating_sub(CUE_REACH));
    cue_before(t, from, start).or_else(|| {
        // "cuts that began on December 28 will end": the verb after a date in a relative
        // clause is the main clause's, not the date's.
        let relative = in_relative_clause(t, from, start);
        cue_after(t, end, last.min(end + CUE_REACH)).filter(|_| !relative)
    })
}

/// Whether a relative pronoun ("that", "which", "who") opens the clause that holds token
/// `start`, looking back no further than token `first`.
fn in_relative_clause(t: Toks, first: usize, start: usize) -> bool {
    (first..start)
        .rev()
        .take_while(|&i| t.0[i].class != Class::Break && !CLAUSE_MARKS.contains(&t.0[i].text))
        .any(|i| t.word_in(i, &["that", "which", "who"]))
}

/// A cue word between the start of the clause and token `start`, looking back from it to
/// the first clause mark or reporting verb, but not before token `first`.
fn cue_before(t: Toks, first: usize, start: usize) -> Option<Cue> {
    let word = |i: usize, list: &dyn Folded| i >= first && i < start && t.word_in(i, list);
    for i in (first..start).rev() {
        let tok = t.0[i];
        // "would be announced on Wednesday": a reporting verb after "be" is a passive,
        // not the report that closes the clause.
        let passive = word(i.wrapping_sub(1), &PASSIVE_BE);
        if tok.class == Class::Break
            || CLAUSE_MARKS.contains(&tok.text)
            || (word(i, &ReportBoundaries) && !passive)
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

/// A resolved date: a day, a month, a year, or an interval of days with its first and
/// last day (a week, a weekend, a quarter, a season, a range). Weeks and ranges are days,
/// not ISO weeks or pairs of periods, so every value has a clear start and end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateValue {
    /// A day.
    Day(Date),
    /// A month: year and month.
    Month(i32, u32),
    /// A year.
    Year(i32),
    /// The days from the first to the last, both inside.
    Days(Date, Date),
}

impl DateValue {
    /// The day it names, when it is one day.
    pub fn day(self) -> Option<Date> {
        match self {
            DateValue::Day(d) => Some(d),
            _ => None,
        }
    }

    /// Its first day.
    fn first(self) -> Option<Date> {
        match self {
            DateValue::Day(d) | DateValue::Days(d, _) => Some(d),
            DateValue::Month(y, m) => Date::new(y, m, 1),
            DateValue::Year(y) => Date::new(y, 1, 1),
        }
    }

    /// Its last day.
    fn last(self) -> Option<Date> {
        match self {
            DateValue::Day(d) | DateValue::Days(_, d) => Some(d),
            DateValue::Month(y, m) => Date::new(y, m, days_in_month(y, m)?),
            DateValue::Year(y) => Date::new(y, 12, 31),
        }
    }

    /// The days from the first of `self` to the last of `to`: a range as one interval.
    fn through(self, to: DateValue) -> Option<DateValue> {
        Some(DateValue::Days(self.first()?, to.last()?))
    }
}

impl fmt::Display for DateValue {
    /// ISO 8601: `2020-08-18`, `2020-08`, `2020`, `2020-08-22/2020-08-23`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Day(d) => write!(f, "{}", d.iso()),
            DateValue::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            DateValue::Year(y) => write!(f, "{y:04}"),
            DateValue::Days(a, b) => write!(f, "{}/{}", a.iso(), b.iso()),
        }
    }
}

/// The value of `expr`: a day, month or year, or an interval of days; `None` when the
/// text and the anchor do not fix it. `weekday` is the weekday written next to a day
/// without a year ("Friday, Aug. 28"), which picks the year when the usual one disagrees.
pub fn value(
    expr: &Expr,
    anchor: Option<Date>,
    cue: Option<Cue>,
    weekday: Option<u32>,
) -> Option<DateValue> {
    match *expr {
        Expr::One(p) => point(p, anchor, cue, weekday),
        Expr::Range(a, b) => {
            let from = point(a, anchor, cue, None)?;
            from.through(range_end(b, from)?)
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
        Expr::One(p) => point(p, anchor, cue, weekday)?.day(),
        Expr::Range(..) => None,
    }
}

/// The second end of a range that starts at `from`: a missing year is the first that
/// puts it on or after the start.
fn range_end(p: Point, from: DateValue) -> Option<DateValue> {
    match (p, from) {
        (
            Point::Day {
                year: None,
                month,
                day,
            },
            DateValue::Day(start),
        ) => {
            let d = Date::new(start.year, month, day)?;
            if d < start {
                Date::new(start.year.saturating_add(1), month, day).map(DateValue::Day)
            } else {
                Some(DateValue::Day(d))
            }
        }
        (
            Point::Month {
                year: None, month, ..
            },
            DateValue::Month(y, m),
        ) => Some(DateValue::Month(
            y.saturating_add(i32::from(month < m)),
            month,
        )),
        _ => point(p, None, None, None),
    }
}

/// The value of one point.
fn point(
    p: Point,
    anchor: Option<Date>,
    cue: Option<Cue>,
    weekday: Option<u32>,
) -> Option<DateValue> {
    match p {
        Point::Day {
            year: Some(y),
            month,
            day,
        } => Date::new(y, month, day).map(DateValue::Day),
        Point::Day {
            year: None,
            month,
            day,
        } => month_day(month, day, anchor?, cue, weekday).map(DateValue::Day),
        Point::Month {
            year: Some(y),
            month,
            ..
        } => Some(DateValue::Month(y, month)),
        Point::Month {
            year: None,
            month,
            shift,
        } => {
            let (y, m) = bare_month(month, shift, anchor?, cue);
            Some(DateValue::Month(y, m))
        }
        Point::Year(y) => Some(DateValue::Year(y)),
        Point::Weekday { weekday, shift } => {
            Some(DateValue::Day(weekday_day(weekday, shift, anchor?, cue)))
        }
        Point::Relative(rel) => relative(rel, anchor?),
        Point::Quarter { year, quarter } => {
            of_year(year, anchor, cue, |y| months(y, quarter * 3 - 2, 3))
        }
        Point::Half { year, half } => of_year(year, anchor, cue, |y| months(y, half * 6 - 5, 6)),
        Point::Season {
            year: Some(y),
            season,
        } => season_of(y, season),
        Point::Season { year: None, season } => {
            let anchor = anchor?;
            // The latest that has started by the anchor; with a cue, the first not yet over.
            let mut years =
                (anchor.year - 2..=anchor.year + 1).filter_map(|y| season_of(y, season));
            match cue {
                None => years.rfind(|s| s.first() <= Some(anchor)),
                Some(_) => years.find(|s| s.last() >= Some(anchor)),
            }
        }
        Point::ShiftedSeason { season, shift } => shifted_season(season, shift, anchor?),
        Point::Football(y) => football(y),
        Point::ShiftedFootball(shift) => {
            let anchor = anchor?;
            // June and July already belong to the season that starts in August.
            let current = anchor.year - i32::from(anchor.month < FOOTBALL_OFF_SEASON);
            football(match shift {
                Shift::Last => current - 1,
                Shift::Next => current + 1,
                Shift::None | Shift::This => current,
            })
        }
        Point::Weekend(shift) => Some(weekend(shift, anchor?, cue)),
    }
}

/// The month from which the next football season is the current one (June).
const FOOTBALL_OFF_SEASON: u32 = 6;

/// The days of `count` months from `first` (1-12) of `year`, running into the next year
/// when they must.
fn months(year: i32, first: u32, count: u32) -> Option<DateValue> {
    let start = Date::new(year, first, 1)?;
    let (y, m) = add_months(year, first, i64::from(count) - 1);
    Some(DateValue::Days(
        start,
        Date::new(y, m, days_in_month(y, m)?)?,
    ))
}

/// A part of a year (a quarter, a half) given by `span` for a year: of the year written,
/// of the year counted from the anchor's, or, unwritten, of the anchor's year unless that
/// part starts after the anchor (then the year before) or, with a cue, ended before it
/// (then the year after).
fn of_year(
    year: YearRef,
    anchor: Option<Date>,
    cue: Option<Cue>,
    span: impl Fn(i32) -> Option<DateValue>,
) -> Option<DateValue> {
    match year {
        YearRef::Written(y) => span(y),
        YearRef::Shifted(n) => span(anchor?.year.saturating_add(n)),
        YearRef::Unwritten => {
            let anchor = anchor?;
            let this = span(anchor.year)?;
            let shift = match cue {
                None => -i32::from(this.first()? > anchor),
                Some(_) => i32::from(this.last()? < anchor),
            };
            span(anchor.year + shift)
        }
    }
}

/// The days of `season` of `year` (northern and meteorological: winter runs from December
/// of that year into February of the next).
fn season_of(year: i32, season: Season) -> Option<DateValue> {
    let first = match season {
        Season::Spring => 3,
        Season::Summer => 6,
        Season::Autumn => 9,
        Season::Winter => 12,
    };
    months(year, first, 3)
}

/// "this summer" (of the anchor's year; the winter that holds or follows the anchor),
/// "last summer" (the latest over before the anchor), "next spring" (the first that starts
/// after it).
fn shifted_season(season: Season, shift: Shift, anchor: Date) -> Option<DateValue> {
    let years = || (anchor.year - 2..=anchor.year + 1).filter_map(|y| season_of(y, season));
    match shift {
        Shift::Last => years().rfind(|s| s.last() < Some(anchor)),
        Shift::Next => years().find(|s| s.first() > Some(anchor)),
        Shift::This | Shift::None => {
            let winter_before = season == Season::Winter && anchor.month <= 2;
            season_of(anchor.year - i32::from(winter_before), season)
        }
    }
}

/// The football season that starts in August of `year` and ends in May of the next.
fn football(year: i32) -> Option<DateValue> {
    Some(DateValue::Days(
        Date::new(year, 8, 1)?,
        Date::new(year.checked_add(1)?, 5, 31)?,
    ))
}

/// A weekend, Saturday and Sunday. "this weekend" is the one of the anchor's week (Monday
/// to Sunday), "last weekend" the one before it, "next weekend" the one after it; "the
/// weekend" is the one the anchor falls in, else the latest before it or, with a cue, the
/// first after it.
fn weekend(shift: Shift, anchor: Date, cue: Option<Cue>) -> DateValue {
    let weekday = i64::from(anchor.weekday());
    let saturday = match shift {
        Shift::Last => anchor.add_days(-7 + 5 - weekday),
        Shift::Next => anchor.add_days(7 + 5 - weekday),
        Shift::This => anchor.add_days(5 - weekday),
        Shift::None if weekday >= 5 || cue.is_some() => anchor.add_days(5 - weekday),
        Shift::None => anchor.add_days(-weekday - 2),
    };
    DateValue::Days(saturday, saturday.add_days(1))
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

/// A day, week, quarter, month or year counted from the anchor; a week runs Monday to
/// Sunday.
fn relative(rel: Rel, anchor: Date) -> Option<DateValue> {
    Some(match rel {
        Rel::Days(n) => DateValue::Day(anchor.add_days(n)),
        Rel::Weeks(n) => {
            let monday = anchor.add_days(7 * n - i64::from(anchor.weekday()));
            DateValue::Days(monday, monday.add_days(6))
        }
        Rel::Quarters(n) => {
            let first = (anchor.month - 1) / 3 * 3 + 1;
            let (y, m) = add_months(anchor.year, first, 3 * n);
            return months(y, m, 3);
        }
        Rel::Months(n) => {
            let (y, m) = add_months(anchor.year, anchor.month, n);
            DateValue::Month(y, m)
        }
        Rel::Years(n) => DateValue::Year(anchor.year.saturating_add(n.clamp(-9999, 9999) as i32)),
    })
}
