//! `parallax eval-compare`: runs the comparison on the fixture sets in `tests/compare/`
//! (see its README) and prints, per set and overall, the recall of the expected findings
//! and the false alarms: findings of the checked kinds that no expectation accounts for,
//! plus any finding an `absent` entry forbids.

use parallax::{analyze, ArticleInput, Finding, Input, Report};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Kinds whose unexpected findings count as false alarms.
const CHECKED: &[&str] = &[
    "entity/variant",
    "quote/altered",
    "quote/reattributed",
    "conflict/quantity",
    "conflict/date",
    "framing/label",
    "framing/hedge",
];

#[derive(Deserialize)]
struct Fixture {
    title: String,
    article: Vec<FixtureArticle>,
    #[serde(default)]
    expect: Vec<Expected>,
    #[serde(default)]
    absent: Vec<Expected>,
}

#[derive(Deserialize)]
struct FixtureArticle {
    label: String,
    #[serde(default)]
    published: String,
    text: String,
}

#[derive(Deserialize)]
struct Expected {
    kind: String,
    text: BTreeMap<String, String>,
}

/// Whether finding `f` points, in each article `e` names, at the text `e` gives (either
/// containing the other, case ignored: "TOLVAEN" in a dateline is "Tolvaen"). A conflict
/// across many articles matches only when those texts are not all on one of its sides:
/// articles on one side agree.
fn matches(f: &Finding, e: &Expected, report: &Report, texts: &[&str]) -> bool {
    if f.kind.as_str() != e.kind {
        return false;
    }
    let side_of = |i: usize| f.sides.iter().position(|s| s.spans.contains(&i));
    let mut sides = Vec::new();
    for (article, want) in &e.text {
        let Some(a) = report.articles.iter().position(|x| &x.id == article) else {
            return false;
        };
        let want = want.to_lowercase();
        let hits: Vec<usize> = (0..f.spans.len())
            .filter(|&i| {
                let s = &f.spans[i];
                &s.article == article && {
                    let got = texts[a][s.span.start..s.span.end].to_lowercase();
                    got.contains(&want) || want.contains(&got)
                }
            })
            .collect();
        if hits.is_empty() {
            return false;
        }
        sides.extend(hits.into_iter().map(side_of));
    }
    sides.sort_unstable();
    sides.dedup();
    f.sides.is_empty() || e.text.len() < 2 || sides.len() > 1
}

/// Scores of one fixture.
struct Score {
    expected: usize,
    found: usize,
    false_alarms: usize,
    pairs: usize,
    lines: Vec<String>,
}

fn run(path: &Path) -> Result<(String, Score), String> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let fixture: Fixture =
        toml::from_str(&source).map_err(|e| format!("{}: {e}", path.display()))?;
    let input = Input {
        articles: fixture
            .article
            .iter()
            .map(|a| ArticleInput {
                label: a.label.clone(),
                text: a.text.clone(),
                published: a.published.clone(),
            })
            .collect(),
    };
    let report = analyze(&input).map_err(|e| format!("{}: {e}", path.display()))?;
    let texts: Vec<&str> = fixture.article.iter().map(|a| a.text.as_str()).collect();
    let mut lines = Vec::new();
    let mut found = 0;
    for e in &fixture.expect {
        if report
            .findings
            .iter()
            .any(|f| matches(f, e, &report, &texts))
        {
            found += 1;
        } else {
            lines.push(format!("  missed {} {:?}", e.kind, e.text));
        }
    }
    let mut false_alarms = 0;
    for f in &report.findings {
        let forbidden = fixture
            .absent
            .iter()
            .any(|e| matches(f, e, &report, &texts));
        let unexpected = CHECKED.contains(&f.kind.as_str())
            && !fixture
                .expect
                .iter()
                .any(|e| matches(f, e, &report, &texts));
        if forbidden || unexpected {
            false_alarms += 1;
            let at: Vec<String> = f
                .spans
                .iter()
                .map(|s| {
                    let i = report
                        .articles
                        .iter()
                        .position(|a| a.id == s.article)
                        .unwrap_or(0);
                    format!("{}={:?}", s.article, &texts[i][s.span.start..s.span.end])
                })
                .collect();
            lines.push(format!(
                "  false alarm{} {} {}",
                if forbidden { " (absent)" } else { "" },
                f.kind.as_str(),
                at.join(" ")
            ));
        }
    }
    let n = fixture.article.len();
    Ok((
        fixture.title,
        Score {
            expected: fixture.expect.len(),
            found,
            false_alarms,
            pairs: n * (n - 1) / 2,
            lines,
        },
    ))
}

/// `parallax eval-compare [DIR] [--verbose] [--min-recall R] [--max-false-alarms F]`:
/// F is per pair of articles.
pub fn command(args: Vec<String>) -> Result<String, String> {
    let (mut dir, mut verbose, mut min_recall, mut max_alarms) =
        ("tests/compare".to_owned(), false, None, None);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> Result<f64, String> {
            let v = args.next().ok_or(format!("{name} needs a value"))?;
            v.parse()
                .map_err(|_| format!("{name} {v:?} is not a number"))
        };
        match arg.as_str() {
            "--verbose" => verbose = true,
            "--min-recall" => min_recall = Some(number("--min-recall")?),
            "--max-false-alarms" => max_alarms = Some(number("--max-false-alarms")?),
            other if !other.starts_with('-') => dir = other.to_owned(),
            other => return Err(format!("unknown option {other:?} for eval-compare")),
        }
    }
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {dir}: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("no .toml fixtures in {dir}"));
    }
    let mut out = format!(
        "{:<44} {:>8} {:>8} {:>7} {:>13}\n",
        "set", "expected", "found", "recall", "false alarms"
    );
    let (mut expected, mut found, mut alarms, mut pairs) = (0, 0, 0, 0);
    for path in &paths {
        let (title, s) = run(path)?;
        let name = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or(title);
        out += &format!(
            "{name:<44} {:>8} {:>8} {:>7.3} {:>13}\n",
            s.expected,
            s.found,
            s.found as f64 / s.expected.max(1) as f64,
            s.false_alarms
        );
        if verbose {
            for line in &s.lines {
                out += line;
                out.push('\n');
            }
        }
        (expected, found, alarms, pairs) = (
            expected + s.expected,
            found + s.found,
            alarms + s.false_alarms,
            pairs + s.pairs,
        );
    }
    let recall = found as f64 / expected.max(1) as f64;
    let per_pair = alarms as f64 / pairs.max(1) as f64;
    out += &format!("{:<44} {expected:>8} {found:>8} {recall:>7.3} {alarms:>13}\nfalse alarms per pair of articles: {per_pair:.2} ({pairs} pairs)\n", "all");
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
