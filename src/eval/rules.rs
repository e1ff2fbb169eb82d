//! The rule-based extractors on the annotated sets in `tests/eval/` (see its README):
//! precision, recall and F1 for each set.
//!
//! Each case is analysed as one article; what the Report carries is rendered as the set's
//! items (`SPAN=VALUE`, or `CONTENT|SPEAKER|KIND|VIA|PARTIAL` for quotes) and compared
//! with the expected items as multisets: an item found and expected is a hit, found but
//! not expected a false alarm, expected but not found a miss.
//!
//! A case gives its passage and items either as `text` and `expect`, or as `annotated`:
//! the passage in the test notation (see [`crate::notation`]) with the set's items in
//! place, `[DATE Tuesday=2020-08-18]`, `[QUANTITY 14 people=14 deaths]`, `[QUOTE
//! content=speaker|kind|via|partial]`. Both read to the same items, so they score alike.

use super::read_toml;
use crate::notation::{self, Tag};
use crate::{analyze, ArticleInput, Input, Kind, Report};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

/// One set file: its cases.
#[derive(Debug)]
pub struct Set {
    /// The cases, in file order.
    pub case: Vec<Case>,
}

/// One passage and every item of the set's kind in it.
#[derive(Debug)]
pub struct Case {
    /// The passage.
    pub text: String,
    /// Its publication date (`YYYY-MM-DD`), the anchor of relative dates; may be empty.
    pub published: String,
    /// The items expected, as the set writes them (`SPAN=VALUE`, ...).
    pub expect: Vec<String>,
}

/// A set file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetFile {
    case: Vec<CaseFile>,
}

/// A case as written: `text` and `expect`, or `annotated`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    text: Option<String>,
    #[serde(default)]
    published: String,
    expect: Option<Vec<String>>,
    annotated: Option<String>,
}

/// How a set's items are read off the Report of one case (and the case's text).
type Reader = fn(&Report, &str) -> Vec<String>;

/// One kind of set: its name (`NAME.toml` in the set folder), the notation's tags of its
/// items, and how its items are read off a Report.
struct SetKind {
    name: &'static str,
    tags: &'static [Tag],
    read: Reader,
}

/// The tags of a names set: the four kinds of the CoNLL-2003 scheme.
const NAME_TAGS: &[Tag] = &[
    Tag::Mention(Kind::Person),
    Tag::Mention(Kind::Organisation),
    Tag::Mention(Kind::Place),
    Tag::Mention(Kind::Misc),
];

/// The sets.
const SETS: &[SetKind] = &[
    SetKind {
        name: "dates",
        tags: &[Tag::Mention(Kind::Date)],
        read: |r, _| mentions(r, Kind::Date),
    },
    SetKind {
        name: "quantities",
        tags: &[Tag::Mention(Kind::Quantity)],
        read: |r, _| mentions(r, Kind::Quantity),
    },
    SetKind {
        name: "quotes",
        tags: &[Tag::Quote],
        read: quotes,
    },
    SetKind {
        name: "names",
        tags: NAME_TAGS,
        read: |r, _| names(r),
    },
];

/// `SPAN=KIND` for each name the page shows: a person, organisation, place or other name,
/// a name of no known kind (`NAME`, always wrong), and a group named by nationality
/// ("Malian"), which the CoNLL-2003 scheme calls `MISC`.
fn names(report: &Report) -> Vec<String> {
    report.articles[0]
        .mentions
        .iter()
        .filter(|m| m.kind.is_name() || m.kind == Kind::Group)
        .map(|m| {
            let kind = if m.kind == Kind::Group {
                Kind::Misc
            } else {
                m.kind
            };
            format!("{}={}", m.text, kind.as_str())
        })
        .collect()
}

/// `SPAN=VALUE` for each mention of `kind` (`-` for no value).
fn mentions(report: &Report, kind: Kind) -> Vec<String> {
    report.articles[0]
        .mentions
        .iter()
        .filter(|m| m.kind == kind)
        .map(|m| format!("{}={}", m.text, m.value.as_deref().unwrap_or("-")))
        .collect()
}

/// `CONTENT|SPEAKER|KIND|VIA|PARTIAL` for each quote.
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

/// The score of one set, with a line for each error.
#[derive(Debug, Default)]
pub struct SetScore {
    /// The set's name (its file stem).
    pub name: &'static str,
    /// Cases in the set.
    pub cases: usize,
    /// Items expected over all cases.
    pub items: usize,
    /// Items found and expected.
    pub hits: usize,
    /// Items found but not expected.
    pub false_alarms: usize,
    /// Items expected but not found.
    pub misses: usize,
    /// Each false alarm and miss, as `  case N: missed "..."`.
    pub errors: Vec<String>,
    /// Items expected whose span (a quote's content) was found, with or without the right
    /// value: what the value, speaker and kind shares are taken over.
    pub spanned: usize,
    /// Of those, items whose value is right (for quotes: speaker, kind, outlet and form).
    pub right_value: usize,
    /// Of those, quotes whose speaker is right.
    pub right_speaker: usize,
    /// Of those, quotes whose kind of speaker is right.
    pub right_kind: usize,
}

