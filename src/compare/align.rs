//! Sentence alignment and reuse. Candidates come from an index of content words over all
//! articles, so the work grows with the words shared, not with the square of the number of
//! articles; each candidate is then scored by word overlap (Dice) and classed identical,
//! edited or paraphrase, and each pair of articles keeps a one-to-one matching, best
//! first. Reuse is Churnalism's measure: the share of an article's words standing in
//! passages of five words or more that the other article also has.

use super::diff::{DiffPiece, Words};
use super::maps::HashMap;
use super::sentences::Sentence;
use crate::document::Document;
use crate::sorting;
use crate::vocabulary::vocabulary;
use serde::Serialize;

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

vocabulary! {
    /// How closely two matching sentences match.
    pub enum AlignmentClass {
        /// The same words.
        Identical = "identical",
        /// A few words changed.
        Edited = "edited",
        /// The same content words, rewritten.
        Paraphrase = "paraphrase",
    }
}

/// A sentence of each article of a pair that say the same thing.
#[derive(Debug, Clone, Serialize)]
pub struct AlignedSentences {
    /// Index into the first article's `sentences`.
    pub a: usize,
    /// Index into the second article's `sentences`.
    pub b: usize,
    /// How closely they match.
    pub class: AlignmentClass,
    /// Word overlap from 0 to 1 (Dice coefficient on lower-cased words).
    pub similarity: f64,
    /// Word-level difference, first article's sentence to the second's (empty when identical).
    pub diff: Vec<DiffPiece>,
}

/// Two matching sentences of a pair of articles.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Position in the first article's story sentences.
    pub x: usize,
    /// Position in the second article's story sentences.
    pub y: usize,
    /// How closely they match.
    pub class: AlignmentClass,
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
    // Every sentence gets a global number (its article's first plus its position); its
    // word ids are kept sorted for overlaps.
    let mut first: Vec<usize> = Vec::with_capacity(stories.len());
    let mut place: Vec<(usize, usize)> = Vec::new();
    let mut bags: Vec<Bags> = Vec::new();
    for (a, story) in stories.iter().enumerate() {
        first.push(place.len());
        for (s, sentence) in story.iter().enumerate() {
            let mut all = sentence.ids.clone();
            let mut content: Vec<u32> = (0..all.len())
                .filter(|&i| sentence.is_content(i))
                .map(|i| all[i])
                .collect();
            sorting::sort(&mut all);
            sorting::sort(&mut content);
            place.push((a, s));
            bags.push(Bags { all, content });
        }
    }
    // Where each article's sentences end in the global numbering.
    let end: Vec<usize> = (1..=stories.len())
        .map(|a| first.get(a).copied().unwrap_or(place.len()))
        .collect();
    // Postings: the sentences each content word is in (once per sentence, in order), by
    // word id.
    let words = bags
        .iter()
        .filter_map(|b| b.all.last())
        .max()
        .map_or(0, |&w| w as usize + 1);
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); words];
    for (g, bag) in bags.iter().enumerate() {
        let mut last = None;
        for &w in &bag.content {
            if last != Some(w) {
                postings[w as usize].push(g as u32);
                last = Some(w);
            }
        }
    }
    // Shared content words with each later sentence of another article, counted in a dense
    // array that is reset after each sentence.
    let mut counts = vec![0u16; bags.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut keys: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (g, bag) in bags.iter().enumerate() {
        let mut last = None;
        for &w in &bag.content {
            if last == Some(w) {
                continue;
            }
            last = Some(w);
            let list = &postings[w as usize];
            if list.len() > MAX_POSTINGS {
                continue;
            }
            // Sentences are numbered article by article: the later ones of other
            // articles are those past the end of g's.
            let later = list.partition_point(|&h| (h as usize) < end[place[g].0]);
            for &h in &list[later..] {
                if counts[h as usize] == 0 {
                    touched.push(h);
                }
                counts[h as usize] += 1;
            }
        }
        for h in touched.drain(..) {
            if counts[h as usize] as usize >= MIN_SHARED {
                let ((a, s), (b, t)) = (place[g], place[h as usize]);
                keys.push(if a < b { (a, b, s, t) } else { (b, a, t, s) });
            }
            counts[h as usize] = 0;
        }
    }
    sorting::sort(&mut keys);
    // Keys (first article, second, their sentences) are sorted, so each pair of articles
    // is one run of them, in sentence order.
    let mut matches = HashMap::default();
    let mut related = HashMap::default();
    for run in keys.chunk_by(|p, q| (p.0, p.1) == (q.0, q.1)) {
        let (a, b) = (run[0].0, run[0].1);
        let mut candidates: Vec<Match> = run
            .iter()
            .filter_map(|&(_, _, s, t)| {
                let (x, y) = (&stories[a][s], &stories[b][t]);
                let m = classify(x, y, &bags[first[a] + s], &bags[first[b] + t])?;
                Some(Match { x: s, y: t, ..m })
            })
            .collect();
        related.insert((a, b), run.iter().map(|&(_, _, s, t)| (s, t)).collect());
        if candidates.is_empty() {
            continue;
        }
        sorting::sort_by(&mut candidates, |p, q| {
            q.similarity
                .total_cmp(&p.similarity)
                .then((p.x, p.y).cmp(&(q.x, q.y)))
        });
        let (mut used_x, mut used_y) =
            (vec![false; stories[a].len()], vec![false; stories[b].len()]);
        let mut kept: Vec<Match> = candidates
            .into_iter()
            .filter(|m| {
                let free = !used_x[m.x] && !used_y[m.y];
                if free {
                    used_x[m.x] = true;
                    used_y[m.y] = true;
                }
                free
            })
            .collect();
        sorting::sort_by_key(&mut kept, |m| m.x);
        matches.insert((a, b), kept);
    }
    Alignment { matches, related }
}

