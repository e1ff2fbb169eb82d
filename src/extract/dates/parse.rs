//! The date grammar over tokens: what each date expression says, before it is resolved
//! against the publication date.
//!
//! Expressions: ISO and numeric dates, month-and-day in either order with an optional
//! year, month and year, a month after a preposition, years in context, weekdays with a
//! part of day, relative days ("yesterday", "last week", "two days ago"), and ranges of two
//! dates, months or years ([`super::numbers`] reads the ones in digits). Month and weekday names must be capitalised: "may" and "march"
//! are verbs, "august" an adjective.

use super::lexicon::{capitalised, month_of, weekday_of};
use super::numbers::{iso, numeric, year, year_number, year_range};
use super::periods::period;
use super::tokens::{Class, Tok, Toks};
use crate::lexicon::WordList::{MonthContext, NamedDays, PartsOfDay, WeekdayContext};
use crate::lexicon::{PhraseList, TableList};

/// The largest count written in words that dates count back by ("two days ago"): news
/// style spells out small numbers and writes larger ones in digits, which the grammar
/// reads whatever their size.
const MAX_COUNT_WORD: i64 = 12;

/// A shift word before a weekday or month: "last", "next", "this".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// No shift word.
    None,
    /// "last": strictly before the publication date.
    Last,
    /// "next": strictly after it.
    Next,
    /// "this": the current one.
    This,
}

/// A relative expression, counted from the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// That many days on ("yesterday" is -1).
    Days(i64),
    /// That many ISO weeks on.
    Weeks(i64),
    /// That many months on.
    Months(i64),
    /// That many years on.
    Years(i64),
    /// That many quarters on ("last quarter").
    Quarters(i64),
}

/// The year of a part of a year ("the third quarter of 2027", "of last year", "the second
/// half").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// Not written: read from the publication date.
    Unwritten,
    /// Written.
    Written(i32),
    /// Counted from the publication year ("of last year" is -1).
    Shifted(i32),
}

/// A season of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    /// March to May.
    Spring,
    /// June to August.
    Summer,
    /// September to November.
    Autumn,
    /// December to February.
    Winter,
}

/// One point in time as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    /// A day, with its year when written.
    Day {
        /// The year, if written.
        year: Option<i32>,
        /// The month.
        month: u32,
        /// The day of the month.
        day: u32,
    },
    /// A month, with its year when written.
    Month {
        /// The year, if written.
        year: Option<i32>,
        /// The month.
        month: u32,
        /// "last June", "next March".
        shift: Shift,
    },
    /// A year.
    Year(i32),
    /// A weekday (0 = Monday).
    Weekday {
        /// The weekday.
        weekday: u32,
        /// "last Tuesday", "next Friday".
        shift: Shift,
    },
    /// A day, week, month or year counted from the publication date.
    Relative(Rel),
    /// A quarter (1-4) of a year: "Q3 2027", "the second quarter".
    Quarter {
        /// Its year.
        year: YearRef,
        /// The quarter.
        quarter: u32,
    },
    /// A half (1-2) of a year: "the first half of 2026".
    Half {
        /// Its year.
        year: YearRef,
        /// The half.
        half: u32,
    },
    /// A season, with its year when written: "the summer of 2028", "in the spring".
    Season {
        /// The year (a winter's is the year of its December).
        year: Option<i32>,
        /// The season.
        season: Season,
    },
    /// "this summer", "last winter", "next spring".
    ShiftedSeason {
        /// The season.
        season: Season,
        /// The shift word.
        shift: Shift,
    },
    /// The football season that starts in August of this year: "the 2025-26 season".
    Football(i32),
    /// "this season", "last season".
    ShiftedFootball(Shift),
    /// "the weekend", "last weekend".
    Weekend(Shift),
}

/// A date expression: one point or a range of two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expr {
    /// One point.
    One(Point),
    /// From the first point to the second.
    Range(Point, Point),
}

/// A date expression and the tokens it spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Atom {
    /// Index of its first token.
    pub start: usize,
    /// Index one past its last token.
    pub end: usize,
    /// What it says.
    pub expr: Expr,
}

