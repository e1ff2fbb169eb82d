//! Exact first-order Viterbi decoding under the BIO rules: the best-scoring tag sequence
//! in which every I- tag continues an entity of its own type.

use super::labels::{allowed, TAGS};
use std::ops::Add;

/// Scores of a linear-chain model: `start[t]` for a sentence opening with tag `t`, and
/// `next[p][t]` for `t` following `p`.
#[derive(Debug, Clone, PartialEq)]
pub struct Transitions<S> {
    /// Score of each first tag.
    pub start: [S; TAGS],
    /// Score of each tag pair, previous first.
    pub next: [[S; TAGS]; TAGS],
}

/// Writes into `tags` the best sequence for per-token tag scores `emissions`.
pub fn viterbi<S>(emissions: &[[S; TAGS]], trans: &Transitions<S>, tags: &mut Vec<u8>)
where
    S: Copy + PartialOrd + Add<Output = S>,
{
    tags.clear();
    let Some(first) = emissions.first() else {
        return;
    };
    let mut back: Vec<[u8; TAGS]> = Vec::with_capacity(emissions.len());
    // Best score of a path ending in each tag; `None` where the BIO rules forbid it.
    let mut best: [Option<S>; TAGS] = [None; TAGS];
    for t in 0..TAGS {
        if allowed(None, t as u8) {
            best[t] = Some(trans.start[t] + first[t]);
        }
    }
    for scores in &emissions[1..] {
        let mut row = [0u8; TAGS];
        let mut next: [Option<S>; TAGS] = [None; TAGS];
        for t in 0..TAGS {
            for (p, b) in best.iter().enumerate() {
                let Some(b) = *b else { continue };
                if !allowed(Some(p as u8), t as u8) {
                    continue;
                }
                let s = b + trans.next[p][t];
                if next[t].is_none_or(|n| s > n) {
                    next[t] = Some(s);
                    row[t] = p as u8;
                }
            }
            next[t] = next[t].map(|s| s + scores[t]);
        }
        back.push(row);
        best = next;
    }
    let mut tag = (0..TAGS).filter(|&t| best[t].is_some()).fold(0, |a, t| {
        if best[t] > best[a] || best[a].is_none() {
            t
        } else {
            a
        }
    }) as u8;
    tags.resize(emissions.len(), 0);
    for i in (0..emissions.len()).rev() {
        tags[i] = tag;
        if i > 0 {
            tag = back[i - 1][tag as usize];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::ner::labels::{begin, name};

    fn flat() -> Transitions<i32> {
        Transitions {
            start: [0; TAGS],
            next: [[0; TAGS]; TAGS],
        }
    }

    #[test]
    fn follows_emissions_when_transitions_are_flat() {
        let mut e = [[0i32; TAGS]; 3];
        e[0][begin(0) as usize] = 5;
        e[1][begin(0) as usize + 1] = 5;
        e[2][0] = 5;
        let mut tags = Vec::new();
        viterbi(&e, &flat(), &mut tags);
        let names: Vec<String> = tags.iter().map(|&t| name(t)).collect();
        assert_eq!(names, ["B-PER", "I-PER", "O"]);
    }

    #[test]
    fn never_starts_an_entity_with_i_and_weighs_the_whole_path() {
        // I-ORG is the best single tag for token 1 but cannot follow B-PER; the decoder
        // must trade token 0's preference for a legal path with the highest total.
        let mut e = [[0i32; TAGS]; 2];
        e[0][begin(1) as usize + 1] = 9; // I-ORG at the start: forbidden
        e[0][begin(0) as usize] = 3;
        e[0][begin(1) as usize] = 2;
        e[1][begin(1) as usize + 1] = 4;
        let mut tags = Vec::new();
        viterbi(&e, &flat(), &mut tags);
        assert_eq!(tags, [begin(1), begin(1) + 1]);
        let mut t = flat();
        t.next[begin(1) as usize][begin(1) as usize + 1] = -10;
        viterbi(&e, &t, &mut tags);
        assert_eq!(tags, [begin(0), 0]);
        viterbi::<i32>(&[], &t, &mut tags);
        assert!(tags.is_empty());
    }
}
