//! Periods longer than a day that news names without giving days: quarters ("Q3 2027",
//! "the second quarter", "third-quarter profits"), halves ("the first half of 2026"),
//! seasons ("this summer", "the summer of 2028", "in the spring"), football seasons ("the
//! 2025-26 season", "last season") and weekends ("at the weekend", "next weekend").
//! [`super::resolve`] turns each into its days.

use super::lexicon::capitalised;
use super::numbers::year_number;
use super::parse::{Point, Rel, Season, Shift, YearRef};
use super::tokens::{Class, Toks};
use crate::lexicon::WordList::PeriodContext;

/// The period phrase starting at token `i` and the index after it.
pub fn period(t: Toks, i: usize) -> Option<(Point, usize)> {
    quarter_code(t, i)
        .or_else(|| part_of_year(t, i))
        .or_else(|| football(t, i))
        .or_else(|| shifted(t, i))
        .or_else(|| season(t, i))
        .or_else(|| weekend(t, i))
        .or_else(|| end_of_the(t, i))
}

/// "the end of the year", "the start of the month": the part of the current year or month
/// ("the year" alone is any year the story speaks of, so it needs the part before it).
fn end_of_the(t: Toks, i: usize) -> Option<(Point, usize)> {
    let k = after_the(t, i);
    let part = t.word_in(k, &["end", "beginning", "start", "middle"]);
    let of_the = t.spaced(k + 1)
        && t.word_in(k + 1, &["of"])
        && t.spaced(k + 2)
        && t.word_in(k + 2, &["the"])
        && t.spaced(k + 3);
    if !(part && of_the) {
        return None;
    }
    let rel = match lower(t, k + 3)?.as_str() {
        "year" => Rel::Years(0),
        "month" => Rel::Months(0),
        _ => return None,
    };
    let ends =
        t.0.get(k + 4)
            .is_none_or(|n| n.class != Class::Word || n.space);
    ends.then_some((Point::Relative(rel), k + 4))
}

/// The word at `i` in lower case.
fn lower(t: Toks, i: usize) -> Option<String> {
    t.word(i).map(str::to_ascii_lowercase)
}

/// The index after an optional "the" at `i`.
fn after_the(t: Toks, i: usize) -> usize {
    if t.word_in(i, &["the"]) && t.spaced(i + 1) {
        i + 1
    } else {
        i
    }
}

/// "Q3", "Q3 2027", "H1 2026": a quarter or half code, and the year after it.
fn quarter_code(t: Toks, i: usize) -> Option<(Point, usize)> {
    let letter = t.get(i)?;
    let n = t
        .num(i + 1, 1)
        .filter(|_| t.glued(i + 1) && t.ends_free(i + 2))?;
    if !t.starts_free(i) || (i > 0 && t.glued(i)) {
        return None;
    }
    let year = year_number(t, i + 2).filter(|_| t.spaced(i + 2) && t.ends_free(i + 3));
    let (year, end) = match year {
        Some(y) => (YearRef::Written(y), i + 3),
        None => (YearRef::Unwritten, i + 2),
    };
    match (letter, n) {
        ("Q", 1..=4) => Some((Point::Quarter { year, quarter: n }, end)),
        // A half needs its year: "H1" alone is as often a code as a date.
        ("H", 1..=2) if year != YearRef::Unwritten => Some((Point::Half { year, half: n }, end)),
        _ => None,
    }
}

/// An ordinal of a part of a year at `i` ("second", "2nd", "final") and the index after it.
fn ordinal(t: Toks, i: usize) -> Option<(u32, usize)> {
    if let Some(n) = t.num(i, 1) {
        let suffix = t.glued(i + 1) && t.word_in(i + 1, &["st", "nd", "rd", "th"]);
        return suffix.then_some((n, i + 2));
    }
    let n = match lower(t, i)?.as_str() {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "final" => 4,
        _ => return None,
    };
    Some((n, i + 1))
}