impl SetScore {
    /// Share of the items found that were expected (1 when nothing was found).
    pub fn precision(&self) -> f64 {
        ratio(self.hits, self.hits + self.false_alarms)
    }

    /// Share of the items expected that were found (1 when nothing was expected).
    pub fn recall(&self) -> f64 {
        ratio(self.hits, self.hits + self.misses)
    }

    /// The harmonic mean of precision and recall: 2 hits over 2 hits plus the errors
    /// (1 when there is nothing to find and nothing is found).
    pub fn f1(&self) -> f64 {
        ratio(
            2 * self.hits,
            2 * self.hits + self.false_alarms + self.misses,
        )
    }
}

/// `a / b`, or 1 when there is nothing to divide (no items: nothing was wrong).
pub(super) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores every set of `dir` (`dates.toml`, `quantities.toml`, `quotes.toml`,
/// `names.toml`), in that order; a folder need not hold every kind. Fails when a set cannot
/// be read, or the folder holds none.
pub fn score_dir(dir: &Path) -> Result<Vec<SetScore>, String> {
    let scores = SETS
        .iter()
        .map(|kind| (kind, dir.join(format!("{}.toml", kind.name))))
        .filter(|(_, path)| path.exists())
        .map(|(kind, path)| score_set(kind.name, kind.read, &read_as(kind, &path)?))
        .collect::<Result<Vec<_>, _>>()?;
    if scores.is_empty() {
        return Err(format!(
            "{}: no set (dates.toml, quantities.toml, quotes.toml or names.toml) is there",
            dir.display()
        ));
    }
    Ok(scores)
}

/// Reads a set file, of the kind its name says (`dates.toml`, `quantities.toml`,
/// `quotes.toml`), in either form. Fails when the file cannot be read, or a case is not
/// valid: both forms or neither, malformed notation, an item of another kind.
pub fn read_set(path: &Path) -> Result<Set, String> {
    let stem = path.file_stem().map(|s| s.to_string_lossy());
    let kind = SETS
        .iter()
        .find(|k| stem.as_deref() == Some(k.name))
        .ok_or_else(|| {
            format!(
                "{}: not a set (dates, quantities, quotes, names)",
                path.display()
            )
        })?;
    read_as(kind, path)
}

/// Reads the set file at `path` as a set of `kind`.
fn read_as(kind: &SetKind, path: &Path) -> Result<Set, String> {
    let file: SetFile = read_toml(path)?;
    let case = file
        .case
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            read_case(kind.tags, c).map_err(|e| format!("{}: case {}: {e}", path.display(), i + 1))
        })
        .collect::<Result<_, _>>()?;
    Ok(Set { case })
}

/// A case as the scorer takes it, from either form.
fn read_case(tags: &[Tag], case: CaseFile) -> Result<Case, String> {
    let (text, expect) = match (case.text, case.expect, case.annotated) {
        (Some(text), Some(expect), None) => (text, expect),
        (None, None, Some(annotated)) => {
            let read = notation::parse(&annotated).map_err(|e| e.to_string())?;
            let expect = read
                .items
                .iter()
                .map(|item| item_string(tags, &read.text, item))
                .collect::<Result<_, _>>()?;
            (read.text, expect)
        }
        _ => return Err("give either text and expect, or annotated".into()),
    };
    Ok(Case {
        text,
        published: case.published,
        expect,
    })
}

/// An item of the notation as the set writes it: `SPAN=VALUE` (`-` for none) for a date
/// or quantity, `SPAN=KIND` for a name, `CONTENT|SPEAKER|KIND|VIA|PARTIAL` for a quote.
fn item_string(tags: &[Tag], text: &str, item: &notation::Item) -> Result<String, String> {
    let span = &text[item.range.clone()];
    if !tags.contains(&item.tag) {
        let codes: Vec<&str> = tags.iter().map(|t| t.code()).collect();
        return Err(format!(
            "{span:?} is a {} item; this set's items are {}",
            item.tag.code(),
            codes.join(", ")
        ));
    }
    match (item.tag, item.value.as_deref()) {
        (Tag::Quote, Some(value)) if value.split('|').count() == 4 => Ok(format!("{span}|{value}")),
        (Tag::Quote, _) => Err(format!(
            "the quote {span:?} needs its value, SPEAKER|KIND|VIA|PARTIAL"
        )),
        (tag, None) if tags == NAME_TAGS => Ok(format!("{span}={}", tag.code())),
        (_, value) => Ok(format!("{span}={}", value.unwrap_or("-"))),
    }
}

