//! Tests of the binaries as a user runs them: `parallax` on files, in both formats, with
//! clear errors for bad use; the `parallax-eval` runner's tables and guards; with the
//! feature `train`, `parallax-train` on a small CoNLL file.

use parallax::notation;
use std::path::PathBuf;
use std::process::{Command, Output};

fn run(binary: &str, args: &[&str]) -> Output {
    Command::new(binary)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("{binary} runs: {e}"))
}

fn parallax(args: &[&str]) -> Output {
    run(env!("CARGO_BIN_EXE_parallax"), args)
}

fn parallax_eval(args: &[&str]) -> Output {
    run(env!("CARGO_BIN_EXE_parallax-eval"), args)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn fixture(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", name]
        .iter()
        .collect();
    path.to_string_lossy().into_owned()
}

#[test]
fn compare_prints_json_report() {
    let out = parallax(&[
        "compare",
        "--label",
        "Gazette",
        &fixture("ferry-gazette.txt"),
        &fixture("ferry-herald.txt"),
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(report["articles"][0]["label"], "Gazette");
    assert_eq!(report["articles"][1]["label"], "ferry-herald.txt");
    let shared: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "agreement/entity")
        .map(|f| {
            let e = f["entity"].as_u64().unwrap() as usize;
            report["entities"][e]["canonical"].as_str().unwrap()
        })
        .collect();
    for name in [
        "Port Selwyn",
        "Ines Varga",
        "Tomas Whitfield",
        "Northern Gull",
    ] {
        assert!(shared.contains(&name), "{name} not shared: {shared:?}");
    }
    let b_dates: Vec<&str> = report["articles"][1]["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "DATE")
        .map(|m| m["value"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(b_dates, ["2024-09-14"]);
}

#[test]
fn text_format_shows_articles_in_the_notation_and_findings() {
    let (gazette, herald) = (fixture("ferry-gazette.txt"), fixture("ferry-herald.txt"));
    let out = parallax(&["analyze", &gazette, &herald]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[PER Mirela Dobrev=Captain]"), "{text}");
    assert!(text.contains("[QUANTITY €1.2m=1200000 EUR]"), "{text}");
    assert!(
        text.contains("agreement/entity: Port Selwyn is named in both articles"),
        "{text}"
    );
    // Each article is its text with its mentions in the notation, so it reads back.
    let (_, rest) = text.split_once("== ferry-gazette.txt (a): ").unwrap();
    let (_, annotated) = rest.split_once('\n').unwrap();
    let (annotated, _) = annotated.split_once("\n\n== ferry-herald.txt").unwrap();
    let read = notation::parse(annotated).expect("valid notation");
    let pasted = std::fs::read_to_string(&gazette).unwrap();
    assert_eq!(read.text, pasted.trim_end());
    assert!(read.items.len() > 10, "{annotated}");
}

#[test]
fn bad_use_fails_with_a_message() {
    let one = parallax(&["compare", &fixture("ferry-gazette.txt")]);
    assert_eq!(one.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&one.stderr).contains("at least two files"));

    let missing = parallax(&["analyze", "no/such/file.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read no/such/file.txt"));

    let format = parallax(&["analyze", &fixture("ferry-gazette.txt"), "--format", "xml"]);
    assert!(String::from_utf8_lossy(&format.stderr).contains("unknown format \"xml\""));
}

#[test]
fn binary_input_is_reported_not_fatal() {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("noise.bin");
    std::fs::write(&path, [0u8, 1, 2, 0xff, 0xfe, 3, 4, 5, 6, 7]).unwrap();
    let out = parallax(&["analyze", path.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["diagnostics"][0]["code"], "binary");
    std::fs::remove_dir_all(dir).unwrap();
}

/// Whether a terminal would act on `c` rather than show it: a control character other
/// than line feed and tab, or a bidirectional embedding, override or isolate.
fn obeyed_by_a_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[test]
fn no_escape_sequence_in_the_input_reaches_the_terminal() {
    // Colour, a cleared screen, a window title, a C1 CSI, DEL, NUL, a lone carriage
    // return that would let the rest overwrite the line, and bidi overrides, in the
    // articles, a quote (so in a finding's excerpt) and a file name (so in the label).
    let dir = std::env::temp_dir().join(format!("parallax-cli-escapes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gazette = std::fs::read_to_string(fixture("ferry-gazette.txt"))
        .unwrap()
        .replacen("Port Selwyn", "\u{1b}[31mPort Selwyn\u{1b}[0m", 1)
        .replacen(
            "a long scrape",
            "a long\u{1b}[2J\u{1b}]0;owned\u{7} scrape",
            1,
        )
        .replacen("Mayor", "\u{9b}1AMayor\u{7f}\u{0}", 1)
        .replacen(
            "the channel markers",
            "the channel\rmarkers \u{202e}reversed\u{202c}",
            1,
        );
    let a = dir.join("gazette\u{1b}[2J\u{2066}.txt");
    let b = dir.join("herald.txt");
    std::fs::write(&a, &gazette).unwrap();
    std::fs::copy(fixture("ferry-herald.txt"), &b).unwrap();
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());

    let text = parallax(&["compare", a, b]);
    assert!(text.status.success(), "{}", stderr(&text));
    let text = String::from_utf8(text.stdout).unwrap();
    let raw: Vec<char> = text.chars().filter(|&c| obeyed_by_a_terminal(c)).collect();
    assert!(
        raw.is_empty(),
        "{raw:?} reached the terminal in:\n{}",
        text.escape_debug()
    );
    for shown in [
        "== gazette\\x1b[2J\\u{2066}.txt (a)",
        "“We felt a long\\x1b[2J\\x1b]0;owned\\x07 scrape",
        "\\u{9b}1A",
        "\\x7f",
        "\\x00",
        "channel\\x0dmarkers \\u{202e}reversed\\u{202c}",
    ] {
        assert!(
            text.contains(shown),
            "{shown} not shown in:\n{}",
            text.escape_debug()
        );
    }

    // JSON: the same characters as \u escapes, the values exact.
    let json = parallax(&["compare", a, b, "--format", "json"]);
    assert!(json.status.success(), "{}", stderr(&json));
    let written = String::from_utf8(json.stdout).unwrap();
    let raw: Vec<char> = written
        .chars()
        .filter(|&c| obeyed_by_a_terminal(c) && c != '\n')
        .collect();
    assert!(raw.is_empty(), "{raw:?} reached the terminal in the JSON");
    let report: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert_eq!(
        report["articles"][0]["label"],
        "gazette\u{1b}[2J\u{2066}.txt"
    );

    // An error names the file as it is, but visibly.
    let missing = parallax(&["analyze", "no\u{1b}[2Jsuch.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("cannot read no\\x1b[2Jsuch.txt"),
        "{}",
        stderr(&missing)
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn options_that_would_apply_to_nothing_are_errors() {
    let gazette = fixture("ferry-gazette.txt");
    for (args, message) in [
        (
            vec!["analyze", &gazette, "--label", "Late"],
            "--label \"Late\" is not followed by a file",
        ),
        (
            vec!["compare", &gazette, "--published", "2024-09-14"],
            "--published \"2024-09-14\" is not followed by a file: give it just before the file it dates (--published 2024-09-14 FILE)",
        ),
        (
            vec!["analyze", "--label", "A", "--label", "B", &gazette],
            "--label is given twice",
        ),
        (
            vec!["analyze", &gazette, "--format", "json", "--format", "text"],
            "--format is given twice",
        ),
    ] {
        let out = parallax(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn parallax_only_analyses_and_compares() {
    let help = parallax(&["--help"]);
    let usage = String::from_utf8_lossy(&help.stdout);
    assert!(
        usage.starts_with("usage: parallax analyze FILE..."),
        "{usage}"
    );
    for gone in [
        "eval-rules",
        "eval-compare",
        "bench-compare",
        "train",
        "eval-ner",
    ] {
        assert!(!usage.contains(gone), "{usage}");
        let out = parallax(&[gone]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("unknown command"), "{}", stderr(&out));
    }
}

#[test]
fn eval_rules_prints_each_set_and_enforces_minimums() {
    let out = parallax_eval(&["rules"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.starts_with("set          cases  items   precision  recall    F1   spanned"));
    for set in ["dates", "quantities", "quotes"] {
        let line = table
            .lines()
            .find(|l| l.starts_with(set))
            .unwrap_or_else(|| panic!("{set} row in {table}"));
        let f1: f64 = line.split_whitespace().nth(5).unwrap().parse().unwrap();
        assert!((0.0..=1.0).contains(&f1), "{line}");
    }
    let strict = parallax_eval(&["rules", "--min-f1", "1.01"]);
    assert_eq!(strict.status.code(), Some(2));
    assert!(stderr(&strict).contains("below the minimum F1: dates F1"));
    let unknown = parallax_eval(&["rules", "--min-f1", "people=0.9"]);
    assert!(stderr(&unknown).contains("there is no set \"people\""));
    let names = parallax_eval(&["rules", "tests/eval/news"]);
    assert!(names.status.success(), "{}", stderr(&names));
    assert!(String::from_utf8(names.stdout)
        .unwrap()
        .contains("\nnames "));
}

#[test]
fn eval_compare_prints_each_fixture_and_enforces_guards() {
    let out = parallax_eval(&["compare", "--min-recall", "0.5"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("\npair-01-ferry-fire "), "{table}");
    assert!(
        table.contains("false alarms per pair of articles"),
        "{table}"
    );
    let strict = parallax_eval(&["compare", "--min-recall", "1.01"]);
    assert_eq!(strict.status.code(), Some(2));
    assert!(stderr(&strict).contains("is below --min-recall 1.01"));
    let missing = parallax_eval(&["compare", "/nonexistent-dir"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("cannot read /nonexistent-dir"));
    let unknown = parallax_eval(&["score"]);
    assert!(stderr(&unknown).contains("unknown command \"score\""));
}

/// A tiny CoNLL file: two documents (each opened by -DOCSTART-), four sentences.
#[cfg(feature = "train")]
const CONLL: &str = "-DOCSTART- O\n\nInes B-PER\nVarga I-PER\nvisited O\nLindmark B-LOC\n. O\n\n\
    Varga B-PER\nspoke O\n. O\n\n-DOCSTART- O\n\nTomas B-PER\nWhitfield I-PER\nleft O\n\
    Lindmark B-LOC\n. O\n\nWhitfield B-PER\nsaid O\nso O\n. O\n";

#[cfg(feature = "train")]
#[test]
fn train_writes_a_model_that_eval_ner_scores() {
    let train = |args: &[&str]| run(env!("CARGO_BIN_EXE_parallax-train"), args);
    let dir = std::env::temp_dir().join(format!("parallax-train-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let data = dir.join("tiny.conll");
    std::fs::write(&data, CONLL).unwrap();
    let model = dir.join("tiny.bin");
    let (data, model) = (data.to_str().unwrap(), model.to_str().unwrap());
    let out = train(&["train", "--train", data, "--out", model, "--epochs", "3"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with(&format!("wrote {model}")));
    let out = train(&["eval-ner", data, "--model", model]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.starts_with("processed 17 tokens with 6 phrases"),
        "{report}"
    );
    let strict = train(&["eval-ner", data, "--model", model, "--min-f1", "101"]);
    assert_eq!(strict.status.code(), Some(2));
    assert!(stderr(&strict).contains("is below --min-f1 101"));
    let unknown = train(&["eval-rules"]);
    assert!(stderr(&unknown).contains("unknown command \"eval-rules\""));
    std::fs::remove_dir_all(dir).unwrap();
}
