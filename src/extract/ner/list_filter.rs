//! The recogniser's word and place lists as binary fuse filters (crate `xorf`): each list
//! is a set of 64-bit hashes (of a lower-cased word, or of a place name's lower-cased
//! words), and a filter answers "is this hash in the set" from a table of small
//! fingerprints, with no false negatives and a few false positives. `build.rs` runs this
//! file at compile time on `data/lexicon/words.txt` and `data/gazetteer/places.txt` (the
//! text files stay the source) and the library embeds the tables, queried where they lie:
//! nothing is parsed when the page starts. The library reads lists given at run time
//! (training, with `--words` and `--places`, and tests) into exact sets of the same keys
//! (`keyset.rs`): the model is trained on exact answers, and the build answers alike but
//! for the filters' rare false positives.
//!
//! Why filters: as fst sets the word list was 172 KB gzipped and the place list, as text,
//! 152 KB, a third of the page; tables of random fingerprints do not gzip, but they are
//! small to begin with. The word list's words of more than [`SHORT`] characters take 8-bit
//! fingerprints (one unlisted word in 256 is taken as listed: a feature the model weighs,
//! trained on the same answers); its short words, which are asked most often and are most
//! of the particles inside names ("te", "da", "bin"), are kept exactly. The place list
//! takes 16-bit fingerprints, since each token asks it up to five times (one in 65,536).
//! Figures in BENCHMARKS.md ("Issue 18: size and first load").
//!
//! It depends on `xorf`, std and `hash.rs` (its sibling in both crates) only, so that both
//! the build script and the library can compile it.

use super::hash;
use std::collections::{BTreeSet, HashMap};
use xorf::{BinaryFuse16, BinaryFuse8, DmaSerializable};

/// The length of a filter's descriptor, before its fingerprints in [`to_bytes`].
pub const DESCRIPTOR_LEN: usize = <BinaryFuse8 as DmaSerializable>::DESCRIPTOR_LEN;

/// Longest place name, in tokens, that the place list holds (longer lines are skipped).
pub const MAX_WORDS: usize = 5;

/// How often a word must open (or close) listed place names to count as an opener (closer).
const AFFIX_MIN: usize = 5;

/// Words of up to this many characters are kept exactly, not in a filter.
pub const SHORT: usize = 4;

/// The hash of a lower-cased word.
pub fn word(lower: &str) -> u64 {
    hash::bytes(lower.as_bytes())
}

/// The hash of a word sequence, given as its words' hashes.
pub fn sequence(words: &[u64]) -> u64 {
    words
        .iter()
        .fold(0x5851_f42d_4c95_7f2d, |acc, &w| hash::mix(acc, w))
}

/// What the word list says of a word as it writes it: 2 a proper name (its first character
/// is upper case, "Paris"), else 1 an ordinary word ("paris" is then its lower-cased key).
pub fn listed_code(word: &str) -> u64 {
    if word.starts_with(char::is_uppercase) {
        2
    } else {
        1
    }
}

/// The word list's keys, sorted and unique: one word per line, surrounding spaces ignored,
/// blank lines skipped; proper names and ordinary words as [`listed_code`] tells them.
pub struct WordKeys {
    /// Words of more than [`SHORT`] characters listed in lower case ("graffiti", "bills").
    pub ordinary: Vec<u64>,
    /// Words of more than [`SHORT`] characters listed capitalised, lower-cased ("paris").
    pub proper: Vec<u64>,
    /// The other words, as the list writes them, one a line ("bill", "Bill", "te").
    pub short: String,
}

/// Reads the word list into its two key sets.
pub fn word_keys(list: &str) -> WordKeys {
    let (mut ordinary, mut proper, mut short) = (BTreeSet::new(), BTreeSet::new(), String::new());
    for w in list.lines().map(str::trim).filter(|w| !w.is_empty()) {
        if w.chars().count() <= SHORT {
            short.push_str(w);
            short.push('\n');
            continue;
        }
        let set = if listed_code(w) == 2 {
            &mut proper
        } else {
            &mut ordinary
        };
        set.insert(word(&w.to_lowercase()));
    }
    WordKeys {
        ordinary: ordinary.into_iter().collect(),
        proper: proper.into_iter().collect(),
        short,
    }
}

