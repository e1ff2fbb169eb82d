//! The comparison on the fixture sets in `tests/compare/` (see its README): per set and
//! overall, the recall of the expected findings and the false alarms: findings of the
//! checked kinds that no expectation accounts for, plus any finding an `absent` entry
//! forbids.

use super::{read_toml, toml_files};
use crate::{analyze, ArticleInput, Finding, Input, Report};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Kinds whose unexpected findings count as false alarms.
pub const CHECKED: &[&str] = &[
    "entity/variant",
    "quote/altered",
    "quote/reattributed",
    "conflict/quantity",
    "conflict/date",
    "framing/label",
    "framing/hedge",
];

/// One fixture set: two or more articles and the findings expected of them.
#[derive(Debug, Deserialize)]
pub struct Fixture {
    /// What the set is about.
    pub title: String,
    /// The articles, ids "a", "b", "c" in this order.
    pub article: Vec<FixtureArticle>,
    /// Findings that must be reported.
    #[serde(default)]
    pub expect: Vec<Expected>,
    /// Findings that must not be reported.
    #[serde(default)]
    pub absent: Vec<Expected>,
}

/// One article of a fixture.
#[derive(Debug, Deserialize)]
pub struct FixtureArticle {
    /// The outlet's name.
    pub label: String,
    /// Its publication date, `YYYY-MM-DD`; may be empty.
    #[serde(default)]
    pub published: String,
    /// The article as pasted.
    pub text: String,
}

/// A finding a fixture expects (or forbids): its kind, and a piece of text it must point
/// at in each article named.
#[derive(Debug, Deserialize)]
pub struct Expected {
    /// The finding's kind, e.g. `conflict/quantity`.
    pub kind: String,
    /// Article id to the text the finding's span there must contain or lie in.
    pub text: BTreeMap<String, String>,
}

impl Fixture {
    /// The pipeline's input: the fixture's articles.
    pub fn input(&self) -> Input {
        Input {
            articles: self
                .article
                .iter()
                .map(|a| ArticleInput {
                    label: a.label.clone(),
                    text: a.text.clone(),
                    published: a.published.clone(),
                })
                .collect(),
        }
    }
}

/// Every fixture in `dir`, with its path, in file-name order. Fails when `dir` cannot be
/// read, holds no fixture, or a fixture is not valid.
pub fn fixtures(dir: &Path) -> Result<Vec<(PathBuf, Fixture)>, String> {
    let paths = toml_files(dir)?;
    if paths.is_empty() {
        return Err(format!("no .toml fixtures in {}", dir.display()));
    }
    paths
        .into_iter()
        .map(|p| Ok((p.clone(), read_toml(&p)?)))
        .collect()
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

/// The score of one fixture, with a line for each miss and false alarm.
#[derive(Debug)]
pub struct FixtureScore {
    /// The fixture's file stem.
    pub name: String,
    /// Findings expected.
    pub expected: usize,
    /// Expected findings reported.
    pub found: usize,
    /// Unexpected findings of the checked kinds, plus forbidden ones.
    pub false_alarms: usize,
    /// Of the false alarms, those an `absent` entry forbids.
    pub forbidden: usize,
    /// Pairs of articles in the fixture.
    pub pairs: usize,
    /// Each miss and false alarm, as `  missed KIND {..}` or `  false alarm KIND a=".."`.
    pub lines: Vec<String>,
}

/// Runs the comparison on `fixture` and scores it; `name` names it in the table.
pub fn score(name: String, fixture: &Fixture) -> Result<FixtureScore, String> {
    let report = analyze(&fixture.input()).map_err(|e| format!("{name}: {e}"))?;
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
    let (mut false_alarms, mut forbidden) = (0, 0);
    for f in &report.findings {
        let absent = fixture
            .absent
            .iter()
            .any(|e| matches(f, e, &report, &texts));
        let unexpected = CHECKED.contains(&f.kind.as_str())
            && !fixture
                .expect
                .iter()
                .any(|e| matches(f, e, &report, &texts));
        if !(absent || unexpected) {
            continue;
        }
        false_alarms += 1;
        forbidden += usize::from(absent);
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
            if absent { " (absent)" } else { "" },
            f.kind.as_str(),
            at.join(" ")
        ));
    }
    let n = fixture.article.len();
    Ok(FixtureScore {
        name,
        expected: fixture.expect.len(),
        found,
        false_alarms,
        forbidden,
        pairs: n * (n - 1) / 2,
        lines,
    })
}

