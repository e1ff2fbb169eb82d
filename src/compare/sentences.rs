//! The story sentences of a document as the comparison reads them: boilerplate left out,
//! each with its lower-cased words and their byte ranges in the normalised text.

use super::maps::{HashMap, HashSet};
use crate::document::Document;
use crate::lexicon::WordList::{EventBoundaries, ReportingVerbs, StopWords};
use crate::sorting;
use std::ops::Range;

/// [`Sentence::flags`] bit: the word carries content (see [`is_content`]).
const CONTENT: u8 = 1;
/// [`Sentence::flags`] bit: the word is a reporting verb ("said").
const REPORTING: u8 = 2;
/// [`Sentence::flags`] bit: the word opens a clause about another event ("after").
const BOUNDARY: u8 = 4;

/// One story sentence.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Its index in the document's `sentences`.
    pub index: usize,
    /// Its byte range.
    pub range: Range<usize>,
    /// Its words, lower-cased.
    pub words: Vec<String>,
    /// Byte range of each word.
    pub spans: Vec<Range<usize>>,
    /// Each word as a number, the same for the same word in every sentence of the
    /// comparison and ordered as the words are (see [`number`]): comparing, sorting and
    /// hashing them is comparing, sorting and hashing the words. Empty until numbered.
    pub ids: Vec<u32>,
    /// What each word is (content, reporting verb, clause opener: bits), read once per
    /// distinct word when the words are numbered. Empty until numbered.
    flags: Vec<u8>,
}

impl Sentence {
    /// A sentence from its lower-cased `words` and their byte `spans`.
    pub fn new(
        index: usize,
        range: Range<usize>,
        words: Vec<String>,
        spans: Vec<Range<usize>>,
    ) -> Sentence {
        Sentence {
            index,
            range,
            words,
            spans,
            ids: Vec::new(),
            flags: Vec::new(),
        }
    }

    /// Whether word `i` carries content (not a function word, not a lone digit).
    pub fn is_content(&self, i: usize) -> bool {
        self.flags[i] & CONTENT != 0
    }

    /// Whether word `i` is a reporting verb (`ReportingVerbs`).
    pub fn is_reporting(&self, i: usize) -> bool {
        self.flags[i] & REPORTING != 0
    }

    /// Whether word `i` opens a clause about another event (`EventBoundaries`).
    pub fn opens_clause(&self, i: usize) -> bool {
        self.flags[i] & BOUNDARY != 0
    }
}

/// The [`Sentence::flags`] of a lower-cased word.
fn flags_of(word: &str) -> u8 {
    let bit = |on: bool, bit: u8| if on { bit } else { 0 };
    bit(is_content(word), CONTENT)
        | bit(ReportingVerbs.contains(word), REPORTING)
        | bit(EventBoundaries.contains(word), BOUNDARY)
}

/// Whether a lower-cased word carries content.
pub fn is_content(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some() && chars.next().is_some() && !StopWords.contains(word)
}

/// Numbers the words of every sentence of `stories` (see [`Sentence::ids`]): each distinct
/// word gets its rank among all the distinct words in byte order, so that word ids sort,
/// compare and count exactly as the words themselves do, at the cost of an integer.
/// Each word's [`Sentence::flags`] are read here too, once per distinct word. Returns how
/// many times each word id is written across all the stories.
pub fn number(stories: &mut [Vec<Sentence>]) -> Vec<usize> {
    let distinct: HashSet<&str> = stories
        .iter()
        .flatten()
        .flat_map(|s| s.words.iter().map(String::as_str))
        .collect();
    let mut distinct: Vec<&str> = distinct.into_iter().collect();
    sorting::sort(&mut distinct);
    let rank: HashMap<&str, u32> = distinct
        .iter()
        .enumerate()
        .map(|(i, &w)| (w, i as u32))
        .collect();
    let ids: Vec<Vec<u32>> = stories
        .iter()
        .flatten()
        .map(|s| s.words.iter().map(|w| rank[w.as_str()]).collect())
        .collect();
    let flags: Vec<u8> = distinct.iter().map(|w| flags_of(w)).collect();
    let mut written = vec![0; distinct.len()];
    for (s, ids) in stories.iter_mut().flatten().zip(ids) {
        for &w in &ids {
            written[w as usize] += 1;
        }
        s.flags = ids.iter().map(|&w| flags[w as usize]).collect();
        s.ids = ids;
    }
    written
}

/// The story sentences of `doc`: those outside its boilerplate.
pub fn story(doc: &Document) -> Vec<Sentence> {
    let tokens = doc.tokens();
    doc.sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            !doc.boilerplate
                .iter()
                .any(|b| b.range.start <= s.start && s.end <= b.range.end)
        })
        .map(|(index, s)| {
            let ws = tokens.words(s.clone());
            Sentence::new(
                index,
                s.clone(),
                ws.iter()
                    .map(|w| tokens.lower_word(w).into_owned())
                    .collect(),
                ws.iter().map(|w| w.range()).collect(),
            )
        })
        .filter(|s| !s.words.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_not_content() {
        assert!(StopWords.words().iter().all(|w| !is_content(w)));
        assert!(is_content("mutiny") && is_content("14") && !is_content("é") && !is_content(""));
    }
}
