//! The learned named-entity recogniser: people, organisations, places and other names
//! (nationalities, events, products) as CoNLL-2003 defines them.
//!
//! An averaged structured perceptron over hashed features, decoded with Viterbi under the
//! BIO rules, trained on CoNLL-2003 by `parallax train` and shipped inside the build
//! (`model/ner.bin`, with the GeoNames gazetteer `data/gazetteer/places.txt`). A document
//! is tagged sentence by sentence, each sentence seeing how the document writes its words
//! elsewhere and what earlier sentences were tagged, so headlines in capitals and
//! sentence-initial names get the article's own evidence.

pub mod conll;
mod decode;
mod features;
mod gazetteer;
mod hash;
pub mod labels;
mod model;
pub mod tokens;
pub mod train;

pub use gazetteer::Gazetteer;
pub use model::{Model, ModelError};

use features::{DocContext, Features, Featurizer, History};
use std::sync::OnceLock;

/// The model shipped in the build.
const SHIPPED_MODEL: &[u8] = include_bytes!("../../../model/ner.bin");
/// The place names shipped in the build.
const SHIPPED_PLACES: &str = include_str!("../../../data/gazetteer/places.txt");

/// A model and the gazetteer it was trained with.
#[derive(Clone, Copy)]
pub struct Recognizer<'m> {
    model: &'m Model,
    gazetteer: &'m Gazetteer,
}

impl<'m> Recognizer<'m> {
    /// A recogniser from a model and the gazetteer it was trained with.
    pub fn borrowed(model: &'m Model, gazetteer: &'m Gazetteer) -> Recognizer<'m> {
        Recognizer { model, gazetteer }
    }

    /// Tags a document given as sentences of tokens: one tag per token (see [`labels`]).
    pub fn tag(&self, sentences: &[Vec<&str>]) -> Vec<Vec<u8>> {
        let context = DocContext::new(sentences);
        let mut history = History::default();
        let mut featurizer = Featurizer::new(self.gazetteer);
        let mut features = Features::default();
        let mut scores = Vec::new();
        sentences
            .iter()
            .map(|tokens| {
                featurizer.sentence(tokens, &context, &history, &mut features);
                self.model.score(&features, &mut scores);
                let mut tags = Vec::with_capacity(tokens.len());
                decode::viterbi(&scores, self.model.transitions(), &mut tags);
                history.record(&features.lower, &tags);
                tags
            })
            .collect()
    }
}

/// The gazetteer shipped in the build, parsed once.
pub fn shipped_gazetteer() -> &'static Gazetteer {
    static PLACES: OnceLock<Gazetteer> = OnceLock::new();
    PLACES.get_or_init(|| Gazetteer::parse(SHIPPED_PLACES))
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
    Recognizer::borrowed(model, shipped_gazetteer())
}