/// A sentence's word ids, sorted: all of them, and the content words.
struct Bags {
    all: Vec<u32>,
    content: Vec<u32>,
}

/// The class and overlap of two sentences, if they match at all (the overlap of content
/// words is counted only when the overlap of all words leaves it to decide).
fn classify(x: &Sentence, y: &Sentence, bx: &Bags, by: &Bags) -> Option<Match> {
    // The same words overlap wholly (a story sentence has words): no need to count them.
    let identical = x.ids == y.ids;
    let all = if identical && !bx.all.is_empty() {
        1.0
    } else {
        sorted_dice(&bx.all, &by.all)
    };
    let class = if identical {
        AlignmentClass::Identical
    } else if all >= EDITED {
        AlignmentClass::Edited
    } else if sorted_dice(&bx.content, &by.content) >= PARAPHRASE {
        AlignmentClass::Paraphrase
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

/// Whether sentences `s` and `t` of a pair of articles match one to one, given the pair's
/// matches (`Alignment::matches`: in `x` order, each `x` once), found by binary search.
pub(super) fn matched(aligned: &[Match], s: usize, t: usize) -> bool {
    aligned
        .binary_search_by_key(&s, |m| m.x)
        .is_ok_and(|i| aligned[i].y == t)
}

/// The items two sorted multisets both hold (each as often as both hold it), found in one
/// pass over both: word ids, words, stem numbers.
pub(super) fn in_both<'a, T: Ord>(a: &'a [T], b: &'a [T]) -> impl Iterator<Item = &'a T> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(&a[i - 1]);
                }
            }
        }
        None
    })
}

/// Dice overlap of two sorted multisets (of word ids, or of words).
fn sorted_dice<T: Ord>(a: &[T], b: &[T]) -> f64 {
    let common = in_both(a, b).count();
    if a.is_empty() && b.is_empty() {
        0.0
    } else {
        2.0 * common as f64 / (a.len() + b.len()) as f64
    }
}

/// The word-level difference from sentence `x` (of `dx`) to `y` (of `dy`).
pub fn diff(x: &Sentence, dx: &Document, y: &Sentence, dy: &Document) -> Vec<DiffPiece> {
    super::diff::words(
        Words {
            words: &x.ids,
            spans: &x.spans,
            doc: dx,
        },
        Words {
            words: &y.ids,
            spans: &y.spans,
            doc: dy,
        },
    )
}

/// Dice overlap of two word lists.
pub fn word_overlap(a: &[String], b: &[String]) -> f64 {
    let (mut x, mut y): (Vec<&str>, Vec<&str>) = (
        a.iter().map(String::as_str).collect(),
        b.iter().map(String::as_str).collect(),
    );
    sorting::sort(&mut x);
    sorting::sort(&mut y);
    sorted_dice(&x, &y)
}

