//! Training: an averaged structured perceptron (Collins 2002) over the features of
//! [`super::features`], decoded exactly with Viterbi, with the prediction history fed
//! from the model's own output as it will be when tagging. Deterministic for a seed:
//! documents are shuffled by a fixed generator and nothing depends on hash-map order.

use super::decode::{viterbi, Transitions};
use super::features::{DocContext, Features, Featurizer, History};
use super::hash::Prehashed;
use super::labels::TAGS;
use super::model::Model;
use super::Lexicons;
use std::collections::HashMap;

/// A tagged sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The tokens as written.
    pub tokens: Vec<String>,
    /// One tag per token (see [`super::labels`]).
    pub tags: Vec<u8>,
}

/// A document: sentences that share casing evidence and prediction history.
pub type Document = Vec<Sentence>;

/// A document's tokens as the recogniser takes them: sentences of words.
pub fn words(doc: &Document) -> Vec<Vec<&str>> {
    doc.iter()
        .map(|s| s.tokens.iter().map(String::as_str).collect())
        .collect()
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Passes over the training data; the best pass on the development set is kept.
    pub epochs: usize,
    /// Seed of the shuffling and of the choice of documents re-cased for augmentation.
    pub seed: u64,
    /// Features seen fewer times than this in training are not learned.
    pub min_count: u32,
    /// Share of documents also trained on in lower case, so lower-case text still works.
    pub lower_share: f64,
    /// Share of documents also trained on in capitals, for headlines and shouted text.
    pub upper_share: f64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            epochs: 16,
            seed: 1,
            min_count: 2,
            lower_share: 0.2,
            upper_share: 0.1,
        }
    }
}

/// A small deterministic generator (xorshift64*), enough for shuffling.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// The training documents plus re-cased copies of some of them.
fn augment(docs: &[Document], settings: &Settings, rng: &mut Rng) -> Vec<Document> {
    let mut out = docs.to_vec();
    for doc in docs {
        for (share, upper) in [(settings.lower_share, false), (settings.upper_share, true)] {
            if rng.chance(share) {
                out.push(
                    doc.iter()
                        .map(|s| Sentence {
                            tokens: s
                                .tokens
                                .iter()
                                .map(|t| {
                                    if upper {
                                        t.to_uppercase()
                                    } else {
                                        t.to_lowercase()
                                    }
                                })
                                .collect(),
                            tags: s.tags.clone(),
                        })
                        .collect(),
                );
            }
        }
    }
    out
}

/// Weights being learned, with the running sums that averaging needs.
struct Weights {
    w: Vec<[f32; TAGS]>,
    sum: Vec<[f64; TAGS]>,
    start: [f32; TAGS],
    start_sum: [f64; TAGS],
    next: [[f32; TAGS]; TAGS],
    next_sum: [[f64; TAGS]; TAGS],
    /// Number of sentences seen, the averaging clock.
    clock: f64,
}

impl Weights {
    fn new(n: usize) -> Weights {
        Weights {
            w: vec![[0.0; TAGS]; n],
            sum: vec![[0.0; TAGS]; n],
            start: [0.0; TAGS],
            start_sum: [0.0; TAGS],
            next: [[0.0; TAGS]; TAGS],
            next_sum: [[0.0; TAGS]; TAGS],
            clock: 1.0,
        }
    }

    /// Adds `d` to every feature of a token for tag `t` (and to the clock-weighted sums).
    fn update(&mut self, ids: &[u32], t: usize, d: f32) {
        let c = self.clock * f64::from(d);
        for &id in ids {
            self.w[id as usize][t] += d;
            self.sum[id as usize][t] += c;
        }
    }

    fn transition(&mut self, prev: Option<u8>, t: u8, d: f32) {
        let c = self.clock * f64::from(d);
        match prev {
            None => {
                self.start[t as usize] += d;
                self.start_sum[t as usize] += c;
            }
            Some(p) => {
                self.next[p as usize][t as usize] += d;
                self.next_sum[p as usize][t as usize] += c;
            }
        }
    }

