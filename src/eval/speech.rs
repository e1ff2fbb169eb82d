//! Reported speech on the annotated sets of `tests/speech/`: precision, recall and F1 of
//! the cue, source and content spans, exact and by overlap, and how often the kind of
//! source and the form are right.
//!
//! A set is a TOML file of articles, each with its reporting events written as the text
//! has them: `cue`, `source` (empty when the text gives none), `kind`, `content` (once in
//! the article), `form`. The content is found first; the cue is the occurrence of its words
//! nearest the content, and the source the occurrence nearest the cue. Spans match exactly
//! when they cover the same words (punctuation and quote marks at either end aside), and
//! by overlap when they share a character, each found span matching one expected span at
//! most.

use super::rules::ratio;
use super::{read_toml, toml_files};
use crate::report::Reported;
use crate::{analyze, ArticleInput, Input};
use serde::Deserialize;
use std::ops::Range;
use std::path::Path;

/// One set as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetFile {
    /// The articles.
    pub article: Vec<ArticleFile>,
}

/// One article and its events.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleFile {
    /// The outlet or title.
    pub label: String,
    /// The text as pasted.
    pub text: String,
    /// Its reporting events, in the order of their content.
    #[serde(default)]
    pub event: Vec<EventFile>,
}

/// One reporting event as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventFile {
    /// The cue words.
    pub cue: String,
    /// The source words, empty when the text gives none.
    pub source: String,
    /// What a pronoun or description as source refers to.
    #[serde(default)]
    pub refers_to: Option<String>,
    /// The kind of source.
    pub kind: String,
    /// What is reported.
    pub content: String,
    /// Direct, indirect or mixed.
    pub form: String,
    /// Whether the cue is negated.
    #[serde(default)]
    pub negated: bool,
}

/// An event located in its article's text.
#[derive(Debug, Clone)]
pub struct Event {
    /// The cue words.
    pub cue: Range<usize>,
    /// The source words, empty when the text gives none.
    pub source: Option<Range<usize>>,
    /// What is reported.
    pub content: Range<usize>,
    /// The kind of source.
    pub kind: String,
    /// Direct, indirect or mixed.
    pub form: String,
}

/// Found and expected counts of one kind of span.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// Spans expected.
    pub expected: usize,
    /// Spans found.
    pub found: usize,
    /// Found spans matching an expected one exactly.
    pub exact: usize,
    /// Found spans overlapping an expected one.
    pub overlap: usize,
}

impl Counts {
    /// Precision, recall and F1 for exact matches (`exact`) or overlaps.
    pub fn prf(&self, exact: bool) -> (f64, f64, f64) {
        let hits = if exact { self.exact } else { self.overlap };
        let p = ratio(hits, self.found);
        let r = ratio(hits, self.expected);
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }

    /// The counts of both.
    pub fn plus(self, other: Counts) -> Counts {
        Counts {
            expected: self.expected + other.expected,
            found: self.found + other.found,
            exact: self.exact + other.exact,
            overlap: self.overlap + other.overlap,
        }
    }

    fn add(&mut self, other: Counts) {
        *self = self.plus(other);
    }
}

/// The scores of one set.
#[derive(Debug, Default)]
pub struct SetScore {
    /// The set's name (its file stem).
    pub name: String,
    /// Articles in the set.
    pub articles: usize,
    /// The cue words.
    pub cue: Counts,
    /// The source words, empty when the text gives none.
    pub source: Counts,
    /// What is reported.
    pub content: Counts,
    /// Expected events matched by a found one (cue overlapping), and how many of those
    /// have the right kind of source and the right form.
    pub matched: usize,
    /// Matched events with the right kind of source.
    pub kind_right: usize,
    /// Matched events with the right form.
    pub form_right: usize,
    /// A line for each miss and false alarm.
    pub errors: Vec<String>,
}

impl SetScore {
    fn add(&mut self, other: &SetScore) {
        self.articles += other.articles;
        self.cue.add(other.cue);
        self.source.add(other.source);
        self.content.add(other.content);
        self.matched += other.matched;
        self.kind_right += other.kind_right;
        self.form_right += other.form_right;
    }
}