/// Reuse for every pair of articles that shares a passage: `(x, y)` maps to the share of
/// x's words that stand in passages of [`PASSAGE`] words also in y. One index of passages
/// over all articles, so the cost follows the passages shared, not the number of pairs.
pub fn reuse_all(stories: &[Vec<Sentence>]) -> HashMap<(usize, usize), f64> {
    let words: Vec<Vec<u32>> = stories
        .iter()
        .map(|s| s.iter().flat_map(|s| s.ids.iter().copied()).collect())
        .collect();
    let mut holders: HashMap<&[u32], Vec<usize>> = HashMap::default();
    for (a, w) in words.iter().enumerate() {
        for passage in w.windows(PASSAGE) {
            let list = holders.entry(passage).or_default();
            if list.last() != Some(&a) {
                list.push(a);
            }
        }
    }
    let mut out = HashMap::default();
    for (x, w) in words.iter().enumerate() {
        let mut covered: HashMap<usize, Vec<bool>> = HashMap::default();
        for (i, passage) in w.windows(PASSAGE).enumerate() {
            for &y in holders.get(passage).map(Vec::as_slice).unwrap_or_default() {
                if y != x {
                    covered.entry(y).or_insert_with(|| vec![false; w.len()])[i..i + PASSAGE]
                        .fill(true);
                }
            }
        }
        for (y, marks) in covered {
            out.insert(
                (x, y),
                marks.iter().filter(|m| **m).count() as f64 / w.len() as f64,
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(index: usize, text: &str) -> (Sentence, String) {
        let ws = crate::text::words(text, 0..text.len());
        (
            Sentence::new(
                index,
                0..text.len(),
                ws.iter().map(|w| w.text.to_lowercase()).collect(),
                ws.iter().map(|w| w.range()).collect(),
            ),
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
        let mut stories = [story(&a), story(&b)];
        super::super::sentences::number(&mut stories);
        let matched = align(&stories).matches;
        let pairs: Vec<(usize, usize, AlignmentClass)> = matched[&(0, 1)]
            .iter()
            .map(|m| (m.x, m.y, m.class))
            .collect();
        assert_eq!(
            pairs,
            [
                (0, 0, AlignmentClass::Edited),
                (2, 1, AlignmentClass::Identical)
            ]
        );
    }

    #[test]
    fn diffs_keep_the_words_as_written() {
        // The curly apostrophe is folded for comparing, and shown as pasted.
        let inputs = [
            "Takfiri militants\u{2019} trucks attacked the base.",
            "Jihadist militants\u{2019} trucks attacked the base.",
        ]
        .map(|text| crate::ArticleInput {
            text: text.into(),
            ..Default::default()
        });
        let [dx, dy] = [0, 1].map(|i| {
            let mut doc = crate::document::read(i, &inputs[i], crate::MAX_ARTICLE_BYTES);
            doc.extract(None);
            doc
        });
        let mut stories = [
            super::super::sentences::story(&dx),
            super::super::sentences::story(&dy),
        ];
        super::super::sentences::number(&mut stories);
        let [sx, sy] = stories;
        let d = diff(&sx[0], &dx, &sy[0], &dy);
        let shown: Vec<String> = d
            .iter()
            .map(|p| format!("{}:{}", p.op.as_str(), p.text))
            .collect();
        assert_eq!(
            shown,
            [
                "removed:Takfiri",
                "added:Jihadist",
                "same:militants\u{2019} trucks attacked the base"
            ]
        );
    }

    #[test]
    fn reuse_counts_words_in_shared_passages() {
        let (x, _) = sentence(0, "one two three four five six seven eight nine ten");
        let (y, _) = sentence(0, "zero one two three four five eleven");
        let (z, _) = sentence(0, "nothing in common with the others at all");
        let mut stories = [vec![x], vec![y], vec![z]];
        super::super::sentences::number(&mut stories);
        let r = reuse_all(&stories);
        assert!((r[&(0, 1)] - 0.5).abs() < 1e-9, "{r:?}");
        assert!((r[&(1, 0)] - 5.0 / 7.0).abs() < 1e-9, "{r:?}");
        assert!(!r.contains_key(&(0, 2)) && !r.contains_key(&(2, 1)));
    }
}
