//! Numbers join one fact only through what is said of them: two counts of one thing that
//! each article gives once conflict only when the words around them share a verb or noun,
//! and never when one tells of an earlier year. Cases as data, through the public
//! `analyze` API, on original sentences.

mod common;

use common::{owned_pairs, pairs_of_kind, report};

/// A conflict expected: the words it points at in article A and in article B.
type Conflict = Option<(&'static str, &'static str)>;

/// (what it checks, article A, article B, the conflict expected).
const CASES: &[(&str, &str, &str, Conflict)] = &[
    (
        "a head count and a crowd are different facts",
        "The group employs 9,600 people at its plants in five countries.",
        "A vigil outside the gates drew 300 people on Tuesday night.",
        None,
    ),
    (
        "a margin won years ago is background",
        "Brandt won the count by 213 votes on Sunday, officials said.",
        "Brandt won the count in 2019 by more than 6,000 votes.",
        None,
    ),
    (
        "one rescue told two ways",
        "Rescuers had brought 22 miners to the surface by Tuesday evening, the operator said.",
        "By nightfall the rescuers had freed 21 miners from the collapsed shaft.",
        Some(("22 miners", "21 miners")),
    ),
];

#[test]
fn counts_given_once_conflict_only_about_one_fact() {
    for (what, a, b, want) in CASES {
        let texts = [*a, *b];
        let r = report(&texts, "2024-10-17");
        let got = pairs_of_kind(&r, &texts, "conflict/quantity");
        let want = owned_pairs(want);
        assert_eq!(got, want, "{what}");
    }
}