    /// The averaged weights: `w - sum / clock`.
    fn averaged(&self, keys: &[u64]) -> Model {
        let avg = |w: f32, s: f64| (f64::from(w) - s / self.clock) as f32;
        let rows: Vec<(u64, [f32; TAGS])> = keys
            .iter()
            .zip(self.w.iter().zip(&self.sum))
            .map(|(&k, (w, s))| (k, std::array::from_fn(|t| avg(w[t], s[t]))))
            .collect();
        let transitions = Transitions {
            start: std::array::from_fn(|t| avg(self.start[t], self.start_sum[t])),
            next: std::array::from_fn(|p| {
                std::array::from_fn(|t| avg(self.next[p][t], self.next_sum[p][t]))
            }),
        };
        Model::quantise(&rows, &transitions)
    }
}

/// Progress of one pass, for the log.
#[derive(Debug, Clone, Copy)]
pub struct Epoch {
    /// Pass number, from 1.
    pub number: usize,
    /// Share of training tokens the model tagged wrongly during the pass.
    pub train_errors: f64,
    /// F1 on the development set after the pass, if one was given.
    pub dev_f1: Option<f64>,
}

/// Trains a model on `train`, keeping the pass that scores best on `dev` (the last pass if
/// `dev` is empty). `report` hears about every pass as it ends.
pub fn train(
    train: &[Document],
    dev: &[Document],
    lists: &Lexicons,
    settings: &Settings,
    report: &mut dyn FnMut(Epoch),
) -> Model {
    let mut rng = Rng(settings.seed.max(1).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let docs = augment(train, settings, &mut rng);
    let mut featurizer = Featurizer::new(lists);
    let mut features = Features::default();

    // Count features, with the history built from the gold tags.
    let mut counts: HashMap<u64, u32, Prehashed> = HashMap::default();
    for doc in &docs {
        let tokens = words(doc);
        let context = DocContext::new(&tokens);
        let mut history = History::default();
        for (s, toks) in doc.iter().zip(&tokens) {
            featurizer.sentence(toks, &context, &history, &|_| false, &mut features);
            for &f in &features.ids {
                *counts.entry(f).or_default() += 1;
            }
            history.record(&features.lower, &s.tags);
        }
    }
    let mut keys: Vec<u64> = counts
        .into_iter()
        .filter(|(_, n)| *n >= settings.min_count)
        .map(|(f, _)| f)
        .collect();
    keys.sort_unstable();
    let index: HashMap<u64, u32, Prehashed> = keys
        .iter()
        .enumerate()
        .map(|(i, &f)| (f, i as u32))
        .collect();

    let mut weights = Weights::new(keys.len());
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut best: Option<(f64, Model)> = None;
    let mut emissions: Vec<[f32; TAGS]> = Vec::new();
    let mut predicted = Vec::new();
    let mut ids: Vec<Vec<u32>> = Vec::new();
    for number in 1..=settings.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, (rng.next() % (i as u64 + 1)) as usize);
        }
        let (mut wrong, mut total) = (0usize, 0usize);
        for &d in &order {
            let doc = &docs[d];
            let tokens = words(doc);
            let context = DocContext::new(&tokens);
            let mut history = History::default();
            for (s, toks) in doc.iter().zip(&tokens) {
                featurizer.sentence(toks, &context, &history, &|_| false, &mut features);
                ids.clear();
                emissions.clear();
                for i in 0..features.len() {
                    let row: Vec<u32> = features
                        .of(i)
                        .iter()
                        .filter_map(|f| index.get(f).copied())
                        .collect();
                    let mut e = [0f32; TAGS];
                    for &id in &row {
                        for (t, w) in weights.w[id as usize].iter().enumerate() {
                            e[t] += w;
                        }
                    }
                    emissions.push(e);
                    ids.push(row);
                }
                let transitions = Transitions {
                    start: weights.start,
                    next: weights.next,
                };
                viterbi(&emissions, &transitions, &mut predicted);
                if predicted != s.tags {
                    for i in 0..s.tags.len() {
                        let (gold, guess) = (s.tags[i], predicted[i]);
                        let (gold_prev, guess_prev) = if i == 0 {
                            (None, None)
                        } else {
                            (Some(s.tags[i - 1]), Some(predicted[i - 1]))
                        };
                        if gold != guess {
                            wrong += 1;
                            weights.update(&ids[i], gold as usize, 1.0);
                            weights.update(&ids[i], guess as usize, -1.0);
                        }
                        if gold != guess || gold_prev != guess_prev {
                            weights.transition(gold_prev, gold, 1.0);
                            weights.transition(guess_prev, guess, -1.0);
                        }
                    }
                }
                total += s.tags.len();
                weights.clock += 1.0;
                history.record(&features.lower, &predicted);
            }
        }
        let model = weights.averaged(&keys);
        let dev_f1 =
            (!dev.is_empty()).then(|| super::conll::evaluate(&model, lists, dev).overall().f1());
        report(Epoch {
            number,
            train_errors: wrong as f64 / total.max(1) as f64,
            dev_f1,
        });
        let score = dev_f1.unwrap_or(number as f64);
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, model));
        }
    }
    best.map_or_else(|| weights.averaged(&keys), |(_, m)| m)
}