/// Scores every set in `dir`.
pub fn score_dir(dir: &Path) -> Result<Vec<SetScore>, String> {
    let mut out = Vec::new();
    for path in toml_files(dir)? {
        let set: SetFile = read_toml(&path)?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push(score_set(&name, &set)?);
    }
    Ok(out)
}

/// The byte ranges where `needle` occurs in `text`, at word boundaries when `words`.
fn occurrences(text: &str, needle: &str, words: bool) -> Vec<Range<usize>> {
    if needle.is_empty() {
        return Vec::new();
    }
    let boundary = |at: usize, before: bool| {
        let c = if before {
            text[..at].chars().next_back()
        } else {
            text[at..].chars().next()
        };
        !c.is_some_and(char::is_alphanumeric)
    };
    let lower = text.to_lowercase();
    let (hay, pat) = if lower.len() == text.len() {
        (lower.as_str(), needle.to_lowercase())
    } else {
        (text, needle.to_owned())
    };
    hay.match_indices(pat.as_str())
        .map(|(i, m)| i..i + m.len())
        .filter(|r| !words || (boundary(r.start, true) && boundary(r.end, false)))
        .collect()
}

/// The distance in bytes between two ranges (0 when they touch or overlap).
fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// Locates the events of `article` in its text; an event that cannot be located is an
/// error naming it.
pub fn locate(article: &ArticleFile) -> Result<Vec<Event>, String> {
    let text = &article.text;
    let nearest = |needle: &str, to: &Range<usize>| {
        occurrences(text, needle, true)
            .into_iter()
            .min_by_key(|r| (distance(r, to), r.start))
    };
    article
        .event
        .iter()
        .map(|e| {
            let what = format!("{}: event {:?}", article.label, e.content);
            let contents = occurrences(text, &e.content, false);
            let [content] = &contents[..] else {
                return Err(format!("{what}: content found {} times", contents.len()));
            };
            let content = content.clone();
            // The cue nearest the content, counting how far its source stands from it.
            let cue = occurrences(text, &e.cue, true)
                .into_iter()
                .min_by_key(|c| {
                    let to_source = nearest(&e.source, c).map_or(0, |s| distance(&s, c));
                    (distance(c, &content) + to_source, c.start)
                })
                .ok_or(format!("{what}: no cue {:?}", e.cue))?;
            let source = if e.source.is_empty() {
                None
            } else {
                Some(nearest(&e.source, &cue).ok_or(format!("{what}: no source {:?}", e.source))?)
            };
            Ok(Event {
                cue,
                source,
                content,
                kind: e.kind.clone(),
                form: e.form.clone(),
            })
        })
        .collect()
}

/// `range` of `text` without punctuation, quote marks and spaces at either end.
fn trimmed(text: &str, range: &Range<usize>) -> Range<usize> {
    let part = &text[range.clone()];
    let start = part.len()
        - part
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    let end = part.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    if end <= start {
        return range.clone();
    }
    range.start + start..range.start + end
}

/// Exact and overlapping matches, one to one, of `found` against `expected`.
fn count(text: &str, expected: &[Range<usize>], found: &[Range<usize>]) -> (Counts, Vec<bool>) {
    let mut c = Counts {
        expected: expected.len(),
        found: found.len(),
        ..Counts::default()
    };
    let e: Vec<Range<usize>> = expected.iter().map(|r| trimmed(text, r)).collect();
    let f: Vec<Range<usize>> = found.iter().map(|r| trimmed(text, r)).collect();
    let mut used = vec![false; f.len()];
    for r in &e {
        if let Some(j) = (0..f.len()).find(|&j| !used[j] && f[j] == *r) {
            used[j] = true;
            c.exact += 1;
        }
    }
    let mut used = vec![false; f.len()];
    let mut hit = vec![false; e.len()];
    for (i, r) in e.iter().enumerate() {
        if let Some(j) =
            (0..f.len()).find(|&j| !used[j] && f[j].start < r.end && r.start < f[j].end)
        {
            used[j] = true;
            hit[i] = true;
            c.overlap += 1;
        }
    }
    (c, hit)
}

