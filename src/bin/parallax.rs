//! The `parallax` command line: the same core as the page, for batch use. It reads
//! articles from files, analyses and compares them, and prints the Report as JSON or as
//! readable text. It does nothing else: evaluation, benchmarks and training have their own
//! binaries (`parallax-eval`, `parallax-bench`, `parallax-train`). Whatever the input
//! holds, no escape sequence, carriage return or bidirectional override reaches the
//! terminal: the text output and error messages show them as `\x1b` or `\u{202e}`, the
//! JSON as `\u` escapes.
//!
//! ```text
//! parallax analyze FILE... [--format json|text] [--label NAME]... [--published YYYY-MM-DD]...
//! parallax compare A B [C...] [same options]
//! ```

use parallax::notation::{self, Item};
use parallax::{analyze_batch, ArticleInput, Input, Report};
use std::process::ExitCode;

mod common;

use common::terminal;

const USAGE: &str = "\
usage: parallax analyze FILE... [options]
       parallax compare FILE FILE [FILE...] [options]

Analyses the articles, and compares them when there are two or more: reads each
FILE (use - for standard input) as one article and prints the Report. compare
also checks that there are at least two. Labels default to the file names.

options:
  --format json|text     output format (default: text)
  --label NAME           label for the next file, repeat per file
  --published YYYY-MM-DD publication date for the next file, repeat per file
  -h, --help             show this help";

fn main() -> ExitCode {
    // File names and labels come back in messages: no escape sequence reaches the terminal.
    let result = run(std::env::args().skip(1).collect());
    common::finish("parallax", result.map_err(|e| terminal::visible(&e)))
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
    if command != "analyze" && command != "compare" {
        return Err(format!("unknown command {command:?}\n\n{USAGE}"));
    }
    let mut format = None;
    let mut articles: Vec<ArticleInput> = Vec::new();
    let (mut label, mut published) = (None, None);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or(format!("{name} needs a value\n\n{USAGE}"))
        };
        match arg.as_str() {
            "--format" => {
                let given = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    other => return Err(format!("unknown format {other:?}: use json or text")),
                };
                once(&mut format, given, "--format is given twice")?;
            }
            "--label" => once(
                &mut label,
                value("--label")?,
                "--label is given twice for one file",
            )?,
            "--published" => once(
                &mut published,
                value("--published")?,
                "--published is given twice for one file",
            )?,
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
    // An option with no file after it would apply to nothing.
    if let Some(name) = label {
        return Err(format!(
            "--label {name:?} is not followed by a file: give it just before the file it \
             names (--label {name:?} FILE)\n\n{USAGE}"
        ));
    }
    if let Some(date) = published {
        return Err(format!(
            "--published {date:?} is not followed by a file: give it just before the file it \
             dates (--published {date} FILE)\n\n{USAGE}"
        ));
    }
    if command == "compare" && articles.len() < 2 {
        return Err(format!("compare needs at least two files\n\n{USAGE}"));
    }
    let input = Input { articles };
    let report = analyze_batch(&input).map_err(|e| e.to_string())?;
    match format.unwrap_or(Format::Text) {
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
            json.push('\n');
            Ok(terminal::json(&json))
        }
        Format::Text => render_text(&report, &input).map(|text| terminal::visible(&text)),
    }
}

/// Sets `slot` to `value`, or fails with `twice` when it is already set: a value given
/// twice would silently replace the first.
fn once<T>(slot: &mut Option<T>, value: T, twice: &str) -> Result<(), String> {
    if slot.is_some() {
        return Err(format!("{twice}\n\n{USAGE}"));
    }
    *slot = Some(value);
    Ok(())
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

/// The Report for a terminal: each article's text with its mentions in the test notation
/// (`[KIND text=value]`, see `parallax::notation`), then the findings and diagnostics.
/// The caller makes it safe for a terminal ([`terminal::visible`]).
fn render_text(report: &Report, input: &Input) -> Result<String, String> {
    let mut out = String::new();
    for d in &report.diagnostics {
        out.push_str(&format!("note: {}\n", d.message));
    }
    for (a, given) in report.articles.iter().zip(&input.articles) {
        out.push_str(&format!(
            "\n== {} ({}): {} sentences\n",
            a.label,
            a.id,
            a.sentences.len()
        ));
        let items: Vec<Item> = a.mentions.iter().map(Item::from).collect();
        let annotated = notation::print(&given.text, &items).map_err(|e| e.to_string())?;
        out.push_str(annotated.trim_end());
        out.push('\n');
    }
    if !report.findings.is_empty() {
        out.push_str("\n== findings\n");
        for f in &report.findings {
            out.push_str(&format!(
                "{} {}: {}\n",
                f.id,
                f.kind.as_str(),
                f.wording.summary
            ));
        }
    }
    Ok(out)
}
