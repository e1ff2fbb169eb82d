//! Dates by regular expression: full dates ("18 August 2020", "Aug. 18, 2020",
//! "2020-08-18", "18/08/2020"), month and day ("Aug. 18"), month and year ("June 2020"),
//! a month after a preposition ("since June"), weekdays with an optional part of day
//! ("Thursday morning"), years ("in 2012") and relative days ("yesterday", "last week").
//!
//! The value is an ISO 8601 date, month or year when the text fixes it; partial dates
//! ("Aug. 18", "Tuesday") get no value here: resolving them against the publication date
//! is the text-and-rules issue's work.

use super::Found;
use crate::calendar::iso_date;
use crate::report::Kind;
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// A month name, whole or abbreviated (an abbreviation may take a stop); never the
/// start of a longer word ("Mayfair", "marching").
const MONTH: &str = r"(?P<MONTH>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b))";

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let day = r"(?P<DAY>[0-3]?\d)(?:st|nd|rd|th)?";
    let year = r"(?P<YEAR>(?:1[89]|20)\d\d)";
    let weekday = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    let patterns = [
        // 2020-08-18
        r"\b(?P<ISO_Y>(?:1[89]|20)\d\d)-(?P<ISO_M>[01]\d)-(?P<ISO_D>[0-3]\d)\b".to_string(),
        // 18/08/2020 (day first, as most of the world writes it; see `numeric_date`)
        r"\b(?P<N1>[0-3]?\d)/(?P<N2>[01]?\d)/(?P<NY>(?:1[89]|20)\d\d)\b".to_string(),
        // August 18, 2020 / Aug. 18 / since June / in June 2019. A bare month needs a
        // preposition before it: "may" and "march" are verbs.
        format!(
            r"(?:\b(?P<PREP>in|since|until|by|from|early|late|mid|last|next|through)\s)?\b{MONTH}(?:\s{day}\b(?:,?\s{year}\b)?|,?\s{}\b)?",
            year.replace("YEAR", "YEAR3")
        ),
        // 18 August 2020 / 18th of August
        format!(
            r"\b{}(?:\sof)?\s{}(?:,?\s{})?\b",
            day.replace("DAY", "DAY2"),
            MONTH.replace("MONTH", "MONTH2"),
            year.replace("YEAR", "YEAR2")
        ),
        // Thursday morning
        format!(r"\b{weekday}(?:\s(?:morning|afternoon|evening|night))?\b"),
        // in 2012, since 1999
        format!(
            r"(?:\b(?:in|since|until|by|from|of|during|early|late)\s){}\b",
            year.replace("YEAR", "YEAR4")
        ),
        r"\b(?:yesterday|today|tonight|tomorrow|(?:last|next|this)\s(?:week|month|year|weekend))\b"
            .to_string(),
    ];
    // ASCII classes and case folding: dates are ASCII, and the Unicode tables would
    // triple the size of the wasm module.
    Regex::new(&format!("(?i-u:{})", patterns.join("|"))).expect("date pattern compiles")
});

/// All dates in `text`.
pub fn find(text: &str) -> Vec<Found> {
    DATE.captures_iter(text)
        .filter(|caps| {
            let bare_month = caps.name("MONTH").is_some()
                && caps.name("DAY").is_none()
                && caps.name("YEAR3").is_none();
            !bare_month || caps.name("PREP").is_some()
        })
        .map(|caps| {
            let whole = caps.get(0).expect("group 0 always matches");
            // A preposition before a bare month or a year is context, not part of the date.
            let start = caps
                .name("MONTH")
                .filter(|_| caps.name("PREP").is_some())
                .or_else(|| caps.name("YEAR4"))
                .map_or(whole.start(), |m| m.start());
            Found {
                range: start..whole.end(),
                kind: Kind::Date,
                value: value(&caps),
                source: "rule:date",
            }
        })
        .collect()
}

/// The ISO value of a matched date, when the text fixes at least a year.
fn value(caps: &Captures) -> Option<String> {
    let get = |name: &str| caps.name(name).map(|m| m.as_str());
    if let (Some(y), Some(m), Some(d)) = (get("ISO_Y"), get("ISO_M"), get("ISO_D")) {
        return ymd(y, m.parse().ok()?, d.parse().ok()?);
    }
    if let (Some(a), Some(b), Some(y)) = (get("N1"), get("N2"), get("NY")) {
        let (day, month) = numeric_date(a.parse().ok()?, b.parse().ok()?)?;
        return ymd(y, month, day);
    }
    for (m, d, y) in [("MONTH", "DAY", "YEAR"), ("MONTH2", "DAY2", "YEAR2")] {
        if let (Some(month), Some(day)) = (get(m), get(d)) {
            let year = get(y)?;
            return ymd(year, month_number(month)?, day.parse().ok()?);
        }
    }
    if let (Some(month), Some(year)) = (get("MONTH"), get("YEAR3")) {
        return Some(format!("{year}-{:02}", month_number(month)?));
    }
    get("YEAR4").map(str::to_string)
}

/// Day and month of a numeric date `a/b`: day first, unless only month-first is valid
/// ("08/18" can only be August 18).
fn numeric_date(a: u32, b: u32) -> Option<(u32, u32)> {
    if (1..=12).contains(&b) {
        Some((a, b))
    } else if (1..=12).contains(&a) {
        Some((b, a))
    } else {
        None
    }
}

fn ymd(year: &str, month: u32, day: u32) -> Option<String> {
    iso_date(year.parse().ok()?, month, day)
}

fn month_number(name: &str) -> Option<u32> {
    let prefix: String = name.chars().take(3).collect::<String>().to_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months
        .iter()
        .position(|m| *m == prefix)
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::super::show_values;
    use super::*;

    /// (input, expected dates as "text=value", value "-" when none)
    const CASES: &[(&str, &[&str])] = &[
        (
            "It began on August 18, 2020 at dawn.",
            &["August 18, 2020=2020-08-18"],
        ),
        (
            "It began on 18 August 2020.",
            &["18 August 2020=2020-08-18"],
        ),
        ("Filed 2020-08-18.", &["2020-08-18=2020-08-18"]),
        (
            "Filed 18/08/2020 and 08/18/2020.",
            &["18/08/2020=2020-08-18", "08/18/2020=2020-08-18"],
        ),
        ("The message, dated Aug. 18, arrived.", &["Aug. 18=-"]),
        (
            "On the 3rd of March 2021 it snowed.",
            &["3rd of March 2021=2021-03-03"],
        ),
        ("Protests have run since June.", &["June=-"]),
        ("Prices fell in June 2019.", &["June 2019=2019-06"]),
        ("A mutiny in 2012 led to a coup.", &["2012=2012"]),
        (
            "Gunfire on Tuesday; a note on Thursday morning.",
            &["Tuesday=-", "Thursday morning=-"],
        ),
        (
            "We met yesterday and meet again next week.",
            &["yesterday=-", "next week=-"],
        ),
        ("You may march on.", &[]),
        ("Shops in Mayfair were marching on.", &[]),
        ("Filed since Aug. 3 and in Sept.", &["Aug. 3=-", "Sept.=-"]),
        (
            "Not a date: 31/31/2020 or February 30, 2021.",
            &["February 30, 2021=-"],
        ),
        ("Room 2012 is free; 1,500 people came.", &[]),
        (
            "Leap day 29 February 2024.",
            &["29 February 2024=2024-02-29"],
        ),
    ];

    #[test]
    fn table() {
        for (input, expected) in CASES {
            assert_eq!(
                &show_values(input, &find(input)),
                expected,
                "input: {input:?}"
            );
        }
    }
}
