//! The story sentences of an article as the comparison reads them: boilerplate left out,
//! each with its lower-cased words and their byte ranges in the pasted text.

use crate::report::Article;
use crate::text::words;
use std::ops::Range;

/// Function words: shared by every two sentences, so they say nothing about a match.
const STOP: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "as", "is", "was", "were", "are", "be", "been", "has", "had", "have", "it", "its",
    "that", "this", "which", "who", "he", "she", "they", "his", "her", "their", "said", "says",
    "not", "after", "before", "into", "than", "also", "would", "will", "could", "about", "over",
    "there", "we", "our", "i", "you",
];

/// One story sentence.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Its index in the article's `sentences`.
    pub index: usize,
    /// Its byte range in the pasted text.
    pub range: Range<usize>,
    /// Its words, lower-cased.
    pub words: Vec<String>,
    /// Byte range of each word in the pasted text.
    pub spans: Vec<Range<usize>>,
}

impl Sentence {
    /// Whether word `i` carries content (not a function word, not a lone digit).
    pub fn is_content(&self, i: usize) -> bool {
        is_content(&self.words[i])
    }
}

/// Whether a lower-cased word carries content.
pub fn is_content(word: &str) -> bool {
    word.chars().count() > 1 && !STOP.contains(&word)
}

/// The story sentences of `article`, whose pasted text is `text`.
pub fn story(article: &Article, text: &str) -> Vec<Sentence> {
    let furniture: Vec<Range<usize>> = article
        .boilerplate
        .iter()
        .map(|b| b.span.start..b.span.end)
        .collect();
    article
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            !furniture
                .iter()
                .any(|b| b.start <= s.start && s.end <= b.end)
        })
        .filter(|(_, s)| {
            s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
        })
        .map(|(index, s)| {
            let ws = words(text, s.start..s.end);
            Sentence {
                index,
                range: s.start..s.end,
                words: ws
                    .iter()
                    .map(|w| w.text.to_lowercase().replace('’', "'"))
                    .collect(),
                spans: ws.iter().map(|w| w.range()).collect(),
            }
        })
        .filter(|s| !s.words.is_empty())
        .collect()
}
