//! The English word list as a feature: whether a word is listed as an ordinary word
//! ("graffiti"), as a proper name ("Paris", "Aaron"), both ("Bill", "bill") or neither.
//! It is what tells a capitalised word at a sentence start, in a headline or in
//! lower-case text apart from a name when the article gives no other evidence. The list
//! is `data/lexicon/words.txt` (SCOWL via Debian's wamerican; see DATA.md), compiled into
//! two fst sets by `list_fst.rs`.

use super::list_fst::{self, WordSets};
use fst::raw::Fst;
use std::borrow::Cow;

/// Lower-cased words: those listed in lower case and those listed capitalised.
pub struct Lexicon {
    ordinary: Fst<Cow<'static, [u8]>>,
    proper: Fst<Cow<'static, [u8]>>,
}

impl Lexicon {
    /// Reads one word per line, as the word list writes it.
    pub fn parse(list: &str) -> Lexicon {
        let WordSets { ordinary, proper } = list_fst::word_sets(list);
        Lexicon::from_fst(Cow::Owned(ordinary), Cow::Owned(proper))
            .expect("list_fst writes valid fst bytes")
    }

    /// The lexicon from the two sets `list_fst::word_sets` wrote.
    pub fn from_fst(
        ordinary: Cow<'static, [u8]>,
        proper: Cow<'static, [u8]>,
    ) -> Result<Lexicon, fst::Error> {
        Ok(Lexicon {
            ordinary: Fst::new(ordinary)?,
            proper: Fst::new(proper)?,
        })
    }

    /// 0 unlisted, 1 ordinary word, 2 proper name, 3 both; of a lower-cased word.
    pub fn code(&self, lower: &str) -> u64 {
        u64::from(self.ordinary.contains_key(lower))
            | u64::from(self.proper.contains_key(lower)) << 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_ordinary_words_from_names() {
        let l = Lexicon::parse("graffiti\nParis\nBill\nbill\n");
        assert_eq!(
            ["graffiti", "paris", "bill", "korhonen", "Paris"].map(|w| l.code(w)),
            [1, 2, 3, 0, 0]
        );
    }
}