/// Scores every fixture in `dir`, in file-name order.
pub fn score_dir(dir: &Path) -> Result<Vec<FixtureScore>, String> {
    fixtures(dir)?
        .into_iter()
        .map(|(path, fixture)| {
            let name = path.file_stem().map_or_else(
                || fixture.title.clone(),
                |n| n.to_string_lossy().into_owned(),
            );
            score(name, &fixture)
        })
        .collect()
}

/// The sums over several fixtures.
#[derive(Debug, Default)]
pub struct Totals {
    /// Findings expected.
    pub expected: usize,
    /// Expected findings reported.
    pub found: usize,
    /// False alarms.
    pub false_alarms: usize,
    /// Pairs of articles.
    pub pairs: usize,
}

impl Totals {
    /// The sums of `scores`.
    pub fn of(scores: &[FixtureScore]) -> Totals {
        scores.iter().fold(Totals::default(), |t, s| Totals {
            expected: t.expected + s.expected,
            found: t.found + s.found,
            false_alarms: t.false_alarms + s.false_alarms,
            pairs: t.pairs + s.pairs,
        })
    }

    /// Share of the expected findings reported (0 when none was expected).
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.expected.max(1) as f64
    }

    /// False alarms per pair of articles.
    pub fn per_pair(&self) -> f64 {
        self.false_alarms as f64 / self.pairs.max(1) as f64
    }
}

/// The scores as a table, a row per fixture and one for all, with each fixture's misses
/// and false alarms under its row when `verbose`, then the false alarms per pair.
pub fn table(scores: &[FixtureScore], verbose: bool) -> String {
    let mut out = format!(
        "{:<44} {:>8} {:>8} {:>7} {:>13}\n",
        "set", "expected", "found", "recall", "false alarms"
    );
    for s in scores {
        out += &format!(
            "{:<44} {:>8} {:>8} {:>7.3} {:>13}\n",
            s.name,
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
    }
    let t = Totals::of(scores);
    out += &format!(
        "{:<44} {:>8} {:>8} {:>7.3} {:>13}\nfalse alarms per pair of articles: {:.2} ({} pairs)\n",
        "all",
        t.expected,
        t.found,
        t.recall(),
        t.false_alarms,
        t.per_pair(),
        t.pairs
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two articles that differ in one number: one expectation met (its text in another
    /// case), one not, and an `absent` entry that the same finding breaks.
    const FIXTURE: &str = r#"
title = "Ferry fire"
[[article]]
label = "Gazette"
published = "2024-09-16"
text = "A fire on the ferry Northern Gull killed 14 people in Lindmark on Sunday, police said."
[[article]]
label = "Wire"
published = "2024-09-16"
text = "A fire on the ferry Northern Gull killed 41 people in Lindmark on Sunday, police said."
[[expect]]
kind = "conflict/quantity"
text = { a = "14 PEOPLE", b = "41 people" }
[[expect]]
kind = "conflict/date"
text = { a = "Sunday", b = "Sunday" }
[[absent]]
kind = "conflict/quantity"
text = { a = "14", b = "41" }
"#;

    #[test]
    fn expectations_count_as_found_or_missed_and_absent_entries_as_false_alarms() {
        let fixture: Fixture = toml::from_str(FIXTURE).unwrap();
        let s = score("ferry".into(), &fixture).unwrap();
        assert_eq!((s.expected, s.found, s.pairs), (2, 1, 1));
        assert_eq!((s.false_alarms, s.forbidden), (1, 1));
        assert_eq!(
            s.lines,
            [
                r#"  missed conflict/date {"a": "Sunday", "b": "Sunday"}"#,
                r#"  false alarm (absent) conflict/quantity a="14 people" b="41 people""#,
            ]
        );
        let totals = Totals::of(&[s]);
        assert_eq!((totals.recall(), totals.per_pair()), (0.5, 1.0));
    }
}
