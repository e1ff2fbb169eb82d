//! The phrase matcher every stage shares: phrases of one or more lower-case words, each
//! with a value (a category, a normal form), indexed by first word so that a sentence is
//! read once whatever the length of the list, the longest phrase winning.

use super::{entries, Sieve, Spec};
use crate::sorting;
use std::collections::HashMap;
use std::ops::Range;

/// Phrases indexed by their first word, longest first.
#[derive(Debug)]
pub struct Phrases {
    by_first: HashMap<&'static str, Vec<Phrase>>,
    /// Turns away most words that start no phrase before the map is searched.
    sieve: Sieve,
}

/// One phrase: its words and its value.
#[derive(Debug)]
struct Phrase {
    words: Box<[&'static str]>,
    value: &'static str,
}

/// Phrases found in a run of words: each phrase's value and its word range.
pub type Found = Vec<(&'static str, Range<usize>)>;

impl Phrases {
    /// Reads a phrase list: one phrase a line (its value is itself), or in a `.tsv` the
    /// phrase and its value.
    pub(super) fn parse(spec: &Spec) -> Phrases {
        Phrases::new(entries(spec.text).filter_map(|l| {
            if spec.fields.is_empty() {
                Some((l, l))
            } else {
                l.split_once('\t')
                    .map(|(phrase, value)| (phrase.trim(), value.trim()))
            }
        }))
    }

    /// Indexes `(phrase, value)` pairs, a phrase being words separated by spaces.
    pub fn new(pairs: impl Iterator<Item = (&'static str, &'static str)>) -> Phrases {
        let mut by_first: HashMap<&'static str, Vec<Phrase>> = HashMap::new();
        for (phrase, value) in pairs {
            let words: Box<[&str]> = phrase.split_whitespace().collect();
            if let Some(&first) = words.first() {
                by_first
                    .entry(first)
                    .or_default()
                    .push(Phrase { words, value });
            }
        }
        for list in by_first.values_mut() {
            sorting::sort_by_key(list, |p| std::cmp::Reverse(p.words.len()));
        }
        Phrases {
            sieve: Sieve::of(by_first.keys().copied()),
            by_first,
        }
    }

    /// The phrases whose first word is `first`, longest first.
    fn starting(&self, first: &str) -> Option<&Vec<Phrase>> {
        if !self.sieve.may_hold(first, false) {
            return None;
        }
        self.by_first.get(first)
    }

    /// The longest phrase whose words are `word(0)`, `word(1)`, ...: its value and its
    /// length in words. `word(n)` is `None` where no phrase may go on (the end of the
    /// text, or a gap the caller does not join across).
    pub fn longest<S: AsRef<str>>(
        &self,
        word: impl Fn(usize) -> Option<S>,
    ) -> Option<(&'static str, usize)> {
        let first = word(0)?;
        self.starting(first.as_ref())?.iter().find_map(|p| {
            let whole = p.words[1..]
                .iter()
                .enumerate()
                .all(|(n, w)| word(n + 1).is_some_and(|x| x.as_ref() == *w));
            whole.then_some((p.value, p.words.len()))
        })
    }

    /// Where the phrases stand in `words` (word ranges, no overlaps, the longest phrase
    /// winning where two overlap, then the earlier), in text order.
    pub fn find(&self, words: &[String]) -> Found {
        let mut hits: Found = Vec::new();
        for (i, w) in words.iter().enumerate() {
            for p in self.starting(w).into_iter().flatten() {
                let end = i + p.words.len();
                if end <= words.len() && words[i..end].iter().zip(&*p.words).all(|(a, b)| a == b) {
                    hits.push((p.value, i..end));
                }
            }
        }
        sorting::sort_by_key(&mut hits, |(_, r)| (std::cmp::Reverse(r.len()), r.start));
        let mut found: Found = Vec::new();
        for (value, r) in hits {
            if !found
                .iter()
                .any(|(_, f)| f.start < r.end && r.start < f.end)
            {
                found.push((value, r));
            }
        }
        sorting::sort_by_key(&mut found, |(_, r)| r.start);
        found
    }

    /// The value of the phrase written `phrase` (words joined by single spaces).
    pub fn value(&self, phrase: &str) -> Option<&'static str> {
        let first = phrase.split(' ').next()?;
        self.starting(first)?.iter().find_map(|p| {
            let same = p.words.len() == phrase.split(' ').count()
                && p.words.iter().zip(phrase.split(' ')).all(|(a, b)| *a == b);
            same.then_some(p.value)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> Phrases {
        Phrases::new(
            [
                ("at least", "at least"),
                ("at", "at"),
                ("no more than", "at most"),
                ("more than", "more than"),
            ]
            .into_iter(),
        )
    }

    fn owned(words: &str) -> Vec<String> {
        words.split(' ').map(String::from).collect()
    }

    #[test]
    fn the_longest_phrase_at_a_word_wins() {
        let ws = ["at", "least", "14"];
        let at = |n: usize| ws.get(n).copied();
        assert_eq!(list().longest(at), Some(("at least", 2)));
        let ws = ["at", "most"];
        let at = |n: usize| ws.get(n).copied();
        assert_eq!(list().longest(at), Some(("at", 1)));
        // A gap the caller does not join across ends the phrase.
        let ws = ["at", "least"];
        let gapped = |n: usize| (n == 0).then(|| ws[n]);
        assert_eq!(list().longest(gapped), Some(("at", 1)));
        assert_eq!(list().longest(|_| None::<&str>), None);
    }

    #[test]
    fn found_phrases_do_not_overlap_and_the_longest_wins() {
        let found = list().find(&owned("no more than at least five at"));
        assert_eq!(
            found,
            vec![("at most", 0..3), ("at least", 3..5), ("at", 6..7)]
        );
        // "more than" inside "no more than" is not found again.
        assert!(!found.iter().any(|(v, _)| *v == "more than"));
    }

    #[test]
    fn a_phrase_gives_its_value() {
        assert_eq!(list().value("no more than"), Some("at most"));
        assert_eq!(list().value("no more"), None);
        assert_eq!(list().value(""), None);
    }
}
