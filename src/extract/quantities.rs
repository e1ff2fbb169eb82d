//! Numbers by regular expression: digits with thousands separators and decimals, an
//! optional currency sign before, and a percent sign or scale word after ("2.3bn",
//! "4 million", "12%"). The value is the plain number with the scale applied, prefixed
//! with the currency code or followed by `%`.
//!
//! Units, number words, qualifiers and counted nouns come with the text-and-rules issue.

use super::Found;
use crate::report::Kind;
use regex::Regex;
use std::sync::LazyLock;

static QUANTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x-u)
        (?P<CUR>\$|€|£|¥)?\s?
        \b(?P<NUM>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:
            \s?(?P<PCT>%)
          | (?P<SUFFIX>bn|m|k)\b
          | \s(?P<SCALE>thousand|million|billion|trillion)\b
        )?",
    )
    .expect("number pattern compiles")
});

/// All numbers in `text`.
pub fn find(text: &str) -> Vec<Found> {
    QUANTITY
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let num = caps.name("NUM")?;
            // A digit run glued to letters ("G7", "4x4", "COVID-19" aside) is a name.
            let glued = text[..num.start()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic);
            if glued {
                return None;
            }
            let start = if caps.name("CUR").is_some() {
                whole.start()
            } else {
                num.start()
            };
            let scale = match caps
                .name("SUFFIX")
                .or_else(|| caps.name("SCALE"))
                .map(|m| m.as_str())
            {
                Some("k" | "thousand") => 1e3,
                Some("m" | "million") => 1e6,
                Some("bn" | "billion") => 1e9,
                Some("trillion") => 1e12,
                _ => 1.0,
            };
            let amount: f64 = num.as_str().replace(',', "").parse().ok()?;
            let mut value = format_number(amount * scale);
            if let Some(cur) = caps.name("CUR") {
                let code = match cur.as_str() {
                    "$" => "USD",
                    "€" => "EUR",
                    "£" => "GBP",
                    _ => "JPY",
                };
                value = format!("{code} {value}");
            }
            if caps.name("PCT").is_some() {
                value.push('%');
            }
            Some(Found {
                range: start..whole.end(),
                kind: Kind::Quantity,
                value: Some(value),
                source: "rule:quantity",
            })
        })
        .collect()
}

/// A number without exponent or trailing zeros: 2300000000, 3.5, 14.
fn format_number(n: f64) -> String {
    let s = format!("{n:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::super::show_values;
    use super::*;

    /// (input, expected numbers as "text=value")
    const CASES: &[(&str, &[&str])] = &[
        ("At least 14 people died.", &["14=14"]),
        ("It cost 1,200 dollars.", &["1,200=1200"]),
        ("Debt reached $2.3bn last year.", &["$2.3bn=USD 2300000000"]),
        (
            "A fine of €4 million was paid.",
            &["€4 million=EUR 4000000"],
        ),
        ("Turnout was 61.5% and 12 %.", &["61.5%=61.5%", "12 %=12%"]),
        ("The G7 met.", &[]),
        ("He ran 15 km.", &["15=15"]),
        ("£450k", &["£450k=GBP 450000"]),
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