/// The place list's keys, sorted and unique: each name of up to [`MAX_WORDS`] words as the
/// [`sequence`] of its lower-cased words, plus the words that open and close multi-word
/// names often ("port", "lake"; "island", "city"), which mark unlisted places built the
/// same way ("Port Selwyn").
pub struct PlaceKeys {
    /// Every listed name.
    pub names: Vec<u64>,
    /// Words that open [`AFFIX_MIN`] listed names or more.
    pub openers: Vec<u64>,
    /// Words that close [`AFFIX_MIN`] listed names or more.
    pub closers: Vec<u64>,
}

/// Reads the place list, one name per line; words are split on spaces.
pub fn place_keys(list: &str) -> PlaceKeys {
    let mut names = BTreeSet::new();
    let (mut firsts, mut lasts) = (HashMap::new(), HashMap::new());
    for line in list.lines() {
        let words: Vec<u64> = line
            .split_whitespace()
            .map(|w| word(&w.to_lowercase()))
            .collect();
        if words.is_empty() || words.len() > MAX_WORDS {
            continue;
        }
        names.insert(sequence(&words));
        if let [first, .., last] = words[..] {
            *firsts.entry(first).or_insert(0) += 1;
            *lasts.entry(last).or_insert(0) += 1;
        }
    }
    let frequent = |counts: HashMap<u64, usize>| {
        let mut keys: Vec<u64> = counts
            .into_iter()
            .filter(|&(_, n)| n >= AFFIX_MIN)
            .map(|(w, _)| w)
            .collect();
        keys.sort_unstable();
        keys
    };
    PlaceKeys {
        names: names.into_iter().collect(),
        openers: frequent(firsts),
        closers: frequent(lasts),
    }
}

/// A filter of 8-bit fingerprints over unique keys.
///
/// # Panics
/// If `xorf` cannot build it, which for unique keys it does not (its construction retries
/// with new seeds).
#[cfg_attr(not(test), allow(dead_code))] // build.rs builds the embedded filters
pub fn filter8(keys: &[u64]) -> BinaryFuse8 {
    BinaryFuse8::try_from(keys).unwrap_or_else(|e| panic!("a filter of unique keys: {e}"))
}

/// A filter of 16-bit fingerprints over unique keys.
///
/// # Panics
/// As [`filter8`].
#[cfg_attr(not(test), allow(dead_code))] // build.rs builds the embedded filters
pub fn filter16(keys: &[u64]) -> BinaryFuse16 {
    BinaryFuse16::try_from(keys).unwrap_or_else(|e| panic!("a filter of unique keys: {e}"))
}

/// A filter as bytes: its descriptor, then its fingerprints (little-endian, as both the
/// build machine and wasm32 store them). `build.rs` writes the embedded tables with it.
#[cfg_attr(not(test), allow(dead_code))]
pub fn to_bytes<F: DmaSerializable>(filter: &F) -> Vec<u8> {
    assert_eq!(
        F::DESCRIPTOR_LEN,
        DESCRIPTOR_LEN,
        "one descriptor length for all filters"
    );
    let mut out = vec![0; DESCRIPTOR_LEN];
    filter.dma_copy_descriptor_to(&mut out);
    out.extend_from_slice(filter.dma_fingerprints());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables `build.rs` embedded are the ones this file builds from the text files.
    #[test]
    fn the_embedded_tables_are_the_lists() {
        let words = word_keys(include_str!("../../../data/lexicon/words.txt"));
        let embedded = |name: &str| {
            let path = std::path::Path::new(env!("OUT_DIR")).join(name);
            std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        assert_eq!(
            embedded("words-ordinary.bin"),
            to_bytes(&filter8(&words.ordinary))
        );
        assert_eq!(
            embedded("words-proper.bin"),
            to_bytes(&filter8(&words.proper))
        );
        let places = place_keys(include_str!("../../../data/gazetteer/places.txt"));
        assert_eq!(
            embedded("places-names.bin"),
            to_bytes(&filter16(&places.names))
        );
        assert!(places.openers.len() > 10 && places.closers.len() > 10);
    }

    #[test]
    fn empty_lists_make_empty_sets() {
        let (words, places) = (word_keys(""), place_keys(" \n\n"));
        assert!(words.ordinary.is_empty() && words.short.is_empty() && places.names.is_empty());
        let f = filter8(&words.ordinary);
        assert!(!xorf::Filter::contains(&f, &word("anything")));
    }
}