/// "of 2027", "of this year", "of last year", "of the year" after index `j`: the year and
/// the index after it.
fn of_year(t: Toks, j: usize) -> Option<(YearRef, usize)> {
    if !(t.spaced(j) && t.word_in(j, &["of"]) && t.spaced(j + 1)) {
        return None;
    }
    if let Some(y) = year_number(t, j + 1).filter(|_| t.ends_free(j + 2)) {
        return Some((YearRef::Written(y), j + 2));
    }
    let shift = match lower(t, j + 1)?.as_str() {
        "this" | "the" => 0,
        "last" => -1,
        "next" => 1,
        _ => return None,
    };
    (t.spaced(j + 2) && t.word_in(j + 2, &["year"])).then_some((YearRef::Shifted(shift), j + 3))
}

/// "the second quarter (of 2027)", "the first half of 2026", "the last quarter of last
/// year", "third-quarter profits". A quarter without its year needs "the" before it or a
/// hyphen after its ordinal; a half always needs its year ("the first half" of a match).
fn part_of_year(t: Toks, i: usize) -> Option<(Point, usize)> {
    let k = after_the(t, i);
    let the = k > i;
    let last = the && t.word_in(k, &["last"]);
    let (n, j) = if last {
        Some((4, k + 1))
    } else {
        ordinal(t, k)
    }?;
    let hyphened = t.mark(j, "-") && t.glued(j) && t.glued(j + 1);
    let word = if hyphened { j + 1 } else { j };
    if !(hyphened || t.spaced(word)) {
        return None;
    }
    let unit = lower(t, word)?;
    let year = of_year(t, word + 1);
    match unit.as_str() {
        "quarter" if (1..=4).contains(&n) => {
            let (year, end) = match year {
                Some(found) => found,
                None if (the && !last) || hyphened => (YearRef::Unwritten, word + 1),
                None => return None,
            };
            Some((Point::Quarter { year, quarter: n }, end))
        }
        "half" if (1..=2).contains(&n) && !last => {
            let (year, end) = year?;
            Some((Point::Half { year, half: n }, end))
        }
        _ => None,
    }
}

/// "the 2025-26 season", "the 2025/26 season": a football season by its years.
fn football(t: Toks, i: usize) -> Option<(Point, usize)> {
    let k = after_the(t, i);
    let from = year_number(t, k)?;
    let joined = (t.mark(k + 1, "-") || t.mark(k + 1, "/") || t.mark(k + 1, "–"))
        && t.glued(k + 1)
        && t.glued(k + 2);
    let to = t.get(k + 2).filter(|_| joined)?;
    let to = match to.len() {
        2 => from / 100 * 100 + t.num(k + 2, 2)? as i32,
        4 => t.num(k + 2, 4)? as i32,
        _ => return None,
    };
    let season = to == from + 1 && t.spaced(k + 3) && t.word_in(k + 3, &["season"]);
    season.then_some((Point::Football(from), k + 4))
}

/// A season word at `i` ("fall" only as "the fall of 2026" or after a shift word).
fn season_word(t: Toks, i: usize) -> Option<Season> {
    Some(match lower(t, i)?.as_str() {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "autumn" | "fall" => Season::Autumn,
        "winter" => Season::Winter,
        _ => return None,
    })
}

/// "this summer", "last winter", "next spring", "this season", "last weekend".
fn shifted(t: Toks, i: usize) -> Option<(Point, usize)> {
    let shift = match lower(t, i)?.as_str() {
        "this" => Shift::This,
        "last" => Shift::Last,
        "next" => Shift::Next,
        _ => return None,
    };
    // "the last season of the show", "the next summer" count from the story.
    if !t.spaced(i + 1) || t.preceded_by(i, &["the"]) {
        return None;
    }
    let point = if let Some(season) = season_word(t, i + 1) {
        Point::ShiftedSeason { season, shift }
    } else if t.word_in(i + 1, &["season"]) {
        Point::ShiftedFootball(shift)
    } else if t.word_in(i + 1, &["weekend"]) {
        Point::Weekend(shift)
    } else {
        return None;
    };
    Some((point, i + 2))
}

