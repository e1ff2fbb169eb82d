//! Weekday conflicts: a weekday and a calendar date in one sentence that cannot be the same
//! day ("sent on Thursday morning ... this morning, Aug. 18" in 2020, a Tuesday).
//!
//! A weekday written right beside a date ("Tuesday 5 March 2024", "Aug. 18 (Tuesday)")
//! is checked against that date only. Other weekdays in the sentence are checked against
//! the other dates in it: a weekday that matches none of them is reported against the
//! nearest that it could mean, within a week of the day it resolved to and not across a
//! spaced dash (the end of a dateline).

use super::parse::{atoms, Expr, Point, Shift};
use super::resolve;
use super::tokens::tokenize_span;
use super::{Found, Value};
use crate::calendar::{Date, MONTH_NAMES, WEEKDAY_NAMES};
use crate::extract::Kind;
use crate::sorting;
use crate::text::Tokens;
use std::ops::Range;

/// A weekday that does not match a calendar date in its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekdayConflict {
    /// Byte range of the weekday.
    pub weekday: Range<usize>,
    /// Byte range of the date.
    pub date: Range<usize>,
    /// What is wrong, in words: "Thursday does not match 18 Aug 2020, a Tuesday".
    pub message: String,
}

/// The weekday conflicts among the dates `found` in the text of `tokens` (as
/// [`super::find`] returns them), sentence by sentence. A date without a year takes it from
/// its value or, failing that, from `anchor`.
pub fn weekday_conflicts(
    tokens: &Tokens,
    sentences: &[Range<usize>],
    found: &[Found],
    anchor: Option<Date>,
) -> Vec<WeekdayConflict> {
    let mut out = Vec::new();
    let mut weekdays: Vec<Weekday> = Vec::new();
    let mut dates: Vec<(Range<usize>, Date)> = Vec::new();
    let mut sentence = None;
    let text = tokens.text();
    for f in found.iter().filter(|f| f.kind == Kind::Date) {
        if text.get(f.range.clone()).is_none() {
            continue;
        }
        let here = sentence_of(sentences, f.range.start);
        if here != sentence {
            check_sentence(text, &weekdays, &dates, &mut out);
            weekdays.clear();
            dates.clear();
            sentence = here;
        }
        let value = match &f.value {
            Some(Value::Date(d)) => d.day(),
            _ => None,
        };
        match classify(tokens, &f.range, value, anchor) {
            Some(Either::Weekday(weekday, day)) => weekdays.push(Weekday {
                range: f.range.clone(),
                weekday,
                day,
            }),
            Some(Either::Date(d)) => dates.push((f.range.clone(), d)),
            None => {}
        }
    }
    check_sentence(text, &weekdays, &dates, &mut out);
    sorting::sort_by_key(&mut out, |c| (c.weekday.start, c.date.start));
    out
}

/// A weekday mention: its span, its weekday (0 = Monday) and the day it was resolved to.
struct Weekday {
    range: Range<usize>,
    weekday: u32,
    day: Option<Date>,
}

/// A found date as the conflict check sees it.
enum Either {
    /// A plain weekday (0 = Monday) and the day it was resolved to, if any.
    Weekday(u32, Option<Date>),
    /// A calendar date with day and month written.
    Date(Date),
}

/// What the found date at `range` is, read on its own; `day` is the day it resolved to.
fn classify(
    tokens: &Tokens,
    range: &Range<usize>,
    day: Option<Date>,
    anchor: Option<Date>,
) -> Option<Either> {
    let toks = tokenize_span(tokens, range);
    let [atom] = atoms(&toks)[..] else {
        return None;
    };
    if atom.start != 0 || atom.end != toks.len() {
        return None;
    }
    match atom.expr {
        Expr::One(Point::Weekday {
            weekday,
            shift: Shift::None | Shift::This,
        }) => Some(Either::Weekday(weekday, day)),
        Expr::One(Point::Day { .. }) => day
            .or_else(|| resolve::day(&atom.expr, anchor, None, None))
            .map(Either::Date),
        _ => None,
    }
}

/// The index of the sentence holding byte `pos`, if any.
fn sentence_of(sentences: &[Range<usize>], pos: usize) -> Option<usize> {
    let k = sentences.partition_point(|s| s.end <= pos);
    sentences.get(k).filter(|s| s.start <= pos).map(|_| k)
}

/// Whether the text between two spans holds only spaces, commas, brackets or "the".
fn beside(text: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    let (first, second) = if a.start < b.start { (a, b) } else { (b, a) };
    text.get(first.end..second.start).is_some_and(|gap| {
        let gap = gap.trim_matches(|c: char| c == ' ' || c == ',' || c == '(' || c == ')');
        gap.is_empty() || gap.eq_ignore_ascii_case("the")
    })
}

