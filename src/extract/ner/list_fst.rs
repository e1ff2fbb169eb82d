//! The recogniser's word list compiled into finite state transducers (crate `fst`): sorted
//! keys shared by prefix and suffix, queried straight from the bytes, so nothing is parsed
//! or hashed when the page starts. `build.rs` runs this file at compile time on
//! `data/lexicon/words.txt` (the text file stays the source) and the library embeds the
//! result; `Lexicon::parse` runs it on other lists (training with `--words`, tests). It
//! depends on `fst` and std only, so that both can compile it.
//!
//! The place list is not compiled so: its names share few prefixes and suffixes, and as an
//! fst it is 277,361 bytes and 203 KB gzipped against 152 KB for the text, which is parsed
//! on first use in about 4 ms natively.

use std::collections::BTreeSet;

/// The word list as two fst sets of lower-cased words: those listed in lower case
/// (ordinary words) and those listed capitalised (proper names). Two sets are smaller than
/// one map of codes (241,581 bytes against 272,184; gzipped 172 KB against 184 KB).
pub struct WordSets {
    /// Words listed in lower case ("graffiti", "bill").
    pub ordinary: Vec<u8>,
    /// Words listed capitalised, lower-cased ("paris", "bill").
    pub proper: Vec<u8>,
}

/// Compiles the word list: one word per line, surrounding spaces ignored, blank lines
/// skipped; a word is a proper name when its first character is upper case.
pub fn word_sets(list: &str) -> WordSets {
    let (mut ordinary, mut proper) = (BTreeSet::new(), BTreeSet::new());
    for word in list.lines().map(str::trim).filter(|w| !w.is_empty()) {
        let set = if word.chars().next().is_some_and(char::is_uppercase) {
            &mut proper
        } else {
            &mut ordinary
        };
        set.insert(word.to_lowercase());
    }
    let bytes = |keys: BTreeSet<String>| {
        fst::Set::from_iter(keys)
            .expect("a BTreeSet's keys are sorted and unique")
            .into_fst()
            .into_inner()
    };
    WordSets {
        ordinary: bytes(ordinary),
        proper: bytes(proper),
    }
}
