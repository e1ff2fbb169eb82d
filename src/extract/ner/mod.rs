//! The learned named-entity recogniser: people, organisations, places and other names
//! (nationalities, events, products) as CoNLL-2003 defines them.
//!
//! An averaged structured perceptron over hashed features, decoded with Viterbi under the
//! BIO rules, trained on CoNLL-2003 by `parallax-train train` (feature `train`, which alone
//! compiles the trainer and the CoNLL reader) and shipped inside the build
//! (`model/ner.bin`, with the GeoNames gazetteer `data/gazetteer/places.txt` and the
//! SCOWL word list `data/lexicon/words.txt`, compiled into fst sets by `build.rs`). A document
//! is tagged sentence by sentence, each sentence seeing how the document writes its words
//! elsewhere and what earlier sentences were tagged, so headlines in capitals and
//! sentence-initial names get the article's own evidence.

#[cfg(feature = "train")]
pub mod conll;
mod decode;
pub mod document;
mod features;
mod gazetteer;
mod hash;
pub mod headline;
pub mod labels;
mod lexicon;
mod list_fst;
mod model;
pub mod tokens;
#[cfg(feature = "train")]
pub mod train;

pub use gazetteer::Gazetteer;
pub use lexicon::Lexicon;
pub use model::{Model, ModelError};

use features::{DocContext, Features, Featurizer, History};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The model shipped in the build.
const SHIPPED_MODEL: &[u8] = include_bytes!("../../../model/ner.bin");
/// The place names shipped in the build.
const SHIPPED_PLACES: &str = include_str!("../../../data/gazetteer/places.txt");
/// The English words listed in lower case, as `build.rs` compiled them (`list_fst::word_sets`).
const SHIPPED_ORDINARY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/words-ordinary.fst"));
/// The English words listed capitalised, lower-cased, as `build.rs` compiled them.
const SHIPPED_PROPER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/words-proper.fst"));

/// The word lists the features consult; a model is trained with, and only works with, one
/// set of them.
pub struct Lexicons {
    /// Place names.
    pub places: Gazetteer,
    /// English words and proper names.
    pub words: Lexicon,
}

impl Lexicons {
    /// Reads the place list and the word list, one entry per line each (the shipped word
    /// list is compiled at build time instead: [`shipped_lists`]).
    pub fn parse(places: &str, words: &str) -> Lexicons {
        Lexicons {
            places: Gazetteer::parse(places),
            words: Lexicon::parse(words),
        }
    }

    /// Whether `name` is a listed proper name or place ("Bali", "Aaron", "New York"): such
    /// a name is itself, never a misspelling of a similar one.
    pub fn knows_name(&self, name: &str) -> bool {
        use gazetteer::Hit;
        let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        let hashes: Vec<u64> = words.iter().map(|w| hash::bytes(w.as_bytes())).collect();
        let hits = self.places.hits(&hashes);
        let whole_place = match hits.as_slice() {
            [Hit::Unit] => true,
            [Hit::Begin, inner @ .., Hit::Last] => inner.iter().all(|h| *h == Hit::Inside),
            _ => false,
        };
        whole_place || (words.len() == 1 && self.words.code(&words[0]) & 2 != 0)
    }

    /// Whether `word` is in the word list at all, as an ordinary word or a name: a
    /// capitalised word at a sentence start that is not ("Norhavn said") can only be a name.
    pub fn knows_word(&self, word: &str) -> bool {
        self.words.code(&word.to_lowercase()) != 0
    }
}

/// A model and the word lists it was trained with.
#[derive(Clone, Copy)]
pub struct Recognizer<'m> {
    model: &'m Model,
    lists: &'m Lexicons,
}