/// Adds the conflicts of one sentence's weekdays and dates (each in text order) to `out`.
fn check_sentence(
    text: &str,
    weekdays: &[Weekday],
    dates: &[(Range<usize>, Date)],
    out: &mut Vec<WeekdayConflict>,
) {
    let mut paired = vec![false; dates.len()];
    let mut loose_weekdays = Vec::new();
    for w in weekdays {
        // Only the dates right before and right after a weekday can be beside it.
        let k = dates.partition_point(|(d, _)| d.start < w.range.start);
        let beside_it = [k.checked_sub(1), Some(k)]
            .into_iter()
            .flatten()
            .find(|&k| dates.get(k).is_some_and(|(d, _)| beside(text, &w.range, d)));
        match beside_it {
            Some(k) => {
                paired[k] = true;
                report(w, &dates[k], out);
            }
            None => loose_weekdays.push(w),
        }
    }
    let loose_dates: Vec<&(Range<usize>, Date)> = dates
        .iter()
        .zip(&paired)
        .filter(|(_, paired)| !**paired)
        .map(|(d, _)| d)
        .collect();
    let mut named = [false; 7];
    for (_, d) in &loose_dates {
        named[d.weekday() as usize % 7] = true;
    }
    for w in loose_weekdays {
        if named[w.weekday as usize % 7] {
            continue;
        }
        // A date can be what the weekday meant when it lies within a week of the day the
        // weekday resolved to, and no spaced dash (the end of a dateline: "PORT SELWYN,
        // Aug. 18 (Reuters) - ... on Monday") stands between them.
        let could_mean = |(range, date): &&(Range<usize>, Date)| {
            let near = w
                .day
                .is_none_or(|day| *date >= day.add_days(-7) && *date <= day.add_days(7));
            let (a, b) = if range.start < w.range.start {
                (range.end, w.range.start)
            } else {
                (w.range.end, range.start)
            };
            let dash = text.get(a..b).is_none_or(|gap| gap.contains(" - "));
            near && !dash
        };
        let k = loose_dates.partition_point(|(d, _)| d.start < w.range.start);
        let nearest = [k.checked_sub(1), Some(k)]
            .into_iter()
            .flatten()
            .filter_map(|k| loose_dates.get(k).copied())
            .filter(could_mean)
            .min_by_key(|(r, _)| r.start.abs_diff(w.range.start));
        if let Some(nearest) = nearest {
            report(w, nearest, out);
        }
    }
}

/// Adds a conflict when the weekday `w` is not the weekday of `date`.
fn report(w: &Weekday, (date_range, date): &(Range<usize>, Date), out: &mut Vec<WeekdayConflict>) {
    let actual = date.weekday();
    if actual == w.weekday {
        return;
    }
    let name = |w: u32| WEEKDAY_NAMES[w as usize % 7];
    out.push(WeekdayConflict {
        weekday: w.range.clone(),
        date: date_range.clone(),
        message: format!(
            "{} does not match {} {} {}, a {}",
            name(w.weekday),
            date.day,
            &MONTH_NAMES[(date.month as usize + 11) % 12][..3],
            date.year,
            name(actual)
        ),
    });
}

#[cfg(test)]
mod tests {
    use super::super::find;
    use super::super::tests::{anchor, AUG, MAR, NONE};
    use super::*;
    use crate::text::{sentences, Tokens};

    /// (anchor, input, expected conflicts as "weekday|date|message")
    const CONFLICTS: &[(&str, &str, &[&str])] = &[
        (
            AUG,
            "In a message sent on Thursday morning, Varga wrote that this morning, Aug. 18, the gates stayed shut.",
            &["Thursday morning|Aug. 18|Thursday does not match 18 Aug 2020, a Tuesday"],
        ),
        (NONE, "The vote was held on Tuesday 5 March 2024.", &[]),
        (
            NONE,
            "The vote was held on Wednesday 5 March 2024.",
            &["Wednesday|5 March 2024|Wednesday does not match 5 Mar 2024, a Tuesday"],
        ),
        (
            AUG,
            "Ballots were counted on Tuesday, Aug. 18, and on Thursday, Aug. 20.",
            &[],
        ),
        (
            AUG,
            "Ballots were counted on Tuesday, Aug. 19.",
            &["Tuesday|Aug. 19|Tuesday does not match 19 Aug 2020, a Wednesday"],
        ),
        (AUG, "Varga spoke on Thursday. The letter is dated Aug. 18.", &[]),
        (
            NONE,
            "Talks were held on Friday, 18/08/2020.",
            &["Friday|18/08/2020|Friday does not match 18 Aug 2020, a Tuesday"],
        ),
        (AUG, "On Aug. 18 officials said talks would resume next Thursday.", &[]),
        (
            AUG,
            "On Tuesday, Aug. 18, Varga met Lindqvist, who had arrived on Sunday.",
            &[],
        ),
        (
            AUG,
            "The notice, dated Aug. 18 (Thursday), was posted in Kati.",
            &["Thursday|Aug. 18|Thursday does not match 18 Aug 2020, a Tuesday"],
        ),
        (NONE, "The notice, dated Aug. 18 (Thursday), was posted in Kati.", &[]),
    (
        AUG,
        "PORT SELWYN, Aug. 18 (Wire) - The port shut on Monday.",
        &[],
    ),
    (
        AUG,
        "Ines Varga said on Monday that talks would resume on Sept. 1.",
        &[],
    ),
        (
            MAR,
            "Sunday's count, on March 3, matched Monday's, on March 5.",
            &["Monday|March 5|Monday does not match 5 Mar 2024, a Tuesday"],
        ),
    ];

    #[test]
    fn weekday_conflict_table() {
        for (day, input, expected) in CONFLICTS {
            let s = sentences(input);
            let tokens = Tokens::new(input);
            let found = find(&tokens, &s, anchor(day));
            let shown: Vec<String> = weekday_conflicts(&tokens, &s, &found, anchor(day))
                .into_iter()
                .map(|c: WeekdayConflict| {
                    format!("{}|{}|{}", &input[c.weekday], &input[c.date], c.message)
                })
                .collect();
            assert_eq!(&shown, expected, "input: {input:?}, anchor {day:?}");
        }
    }
}
