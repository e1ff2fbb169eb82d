//! Property tests: on any text the date extractor neither panics nor hands back a span
//! outside the text, off a character boundary, out of order or overlapping another.

use super::*;
use crate::text::{sentences, Tokens};
use proptest::prelude::*;

/// Words and marks that news text puts around dates.
const NEWS_TOKENS: &[&str] = &[
    "on",
    "in",
    "since",
    "the",
    "last",
    "next",
    "this",
    "will",
    "scheduled",
    "to",
    "from",
    "between",
    "and",
    "ago",
    "two",
    "a",
    "days",
    "week",
    "weekend",
    "morning",
    "Tuesday",
    "Sunday",
    "Times",
    "Aug.",
    "August",
    "March",
    "May",
    "June",
    "Sept",
    "18",
    "3",
    "31",
    "2020",
    "2012",
    "1999",
    "2019-2021",
    "2020-08-18",
    "18/08/2020",
    "3-5",
    "'s",
    ",",
    ".",
    "-",
    ";",
    "\"",
    "(",
    ")",
    "$",
    "€",
    "\n",
    "é",
    "5th",
    "Ines",
    "Varga",
    "said",
    "when",
];

fn check(text: &str, found: &[Found]) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for f in found {
        prop_assert!(f.range.start < f.range.end && f.range.end <= text.len());
        prop_assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
        prop_assert!(f.range.start >= last_end, "overlap or disorder in {text:?}");
        last_end = f.range.end;
        if let Some(v) = &f.value {
            prop_assert!(v
                .to_string()
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | 'W' | '/')));
        }
    }
    Ok(())
}

/// Runs every date function on `text` read on `y-m-d` and checks what `find` gives.
fn run_all(text: &str, y: i32, m: u32, d: u32) -> Result<(), TestCaseError> {
    let a = Date::new(y, m, d);
    let s = sentences(text);
    let tokens = Tokens::new(text);
    let found = find(&tokens, &s, a);
    check(text, &found)?;
    let _: Vec<WeekdayConflict> = weekday_conflicts(&tokens, &s, &found, a);
    let _ = anchor_from_text(&tokens, |_| true);
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}", y in 1900i32..2100, m in 1u32..13, d in 1u32..29) {
        run_all(&text, y, m, d)?;
    }

    #[test]
    fn news_like_text_never_panics(
        words in prop::collection::vec(prop::sample::select(NEWS_TOKENS), 0..40),
        glue in prop::collection::vec(prop::sample::select(&[" ", "", " ", "\n"][..]), 40),
        y in 1900i32..2100,
        m in 1u32..13,
        d in 1u32..29,
    ) {
        let text: String = words.iter().zip(&glue).flat_map(|(w, g)| [*w, *g]).collect();
        run_all(&text, y, m, d)?;
    }
}

#[test]
fn extreme_anchors_do_not_panic() {
    let text = "On Tuesday, Aug. 18, last week, two years ago, next March, Feb. 29, \
                from 28 December to 2 January, this weekend and 3-5 March it will rain.";
    let s = sentences(text);
    let anchors = [
        Date {
            year: i32::MAX,
            month: 12,
            day: 31,
        },
        Date {
            year: i32::MIN,
            month: 1,
            day: 1,
        },
        Date {
            year: 2020,
            month: 13,
            day: 40,
        },
    ];
    for a in anchors {
        let tokens = Tokens::new(text);
        let found = find(&tokens, &s, Some(a));
        // "Tuesday, Aug. 18" is one date when the two agree, two when they do not.
        assert!((8..=9).contains(&found.len()), "anchor {a:?}: {found:?}");
        let _ = weekday_conflicts(&tokens, &s, &found, Some(a));
    }
}
