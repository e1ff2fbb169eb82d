//! The comparison on the fixture sets of `tests/compare/` (original articles with planted
//! differences, see its README), through the command a user runs: recall and false alarms
//! within their guards, and not one finding that a set says must be absent (agreements
//! written differently read as conflicts, look-alike labels, and so on).

use std::process::{Command, Output};

fn eval_compare(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .arg("eval-compare")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the parallax binary runs")
}

#[test]
fn recall_and_false_alarms_hold_their_guards() {
    let out = eval_compare(&["--min-recall", "0.95", "--max-false-alarms", "1"]);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    assert!(text.contains("false alarms per pair of articles"), "{text}");
    // Ten sets: eight pairs and two triples.
    assert_eq!(
        text.lines().filter(|l| l.starts_with("pair-")).count(),
        8,
        "{text}"
    );
    assert_eq!(
        text.lines().filter(|l| l.starts_with("triple-")).count(),
        2,
        "{text}"
    );
}

#[test]
fn nothing_a_set_forbids_is_reported() {
    let out = eval_compare(&["--verbose"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    let forbidden: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("false alarm (absent)"))
        .collect();
    assert!(
        forbidden.is_empty(),
        "findings the fixtures say must be absent:\n{}",
        forbidden.join("\n")
    );
}

#[test]
fn bad_use_is_explained() {
    let out = eval_compare(&["/nonexistent-dir"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent-dir"));
}
