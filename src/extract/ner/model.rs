//! The trained weights, compact on disk and fast in memory. On disk (postcard): sorted
//! 24-bit feature keys as deltas, one signed byte per tag per feature, and the transition
//! scores. In memory: a hash table of 64-byte buckets, each holding four keys and their
//! nine weights, so scoring a feature costs one cache line.

use super::decode::Transitions;
use super::features::Features;
use super::labels::TAGS;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The format name written into every model file; bump it when features or keys change.
pub const FORMAT: &str = "parallax-ner/3";

/// Bits of a feature hash the model keeps as its key. Features whose hashes agree on these
/// bits share their weights (the trainer merges them). 24 bits instead of 32 cost nothing
/// measurable on CoNLL-2003 dev (92.11 against 92.13 F1) and make the full model 73 KB
/// smaller gzipped: sorted random keys are what gzip cannot shrink.
const KEY_BITS: u32 = 24;

/// What can go wrong loading a model file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// The bytes are not a postcard model file.
    Corrupt(String),
    /// A model of another format or tag set: retrain with this version's `train`.
    Format(String),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::Corrupt(why) => write!(f, "the model file is damaged ({why}); rebuild it with `parallax-train train`"),
            ModelError::Format(found) => write!(
                f,
                "the model file is {found:?}, this build reads {FORMAT:?}; retrain it with `parallax-train train`"
            ),
        }
    }
}

impl std::error::Error for ModelError {}

/// The model file as stored.
#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    tags: u32,
    /// What one weight unit is worth in the trainer's scale (for reports only).
    scale: f32,
    start: Vec<i32>,
    next: Vec<i32>,
    /// Sorted feature keys, each stored as the difference from the one before.
    key_deltas: Vec<u32>,
    /// `TAGS` weights per key, in key order.
    weights: Vec<i8>,
}

/// Keys per bucket: a bucket is one 64-byte cache line.
const WAYS: usize = 4;

/// Four keys and their weights. A key lives in its home bucket unless that was full, in
/// which case the home bucket is marked `spilled` and the key sits in a later bucket.
#[derive(Clone, Copy, Default)]
#[repr(C, align(64))]
struct Bucket {
    keys: [u32; WAYS],
    /// The weights of each way, then a row of zeros that a miss adds.
    weights: [[i8; TAGS]; WAYS + 1],
    spilled: bool,
}

/// The summed weights of each word's word-alone features, by the word's hash, for one
/// document.
pub type WordScores = std::collections::HashMap<u64, [i32; TAGS], super::hash::Prehashed>;

/// A loaded model: feature weights and transition scores, in integer units.
pub struct Model {
    buckets: Vec<Bucket>,
    features: usize,
    transitions: Transitions<i32>,
}

/// The model's key of a feature hash, its low [`KEY_BITS`] bits; 0 marks an empty slot, so
/// it is never a key.
pub fn key(feature: u64) -> u32 {
    (feature as u32 & ((1 << KEY_BITS) - 1)).max(1)
}

