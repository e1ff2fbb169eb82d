//! Sentence alignment and reuse. Candidates come from an index of content words over all
//! articles, so the work grows with the words shared, not with the square of the number of
//! articles; each candidate is then scored by word overlap (Dice) and classed identical,
//! edited or paraphrase, and each pair of articles keeps a one-to-one matching, best
//! first. Reuse is Churnalism's measure: the share of an article's words standing in
//! passages of five words or more that the other article also has.

use super::diff::Words;
use super::sentences::{is_content, Sentence};
use crate::report::DiffPiece;
use std::collections::{HashMap, HashSet};

/// Words in common that make two sentences worth scoring.
const MIN_SHARED: usize = 2;
/// A word in more sentences than this is too common to find candidates with.
const MAX_POSTINGS: usize = 400;
/// Overlap of all words at which a sentence is a light edit of another.
const EDITED: f64 = 0.7;
/// Overlap of content words at which a sentence paraphrases another.
const PARAPHRASE: f64 = 0.4;
/// Words in a passage that counts as reused.
const PASSAGE: usize = 5;

/// Two matching sentences of a pair of articles.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Position in the first article's story sentences.
    pub x: usize,
    /// Position in the second article's story sentences.
    pub y: usize,
    /// `identical`, `edited` or `paraphrase`.
    pub class: &'static str,
    /// Dice overlap of all words.
    pub similarity: f64,
}

/// The sentences of each pair of articles `(x, y)`, `x < y`, that match one to one (in
/// `x`'s sentence order), and all that share at least two content words (`related`:
/// weaker evidence that they speak of the same thing).
pub struct Alignment {
    /// One-to-one matches.
    pub matches: HashMap<(usize, usize), Vec<Match>>,
    /// Every candidate pair `(x's sentence, y's sentence)`, matched or not.
    pub related: HashMap<(usize, usize), Vec<(usize, usize)>>,
}

/// Aligns the sentences of every pair of articles.
pub fn align(stories: &[Vec<Sentence>]) -> Alignment {
    let mut index: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for (a, story) in stories.iter().enumerate() {
        for (s, sentence) in story.iter().enumerate() {
            let mut seen = HashSet::new();
            for w in sentence.words.iter().filter(|w| is_content(w)) {
                if seen.insert(w.as_str()) {
                    index.entry(w).or_default().push((a, s));
                }
            }
        }
    }
    // Shared content words per candidate (article x, sentence, article y, sentence), x < y.
    let mut shared: HashMap<(usize, usize, usize, usize), usize> = HashMap::new();
    for postings in index.values().filter(|p| p.len() <= MAX_POSTINGS) {
        for (i, &(a, s)) in postings.iter().enumerate() {
            for &(b, t) in &postings[i + 1..] {
                if a != b {
                    let key = if a < b { (a, s, b, t) } else { (b, t, a, s) };
                    *shared.entry(key).or_default() += 1;
                }
            }
        }
    }
    let mut scored: HashMap<(usize, usize), Vec<Match>> = HashMap::new();
    let mut keys: Vec<_> = shared
        .into_iter()
        .filter(|(_, n)| *n >= MIN_SHARED)
        .map(|(k, _)| k)
        .collect();
    keys.sort_unstable();
    let mut related: HashMap<(usize, usize), Vec<(usize, usize)>> = HashMap::new();
    for &(a, s, b, t) in &keys {
        related.entry((a, b)).or_default().push((s, t));
    }
    for (a, s, b, t) in keys {
        let (x, y) = (&stories[a][s], &stories[b][t]);
        if let Some(m) = classify(x, y) {
            scored
                .entry((a, b))
                .or_default()
                .push(Match { x: s, y: t, ..m });
        }
    }
    let matches = scored
        .into_iter()
        .map(|(pair, mut candidates)| {
            candidates.sort_by(|p, q| {
                q.similarity
                    .total_cmp(&p.similarity)
                    .then((p.x, p.y).cmp(&(q.x, q.y)))
            });
            let (mut used_x, mut used_y) = (HashSet::new(), HashSet::new());
            let mut kept: Vec<Match> = candidates
                .into_iter()
                .filter(|m| {
                    let free = !used_x.contains(&m.x) && !used_y.contains(&m.y);
                    if free {
                        used_x.insert(m.x);
                        used_y.insert(m.y);
                    }
                    free
                })
                .collect();
            kept.sort_by_key(|m| m.x);
            (pair, kept)
        })
        .collect();
    Alignment { matches, related }
}

/// The class and overlap of two sentences, if they match at all.
fn classify(x: &Sentence, y: &Sentence) -> Option<Match> {
    let all = dice(x.words.iter(), y.words.iter());
    let content = dice(
        x.words.iter().filter(|w| is_content(w)),
        y.words.iter().filter(|w| is_content(w)),
    );
    let class = if x.words == y.words {
        "identical"
    } else if all >= EDITED {
        "edited"
    } else if content >= PARAPHRASE {
        "paraphrase"
    } else {
        return None;
    };
    Some(Match {
        x: 0,
        y: 0,
        class,
        similarity: all,
    })
}