/// "summer 2028", "the summer of 2028", "the fall of 2026", and a season after a word that
/// makes it one ("in the spring", "during winter", "over the summer"). A capitalised
/// season between capitalised words is a name ("the Arab Spring", "Winter Olympics").
fn season(t: Toks, i: usize) -> Option<(Point, usize)> {
    let k = after_the(t, i);
    let season = season_word(t, k)?;
    let word = t.word(k)?;
    let named = capitalised(word)
        && ((k > 0 && t.word(k - 1).is_some_and(capitalised) && t.spaced(k))
            || t.word(k + 1)
                .is_some_and(|w| capitalised(w) && t.spaced(k + 1)));
    if let Some(y) = year_number(t, k + 1).filter(|_| t.spaced(k + 1) && t.ends_free(k + 2)) {
        return (!named).then_some((
            Point::Season {
                year: Some(y),
                season,
            },
            k + 2,
        ));
    }
    if let Some((YearRef::Written(y), end)) = of_year(t, k + 1) {
        return Some((
            Point::Season {
                year: Some(y),
                season,
            },
            end,
        ));
    }
    let fall = word.eq_ignore_ascii_case("fall");
    let of_something = t.spaced(k + 1) && t.word_in(k + 1, &["of"]);
    let context = t.preceded_by(i, &PeriodContext) && !t.glued(i);
    (context && !named && !fall && !of_something)
        .then_some((Point::Season { year: None, season }, k + 1))
}

/// "the weekend" after a word that makes it a date ("at the weekend", "over the weekend").
fn weekend(t: Toks, i: usize) -> Option<(Point, usize)> {
    let k = after_the(t, i);
    let is_weekend = k > i
        && t.word_in(k, &["weekend"])
        && t.0
            .get(k + 1)
            .is_none_or(|n| n.class != Class::Word || n.space)
        && t.preceded_by(i, &PeriodContext);
    is_weekend.then_some((Point::Weekend(Shift::None), k + 1))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;
    use crate::text::Tokens;

    /// The period read at the start of `text`, and how many tokens it spans.
    fn read(text: &str) -> Option<(Point, usize)> {
        let tokens = Tokens::new(text);
        let toks = tokenize(&tokens);
        period(Toks(&toks), 0)
    }

    #[test]
    fn periods_are_read_with_their_years() {
        let quarter = |year, quarter| Some(Point::Quarter { year, quarter });
        let written = YearRef::Written;
        for (text, point) in [
            ("Q3 2027 results", quarter(written(2027), 3).map(|p| (p, 3))),
            ("Q4 sales", quarter(YearRef::Unwritten, 4).map(|p| (p, 2))),
            (
                "the second quarter",
                quarter(YearRef::Unwritten, 2).map(|p| (p, 3)),
            ),
            (
                "the third quarter of 2027",
                quarter(written(2027), 3).map(|p| (p, 5)),
            ),
            (
                "the final quarter of last year",
                quarter(YearRef::Shifted(-1), 4).map(|p| (p, 6)),
            ),
            (
                "third-quarter profit",
                quarter(YearRef::Unwritten, 3).map(|p| (p, 3)),
            ),
            (
                "the first half of 2026",
                Some((
                    Point::Half {
                        year: written(2026),
                        half: 1,
                    },
                    5,
                )),
            ),
            ("the 2025-26 season", Some((Point::Football(2025), 5))),
            ("the 2025/2026 season", Some((Point::Football(2025), 5))),
            (
                "last season",
                Some((Point::ShiftedFootball(Shift::Last), 2)),
            ),
            (
                "this summer",
                Some((
                    Point::ShiftedSeason {
                        season: Season::Summer,
                        shift: Shift::This,
                    },
                    2,
                )),
            ),
            (
                "the summer of 2028",
                Some((
                    Point::Season {
                        year: Some(2028),
                        season: Season::Summer,
                    },
                    4,
                )),
            ),
            ("next weekend", Some((Point::Weekend(Shift::Next), 2))),
            (
                "the end of the year",
                Some((Point::Relative(Rel::Years(0)), 5)),
            ),
        ] {
            assert_eq!(read(text), point, "{text}");
        }
    }

    #[test]
    fn look_alikes_are_not_periods() {
        for text in [
            "the first half",
            "a quarter of voters",
            "the Latin Quarter",
            "the second half of the match",
            "Q5 results",
            "the fall of the government",
            "the 2025-27 plan",
            "H1 visas",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