impl Model {
    /// Builds a model from float weights, for the trainer: keys are merged when they
    /// collide, weights are scaled so the largest is 127 and rounded, and features left
    /// all-zero are dropped.
    #[cfg(feature = "train")]
    pub fn quantise(weights: &[(u64, [f32; TAGS])], transitions: &Transitions<f32>) -> Model {
        let largest = weights
            .iter()
            .flat_map(|(_, w)| w.iter())
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
        let mut merged: Vec<(u32, [f32; TAGS])> =
            weights.iter().map(|(f, w)| (key(*f), *w)).collect();
        crate::sorting::sort_by_key(&mut merged, |(k, _)| *k);
        let mut rows: Vec<(u32, [i8; TAGS])> = Vec::with_capacity(merged.len());
        let mut i = 0;
        while i < merged.len() {
            let mut sum = merged[i].1;
            let mut j = i + 1;
            while j < merged.len() && merged[j].0 == merged[i].0 {
                for (s, w) in sum.iter_mut().zip(&merged[j].1) {
                    *s += w;
                }
                j += 1;
            }
            let q = sum.map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8);
            if q.iter().any(|&w| w != 0) {
                rows.push((merged[i].0, q));
            }
            i = j;
        }
        let round = |w: f32| (w / scale).round() as i32;
        let transitions = Transitions {
            start: transitions.start.map(round),
            next: transitions.next.map(|row| row.map(round)),
        };
        Model::from_rows(&rows, transitions)
    }

    fn from_rows(rows: &[(u32, [i8; TAGS])], transitions: Transitions<i32>) -> Model {
        // Two and a half keys per bucket of four on average: the table stays small enough
        // to stay in cache, and the buckets that spill cost one more (adjacent) line.
        let size = (rows.len() * 2 / 5).max(1);
        let mut buckets = vec![Bucket::default(); size];
        for &(key, weights) in rows {
            let mut at = home(key, size);
            loop {
                let b = &mut buckets[at];
                if let Some(way) = b.keys.iter().position(|&k| k == 0) {
                    b.keys[way] = key;
                    b.weights[way] = weights;
                    break;
                }
                b.spilled = true;
                at = (at + 1) % size;
            }
        }
        Model {
            buckets,
            features: rows.len(),
            transitions,
        }
    }

    /// Number of features with weights.
    pub fn features(&self) -> usize {
        self.features
    }

    /// The transition scores.
    pub fn transitions(&self) -> &Transitions<i32> {
        &self.transitions
    }

    /// Per-token tag scores of a featurised sentence, into `out`. The sums of a word's
    /// word-alone features are kept in `words` (one map per document, as the
    /// featuriser's `known` reads it) and reused where the word recurs.
    pub fn score(&self, features: &Features, words: &mut WordScores, out: &mut Vec<[i32; TAGS]>) {
        out.clear();
        for i in 0..features.len() {
            let (word, context) = features.parts(i);
            let mut acc = if word.is_empty() {
                words[&features.words[i]]
            } else {
                let mut acc = [0i32; TAGS];
                for &f in word {
                    self.add(key(f), &mut acc);
                }
                words.insert(features.words[i], acc);
                acc
            };
            for &f in context {
                self.add(key(f), &mut acc);
            }
            out.push(acc);
        }
    }

    /// Adds the weights of `key` to `acc`. The home bucket is read without branching on
    /// which way matches (a mispredicted branch per feature would serialise the memory
    /// reads); only the rare spilled buckets take the slow path.
    fn add(&self, key: u32, acc: &mut [i32; TAGS]) {
        let mut at = home(key, self.buckets.len());
        loop {
            let b = &self.buckets[at];
            let mut row = WAYS;
            for way in 0..WAYS {
                row = if b.keys[way] == key { way } else { row };
            }
            for (a, w) in acc.iter_mut().zip(&b.weights[row]) {
                *a += i32::from(*w);
            }
            if !b.spilled || b.keys.contains(&key) {
                return;
            }
            at = (at + 1) % self.buckets.len();
        }
    }

    #[cfg(all(test, feature = "train"))]
    fn weights(&self, key: u32) -> Option<[i8; TAGS]> {
        let mut at = home(key, self.buckets.len());
        loop {
            let b = &self.buckets[at];
            if let Some(way) = b.keys.iter().position(|&k| k == key) {
                return Some(b.weights[way]);
            }
            if !b.spilled {
                return None;
            }
            at = (at + 1) % self.buckets.len();
        }
    }

    /// Every feature's key and weights, in key order.
    #[cfg(feature = "train")]
    fn rows(&self) -> Vec<(u32, [i8; TAGS])> {
        let mut rows: Vec<(u32, [i8; TAGS])> = self
            .buckets
            .iter()
            .flat_map(|b| b.keys.iter().copied().zip(b.weights))
            .filter(|(k, _)| *k != 0)
            .collect();
        crate::sorting::sort_by_key(&mut rows, |(k, _)| *k);
        rows
    }

    /// A smaller model, for `parallax-train prune`: without the features whose largest
    /// weight (in absolute value) is under `min_weight`, and with every weight and
    /// transition score divided by `step` and rounded, a coarser quantisation whose fewer
    /// distinct values gzip smaller; features that round to all zeros go too.
    #[cfg(feature = "train")]
    pub fn pruned(&self, min_weight: u8, step: u8) -> Model {
        let step = f32::from(step.max(1));
        let round = |w: i32| (w as f32 / step).round() as i32;
        let rows: Vec<(u32, [i8; TAGS])> = self
            .rows()
            .into_iter()
            .filter(|(_, w)| w.iter().any(|v| v.unsigned_abs() >= min_weight))
            .map(|(k, w)| (k, w.map(|v| round(i32::from(v)) as i8)))
            .filter(|(_, w)| w.iter().any(|&v| v != 0))
            .collect();
        let transitions = Transitions {
            start: self.transitions.start.map(round),
            next: self.transitions.next.map(|row| row.map(round)),
        };
        Model::from_rows(&rows, transitions)
    }

    /// The model as file bytes, for the trainer.
    #[cfg(feature = "train")]
    pub fn to_bytes(&self) -> Vec<u8> {
        let rows = self.rows();
        let mut last = 0;
        let file = File {
            format: FORMAT.to_owned(),
            tags: TAGS as u32,
            scale: 1.0,
            start: self.transitions.start.to_vec(),
            next: self.transitions.next.iter().flatten().copied().collect(),
            key_deltas: rows
                .iter()
                .map(|(k, _)| {
                    let d = k - last;
                    last = *k;
                    d
                })
                .collect(),
            weights: rows.iter().flat_map(|(_, w)| *w).collect(),
        };
        postcard::to_allocvec(&file).expect("a model always serialises")
    }

    /// Loads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let file: File =
            postcard::from_bytes(bytes).map_err(|e| ModelError::Corrupt(e.to_string()))?;
        if file.format != FORMAT || file.tags as usize != TAGS {
            return Err(ModelError::Format(format!(
                "{} with {} tags",
                file.format, file.tags
            )));
        }
        let n = file.key_deltas.len();
        if file.weights.len() != n * TAGS
            || file.start.len() != TAGS
            || file.next.len() != TAGS * TAGS
        {
            return Err(ModelError::Corrupt(
                "its tables have the wrong lengths".to_owned(),
            ));
        }
        let mut key = 0u32;
        let mut rows = Vec::with_capacity(n);
        for (i, d) in file.key_deltas.iter().enumerate() {
            key = key
                .checked_add(*d)
                .filter(|k| *k != 0 && *k < 1 << KEY_BITS && (i == 0 || *d != 0))
                .ok_or_else(|| ModelError::Corrupt("its keys are out of order".to_owned()))?;
            let mut w = [0i8; TAGS];
            w.copy_from_slice(&file.weights[i * TAGS..(i + 1) * TAGS]);
            rows.push((key, w));
        }
        let mut start = [0; TAGS];
        start.copy_from_slice(&file.start);
        let mut next = [[0; TAGS]; TAGS];
        for (p, row) in next.iter_mut().enumerate() {
            row.copy_from_slice(&file.next[p * TAGS..(p + 1) * TAGS]);
        }
        Ok(Model::from_rows(&rows, Transitions { start, next }))
    }
}

