//! The story sentences of a document as the comparison reads them: boilerplate left out,
//! each with its lower-cased words and their byte ranges in the normalised text.

use crate::document::Document;
use crate::lexicon::WordList::StopWords;
use std::ops::Range;

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
    /// Whether each word carries content, read once.
    content: Vec<bool>,
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
            content: words.iter().map(|w| is_content(w)).collect(),
            words,
            spans,
        }
    }

    /// Whether word `i` carries content (not a function word, not a lone digit).
    pub fn is_content(&self, i: usize) -> bool {
        self.content[i]
    }
}

/// Whether a lower-cased word carries content.
pub fn is_content(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some() && chars.next().is_some() && !StopWords.contains(word)
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
