//! What the tagger sees of each token: hashed features of the word, its shape and
//! affixes, its word clusters, its neighbours, the gazetteer, the sentence's casing, and
//! two kinds of document evidence: how the article writes the same word elsewhere, and
//! what the tagger called it in earlier sentences (Ratinov and Roth's "extended prediction
//! history"). Document evidence is what keeps ALL CAPS headlines and sentence-initial
//! names working.

use super::hash::{bytes, mix, Prehashed};
use super::labels;
use super::Lexicons;
use std::collections::HashMap;

/// How a sentence is cased.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Casing {
    /// Ordinary text: both cases occur.
    Mixed,
    /// No lower-case letters: a headline in capitals.
    Upper,
    /// No capitals at all.
    Lower,
}

fn casing(tokens: &[&str]) -> Casing {
    let upper = tokens.iter().any(|t| t.chars().any(char::is_uppercase));
    let lower = tokens.iter().any(|t| t.chars().any(char::is_lowercase));
    match (upper, lower) {
        (true, false) => Casing::Upper,
        (false, _) => Casing::Lower,
        _ => Casing::Mixed,
    }
}

/// The case a word is written in.
fn case_of(word: &str) -> usize {
    let mut chars = word.chars().filter(|c| c.is_alphabetic());
    match chars.next() {
        None => 3,
        Some(c) if c.is_lowercase() => 0,
        Some(_) if chars.clone().count() > 0 && chars.all(char::is_uppercase) => 2,
        Some(_) => 1,
    }
}

/// How the document writes each word (by lower-case hash) inside ordinary sentences,
/// away from the sentence start: counts of lower, Title and UPPER.
#[derive(Default)]
pub struct DocContext {
    cases: HashMap<u64, [u16; 3], Prehashed>,
}

impl DocContext {
    /// Gathers the casing evidence of a whole document.
    pub fn new(sentences: &[Vec<&str>]) -> DocContext {
        let mut cases: HashMap<u64, [u16; 3], Prehashed> = HashMap::default();
        let mut lower = String::new();
        for tokens in sentences {
            if casing(tokens) != Casing::Mixed {
                continue;
            }
            for t in tokens.iter().skip(1) {
                let case = case_of(t);
                if case < 3 {
                    let counts = cases
                        .entry(bytes(lower_into(t, &mut lower).as_bytes()))
                        .or_default();
                    counts[case] = counts[case].saturating_add(1);
                }
            }
        }
        DocContext { cases }
    }

    /// A code for the casings seen: none, one of the three, or several.
    fn code(&self, lower: u64) -> u64 {
        match self.cases.get(&lower) {
            None => 0,
            Some(c) => match c.map(|n| n > 0) {
                [true, false, false] => 1,
                [false, true, false] => 2,
                [false, false, true] => 3,
                [true, _, _] => 4,
                _ => 5,
            },
        }
    }
}

/// Entity types the tagger gave each word (by lower-case hash) in earlier sentences.
#[derive(Default)]
pub struct History {
    types: HashMap<u64, [u16; labels::TYPES.len()], Prehashed>,
}

impl History {
    /// Records a tagged sentence, given the lower-case hashes its features reported.
    pub fn record(&mut self, lower: &[u64], tags: &[u8]) {
        for (&h, &tag) in lower.iter().zip(tags) {
            if let Some(t) = labels::type_of(tag) {
                let counts = self.types.entry(h).or_default();
                counts[t] = counts[t].saturating_add(1);
            }
        }
    }

    /// The most frequent type given to the word so far (1-based), or 0.
    fn majority(&self, lower: u64) -> u64 {
        self.types.get(&lower).map_or(0, |c| {
            let (t, n) = c
                .iter()
                .enumerate()
                .max_by_key(|(i, n)| (**n, usize::MAX - i))
                .unwrap();
            if *n == 0 {
                0
            } else {
                t as u64 + 1
            }
        })
    }
}

/// The features of one sentence: token `i` has `ids[starts[i]..starts[i + 1]]`, the
/// features of its word alone first (none if the word was `known`), then from
/// `context[i]` those of its context.
#[derive(Default)]
pub struct Features {
    /// Feature hashes of all tokens, token after token.
    pub ids: Vec<u64>,
    /// Where each token's features start in `ids`, plus the end.
    pub starts: Vec<usize>,
    /// Where each token's context features start in `ids`.
    pub context: Vec<usize>,
    /// Hash of each token as written: the key of its word-alone features.
    pub words: Vec<u64>,
    /// Hash of each token lower-cased, for [`History::record`].
    pub lower: Vec<u64>,
}

impl Features {
    /// The features of token `i`.
    pub fn of(&self, i: usize) -> &[u64] {
        &self.ids[self.starts[i]..self.starts[i + 1]]
    }