#[cfg(test)]
mod tests {
    use super::super::labels::name;
    use super::super::{conll, Recognizer};
    use super::*;

    /// Original sentences in CoNLL form, written for this test.
    const CORPUS: &str = "\
Mayor B-PER\nOdile I-PER\nMarsh I-PER\nvisited O\nTrelby B-LOC\n. O\n\n\
Odile B-PER\nMarsh I-PER\nthanked O\nthe O\nTrelby B-ORG\nRowing I-ORG\nClub I-ORG\n. O\n\n\
Crews O\nfrom O\nVesterholm B-LOC\nreached O\nTrelby B-LOC\non O\nMonday O\n. O\n\n\
The O\nVesterholm B-ORG\nHarbour I-ORG\nBoard I-ORG\nsaid O\nthe O\nquay O\nwas O\nsafe O\n. O\n\n\
Inspector O\nPavel B-PER\nKorda I-PER\nspoke O\nto O\nDanish B-MISC\nreporters O\n. O\n\n\
Korda B-PER\nsaid O\nthe O\nfire O\nstarted O\nin O\nVesterholm B-LOC\n. O\n\n\
Residents O\nof O\nTrelby B-LOC\nwatched O\nthe O\nsmoke O\n. O\n\n\
Pavel B-PER\nKorda I-PER\nleft O\nfor O\nOslo B-LOC\n. O\n";

    fn tiny() -> (Model, Lexicons, Vec<Document>) {
        let docs = conll::read(CORPUS).unwrap();
        let gazetteer = Lexicons::parse("Oslo\n", "visited\nthanked\n");
        let settings = Settings {
            epochs: 8,
            seed: 7,
            min_count: 1,
            lower_share: 0.0,
            upper_share: 0.0,
        };
        let model = train(&docs, &[], &gazetteer, &settings, &mut |_| {});
        (model, gazetteer, docs)
    }

    fn tag(model: &Model, lists: &Lexicons, sentence: &str) -> Vec<String> {
        let tokens: Vec<&str> = sentence.split(' ').collect();
        let tags = Recognizer::borrowed(model, lists).tag(&[tokens]);
        tags[0].iter().map(|&t| name(t)).collect()
    }

    #[test]
    fn a_tiny_model_learns_its_sentences_and_generalises_a_little() {
        let (model, gazetteer, docs) = tiny();
        let score = conll::evaluate(&model, &gazetteer, &docs);
        assert_eq!(score.overall().f1(), 1.0, "{}", score.report());
        // Seen names in a new sentence.
        assert_eq!(
            tag(
                &model,
                &gazetteer,
                "Odile Marsh met Pavel Korda in Trelby ."
            ),
            ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]
        );
    }

    #[test]
    fn training_is_deterministic_and_the_file_round_trips() {
        let (a, gazetteer, _) = tiny();
        let (b, _, _) = tiny();
        assert_eq!(a.to_bytes(), b.to_bytes());
        let loaded = Model::from_bytes(&a.to_bytes()).unwrap();
        let s = "Korda visited Vesterholm on Monday .";
        assert_eq!(tag(&loaded, &gazetteer, s), tag(&a, &gazetteer, s));
        assert_eq!(loaded.features(), a.features());
    }

    #[test]
    fn the_best_pass_on_the_development_set_is_kept() {
        let docs = conll::read(CORPUS).unwrap();
        let gazetteer = Lexicons::parse("", "");
        let mut passes = Vec::new();
        let settings = Settings {
            epochs: 3,
            seed: 1,
            min_count: 1,
            lower_share: 1.0,
            upper_share: 1.0,
        };
        train(&docs, &docs, &gazetteer, &settings, &mut |e| passes.push(e));
        assert_eq!(
            passes.iter().map(|e| e.number).collect::<Vec<_>>(),
            [1, 2, 3]
        );
        assert!(passes.iter().all(|e| e.dev_f1.is_some_and(|f| f > 0.5)));
        assert!(passes[2].train_errors < passes[0].train_errors);
    }
}
