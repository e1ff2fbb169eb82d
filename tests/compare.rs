//! The comparison on the fixture sets of `tests/compare/` (original articles with planted
//! differences, see its README), scored by the library's `eval` module as `parallax-eval
//! compare` prints them: recall and false alarms within their guards, and not one finding
//! that a set says must be absent (agreements written differently read as conflicts,
//! look-alike labels, and so on).

use parallax::eval::compare::{self, FixtureScore, Totals};
use std::path::Path;

/// The lowest share of the expected findings the comparison may miss on the main sets.
const MIN_RECALL: f64 = 0.95;
/// The most false alarms per pair of articles on the main sets.
const MAX_FALSE_ALARMS_PER_PAIR: f64 = 1.0;

fn scores() -> Vec<FixtureScore> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/compare");
    compare::score_dir(&dir).expect("the fixtures read")
}

#[test]
fn recall_and_false_alarms_hold_their_guards() {
    let scores = scores();
    let table = compare::table(&scores, true);
    // Ten sets: eight pairs and two triples.
    let count = |prefix: &str| scores.iter().filter(|s| s.name.starts_with(prefix)).count();
    assert_eq!((count("pair-"), count("triple-")), (8, 2), "{table}");
    let totals = Totals::of(&scores);
    assert_eq!(totals.pairs, 8 + 2 * 3, "{table}");
    assert!(totals.recall() >= MIN_RECALL, "{table}");
    assert!(totals.per_pair() <= MAX_FALSE_ALARMS_PER_PAIR, "{table}");
}

#[test]
fn nothing_a_set_forbids_is_reported() {
    let scores = scores();
    let forbidden: Vec<&str> = scores
        .iter()
        .flat_map(|s| &s.lines)
        .map(String::as_str)
        .filter(|l| l.contains("false alarm (absent)"))
        .collect();
    assert_eq!(
        scores.iter().map(|s| s.forbidden).sum::<usize>(),
        forbidden.len()
    );
    assert!(
        forbidden.is_empty(),
        "findings the fixtures say must be absent:\n{}",
        forbidden.join("\n")
    );
}