    /// The word-alone features of token `i` (empty if its word was `known`), and those of
    /// its context.
    pub fn parts(&self, i: usize) -> (&[u64], &[u64]) {
        (
            &self.ids[self.starts[i]..self.context[i]],
            &self.ids[self.context[i]..self.starts[i + 1]],
        )
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }
}

/// Per-token values the templates combine.
struct Token {
    word: u64,
    lower: u64,
    shape: u64,
    short: u64,
    prefixes: [u64; 4],
    suffixes: [u64; 4],
    flags: u64,
    /// Listed as an ordinary word, a proper name, both or neither (the lexicon's code).
    listed: u64,
    /// The word's classes, coarse and fine (0: not clustered).
    clusters: [u64; 2],
}

/// Lower-cases `word` into `buf` and returns it, with an ASCII fast path.
fn lower_into<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if word.is_ascii() {
        buf.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        buf.extend(word.chars().flat_map(char::to_lowercase));
    }
    buf
}

/// The word's shape: X for capitals, x for lower case, d for digits, other characters as
/// they are; `short` collapses runs of a class, `long` caps them at four.
fn shapes(word: &str, long: &mut String, short: &mut String) {
    long.clear();
    short.clear();
    let (mut last, mut run) = ('\0', 0);
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        run = if class == last { run + 1 } else { 1 };
        if run <= 4 {
            long.push(class);
        }
        if run == 1 {
            short.push(class);
        }
        last = class;
    }
}

/// Builds features, reusing its buffers from sentence to sentence.
pub struct Featurizer<'g> {
    lists: &'g Lexicons,
    /// The word list's code and the clusters of each word seen so far, by lower-case
    /// hash: a word recurs often in a document, and one lookup here costs less than the
    /// filters' and the cluster table's.
    listed: HashMap<u64, (u64, [u64; 2]), Prehashed>,
    tokens: Vec<Token>,
    lower: String,
    long: String,
    short: String,
}

/// Feature templates: each feature hash is `mix(template, value)`.
mod template {
    pub const BIAS: u64 = 1;
    pub const WORD: u64 = 2;
    pub const LOWER: u64 = 3;
    pub const SHAPE: u64 = 4;
    pub const SHORT: u64 = 5;
    pub const PREFIX: u64 = 6; // + length 0..4
    pub const SUFFIX: u64 = 10; // + length 0..4
    pub const FLAGS: u64 = 14;
    pub const NEAR_LOWER: u64 = 15; // + offset slot 0..4
    pub const NEAR_SHORT: u64 = 19; // + slot 0..2
    pub const SHORT_TRIGRAM: u64 = 21;
    pub const BIGRAM_LEFT: u64 = 22;
    pub const BIGRAM_RIGHT: u64 = 23;
    pub const FIRST_SHAPE: u64 = 24;
    pub const CASING: u64 = 25;
    pub const CASING_LOWER: u64 = 26;
    pub const GAZETTEER: u64 = 27; // + slot 0..3
    pub const DOC_CASE: u64 = 31;
    pub const HISTORY: u64 = 33;
    pub const NEAR_SUFFIX: u64 = 37; // + slot 0..2
    pub const PLACE_AFFIX: u64 = 39; // + slot 0..2
    pub const LEXICON: u64 = 41; // + slot 0..2
    pub const CLUSTER: u64 = 44; // + slot 0..4
}