/// Scores one set, reading what the Report carries with `read`.
fn score_set(name: &'static str, read: Reader, set: &Set) -> Result<SetScore, String> {
    let mut score = SetScore {
        name,
        cases: set.case.len(),
        ..SetScore::default()
    };
    for (i, case) in set.case.iter().enumerate() {
        let input = Input {
            articles: vec![ArticleInput {
                label: String::new(),
                text: case.text.clone(),
                published: case.published.clone(),
            }],
        };
        let report = analyze(&input).map_err(|e| e.to_string())?;
        score.items += case.expect.len();
        let mut expected: HashMap<&str, usize> = HashMap::new();
        for e in &case.expect {
            *expected.entry(e.as_str()).or_default() += 1;
        }
        let found = read(&report, &case.text);
        tally_values(&mut score, &case.expect, &found);
        for f in found {
            match expected.get_mut(f.as_str()) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    score.hits += 1;
                }
                _ => {
                    score.false_alarms += 1;
                    score
                        .errors
                        .push(format!("  case {}: false alarm {f:?}", i + 1));
                }
            }
        }
        // What is left over is missed, listed in the case's order.
        for e in &case.expect {
            if let Some(n) = expected.get_mut(e.as_str()).filter(|n| **n > 0) {
                *n -= 1;
                score.misses += 1;
                score.errors.push(format!("  case {}: missed {e:?}", i + 1));
            }
        }
    }
    Ok(score)
}

/// The span of an item (a quote's content) and its other fields: `SPAN=VALUE` gives the
/// value, `CONTENT|SPEAKER|KIND|VIA|PARTIAL` the four after the content.
fn fields(item: &str) -> (&str, Vec<&str>) {
    match item.rsplit_once('=') {
        Some((span, value)) if !item.contains('|') => (span, vec![value]),
        _ => {
            let mut parts: Vec<&str> = item.rsplitn(5, '|').collect();
            parts.reverse();
            (parts[0], parts[1..].to_vec())
        }
    }
}

/// Pairs the expected items with found items of the same span (a quote's content), each
/// found item used once, and counts how many have the right value, speaker and kind.
fn tally_values(score: &mut SetScore, expect: &[String], found: &[String]) {
    let mut free: Vec<(&str, Vec<&str>)> = found.iter().map(|f| fields(f)).collect();
    let mut used = vec![false; free.len()];
    // Exact matches first, so a span written twice pairs each with its own value.
    let mut order: Vec<(usize, bool)> = Vec::new();
    for (k, e) in expect.iter().enumerate() {
        order.push((k, found.contains(e)));
    }
    order.sort_by_key(|&(k, exact)| (!exact, k));
    for (k, _) in order {
        let (span, values) = fields(&expect[k]);
        let pick = (0..free.len())
            .filter(|&j| !used[j] && free[j].0 == span)
            .min_by_key(|&j| free[j].1 != values);
        let Some(j) = pick else { continue };
        used[j] = true;
        let got = std::mem::take(&mut free[j].1);
        score.spanned += 1;
        score.right_value += usize::from(got == values);
        if values.len() == 4 {
            score.right_speaker += usize::from(got.first() == values.first());
            score.right_kind += usize::from(got.get(1) == values.get(1));
        }
    }
}

/// The scores as a table, a row per set: precision, recall and F1 of whole items, then the
/// items whose span was found and the shares of those with the right value, and for quotes
/// the right speaker and the right kind of speaker, with each set's errors under its row when
/// `verbose`.
pub fn table(scores: &[SetScore], verbose: bool) -> String {
    let mut out = String::from(
        "set          cases  items   precision  recall    F1   spanned   value speaker    kind\n",
    );
    for s in scores {
        let share = |n: usize| format!("{:.3}", ratio(n, s.spanned));
        let quotes = s.name == "quotes";
        let (speaker, kind) = if quotes {
            (share(s.right_speaker), share(s.right_kind))
        } else {
            ("-".into(), "-".into())
        };
        out.push_str(&format!(
            "{:<12} {:>5}  {:>5}   {:>9.3}  {:>6.3}  {:>6.3}  {:>8}  {:>6}  {:>6}  {:>6}\n",
            s.name,
            s.cases,
            s.items,
            s.precision(),
            s.recall(),
            s.f1(),
            s.spanned,
            share(s.right_value),
            speaker,
            kind
        ));
        if verbose {
            for e in &s.errors {
                out.push_str(e);
                out.push('\n');
            }
        }
    }
    out
}

/// The lowest F1 each set may score: one for all sets, overridden per set.
#[derive(Debug, Default)]
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
            Some(set) if SETS.iter().any(|k| k.name == set) => {
                self.per_set.insert(set.to_string(), f1);
            }
            Some(set) => return Err(format!("--min-f1 {spec:?}: there is no set {set:?}")),
            None => self.all = Some(f1),
        }
        Ok(())
    }

    /// The minimum for `set`, if any.
    fn of(&self, set: &str) -> Option<f64> {
        self.per_set.get(set).copied().or(self.all)
    }

    /// `NAME F1 0.912 < 0.95` for each set that scores below its minimum.
    pub fn below(&self, scores: &[SetScore]) -> Vec<String> {
        scores
            .iter()
            .filter_map(|s| {
                let m = self.of(s.name).filter(|&m| s.f1() < m)?;
                Some(format!("{} F1 {:.3} < {m}", s.name, s.f1()))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
