//! Numbers across more than two articles through the public `analyze` API: one finding
//! per fact, whose sides say which articles give which value, and agreements written
//! differently reported as agreements even inside a conflict. Original sentences.

mod common;

use common::{report, report_dated, words_at};
use parallax::{Finding, Report};

fn of_kind<'r>(r: &'r Report, kind: &str) -> Vec<&'r Finding> {
    r.findings
        .iter()
        .filter(|f| f.kind.as_str() == kind)
        .collect()
}

/// The articles of each side of `f`, with the words each span gives.
fn sides(r: &Report, texts: &[&str], f: &Finding) -> Vec<(Vec<String>, Vec<String>)> {
    f.sides
        .iter()
        .map(|s| {
            let words = s
                .spans
                .iter()
                .map(|&i| words_at(r, texts, &f.spans[i]).1)
                .collect();
            (s.articles.clone(), words)
        })
        .collect()
}

/// The articles of each side of the one quantity conflict of `r`.
fn conflict_sides(r: &Report, texts: &[&str]) -> Vec<Vec<String>> {
    let conflicts = of_kind(r, "conflict/quantity");
    assert_eq!(conflicts.len(), 1, "{:#?}", r.findings);
    sides(r, texts, conflicts[0])
        .into_iter()
        .map(|(articles, _)| articles)
        .collect()
}

#[test]
fn one_conflict_says_which_articles_give_which_toll() {
    let texts = [
        "Flooding in the river town of Marrowby killed 14 people on Tuesday, officials said.",
        "Flooding in the river town of Marrowby killed 14 people on Tuesday, the mayor said.",
        "Flooding in the river town of Marrowby killed 41 people on Tuesday, officials said.",
    ];
    let r = report(&texts, "2025-05-14");
    let conflicts = of_kind(&r, "conflict/quantity");
    assert_eq!(conflicts.len(), 1, "{:#?}", r.findings);
    let f = conflicts[0];
    assert_eq!(f.articles, ["a", "b", "c"]);
    assert_eq!(
        sides(&r, &texts, f),
        [
            (
                vec!["a".to_string(), "b".to_string()],
                vec!["14 people".to_string(), "14 people".to_string()]
            ),
            (vec!["c".to_string()], vec!["41 people".to_string()]),
        ]
    );
    assert!(
        f.wording.summary.contains("Paper 1 and Paper 2 say"),
        "{}",
        f.wording.summary
    );
    assert!(
        f.wording.summary.contains("Paper 3 says"),
        "{}",
        f.wording.summary
    );
    // A death toll is checked and reported even when written alike: the reader sees
    // which articles agree on it.
    let agreements = of_kind(&r, "agreement/quantity");
    assert_eq!(agreements.len(), 1, "{:#?}", r.findings);
    assert_eq!(agreements[0].articles, ["a", "b"]);
}

#[test]
fn a_side_written_differently_is_also_an_agreement() {
    let texts = [
        "Rescuers brought 22 miners to the surface at the Kellow pit on Friday.",
        "Rescuers brought twenty-two miners to the surface at the Kellow pit on Friday.",
        "Rescuers brought 21 miners to the surface at the Kellow pit on Friday.",
    ];
    let r = report(&texts, "2025-05-14");
    assert_eq!(conflict_sides(&r, &texts), [vec!["a", "b"], vec!["c"]]);
    let agreements = of_kind(&r, "agreement/quantity");
    assert_eq!(agreements.len(), 1, "{:#?}", r.findings);
    assert_eq!(agreements[0].articles, ["a", "b"]);
}

#[test]
fn a_bound_joins_one_side_but_never_two_values_at_odds() {
    // "At least 30" fits both 34 and 38, which conflict with each other: it joins the
    // first, and 38 stays a side of its own.
    let texts = [
        "Police arrested at least 30 protesters outside the Denholm assembly on Monday.",
        "Police arrested 34 protesters outside the Denholm assembly on Monday.",
        "Police arrested 38 protesters outside the Denholm assembly on Monday.",
    ];
    let r = report(&texts, "2025-05-14");
    assert_eq!(conflict_sides(&r, &texts), [vec!["a", "b"], vec!["c"]]);
}

#[test]
fn two_articles_that_agree_have_no_sides() {
    let texts = [
        "The bridge at Tallow Ford is about 15 km from the city centre.",
        "The bridge at Tallow Ford is 9 miles from the city centre.",
    ];
    let r = report(&texts, "2025-05-14");
    assert!(
        of_kind(&r, "conflict/quantity").is_empty(),
        "{:#?}",
        r.findings
    );
    let agreements = of_kind(&r, "agreement/quantity");
    assert_eq!(agreements.len(), 1, "{:#?}", r.findings);
    assert!(agreements[0].sides.is_empty());
    assert_eq!(agreements[0].articles, ["a", "b"]);
}

#[test]
fn timestamps_under_the_headline_are_not_event_dates() {
    // Filed a day apart; each stamps its own date. The event day agrees.
    let a = report_dated(&[
        (
            "Valley News | 15 June 2025\n\nThe Orsk dam gave way on Saturday night, officials said on Sunday.",
            "2025-06-15",
        ),
        (
            "Evening desk | 16 June 2025\n\nThe Orsk dam gave way on 14 June, officials said on Sunday.",
            "2025-06-16",
        ),
    ]);
    let dated: Vec<&Finding> = a
        .findings
        .iter()
        .filter(|f| f.kind.as_str().ends_with("/date"))
        .collect();
    assert!(
        dated.iter().all(|f| f.kind.as_str() != "conflict/date"),
        "{dated:#?}"
    );
    assert!(
        dated.iter().any(|f| f.kind.as_str() == "agreement/date"),
        "{:#?}",
        a.findings
    );
}