fn score_set(name: &str, set: &SetFile) -> Result<SetScore, String> {
    let mut score = SetScore {
        name: name.to_owned(),
        articles: set.article.len(),
        ..SetScore::default()
    };
    for article in &set.article {
        let expected = locate(article)?;
        let input = Input {
            articles: vec![ArticleInput {
                label: article.label.clone(),
                text: article.text.clone(),
                published: String::new(),
            }],
        };
        let report = analyze(&input).map_err(|e| e.to_string())?;
        let found: &[Reported] = &report.articles[0].speech;
        let text = &article.text;
        let span = |s: &crate::report::offsets::Span| s.start..s.end;
        let (cue, cue_hit) = count(
            text,
            &expected.iter().map(|e| e.cue.clone()).collect::<Vec<_>>(),
            &found.iter().map(|f| span(&f.cue.span)).collect::<Vec<_>>(),
        );
        let (source, _) = count(
            text,
            &expected
                .iter()
                .filter_map(|e| e.source.clone())
                .collect::<Vec<_>>(),
            &found
                .iter()
                .filter_map(|f| f.source.as_ref().map(|s| span(&s.span)))
                .collect::<Vec<_>>(),
        );
        let (content, _) = count(
            text,
            &expected
                .iter()
                .map(|e| e.content.clone())
                .collect::<Vec<_>>(),
            &found.iter().map(|f| span(&f.content)).collect::<Vec<_>>(),
        );
        score.cue.add(cue);
        score.source.add(source);
        score.content.add(content);
        let mut claimed = vec![false; found.len()];
        for (e, hit) in expected.iter().zip(&cue_hit) {
            let m = (0..found.len()).find(|&j| {
                let c = span(&found[j].cue.span);
                !claimed[j] && c.start < e.cue.end && e.cue.start < c.end
            });
            let show = |r: &Range<usize>| text[r.clone()].replace('\n', " ");
            match m {
                Some(j) if *hit => {
                    claimed[j] = true;
                    let f = &found[j];
                    score.matched += 1;
                    let src = f.source.as_ref().map_or(String::new(), |s| s.text.clone());
                    let exp = e.source.as_ref().map_or(String::new(), show);
                    if f.kind.as_str() == e.kind {
                        score.kind_right += 1;
                    }
                    if f.form.as_str() == e.form {
                        score.form_right += 1;
                    } else {
                        score.errors.push(format!(
                            "  {}: {:?} form {} {:?}, expected {} {:?}",
                            article.label,
                            show(&e.cue),
                            f.form.as_str(),
                            text[span(&f.content)].replace('\n', " "),
                            e.form,
                            show(&e.content)
                        ));
                    }
                    if src != exp || f.kind.as_str() != e.kind {
                        score.errors.push(format!(
                            "  {}: {:?} source {src:?} ({}), expected {exp:?} ({})",
                            article.label,
                            show(&e.cue),
                            f.kind.as_str(),
                            e.kind
                        ));
                    }
                }
                _ => score.errors.push(format!(
                    "  {}: missed {:?} [{}] {:?}",
                    article.label,
                    show(&e.cue),
                    e.source.as_ref().map_or(String::new(), show),
                    show(&e.content)
                )),
            }
        }
        for (j, f) in found.iter().enumerate() {
            if !claimed[j] && !cue_hit_at(&expected, &span(&f.cue.span)) {
                score.errors.push(format!(
                    "  {}: false alarm {:?} [{}] {:?}",
                    article.label,
                    f.cue.text,
                    f.source.as_ref().map_or("", |s| s.text.as_str()),
                    text[span(&f.content)].replace('\n', " ")
                ));
            }
        }
    }
    Ok(score)
}

/// Whether an expected event's cue overlaps `cue`.
fn cue_hit_at(expected: &[Event], cue: &Range<usize>) -> bool {
    expected
        .iter()
        .any(|e| e.cue.start < cue.end && cue.start < e.cue.end)
}

/// Which span's counts of a set a table shows.
type SpanOf = fn(&SetScore) -> Counts;

