//! The English word list as a feature: whether a word is listed as an ordinary word
//! ("graffiti"), as a proper name ("Paris", "Aaron"), both ("Bill", "bill") or neither.
//! It is what tells a capitalised word at a sentence start, in a headline or in
//! lower-case text apart from a name when the article gives no other evidence. The list
//! is `data/lexicon/words.txt` (SCOWL via Debian's wamerican; see DATA.md), compiled by
//! `list_filter.rs`: the words of more than four characters into two filters of word
//! hashes (about one unlisted word in 256 answers as listed, which the model is trained
//! with), the short ones kept exactly.

use super::hash::Prehashed;
use super::keyset::KeySet8;
use super::list_filter::{self, WordKeys, SHORT};
use std::collections::HashMap;

/// Lower-cased words: those listed in lower case and those listed capitalised.
pub struct Lexicon {
    ordinary: KeySet8,
    proper: KeySet8,
    /// The code of each short word, by its hash.
    short: HashMap<u64, u64, Prehashed>,
}

impl Lexicon {
    /// Reads one word per line, as the word list writes it.
    pub fn parse(list: &str) -> Lexicon {
        let WordKeys {
            ordinary,
            proper,
            short,
        } = list_filter::word_keys(list);
        Lexicon {
            ordinary: KeySet8::exact(&ordinary),
            proper: KeySet8::exact(&proper),
            short: short_codes(&short),
        }
    }

    /// The lexicon from what `build.rs` wrote: two filters (`list_filter::to_bytes`) and
    /// the short words, one a line.
    pub fn embedded(ordinary: &'static [u8], proper: &'static [u8], short: &str) -> Lexicon {
        Lexicon {
            ordinary: KeySet8::embedded(ordinary),
            proper: KeySet8::embedded(proper),
            short: short_codes(short),
        }
    }

    /// 0 unlisted, 1 ordinary word, 2 proper name, 3 both; of a lower-cased word.
    pub fn code(&self, lower: &str) -> u64 {
        let key = list_filter::word(lower);
        if lower.chars().nth(SHORT).is_none() {
            return self.short.get(&key).copied().unwrap_or(0);
        }
        u64::from(self.ordinary.contains(key)) | u64::from(self.proper.contains(key)) << 1
    }
}

/// The code of each word of a list of short words, by the hash of its lower-cased form.
fn short_codes(list: &str) -> HashMap<u64, u64, Prehashed> {
    let mut codes = HashMap::default();
    for w in list.lines() {
        *codes
            .entry(list_filter::word(&w.to_lowercase()))
            .or_default() |= list_filter::listed_code(w);
    }
    codes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_ordinary_words_from_names() {
        let l = Lexicon::parse("graffiti\nParis\nBill\nbill\nte\n");
        assert_eq!(
            ["graffiti", "paris", "bill", "te", "korhonen", "Paris", "t"].map(|w| l.code(w)),
            [1, 2, 3, 1, 0, 0, 0]
        );
    }
}
