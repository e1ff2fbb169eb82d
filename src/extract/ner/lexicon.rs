//! The English word list as a feature: whether a word is listed as an ordinary word
//! ("graffiti"), as a proper name ("Paris", "Aaron"), both ("Bill", "bill") or neither.
//! It is what tells a capitalised word at a sentence start, in a headline or in
//! lower-case text apart from a name when the article gives no other evidence. The list
//! is `data/lexicon/words.txt` (SCOWL via Debian's wamerican; see DATA.md).

use super::hash::{self, Prehashed};
use std::collections::HashSet;

/// Words by lower-case hash: those listed in lower case and those listed capitalised.
pub struct Lexicon {
    ordinary: HashSet<u64, Prehashed>,
    proper: HashSet<u64, Prehashed>,
}

impl Lexicon {
    /// Reads one word per line, as the word list writes it.
    pub fn parse(list: &str) -> Lexicon {
        let mut ordinary = HashSet::default();
        let mut proper = HashSet::default();
        for word in list.lines().map(str::trim).filter(|w| !w.is_empty()) {
            let key = hash::bytes(word.to_lowercase().as_bytes());
            if word.chars().next().is_some_and(char::is_uppercase) {
                proper.insert(key);
            } else {
                ordinary.insert(key);
            }
        }
        Lexicon { ordinary, proper }
    }

    /// 0 unlisted, 1 ordinary word, 2 proper name, 3 both; by lower-case hash.
    pub fn code(&self, lower: u64) -> u64 {
        u64::from(self.ordinary.contains(&lower)) | u64::from(self.proper.contains(&lower)) << 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_ordinary_words_from_names() {
        let l = Lexicon::parse("graffiti\nParis\nBill\nbill\n");
        let h = |w: &str| hash::bytes(w.as_bytes());
        assert_eq!(
            [
                l.code(h("graffiti")),
                l.code(h("paris")),
                l.code(h("bill")),
                l.code(h("korhonen"))
            ],
            [1, 2, 3, 0]
        );
    }
}