/// The bucket a key belongs in, out of `size`: the key's bits, mixed once more, scaled to
/// the table (Lemire's multiply-shift, so the table need not be a power of two).
fn home(key: u32, size: usize) -> usize {
    let mixed = (key ^ (key >> 16)).wrapping_mul(0x045d_9f3b);
    ((u64::from(mixed) * size as u64) >> 32) as usize
}

#[cfg(all(test, feature = "train"))]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_damaged_files() {
        let mut t = Transitions {
            start: [0.0; TAGS],
            next: [[0.0; TAGS]; TAGS],
        };
        t.next[1][2] = 1.5;
        let weights = vec![
            (7u64, [3.0; TAGS]),
            (1u64 << KEY_BITS | 7, [1.0; TAGS]),
            (9, [0.001; TAGS]),
        ];
        let model = Model::quantise(&weights, &t);
        // Keys 7 and 2^24+7 collide in 24 bits and merge; key 9 rounds to zero and goes.
        assert_eq!(model.features(), 1);
        assert_eq!(model.weights(7), Some([127; TAGS]));
        let bytes = model.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.weights(7), Some([127; TAGS]));
        assert_eq!(back.weights(9), None);
        assert_eq!(back.transitions(), model.transitions());
        assert!(matches!(
            Model::from_bytes(&bytes[..bytes.len() / 2]),
            Err(ModelError::Corrupt(_))
        ));
        assert!(Model::from_bytes(b"nonsense").is_err());
    }

    #[test]
    fn pruning_drops_small_features_and_coarsens_the_rest() {
        let mut t = Transitions {
            start: [0.0; TAGS],
            next: [[0.0; TAGS]; TAGS],
        };
        t.next[1][2] = -127.0;
        let mut big = [0.0; TAGS];
        big[0] = 127.0;
        big[1] = 5.0;
        let mut small = [0.0; TAGS];
        small[3] = -3.0;
        let mut coarse = [0.0; TAGS];
        coarse[4] = 9.0;
        coarse[5] = 1.0;
        let model = Model::quantise(&[(7, big), (8, small), (9, coarse)], &t);
        let pruned = model.pruned(4, 2);
        let mut expected = [0; TAGS];
        (expected[0], expected[1]) = (64, 3); // 63.5 and 2.5 round away from zero
        assert_eq!(pruned.weights(7), Some(expected));
        assert_eq!(pruned.weights(8), None); // largest |weight| 3, under 4
        let mut expected = [0; TAGS];
        expected[4] = 5; // 1 / 2 rounds to 1: nothing is all zeros yet
        expected[5] = 1;
        assert_eq!(pruned.weights(9), Some(expected));
        assert_eq!(pruned.transitions().next[1][2], -64);
        assert_eq!(model.pruned(1, 1).to_bytes(), model.to_bytes());
    }
}