/// All date expressions in `toks`, in order and without overlaps.
pub fn atoms(toks: &[Tok]) -> Vec<Atom> {
    let t = Toks(toks);
    let mut out: Vec<Atom> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let after_year = out
            .last()
            .filter(|a| matches!(a.expr, Expr::One(Point::Year(_))))
            .map(|a| a.end);
        match single(t, i, after_year) {
            Some((expr, end)) => {
                let (expr, end) = extend_to_range(t, i, expr, end);
                // "every Friday", "each March": a rule, not a date.
                if !t.preceded_by(i, &["every", "each"]) {
                    let floor = out.last().map_or(0, |a| a.end);
                    let start = modified_from(t, i, expr).max(floor);
                    out.push(Atom { start, end, expr });
                }
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Where the expression `expr` at token `i` starts once a modifier before it is taken in:
/// "early 2027", "mid-March", "late last year", "the end of the second quarter". A
/// modifier keeps the value of the whole period, so only periods longer than a day take
/// one.
fn modified_from(t: Toks, i: usize, expr: Expr) -> usize {
    let period = match expr {
        Expr::One(p) => !matches!(
            p,
            Point::Day { .. } | Point::Weekday { .. } | Point::Relative(Rel::Days(_))
        ),
        Expr::Range(..) => false,
    };
    if !period || i == 0 {
        return i;
    }
    if t.glued(i) {
        let hyphened = i >= 2 && t.mark(i - 1, "-") && t.glued(i - 1);
        return if hyphened && t.word_in(i - 2, &["mid"]) {
            i - 2
        } else {
            i
        };
    }
    if t.word_in(i - 1, &["early", "late", "mid"]) {
        return i - 1;
    }
    let of_part = i >= 2
        && t.word_in(i - 1, &["of"])
        && t.word_in(i - 2, &["end", "beginning", "start", "middle", "turn"])
        && t.spaced(i - 1)
        && t.spaced(i);
    match of_part {
        true if i >= 3 && t.word_in(i - 3, &["the"]) && t.spaced(i - 2) => i - 3,
        true => i - 2,
        false => i,
    }
}

/// The expression starting at token `i`, without ranges built from two expressions.
/// `after_year` is the end of the year just found, when the previous expression is one.
fn single(t: Toks, i: usize, after_year: Option<usize>) -> Option<(Expr, usize)> {
    let one = |(p, end)| (Expr::One(p), end);
    iso(t, i)
        .map(one)
        .or_else(|| numeric(t, i).map(one))
        .or_else(|| period(t, i).map(one))
        .or_else(|| year_range(t, i))
        .or_else(|| relative(t, i).map(one))
        .or_else(|| weekday(t, i).map(one))
        .or_else(|| month_first(t, i))
        .or_else(|| day_first(t, i))
        .or_else(|| year(t, i, after_year, false).map(one))
}

/// "today", "yesterday morning", "last week", "this year", "two days ago".
fn relative(t: Toks, i: usize) -> Option<(Point, usize)> {
    let w = t.get(i)?.to_ascii_lowercase();
    let part_after = |j: usize| {
        if t.word_in(j, &PartsOfDay) && t.spaced(j) {
            j + 1
        } else {
            j
        }
    };
    // "yesterday", "the day before yesterday": a day counted from the anchor.
    let spaced_word = |n: usize| {
        (n == 0 || t.spaced(i + n))
            .then(|| t.word(i + n))
            .flatten()
            .map(str::to_ascii_lowercase)
    };
    if let Some((days, len)) = PhraseList::RelativeDays.phrases().longest(spaced_word) {
        // A one-word day may take a part of it: "yesterday morning".
        let end = if len == 1 { part_after(i + 1) } else { i + len };
        return Some((Point::Relative(Rel::Days(days.parse().ok()?)), end));
    }
    let next_spaced = t.spaced(i + 1);
    let shift = match w.as_str() {
        "last" => Some(-1),
        "this" => Some(0),
        "next" => Some(1),
        _ => None,
    };
    // "the last week of June", "the next month" count from the story, not the article.
    let counted_from_story = t.preceded_by(i, &["the"]);
    if let Some(n) = shift.filter(|_| next_spaced && !counted_from_story) {
        let unit = t.word(i + 1)?.to_ascii_lowercase();
        let rel = match (unit.as_str(), n) {
            ("morning" | "afternoon" | "evening", 0) => Rel::Days(0),
            ("night", -1) => Rel::Days(-1),
            ("week", _) => Rel::Weeks(n),
            ("month", _) => Rel::Months(n),
            ("year", _) => Rel::Years(n),
            ("quarter", _) => Rel::Quarters(n),
            _ => return None,
        };
        return Some((Point::Relative(rel), i + 2));
    }
    let count = match w.as_str() {
        "a" | "an" => Some(1),
        _ => TableList::NumberWords
            .value(&w)
            .and_then(|n| n.parse().ok())
            .filter(|n| (1..=MAX_COUNT_WORD).contains(n)),
    }
    .or_else(|| t.num(i, 3).filter(|_| t.starts_free(i)).map(i64::from))?;
    if !(next_spaced && t.spaced(i + 2) && t.word_in(i + 2, &["ago"])) {
        return None;
    }
    let unit = t.word(i + 1)?.to_ascii_lowercase();
    let rel = match unit.trim_end_matches('s') {
        "day" => Rel::Days(-count),
        "week" => Rel::Weeks(-count),
        "month" => Rel::Months(-count),
        "year" => Rel::Years(-count),
        _ => return None,
    };
    Some((Point::Relative(rel), i + 3))
}

/// The shift word at `i`, when a spaced word follows it.
fn shift_at(t: Toks, i: usize) -> Shift {
    let shift = match t.word(i).map(str::to_ascii_lowercase).as_deref() {
        Some("last") => Shift::Last,
        Some("next") => Shift::Next,
        Some("this") => Shift::This,
        _ => Shift::None,
    };
    if t.spaced(i + 1) {
        shift
    } else {
        Shift::None
    }
}

/// "Tuesday", "last Tuesday", "Thursday morning". A weekday that starts a run of
/// capitalised words ("the Sunday Times", "Monday Motors") is part of a name unless a word
/// like "on" comes before it; so is a named day ("Good Friday", "Super Tuesday").
fn weekday(t: Toks, i: usize) -> Option<(Point, usize)> {
    let shift = shift_at(t, i);
    let at = if shift == Shift::None { i } else { i + 1 };
    let weekday = weekday_of(t.word(at)?)?;
    let mut end = at + 1;
    if t.word_in(end, &PartsOfDay) && t.spaced(end) {
        end += 1;
    }
    if shift == Shift::None && !t.preceded_by(at, &WeekdayContext) {
        let named_day = at > 0
            && t.spaced(at)
            && t.word(at - 1).is_some_and(capitalised)
            && t.word_in(at - 1, &NamedDays);
        let capital_after = end == at + 1
            && t.spaced(end)
            && t.word(end)
                .is_some_and(|w| capitalised(w) && month_of(w).is_none());
        if named_day || capital_after {
            return None;
        }
    }
    Some((Point::Weekday { weekday, shift }, end))
}

/// The month name at `i` and the index after it (and after the stop of an abbreviation).
fn month_at(t: Toks, i: usize) -> Option<(u32, usize)> {
    let word = t.word(i)?;
    let month = month_of(word)?;
    let abbreviated = word.len() <= 4
        && !["may", "june", "july"]
            .iter()
            .any(|m| m.eq_ignore_ascii_case(word));
    if abbreviated && t.mark(i + 1, ".") && t.glued(i + 1) {
        Some((month, i + 2))
    } else {
        Some((month, i + 1))
    }
}

/// The day of the month at `i` (1-31, with an optional ordinal suffix) and the index after
/// it; `hyphen` also accepts a day glued to a range hyphen on either side ("3-5 March").
fn day_at(t: Toks, i: usize, hyphen: bool) -> Option<(u32, usize)> {
    let day = t.num(i, 2).filter(|d| (1..=31).contains(d))?;
    let after_hyphen =
        hyphen && i >= 2 && t.mark(i - 1, "-") && t.glued(i) && t.num(i - 2, 2).is_some();
    if !(t.starts_free(i) || after_hyphen) {
        return None;
    }
    let suffix = t.glued(i + 1) && t.word_in(i + 1, &["st", "nd", "rd", "th"]);
    let end = if suffix { i + 2 } else { i + 1 };
    let ranged = hyphen && t.mark(end, "-") && t.glued(end) && t.num(end + 1, 2).is_some();
    (t.ends_free(end) || ranged).then_some((day, end))
}

/// An optional comma and a year after index `j`: the year and the index after it.
fn year_after(t: Toks, j: usize) -> Option<(i32, usize)> {
    let k = if t.mark(j, ",") && t.glued(j) {
        j + 1
    } else {
        j
    };
    let y = year_number(t, k).filter(|_| t.spaced(k) && t.ends_free(k + 1))?;
    Some((y, k + 1))
}

/// A connector between the two ends of a range at `j` ("-", "to", "through", "until", and
/// "and" after "between"): the index after it.
fn connector(t: Toks, j: usize, between: bool) -> Option<usize> {
    let joins = t.mark(j, "-")
        || (t.spaced(j) && t.word_in(j, &["to", "through", "until", "till"]))
        || (between && t.spaced(j) && t.word_in(j, &["and"]));
    (joins && t.0.get(j + 1).is_some_and(|n| n.class != Class::Break)).then_some(j + 1)
}

/// "Aug. 18", "August 18, 2020", "March 3-5, 2024", "June 2020", "since June", "last June".
fn month_first(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let shift = shift_at(t, i);
    let at = if shift == Shift::None { i } else { i + 1 };
    let (month, j) = month_at(t, at)?;
    let between = t.preceded_by(i, &["between"]);
    if shift == Shift::None && t.spaced(j) {
        if let Some((day, k)) = day_at(t, j, true) {
            let second = connector(t, k, between)
                .and_then(|c| day_at(t, c, true))
                .filter(|(d2, _)| *d2 > day);
            if let Some((day2, end)) = second {
                let (year, end) = year_after(t, end).map_or((None, end), |(y, e)| (Some(y), e));
                let from = Point::Day { year, month, day };
                let to = Point::Day {
                    year,
                    month,
                    day: day2,
                };
                return Some((Expr::Range(from, to), end));
            }
            let (year, end) = year_after(t, k).map_or((None, k), |(y, e)| (Some(y), e));
            return Some((Expr::One(Point::Day { year, month, day }), end));
        }
    }
    if shift == Shift::None {
        if let Some((year, end)) = year_after(t, j) {
            let point = Point::Month {
                year: Some(year),
                month,
                shift,
            };
            return Some((Expr::One(point), end));
        }
    }
    let ranged = connector(t, j, between).is_some_and(|c| month_at(t, c).is_some());
    let bare = Point::Month {
        year: None,
        month,
        shift,
    };
    (shift != Shift::None || t.preceded_by(i, &MonthContext) || ranged)
        .then_some((Expr::One(bare), j))
}

/// "18 August 2020", "3rd of March", "3-5 March 2024", "3 to 5 March".
fn day_first(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let (day, j) = day_at(t, i, true)?;
    let month_after = |k: usize| {
        let k = if t.spaced(k) && t.word_in(k, &["of"]) {
            k + 1
        } else {
            k
        };
        if !t.spaced(k) {
            return None;
        }
        let (month, end) = month_at(t, k)?;
        let (year, end) = year_after(t, end).map_or((None, end), |(y, e)| (Some(y), e));
        Some((month, year, end))
    };
    if let Some((month, year, end)) = month_after(j) {
        return Some((Expr::One(Point::Day { year, month, day }), end));
    }
    let c = connector(t, j, t.preceded_by(i, &["between"]))?;
    let (day2, k) = day_at(t, c, true).filter(|(d2, _)| *d2 > day)?;
    let (month, year, end) = month_after(k)?;
    let from = Point::Day { year, month, day };
    let to = Point::Day {
        year,
        month,
        day: day2,
    };
    Some((Expr::Range(from, to), end))
}

/// Joins the expression at `start..end` with a second one after a connector into a range
/// of two days, two months or two years ("3 March to 5 April 2024", "from June to August",
/// "between 2019 and 2021"). The first end takes a missing year from the second.
fn extend_to_range(t: Toks, start: usize, expr: Expr, end: usize) -> (Expr, usize) {
    let Expr::One(from) = expr else {
        return (expr, end);
    };
    let Some(c) = connector(t, end, t.preceded_by(start, &["between"])) else {
        return (expr, end);
    };
    let to = match from {
        Point::Year(_) => year(t, c, None, true).map(|(p, e)| (Expr::One(p), e)),
        Point::Day { .. } => day_first(t, c).or_else(|| month_first(t, c)),
        Point::Month {
            shift: Shift::None, ..
        } => month_first(t, c)
            .filter(|(e, _)| matches!(e, Expr::One(Point::Month { .. })))
            .or_else(|| {
                let (month, e) = month_at(t, c)?;
                let shift = Shift::None;
                Some((
                    Expr::One(Point::Month {
                        year: None,
                        month,
                        shift,
                    }),
                    e,
                ))
            }),
        _ => None,
    };
    let joined = to.and_then(|(to, e)| match to {
        Expr::One(to) => join(from, to).map(|(a, b)| (Expr::Range(a, b), e)),
        Expr::Range(..) => None,
    });
    joined.unwrap_or((expr, end))
}

/// The two ends of a range of like points, the first completed from the second; `None`
/// when they differ in kind or run backwards.
fn join(from: Point, to: Point) -> Option<(Point, Point)> {
    match (from, to) {
        (Point::Year(a), Point::Year(b)) => (b > a).then_some((from, to)),
        (
            Point::Day { year, month, day },
            Point::Day {
                year: to_year,
                month: to_month,
                day: to_day,
            },
        ) => {
            let year = year.or(to_year.map(|y| y - i32::from((month, day) > (to_month, to_day))));
            let ordered = match (year, to_year) {
                (Some(a), Some(b)) => (a, month, day) < (b, to_month, to_day),
                _ => true,
            };
            ordered.then_some((Point::Day { year, month, day }, to))
        }
        (
            Point::Month { year, month, .. },
            Point::Month {
                year: to_year,
                month: to_month,
                shift: Shift::None,
            },
        ) => {
            let year = year.or(to_year.map(|y| y - i32::from(month > to_month)));
            let ordered = match (year, to_year) {
                (Some(a), Some(b)) => (a, month) < (b, to_month),
                _ => true,
            };
            let from = Point::Month {
                year,
                month,
                shift: Shift::None,
            };
            ordered.then_some((from, to))
        }
        _ => None,
    }
}