/// The scores as tables, a row per set and one for all: events with the share whose kind of
/// source and form are right, then precision, recall and F1 of the cue, source and content
/// spans, exactly and by overlap; with errors under each set's first row when `verbose`.
pub fn table(scores: &[SetScore], verbose: bool) -> String {
    let mut all = SetScore {
        name: "all".into(),
        ..SetScore::default()
    };
    for s in scores {
        all.add(s);
    }
    let rows: Vec<&SetScore> = scores.iter().chain([&all]).collect();
    let mut out = String::from("set          articles  events  matched  kind right  form right\n");
    for s in &rows {
        out.push_str(&format!(
            "{:<12} {:>8} {:>7} {:>8} {:>10.1} {:>11.1}\n",
            s.name,
            s.articles,
            s.cue.expected,
            s.matched,
            ratio(s.kind_right, s.matched) * 100.0,
            ratio(s.form_right, s.matched) * 100.0,
        ));
        if verbose {
            for e in &s.errors {
                out.push_str(e);
                out.push('\n');
            }
        }
    }
    let spans: [(&str, SpanOf); 3] = [
        ("cue", |s| s.cue),
        ("source", |s| s.source),
        ("content", |s| s.content),
    ];
    for (name, of) in spans {
        out.push_str(&format!(
            "\n{name:<12} expected  found   exact P     R    F1   overlap P     R    F1\n"
        ));
        for s in &rows {
            let c = of(s);
            let (ep, er, ef) = c.prf(true);
            let (op, or, of1) = c.prf(false);
            out.push_str(&format!(
                "{:<12} {:>8} {:>6} {:>11.1} {:>5.1} {:>5.1} {:>11.1} {:>5.1} {:>5.1}\n",
                s.name,
                c.expected,
                c.found,
                ep * 100.0,
                er * 100.0,
                ef * 100.0,
                op * 100.0,
                or * 100.0,
                of1 * 100.0
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str, events: &[(&str, &str, &str)]) -> ArticleFile {
        ArticleFile {
            label: "A".into(),
            text: text.into(),
            event: events
                .iter()
                .map(|(cue, source, content)| EventFile {
                    cue: (*cue).into(),
                    source: (*source).into(),
                    refers_to: None,
                    kind: "named".into(),
                    content: (*content).into(),
                    form: "indirect".into(),
                    negated: false,
                })
                .collect(),
        }
    }

    #[test]
    fn the_cue_is_the_one_nearest_its_content_and_source() {
        let text = "Holt said rain fell. Later Ostrova said the dam held, Ostrova said.";
        let a = article(text, &[("said", "Ostrova", "the dam held")]);
        let [e] = &locate(&a).expect("located")[..] else {
            panic!("one event");
        };
        assert_eq!(&text[e.cue.clone()], "said");
        assert_eq!(e.cue.start, text.find("Ostrova said the").unwrap() + 8);
        assert_eq!(&text[e.source.clone().unwrap()], "Ostrova");
    }

    #[test]
    fn a_content_written_twice_or_a_missing_cue_is_an_error() {
        let text = "Holt said it rained. Holt said it rained.";
        assert!(locate(&article(text, &[("said", "Holt", "it rained")])).is_err());
        assert!(locate(&article(
            text,
            &[("told", "Holt", "Holt said it rained. Holt")]
        ))
        .is_err());
    }

    #[test]
    fn spans_match_exactly_without_end_punctuation_and_by_overlap_one_to_one() {
        let text = "\"It is over,\" she said.";
        let one = [Range { start: 1, end: 11 }];
        let (c, hit) = count(text, &one, &[1..12, 0..3]);
        assert_eq!((c.expected, c.found, c.exact, c.overlap), (1, 2, 1, 1));
        assert_eq!(hit, [true]);
        let found = [Range { start: 1, end: 6 }];
        let (c, _) = count(text, &[1..11, 14..17], &found);
        assert_eq!((c.exact, c.overlap), (0, 1));
        let (p, r, f) = c.prf(false);
        assert_eq!((p, r), (1.0, 0.5));
        assert!((f - 2.0 / 3.0).abs() < 1e-9);
    }
}
