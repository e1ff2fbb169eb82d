//! `parallax-eval`: the scores on the annotated sets, as tables for people and for
//! BENCHMARKS.md. The scoring is the library's `eval` module, the one the guard tests
//! (`tests/eval.rs`, `tests/compare.rs`) hold to their minimums.
//!
//! ```text
//! parallax-eval rules [DIR] [--verbose] [--min-f1 F|SET=F]...
//! parallax-eval compare [DIR] [--verbose] [--min-recall R] [--max-false-alarms F]
//! parallax-eval speech [DIR] [--verbose]
//! ```

use parallax::eval::{compare, rules, speech};
use std::path::Path;
use std::process::ExitCode;

mod common;

const USAGE: &str = "\
usage: parallax-eval rules [DIR] [--verbose] [--min-f1 F|SET=F]...
       parallax-eval compare [DIR] [--verbose] [--min-recall R] [--max-false-alarms F]
       parallax-eval speech [DIR] [--verbose]

rules scores the date, quantity and quote extractors on the annotated sets in
DIR (default tests/eval) and prints precision, recall and F1; with --min-f1 it
fails when a set scores lower (F for every set, SET=F for one).
compare runs the comparison on the fixture sets in DIR (default tests/compare)
and prints recall and false alarms; it fails below --min-recall R or above
--max-false-alarms F (false alarms per pair of articles).
speech scores reported speech on the annotated sets in DIR (default
tests/speech): F1 of cue, source and content spans, exact and by overlap, and
the share of matched events whose kind of source and form are right.
--verbose lists every miss and false alarm under its set.";

fn main() -> ExitCode {
    common::main(
        "parallax-eval",
        &[
            ("rules", rules_command),
            ("compare", compare_command),
            ("speech", speech_command),
        ],
        USAGE,
    )
}

/// A command's arguments: the folder, `--verbose`, and each option that takes a value.
struct Options {
    dir: String,
    verbose: bool,
    values: Vec<(String, String)>,
}

/// Reads `[DIR] [--verbose] [FLAG VALUE]...` for `command`, whose flags with a value are
/// `flags`; the folder defaults to `dir`. An unknown option or a second folder is an error.
fn options(args: Vec<String>, command: &str, dir: &str, flags: &[&str]) -> Result<Options, String> {
    let mut out = Options {
        dir: dir.to_owned(),
        verbose: false,
        values: Vec::new(),
    };
    let mut given_dir = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--verbose" {
            out.verbose = true;
        } else if flags.contains(&arg.as_str()) {
            let value = args.next().ok_or(format!("{arg} needs a value"))?;
            out.values.push((arg, value));
        } else if arg.starts_with('-') {
            return Err(format!("unknown option {arg:?} for {command}\n\n{USAGE}"));
        } else if let Some(first) = given_dir.replace(arg.clone()) {
            return Err(format!("one folder only: {first:?} and {arg:?}"));
        } else {
            out.dir = arg;
        }
    }
    Ok(out)
}

/// `rules [DIR] [--verbose] [--min-f1 F|SET=F]...`
fn rules_command(args: Vec<String>) -> Result<String, String> {
    let options = options(args, "rules", "tests/eval", &["--min-f1"])?;
    let mut minimums = rules::Minimums::default();
    for (_, value) in &options.values {
        minimums.add(value)?;
    }
    let scores = rules::score_dir(Path::new(&options.dir))?;
    let out = rules::table(&scores, options.verbose);
    let below = minimums.below(&scores);
    if below.is_empty() {
        Ok(out)
    } else {
        Err(format!("{out}\nbelow the minimum F1: {}", below.join(", ")))
    }
}

/// `compare [DIR] [--verbose] [--min-recall R] [--max-false-alarms F]`
fn compare_command(args: Vec<String>) -> Result<String, String> {
    let flags = ["--min-recall", "--max-false-alarms"];
    let options = options(args, "compare", "tests/compare", &flags)?;
    let (mut min_recall, mut max_alarms) = (None, None);
    for (flag, value) in &options.values {
        let number: f64 = value
            .parse()
            .map_err(|_| format!("{flag} {value:?} is not a number"))?;
        match flag.as_str() {
            "--min-recall" => min_recall = Some(number),
            _ => max_alarms = Some(number),
        }
    }
    let scores = compare::score_dir(Path::new(&options.dir))?;
    let out = compare::table(&scores, options.verbose);
    let totals = compare::Totals::of(&scores);
    let (recall, per_pair) = (totals.recall(), totals.per_pair());
    if let Some(min) = min_recall.filter(|m| recall < *m) {
        return Err(format!(
            "{out}recall {recall:.3} is below --min-recall {min}"
        ));
    }
    if let Some(max) = max_alarms.filter(|m| per_pair > *m) {
        return Err(format!(
            "{out}{per_pair:.2} false alarms per pair is above --max-false-alarms {max}"
        ));
    }
    Ok(out)
}

/// `speech [DIR] [--verbose]`
fn speech_command(args: Vec<String>) -> Result<String, String> {
    let options = options(args, "speech", "tests/speech", &[])?;
    let scores = speech::score_dir(Path::new(&options.dir))?;
    Ok(speech::table(&scores, options.verbose))
}
