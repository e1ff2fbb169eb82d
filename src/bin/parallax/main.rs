//! The `parallax` command line: the same core as the page, for batch use, benchmarks and
//! tests. It reads articles from files and prints the Report as JSON or as readable text.
//!
//! ```text
//! parallax analyze FILE... [--format json|text] [--label NAME]... [--published YYYY-MM-DD]...
//! parallax compare A B [C...] [same options]
//! parallax eval-rules [DIR] [--verbose] [--min-f1 F|SET=F]...
//! parallax bench-compare [--seeds DIR] [--fixtures DIR] [--sizes N,N,...] [--words W]
//! parallax eval-compare [DIR] [--verbose] [--min-recall R] [--max-false-alarms F]
//! ```

mod bench;
mod compare_eval;
mod eval;

use parallax::{analyze_batch, ArticleInput, Input, Kind, Report};
use std::process::ExitCode;

const USAGE: &str = "\
usage: parallax analyze FILE... [options]
       parallax compare FILE FILE [FILE...] [options]
       parallax eval-rules [DIR] [--verbose] [--min-f1 F|SET=F]...
       parallax bench-compare [--seeds DIR] [--fixtures DIR] [--sizes N,...] [--words W]
       parallax eval-compare [DIR] [--verbose] [--min-recall R] [--max-false-alarms F]

Reads each FILE (use - for standard input) as one article and prints the Report.
Labels default to the file names. eval-rules scores the extractors on the
annotated sets in DIR (default tests/eval) and prints precision, recall and F1;
with --min-f1 it fails when a set scores lower (F for every set, SET=F for one).
bench-compare times the whole pipeline on the seed pair (if present) and on
growing sets of ~800-word articles built from the fixtures.
eval-compare runs the comparison on the fixture sets in DIR (default
tests/compare) and prints recall and false alarms (F: per pair of articles).
Training and scoring the recogniser: parallax-train (cargo feature train).

options:
  --format json|text     output format (default: text)
  --label NAME           label for the next file, repeat per file
  --published YYYY-MM-DD publication date for the next file, repeat per file
  -h, --help             show this help";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("parallax: {message}");
            ExitCode::from(2)
        }
    }
}

#[derive(PartialEq)]
enum Format {
    Json,
    Text,
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut args = args.into_iter();
    let command = args.next().ok_or(USAGE)?;
    if command == "-h" || command == "--help" {
        return Ok(format!("{USAGE}\n"));
    }
    if command == "eval-rules" {
        return eval_rules(args.collect());
    }
    if command == "bench-compare" {
        return bench::command(args.collect());
    }
    if command == "eval-compare" {
        return compare_eval::command(args.collect());
    }
    if command != "analyze" && command != "compare" {
        return Err(format!("unknown command {command:?}\n\n{USAGE}"));
    }
    let mut format = Format::Text;
    let mut articles: Vec<ArticleInput> = Vec::new();
    let (mut label, mut published) = (None, None);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or(format!("{name} needs a value\n\n{USAGE}"))
        };
        match arg.as_str() {
            "--format" => {
                format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    other => return Err(format!("unknown format {other:?}: use json or text")),
                }
            }
            "--label" => label = Some(value("--label")?),
            "--published" => published = Some(value("--published")?),
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag:?}\n\n{USAGE}"))
            }
            path => articles.push(ArticleInput {
                label: label.take().unwrap_or_else(|| file_label(path)),
                text: read(path)?,
                published: published.take().unwrap_or_default(),
            }),
        }
    }
    if command == "compare" && articles.len() < 2 {
        return Err(format!("compare needs at least two files\n\n{USAGE}"));
    }
    let report = analyze_batch(&Input { articles }).map_err(|e| e.to_string())?;
    Ok(match format {
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
            json.push('\n');
            json
        }
        Format::Text => render_text(&report),
    })
}

fn eval_rules(args: Vec<String>) -> Result<String, String> {
    let mut dir = "tests/eval".to_string();
    let mut verbose = false;
    let mut minimums = eval::Minimums::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--verbose" => verbose = true,
            "--min-f1" => {
                let value = args
                    .next()
                    .ok_or("--min-f1 needs a value, e.g. 0.95 or quotes=0.9")?;
                minimums.add(&value)?;
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag:?}\n\n{USAGE}"))
            }
            path => dir = path.to_string(),
        }
    }
    eval::run(std::path::Path::new(&dir), verbose, &minimums)
}

fn read(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?
    };
    // Invalid UTF-8 becomes U+FFFD, as a browser would show it; the Report flags binary data.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn file_label(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// The Report for a terminal: each article with its mentions in the compact notation
/// `[KIND text]`, then the findings and diagnostics.
fn render_text(report: &Report) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        out.push_str(&format!("note: {}\n", d.message));
    }
    for a in &report.articles {
        out.push_str(&format!(
            "\n== {} ({}): {} sentences\n",
            a.label,
            a.id,
            a.sentences.len()
        ));
        let tagged: Vec<String> = a
            .mentions
            .iter()
            .map(|m| {
                let value = m
                    .value
                    .as_ref()
                    .map(|v| format!("={v}"))
                    .unwrap_or_default();
                format!("[{} {}{value}]", kind_code(m.kind), m.text)
            })
            .collect();
        out.push_str(&tagged.join(" "));
        out.push('\n');
    }
    if !report.findings.is_empty() {
        out.push_str("\n== findings\n");
        for f in &report.findings {
            out.push_str(&format!("{} {}: {}\n", f.id, f.kind, f.summary));
        }
    }
    out
}

fn kind_code(kind: Kind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
