//! Numbers join one fact only through what is said of them: two counts of one thing that
//! each article gives once conflict only when the words around them share a verb or noun,
//! and never when one tells of an earlier year. Cases as data, through the public
//! `analyze` API, on original sentences.

mod common;

use common::{check_pair_cases, PairCase};

/// (what it checks, article A, article B, the conflict expected).
const CASES: &[PairCase] = &[
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
    check_pair_cases(CASES, "conflict/quantity", "2024-10-17");
}
