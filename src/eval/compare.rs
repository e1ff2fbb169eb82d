//! The comparison on the fixture sets in `tests/compare/` (see its README): per set and
//! overall, the recall of the expected findings and the false alarms: findings of the
//! checked kinds that no expectation accounts for, plus any finding an `absent` entry
//! forbids; per kind, the recall; and the precision of the findings a checker acts on.

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
    "conflict/name",
    "sourcing/attribution",
];

/// Kinds a checker acts on: every one reported should be expected, so the share that is
/// is the comparison's precision.
pub const ACTED_ON: &[&str] = &[
    "conflict/quantity",
    "conflict/date",
    "conflict/name",
    "quote/reattributed",
    "quote/altered",
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
/// containing the other, case ignored: "TOLVAEN" in a dateline is "Tolvaen"; or standing
/// over at least half of the shorter, see [`overlaps`]). A conflict
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
                    got.contains(&want)
                        || want.contains(&got)
                        || overlaps(texts[a], &want, s.span.start..s.span.end)
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

/// Whether the text at `span` of `text` and some place where `want` (lower case) is written
/// share at least half of the shorter: "about 14 kilometres" points at "14 kilometres of
/// shoreline", though neither holds the other.
fn overlaps(text: &str, want: &str, span: std::ops::Range<usize>) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.match_indices(want).any(|(at, _)| {
        let shared = span
            .end
            .min(at + want.len())
            .saturating_sub(span.start.max(at));
        2 * shared >= span.len().min(want.len())
    })
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
    /// Per kind expected: how many were expected and how many found.
    pub kinds: BTreeMap<String, (usize, usize)>,
    /// Findings of the kinds in [`ACTED_ON`] reported, and how many of them were expected.
    pub acted_on: (usize, usize),
    /// Each miss and false alarm, as `  missed KIND {..}` or `  false alarm KIND a=".."`.
    pub lines: Vec<String>,
}

/// Runs the comparison on `fixture` and scores it; `name` names it in the table.
pub fn score(name: String, fixture: &Fixture) -> Result<FixtureScore, String> {
    let report = analyze(&fixture.input()).map_err(|e| format!("{name}: {e}"))?;
    let texts: Vec<&str> = fixture.article.iter().map(|a| a.text.as_str()).collect();
    let mut lines = Vec::new();
    let mut found = 0;
    let mut kinds: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for e in &fixture.expect {
        let kind = kinds.entry(e.kind.clone()).or_default();
        kind.0 += 1;
        if report
            .findings
            .iter()
            .any(|f| matches(f, e, &report, &texts))
        {
            found += 1;
            kind.1 += 1;
        } else {
            lines.push(format!("  missed {} {:?}", e.kind, e.text));
        }
    }
    let (mut false_alarms, mut forbidden) = (0, 0);
    let mut acted_on = (0, 0);
    for f in &report.findings {
        let absent = fixture
            .absent
            .iter()
            .any(|e| matches(f, e, &report, &texts));
        let expected = fixture
            .expect
            .iter()
            .any(|e| matches(f, e, &report, &texts));
        if ACTED_ON.contains(&f.kind.as_str()) {
            acted_on.0 += 1;
            acted_on.1 += usize::from(expected && !absent);
        }
        let unexpected = CHECKED.contains(&f.kind.as_str()) && !expected;
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
        kinds,
        acted_on,
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
    /// Per kind: expected, found.
    pub kinds: BTreeMap<String, (usize, usize)>,
    /// Findings of the kinds a checker acts on: reported, expected.
    pub acted_on: (usize, usize),
}

impl Totals {
    /// The sums of `scores`.
    pub fn of(scores: &[FixtureScore]) -> Totals {
        let mut t = Totals::default();
        for s in scores {
            t.expected += s.expected;
            t.found += s.found;
            t.false_alarms += s.false_alarms;
            t.pairs += s.pairs;
            for (kind, (expected, found)) in &s.kinds {
                let k = t.kinds.entry(kind.clone()).or_default();
                k.0 += expected;
                k.1 += found;
            }
            t.acted_on.0 += s.acted_on.0;
            t.acted_on.1 += s.acted_on.1;
        }
        t
    }

    /// Share of the findings a checker acts on that were expected (1 when none was
    /// reported).
    pub fn precision(&self) -> f64 {
        if self.acted_on.0 == 0 {
            return 1.0;
        }
        self.acted_on.1 as f64 / self.acted_on.0 as f64
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
    out += &format!(
        "precision of conflicts and altered or re-attributed quotes: {:.3} ({} of {} expected)\n\n",
        t.precision(),
        t.acted_on.1,
        t.acted_on.0
    );
    out += &format!(
        "{:<44} {:>8} {:>8} {:>7}\n",
        "kind", "expected", "found", "recall"
    );
    for (kind, (expected, found)) in &t.kinds {
        out += &format!(
            "{:<44} {:>8} {:>8} {:>7.3}\n",
            kind,
            expected,
            found,
            *found as f64 / (*expected).max(1) as f64
        );
    }
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
        // Per kind, expected and found; the one conflict reported is expected but also
        // forbidden, so it does not count as a correct finding a checker acts on.
        let kinds: Vec<(&str, (usize, usize))> =
            s.kinds.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(
            kinds,
            [("conflict/date", (1, 0)), ("conflict/quantity", (1, 1))]
        );
        assert_eq!(s.acted_on, (1, 0));
        assert_eq!(Totals::of(std::slice::from_ref(&s)).precision(), 0.0);
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

    #[test]
    fn a_span_over_half_the_expected_text_points_at_it() {
        let text = "Oil washed up along about 14 kilometres of shoreline.";
        let span = |w: &str| text.find(w).unwrap()..text.find(w).unwrap() + w.len();
        let want = "14 kilometres of shoreline";
        assert!(overlaps(text, want, span("about 14 kilometres")));
        assert!(!overlaps(text, want, span("about 14")));
        assert!(!overlaps(text, want, span("Oil washed")));
    }
}
