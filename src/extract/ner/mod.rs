//! The learned named-entity recogniser: people, organisations, places and other names
//! (nationalities, events, products) as CoNLL-2003 defines them.
//!
//! An averaged structured perceptron over hashed features, decoded with Viterbi under the
//! BIO rules, trained on CoNLL-2003 by `parallax-train train` (feature `train`, which alone
//! compiles the trainer and the CoNLL reader) and shipped inside the build
//! (`model/ner.bin`, with the GeoNames gazetteer `data/gazetteer/places.txt` and the
//! SCOWL word list `data/lexicon/words.txt`). A document
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
mod model;
pub mod tokens;
#[cfg(feature = "train")]
pub mod train;

pub use gazetteer::Gazetteer;
pub use lexicon::Lexicon;
pub use model::{Model, ModelError};

use features::{DocContext, Features, Featurizer, History};
use std::sync::OnceLock;

/// The model shipped in the build.
const SHIPPED_MODEL: &[u8] = include_bytes!("../../../model/ner.bin");
/// The place names shipped in the build.
const SHIPPED_PLACES: &str = include_str!("../../../data/gazetteer/places.txt");
/// The English word list shipped in the build.
const SHIPPED_WORDS: &str = include_str!("../../../data/lexicon/words.txt");

/// The word lists the features consult; a model is trained with, and only works with, one
/// set of them.
pub struct Lexicons {
    /// Place names.
    pub places: Gazetteer,
    /// English words and proper names.
    pub words: Lexicon,
}

impl Lexicons {
    /// Reads the place list and the word list, one entry per line each.
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
        let words: Vec<u64> = name
            .split_whitespace()
            .map(|w| hash::bytes(w.to_lowercase().as_bytes()))
            .collect();
        let hits = self.places.hits(&words);
        let whole_place = match hits.as_slice() {
            [Hit::Unit] => true,
            [Hit::Begin, inner @ .., Hit::Last] => inner.iter().all(|h| *h == Hit::Inside),
            _ => false,
        };
        whole_place || (words.len() == 1 && self.words.code(words[0]) & 2 != 0)
    }

    /// Whether `word` is in the word list at all, as an ordinary word or a name: a
    /// capitalised word at a sentence start that is not ("Norhavn said") can only be a name.
    pub fn knows_word(&self, word: &str) -> bool {
        self.words.code(hash::bytes(word.to_lowercase().as_bytes())) != 0
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

/// The word lists shipped in the build, parsed once.
pub fn shipped_lists() -> &'static Lexicons {
    static LISTS: OnceLock<Lexicons> = OnceLock::new();
    LISTS.get_or_init(|| Lexicons::parse(SHIPPED_PLACES, SHIPPED_WORDS))
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
