//! The learned named-entity recogniser: people, organisations, places and other names
//! (nationalities, events, products) as CoNLL-2003 defines them.
//!
//! An averaged structured perceptron over hashed features, decoded with Viterbi under the
//! BIO rules, trained on CoNLL-2003 by `parallax-train train` (feature `train`, which alone
//! compiles the trainer and the CoNLL reader) and shipped inside the build
//! (`model/ner.bin`, with the GeoNames gazetteer `data/gazetteer/places.txt` and the
//! SCOWL word list `data/lexicon/words.txt`, compiled into filters by `build.rs`, and the
//! word clusters `data/ner/clusters.tsv`, compiled into a table). A document
//! is tagged sentence by sentence, each sentence seeing how the document writes its words
//! elsewhere and what earlier sentences were tagged, so headlines in capitals and
//! sentence-initial names get the article's own evidence.

mod class_table;
mod clusters;
#[cfg(feature = "train")]
pub mod conll;
mod decode;
pub mod document;
#[cfg(feature = "train")]
pub mod exchange;
mod features;
mod gazetteer;
mod hash;
pub mod headline;
mod keyset;
pub mod labels;
mod lexicon;
mod list_filter;
mod model;
pub mod tokens;
#[cfg(feature = "train")]
pub mod train;

pub use clusters::Clusters;
pub use gazetteer::Gazetteer;
pub use lexicon::Lexicon;
pub use model::{Model, ModelError};

use features::{DocContext, Features, Featurizer, History};
use std::sync::OnceLock;

/// The model shipped in the build.
const SHIPPED_MODEL: &[u8] = include_bytes!("../../../model/ner.bin");
/// The place names as `build.rs` compiled them (`list_filter`): the names' filter, at an
/// even address as its 16-bit fingerprints need, and the words that open and close many.
static SHIPPED_PLACES: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(
    env!("OUT_DIR"),
    "/places-names.bin"
)));
const SHIPPED_OPENERS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places-openers.bin"));
const SHIPPED_CLOSERS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places-closers.bin"));
/// The English words listed in lower case, as `build.rs` compiled them.
const SHIPPED_ORDINARY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/words-ordinary.bin"));
/// The English words listed capitalised, lower-cased, as `build.rs` compiled them.
const SHIPPED_PROPER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/words-proper.bin"));
/// The list's short words, kept exactly, as `build.rs` copied them.
const SHIPPED_SHORT: &str = include_str!(concat!(env!("OUT_DIR"), "/words-short.txt"));

/// The word clusters as `build.rs` compiled them: the fine class of each word
/// (`class_table`), and the coarse class of each fine class.
const SHIPPED_CLUSTERS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/clusters.bin"));
const SHIPPED_COARSE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/clusters-coarse.bin"));

/// Bytes at an address aligned to two.
#[repr(C, align(2))]
struct Aligned<T: ?Sized>(T);

/// The word lists the features consult; a model is trained with, and only works with, one
/// set of them.
pub struct Lexicons {
    /// Place names.
    pub places: Gazetteer,
    /// English words and proper names.
    pub words: Lexicon,
    /// Word clusters learned from unlabelled text.
    pub clusters: Clusters,
}

impl Lexicons {
    /// Reads the place list and the word list, one entry per line each (the shipped lists
    /// are compiled at build time instead: [`shipped_lists`]).
    pub fn parse(places: &str, words: &str) -> Lexicons {
        Lexicons {
            places: Gazetteer::parse(places),
            words: Lexicon::parse(words),
            clusters: Clusters::default(),
        }
    }

    /// These lists with the word clusters of `list` (`word<TAB>coarse<TAB>fine` lines).
    ///
    /// # Errors
    /// A line that is not a word and two classes, with its number.
    pub fn with_clusters(self, list: &str) -> Result<Lexicons, String> {
        Ok(Lexicons {
            clusters: Clusters::parse(list)?,
            ..self
        })
    }