impl<'g> Featurizer<'g> {
    /// A featurizer that looks words up in `lists`.
    pub fn new(lists: &'g Lexicons) -> Featurizer<'g> {
        Featurizer {
            lists,
            listed: HashMap::default(),
            tokens: Vec::new(),
            lower: String::new(),
            long: String::new(),
            short: String::new(),
        }
    }

    /// Writes the features of `tokens` (one sentence) into `out`, all but the word-alone
    /// ones of a word (by its hash) that `known` answers true for.
    pub fn sentence(
        &mut self,
        tokens: &[&str],
        doc: &DocContext,
        history: &History,
        known: &dyn Fn(u64) -> bool,
        out: &mut Features,
    ) {
        use template::*;
        out.ids.clear();
        out.starts.clear();
        out.lower.clear();
        out.words.clear();
        out.context.clear();
        self.tokens.clear();
        let casing = casing(tokens) as u64;
        for t in tokens {
            let lower = lower_into(t, &mut self.lower);
            let lower_hash = bytes(lower.as_bytes());
            let mut prefixes = [0; 4];
            let mut suffixes = [0; 4];
            let chars = lower.chars().count();
            for (n, (p, s)) in prefixes.iter_mut().zip(suffixes.iter_mut()).enumerate() {
                if chars > n + 1 {
                    let end = lower
                        .char_indices()
                        .nth(n + 1)
                        .map_or(lower.len(), |(i, _)| i);
                    *p = bytes(&lower.as_bytes()[..end]);
                    let start = lower.char_indices().rev().nth(n).map_or(0, |(i, _)| i);
                    *s = bytes(&lower.as_bytes()[start..]);
                }
            }
            shapes(t, &mut self.long, &mut self.short);
            let flags = u64::from(t.chars().any(|c| c.is_numeric()))
                | u64::from(t.contains('-')) << 1
                | u64::from(t.contains('.')) << 2
                | u64::from(t.chars().all(|c| !c.is_alphanumeric())) << 3
                | (chars.min(6) as u64) << 4;
            let (listed, clusters) = *self.listed.entry(lower_hash).or_insert_with(|| {
                let clusters = self.lists.clusters.of(lower_hash).map(u64::from);
                (self.lists.words.code(lower), clusters)
            });
            self.tokens.push(Token {
                word: bytes(t.as_bytes()),
                lower: lower_hash,
                shape: bytes(self.long.as_bytes()),
                short: bytes(self.short.as_bytes()),
                prefixes,
                suffixes,
                flags,
                listed,
                clusters,
            });
            out.lower.push(lower_hash);
        }
        let hits = self.lists.places.hits(&out.lower);
        let n = tokens.len();
        // Neighbour values outside the sentence.
        const EDGE: u64 = 0x6564_6765;
        let at = |i: isize, f: &dyn Fn(&Token) -> u64| -> u64 {
            if i < 0 || i as usize >= n {
                EDGE ^ (i < 0) as u64
            } else {
                f(&self.tokens[i as usize])
            }
        };
        let hit_at = |i: isize| -> u64 {
            if i < 0 || i as usize >= n {
                9
            } else {
                hits[i as usize] as u64
            }
        };
        for (i, (tk, &hit)) in self.tokens.iter().zip(&hits).enumerate() {
            out.starts.push(out.ids.len());
            out.words.push(tk.word);
            let ii = i as isize;
            let ids = &mut out.ids;
            let mut push = |t: u64, v: u64| ids.push(mix(t, v));
            // The features of the word alone (with the document's casing of it): their
            // weights sum the same wherever the word recurs in the document, so they are
            // left out for a word `known` says the scorer holds the sum of.
            if !known(tk.word) {
                push(BIAS, 0);
                push(WORD, tk.word);
                push(LOWER, tk.lower);
                push(SHAPE, tk.shape);
                push(SHORT, tk.short);
                for k in 0..4 {
                    if tk.prefixes[k] != 0 {
                        push(PREFIX + k as u64, tk.prefixes[k]);
                        push(SUFFIX + k as u64, tk.suffixes[k]);
                    }
                }
                push(FLAGS, tk.flags);
                push(LEXICON, mix(tk.listed, tk.short));
                push(DOC_CASE, mix(doc.code(tk.lower), tk.short));
                push(CLUSTER, tk.clusters[0]);
                push(CLUSTER + 1, tk.clusters[1]);
                push(CLUSTER + 2, mix(tk.clusters[1], tk.short));
            }
            out.context.push(out.ids.len());
            let ids = &mut out.ids;
            let mut push = |t: u64, v: u64| ids.push(mix(t, v));
            let lower = |t: &Token| t.lower;
            let short = |t: &Token| t.short;
            for (slot, off) in [-2isize, -1, 1, 2].into_iter().enumerate() {
                push(NEAR_LOWER + slot as u64, at(ii + off, &lower));
            }
            let (left_short, right_short) = (at(ii - 1, &short), at(ii + 1, &short));
            push(NEAR_SHORT, left_short);
            push(NEAR_SHORT + 1, right_short);
            push(SHORT_TRIGRAM, mix(mix(left_short, tk.short), right_short));
            let (left_lower, right_lower) = (at(ii - 1, &lower), at(ii + 1, &lower));
            push(BIGRAM_LEFT, mix(left_lower, tk.lower));
            push(BIGRAM_RIGHT, mix(tk.lower, right_lower));
            let suffix3 = |t: &Token| t.suffixes[2];
            push(NEAR_SUFFIX, at(ii - 1, &suffix3));
            push(NEAR_SUFFIX + 1, at(ii + 1, &suffix3));
            push(FIRST_SHAPE, mix(u64::from(i == 0), tk.short));
            push(CASING, casing);
            if casing != Casing::Mixed as u64 {
                push(CASING_LOWER, mix(casing, tk.lower));
            }
            let hit = hit as u64;
            push(GAZETTEER, hit);
            push(GAZETTEER + 1, mix(hit, tk.short));
            push(GAZETTEER + 2, mix(hit_at(ii - 1), hit_at(ii + 1)));
            // Place-name openers and closers ("Port", "Island") here and next door.
            let affix = |i: isize| -> u64 {
                if i < 0 || i as usize >= n {
                    4
                } else {
                    let (open, close) = self.lists.places.affixes(self.tokens[i as usize].lower);
                    u64::from(open) | u64::from(close) << 1
                }
            };
            push(PLACE_AFFIX, mix(affix(ii), tk.short));
            push(PLACE_AFFIX + 1, mix(affix(ii - 1), affix(ii + 1)));
            // Listed as an ordinary word, a proper name, both or neither.
            push(LEXICON + 1, mix(tk.listed, mix(casing, u64::from(i == 0))));
            let code = doc.code(tk.lower);
            push(DOC_CASE + 1, mix(mix(code, casing), u64::from(i == 0)));
            // The neighbours' word clusters.
            let coarse = |t: &Token| t.clusters[0];
            push(CLUSTER + 3, at(ii - 1, &coarse));
            push(CLUSTER + 4, at(ii + 1, &coarse));
            let seen = history.majority(tk.lower);
            push(HISTORY, seen);
            push(HISTORY + 1, mix(seen, tk.short));
        }
        out.starts.push(out.ids.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn featurise(doc: &[Vec<&str>], sentence: usize, history: &History) -> Features {
        let lists = Lexicons::parse("Kati\nBamako\n", "heard\nnear\n");
        let mut f = Features::default();
        Featurizer::new(&lists).sentence(
            &doc[sentence],
            &DocContext::new(doc),
            history,
            &|_| false,
            &mut f,
        );
        f
    }

    #[test]
    fn shapes_and_casing_are_read_per_word_and_sentence() {
        let (mut long, mut short) = (String::new(), String::new());
        shapes("McDonald's", &mut long, &mut short);
        assert_eq!((long.as_str(), short.as_str()), ("XxXxxxx'x", "XxXx'x"));
        shapes("1996-08-22", &mut long, &mut short);
        assert_eq!(short, "d-d-d");
        assert_eq!(casing(&["GUNFIRE", "IN", "KATI"]), Casing::Upper);
        assert_eq!(casing(&["gunfire", "in", "kati"]), Casing::Lower);
        assert_eq!(casing(&["Gunfire", "in", "Kati"]), Casing::Mixed);
        assert_eq!(
            [
                case_of("kati"),
                case_of("Kati"),
                case_of("KATI"),
                case_of("15")
            ],
            [0, 1, 2, 3]
        );
    }

    #[test]
    fn every_token_gets_its_features_and_neighbours_matter() {
        let doc = vec![vec!["Soldiers", "fired", "in", "Kati", "."]];
        let f = featurise(&doc, 0, &History::default());
        assert_eq!(f.len(), 5);
        assert_eq!(f.lower.len(), 5);
        // The same word in another context shares its own features but not all.
        let other = vec![vec!["Kati", "was", "calm", "."]];
        let g = featurise(&other, 0, &History::default());
        let (a, b) = (f.of(3), g.of(0));
        assert!(a.iter().filter(|x| b.contains(x)).count() >= 10);
        assert_ne!(a, b);
    }

    #[test]
    fn a_headline_borrows_the_casing_of_the_story() {
        // "KATI" in a capitals headline gets the same document-casing feature as a word the
        // story writes in Title case, and a different one from a word it writes in lower case.
        let doc = vec![
            vec!["GUNFIRE", "NEAR", "KATI"],
            vec!["Gunfire", "was", "heard", "near", "Kati", "."],
        ];
        let headline = featurise(&doc, 0, &History::default());
        let context = DocContext::new(&doc);
        let h = |w: &str| bytes(w.as_bytes());
        assert_eq!(context.code(h("kati")), 2);
        assert_eq!(context.code(h("near")), 1);
        assert_eq!(context.code(h("gunfire")), 0); // only sentence-initial
        assert_ne!(headline.of(2), headline.of(1));
    }

    #[test]
    fn history_reports_the_type_given_most_often() {
        let mut history = History::default();
        let h = bytes(b"keita");
        assert_eq!(history.majority(h), 0);
        history.record(&[h, bytes(b"said")], &[labels::begin(0), labels::OUTSIDE]);
        history.record(&[h], &[labels::begin(0)]);
        history.record(&[h], &[labels::begin(2)]);
        assert_eq!(history.majority(h), 1);
        // The history changes the features of a later sentence.
        let doc = vec![vec!["Keita", "spoke", "."]];
        assert_ne!(
            featurise(&doc, 0, &history).of(0),
            featurise(&doc, 0, &History::default()).of(0)
        );
    }
}