impl<'m> Recognizer<'m> {
    /// A recogniser from a model and the word lists it was trained with.
    pub fn borrowed(model: &'m Model, lists: &'m Lexicons) -> Recognizer<'m> {
        Recognizer { model, lists }
    }

    /// Tags a document given as sentences of tokens: one tag per token (see [`labels`]).
    pub fn tag(&self, sentences: &[Vec<&str>]) -> Vec<Vec<u8>> {
        let context = DocContext::new(sentences);
        let mut history = History::default();
        let mut featurizer = Featurizer::new(self.lists);
        let mut features = Features::default();
        let mut scores = Vec::new();
        sentences
            .iter()
            .map(|tokens| {
                featurizer.sentence(tokens, &context, &history, &mut features);
                self.model.score(&features, &mut scores);
                let mut tags = Vec::with_capacity(tokens.len());
                decode::viterbi(&scores, self.model.transitions(), &mut tags);
                join_across_of(tokens, &mut tags);
                history.record(&features.lower, &tags);
                tags
            })
            .collect()
    }
}

/// Joins two organisations linked by "of" or "of the" into one: "International Committee",
/// "of the" and "Red Cross" are one name. The annotation guidelines never split such a name (the
/// training data has no organisation followed by "of (the)" and another organisation),
/// but a first-order tagger rarely carries an entity over "the", so it splits long names,
/// as spaCy's small model is known to.
fn join_across_of(tokens: &[&str], tags: &mut [u8]) {
    let org = labels::begin(labels::ORGANISATION);
    for i in 1..tags.len() {
        if !tokens[i].eq_ignore_ascii_case("of")
            || labels::type_of(tags[i - 1]) != Some(labels::ORGANISATION)
            || tags[i] != labels::OUTSIDE
        {
            continue;
        }
        let mut j = i + 1;
        if tokens.get(j).is_some_and(|t| t.eq_ignore_ascii_case("the"))
            && tags[j] == labels::OUTSIDE
        {
            j += 1;
        }
        if tags.get(j) == Some(&org) {
            tags[i..=j].fill(org + 1);
        }
    }
}

/// The word lists shipped in the build: the place list is parsed on first use; the word
/// list's fst sets are opened where they lie in the module's data (only their headers are
/// read).
///
/// # Panics
/// If an embedded fst does not open, which means `build.rs` wrote bytes this version of
/// `fst` cannot read: `cargo test` catches that before anything ships.
pub fn shipped_lists() -> &'static Lexicons {
    static LISTS: OnceLock<Lexicons> = OnceLock::new();
    LISTS.get_or_init(|| Lexicons {
        places: Gazetteer::parse(SHIPPED_PLACES),
        words: Lexicon::from_fst(
            Cow::Borrowed(SHIPPED_ORDINARY),
            Cow::Borrowed(SHIPPED_PROPER),
        )
        .unwrap_or_else(|e| panic!("the word list embedded by build.rs: {e}")),
    })
}

/// The recogniser shipped in the build, loaded on first use.
///
/// # Panics
/// If the embedded model file does not load, which means the build embedded a file that
/// this version cannot read: `cargo test` catches that before anything ships.
pub fn shipped() -> Recognizer<'static> {
    static MODEL: OnceLock<Model> = OnceLock::new();
    let model = MODEL.get_or_init(|| {
        Model::from_bytes(SHIPPED_MODEL)
            .unwrap_or_else(|e| panic!("the embedded model/ner.bin: {e}"))
    });
    Recognizer::borrowed(model, shipped_lists())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fst sets `build.rs` embedded answer for every line of the committed word list.
    #[test]
    fn the_shipped_word_list_is_the_text_file() {
        let lists = shipped_lists();
        for word in include_str!("../../../data/lexicon/words.txt").lines() {
            let bit = if word.starts_with(char::is_uppercase) {
                2
            } else {
                1
            };
            assert_ne!(lists.words.code(&word.to_lowercase()) & bit, 0, "{word}");
        }
        assert!(lists.knows_word("Graffiti") && lists.knows_name("Paris"));
        assert!(!lists.knows_name("Norhavn") && !lists.knows_word("norhavn"));
    }
}