/// Dice overlap of two word multisets.
fn dice<'w>(a: impl Iterator<Item = &'w String>, b: impl Iterator<Item = &'w String>) -> f64 {
    let mut counts: HashMap<&str, isize> = HashMap::new();
    let mut total = 0usize;
    for w in a {
        *counts.entry(w).or_default() += 1;
        total += 1;
    }
    let mut common = 0usize;
    for w in b {
        total += 1;
        if let Some(n) = counts.get_mut(w.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            common += 1;
        }
    }
    if total == 0 {
        0.0
    } else {
        2.0 * common as f64 / total as f64
    }
}

/// The word-level difference from sentence `x` (in `tx`) to `y` (in `ty`).
pub fn diff(x: &Sentence, tx: &str, y: &Sentence, ty: &str) -> Vec<DiffPiece> {
    super::diff::words(
        Words {
            words: &x.words,
            spans: &x.spans,
            text: tx,
        },
        Words {
            words: &y.words,
            spans: &y.spans,
            text: ty,
        },
    )
}

/// Dice overlap of two word lists.
pub fn word_overlap(a: &[String], b: &[String]) -> f64 {
    dice(a.iter(), b.iter())
}

/// The words of each story that stand in passages of [`PASSAGE`] words the other also
/// has, as shares of its words: `[x's share, y's share]`.
pub fn reuse(x: &[Sentence], y: &[Sentence]) -> [f64; 2] {
    let wx: Vec<&str> = x
        .iter()
        .flat_map(|s| s.words.iter().map(String::as_str))
        .collect();
    let wy: Vec<&str> = y
        .iter()
        .flat_map(|s| s.words.iter().map(String::as_str))
        .collect();
    [covered(&wx, &wy), covered(&wy, &wx)]
}

/// Share of `words` covered by passages also in `other`.
fn covered(words: &[&str], other: &[&str]) -> f64 {
    if words.is_empty() {
        return 0.0;
    }
    let passages: HashSet<&[&str]> = other.windows(PASSAGE).collect();
    let mut marked = vec![false; words.len()];
    for (i, w) in words.windows(PASSAGE).enumerate() {
        if passages.contains(w) {
            marked[i..i + PASSAGE].fill(true);
        }
    }
    marked.iter().filter(|m| **m).count() as f64 / words.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(index: usize, text: &str) -> (Sentence, String) {
        let ws = crate::text::words(text, 0..text.len());
        (
            Sentence {
                index,
                range: 0..text.len(),
                words: ws.iter().map(|w| w.text.to_lowercase()).collect(),
                spans: ws.iter().map(|w| w.range()).collect(),
            },
            text.to_string(),
        )
    }

    #[test]
    fn classes_sentences_and_matches_each_once() {
        let a = [
            "Fire crews fought the blaze at the grain warehouse for five hours.",
            "The mayor thanked the volunteers.",
            "Nobody was hurt, officials said.",
        ];
        let b = [
            "Fire crews fought the blaze at the old grain warehouse for six hours.",
            "Nobody was hurt, officials said.",
            "Officials said the warehouse blaze injured nobody and crews were thanked.",
        ];
        let story = |texts: &[&str]| {
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| sentence(i, t).0)
                .collect::<Vec<_>>()
        };
        let matched = align(&[story(&a), story(&b)]).matches;
        let pairs: Vec<(usize, usize, &str)> = matched[&(0, 1)]
            .iter()
            .map(|m| (m.x, m.y, m.class))
            .collect();
        assert_eq!(pairs, [(0, 0, "edited"), (2, 1, "identical")]);
    }

    #[test]
    fn diffs_keep_the_words_as_written() {
        let (x, tx) = sentence(0, "Takfiri militants attacked the base.");
        let (y, ty) = sentence(0, "Jihadist militants attacked the base.");
        let d = diff(&x, &tx, &y, &ty);
        let shown: Vec<String> = d.iter().map(|p| format!("{}:{}", p.op, p.text)).collect();
        assert_eq!(
            shown,
            [
                "removed:Takfiri",
                "added:Jihadist",
                "same:militants attacked the base"
            ]
        );
    }

    #[test]
    fn reuse_counts_words_in_shared_passages() {
        let (x, _) = sentence(0, "one two three four five six seven eight nine ten");
        let (y, _) = sentence(0, "zero one two three four five eleven");
        let r = reuse(&[x], &[y]);
        assert!((r[0] - 0.5).abs() < 1e-9, "{r:?}");
        assert!((r[1] - 5.0 / 7.0).abs() < 1e-9, "{r:?}");
    }
}
