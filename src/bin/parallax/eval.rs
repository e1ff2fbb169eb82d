//! `parallax eval-rules`: scores the rule-based extractors on the annotated sets in
//! `tests/eval/` (see its README) and prints precision, recall and F1 for each.
//!
//! Each case is analysed as one article; what the Report carries is rendered in the set's
//! notation and compared with the expected items as multisets: an item found and expected
//! is a hit, found but not expected a false alarm, expected but not found a miss.

use parallax::{analyze, ArticleInput, Input, Kind, Report};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

#[derive(Deserialize)]
struct Set {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    #[serde(default)]
    published: String,
    expect: Vec<String>,
}

/// How a set's items are read off the Report of one case (and the case's text).
type Reader = fn(&Report, &str) -> Vec<String>;

/// The sets, each with its reader.
const SETS: &[(&str, Reader)] = &[
    ("dates", |r, _| mentions(r, Kind::Date)),
    ("quantities", |r, _| mentions(r, Kind::Quantity)),
    ("quotes", quotes),
];

fn mentions(report: &Report, kind: Kind) -> Vec<String> {
    report.articles[0]
        .mentions
        .iter()
        .filter(|m| m.kind == kind)
        .map(|m| format!("{}={}", m.text, m.value.as_deref().unwrap_or("-")))
        .collect()
}

fn quotes(report: &Report, text: &str) -> Vec<String> {
    let article = &report.articles[0];
    article
        .quotes
        .iter()
        .map(|q| {
            let content = &text[q.content.start..q.content.end];
            let (speaker, kind) = q
                .speaker
                .as_ref()
                .map_or(("-", "-"), |s| (s.name.text.as_str(), s.kind.as_str()));
            let via = q.via.as_ref().map_or("-", |v| v.text.as_str());
            format!("{content}|{speaker}|{kind}|{via}|{}", q.partial)
        })
        .collect()
}

/// The lowest F1 each set may score: one for all sets, overridden per set.
#[derive(Default)]
pub struct Minimums {
    all: Option<f64>,
    per_set: HashMap<String, f64>,
}

impl Minimums {
    /// Adds `0.95` (every set) or `quotes=0.9` (one set).
    pub fn add(&mut self, spec: &str) -> Result<(), String> {
        let (set, value) = match spec.split_once('=') {
            Some((set, value)) => (Some(set), value),
            None => (None, spec),
        };
        let f1: f64 = value
            .parse()
            .map_err(|_| format!("--min-f1 {spec:?}: {value:?} is not a number"))?;
        match set {
            Some(set) if SETS.iter().any(|(name, _)| *name == set) => {
                self.per_set.insert(set.to_string(), f1);
            }
            Some(set) => return Err(format!("--min-f1 {spec:?}: there is no set {set:?}")),
            None => self.all = Some(f1),
        }
        Ok(())
    }

    fn of(&self, set: &str) -> Option<f64> {
        self.per_set.get(set).copied().or(self.all)
    }
}

/// Counts for one set.
#[derive(Default)]
struct Score {
    hits: usize,
    false_alarms: usize,
    misses: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        ratio(self.hits, self.hits + self.false_alarms)
    }
    fn recall(&self) -> f64 {
        ratio(self.hits, self.hits + self.misses)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Runs every set in `dir`; prints a table (and each error with `verbose`). Fails when a
/// set cannot be read, or when an F1 is below its minimum.
pub fn run(dir: &Path, verbose: bool, minimums: &Minimums) -> Result<String, String> {
    let mut out = String::from("set          cases  items   precision  recall    F1\n");
    let mut below = Vec::new();
    for (name, read) in SETS {
        let path = dir.join(format!("{name}.toml"));
        let source = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let set: Set = toml::from_str(&source)
            .map_err(|e| format!("{} is not a valid set: {e}", path.display()))?;
        let mut score = Score::default();
        let mut items = 0;
        let mut errors = String::new();
        for (i, case) in set.case.iter().enumerate() {
            let input = Input {
                articles: vec![ArticleInput {
                    label: String::new(),
                    text: case.text.clone(),
                    published: case.published.clone(),
                }],
            };
            let report = analyze(&input).map_err(|e| e.to_string())?;
            let found = read(&report, &case.text);
            items += case.expect.len();
            let mut expected: HashMap<&str, usize> = HashMap::new();
            for e in &case.expect {
                *expected.entry(e.as_str()).or_default() += 1;
            }
            for f in &found {
                match expected.get_mut(f.as_str()) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        score.hits += 1;
                    }
                    _ => {
                        score.false_alarms += 1;
                        errors.push_str(&format!("  case {}: false alarm {f:?}\n", i + 1));
                    }
                }
            }
            for (e, n) in expected {
                for _ in 0..n {
                    score.misses += 1;
                    errors.push_str(&format!("  case {}: missed {e:?}\n", i + 1));
                }
            }
        }
        out.push_str(&format!(
            "{name:<12} {:>5}  {items:>5}   {:>9.3}  {:>6.3}  {:>6.3}\n",
            set.case.len(),
            score.precision(),
            score.recall(),
            score.f1()
        ));
        if verbose {
            out.push_str(&errors);
        }
        if let Some(m) = minimums.of(name).filter(|&m| score.f1() < m) {
            below.push(format!("{name} F1 {:.3} < {m}", score.f1()));
        }
    }
    if below.is_empty() {
        Ok(out)
    } else {
        Err(format!("{out}\nbelow the minimum F1: {}", below.join(", ")))
    }
}