    /// Whether `name` is a listed proper name or place ("Bali", "Aaron", "New York"): such
    /// a name is itself, never a misspelling of a similar one.
    pub fn knows_name(&self, name: &str) -> bool {
        use gazetteer::Hit;
        let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        let hashes: Vec<u64> = words.iter().map(|w| list_filter::word(w)).collect();
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
        let mut words = model::WordScores::default();
        sentences
            .iter()
            .map(|tokens| {
                let known = |w: u64| words.contains_key(&w);
                featurizer.sentence(tokens, &context, &history, &known, &mut features);
                self.model.score(&features, &mut words, &mut scores);
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

/// The word lists shipped in the build, as `build.rs` compiled them: read where they lie in
/// the module's data (only the list's 4,944 short words and the few dozen place openers
/// and closers are read into tables).
pub fn shipped_lists() -> &'static Lexicons {
    static LISTS: OnceLock<Lexicons> = OnceLock::new();
    LISTS.get_or_init(|| Lexicons {
        places: Gazetteer::embedded(&SHIPPED_PLACES.0, SHIPPED_OPENERS, SHIPPED_CLOSERS),
        words: Lexicon::embedded(SHIPPED_ORDINARY, SHIPPED_PROPER, SHIPPED_SHORT),
        clusters: Clusters::embedded(SHIPPED_CLUSTERS, SHIPPED_COARSE),
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
    use std::collections::HashSet;

    /// The filters `build.rs` embedded answer for every line of the committed lists, as the
    /// exact sets the trainer reads from the text files do, and answer for other words as
    /// they do but for a share of false positives near the filters' 1 in 256 (words of five
    /// characters or more) and 1 in 65,536 (place names).
    #[test]
    fn the_shipped_lists_are_the_text_files() {
        let shipped = shipped_lists();
        let words = include_str!("../../../data/lexicon/words.txt");
        let places = include_str!("../../../data/gazetteer/places.txt");
        for word in words.lines() {
            let bit = list_filter::listed_code(word);
            assert_ne!(shipped.words.code(&word.to_lowercase()) & bit, 0, "{word}");
        }
        for place in places.lines().filter(|p| p.split(' ').count() <= 5) {
            assert!(shipped.knows_name(place), "{place}");
        }
        assert!(shipped.knows_word("Graffiti") && shipped.knows_name("Paris"));
        assert!(!shipped.knows_name("Norhavn") && !shipped.knows_word("norhavn"));
        let exact = Lexicons::parse(places, words);
        let made_up: Vec<String> = (0..100_000u64)
            .map(|i| format!("{:x}", hash::mix(i, 7) >> (i % 40)))
            .collect();
        let (mut differ, mut short_differ) = (0, 0);
        for w in &made_up {
            let (s, e) = (shipped.words.code(w), exact.words.code(w));
            assert_eq!(s & e, e, "a listed word answers listed: {w}");
            differ += usize::from(s != e);
            short_differ += usize::from(s != e && w.len() <= list_filter::SHORT);
        }
        assert_eq!(short_differ, 0, "short words are kept exactly");
        assert!((200..=1_200).contains(&differ), "{differ} of 100,000");
        let mut places_differ = 0;
        for run in made_up.chunks(3) {
            let run: Vec<u64> = run.iter().map(|w| list_filter::word(w)).collect();
            places_differ += usize::from(shipped.places.hits(&run) != exact.places.hits(&run));
            assert_eq!(shipped.places.affixes(run[0]), exact.places.affixes(run[0]));
        }
        assert!(places_differ <= 5, "{places_differ} of 33,334");
    }

    /// The cluster table `build.rs` embedded gives every word of the committed file its two
    /// classes, and "none" for other words but about one in 128.
    #[test]
    fn the_shipped_clusters_are_the_text_file() {
        let shipped = &shipped_lists().clusters;
        let list = include_str!("../../../data/ner/clusters.tsv");
        let exact = Clusters::parse(list).unwrap();
        let mut fine = HashSet::new();
        for line in list.lines() {
            let word = line.split('\t').next().unwrap();
            let key = list_filter::word(word);
            assert_eq!(shipped.of(key), exact.of(key), "{word}");
            assert_ne!(shipped.of(key), [0, 0], "{word}");
            fine.insert(shipped.of(key)[1]);
        }
        assert!(fine.len() > 400, "{} fine classes used", fine.len());
        let strays = (0..100_000u64)
            .filter(|&i| shipped.of(hash::mix(i, 11)) != [0, 0])
            .count();
        assert!((500..=1_100).contains(&strays), "{strays} of 100,000");
        // Days of the week and given names each share a class, one apart from the other.
        let class = |w: &str| shipped.of(list_filter::word(w));
        assert_eq!(class("monday")[1], class("thursday")[1]);
        assert_eq!(class("john")[0], class("peter")[0]);
        assert_ne!(class("monday")[0], class("john")[0]);
    }

    /// Reusing the sums of a word's word-alone features where it recurs changes no score.
    #[test]
    fn recurring_words_score_as_if_scored_afresh() {
        let recognizer = shipped();
        let doc = vec![
            vec!["Keita", "met", "Ruto", "in", "Bamako", "."],
            vec![
                "Ruto", "thanked", "Keita", "in", "Bamako", "on", "Monday", ".",
            ],
        ];
        let context = DocContext::new(&doc);
        let history = History::default();
        let mut featurizer = Featurizer::new(recognizer.lists);
        let (mut cached, mut fresh) = (Features::default(), Features::default());
        let mut words = model::WordScores::default();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for tokens in &doc {
            let known = |w: u64| words.contains_key(&w);
            featurizer.sentence(tokens, &context, &history, &known, &mut cached);
            recognizer.model.score(&cached, &mut words, &mut a);
            featurizer.sentence(tokens, &context, &history, &|_| false, &mut fresh);
            recognizer
                .model
                .score(&fresh, &mut model::WordScores::default(), &mut b);
            assert_eq!(a, b);
        }
        // The second sentence reused the sums of the words the first had: three are new.
        assert!(cached.ids.len() < fresh.ids.len());
        assert_eq!(words.len(), 9);
    }
}
