//! Word tokens by Unicode word boundaries (UAX #29), so "O'Brien", "U.S" and "3.5" stay
//! whole and any script splits sensibly.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// A word of the text: a run that holds at least one letter or digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    /// Byte range in the text.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The word as written.
    pub text: &'t str,
}

impl Word<'_> {
    /// The byte range of the word.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// The words of `text[range]`, with offsets into the whole of `text`.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word<'_>> {
    let base = range.start;
    text[range]
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| Word {
            start: base + i,
            end: base + i + w.len(),
            text: w,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        words(text, 0..text.len()).iter().map(|w| w.text).collect()
    }

    #[test]
    fn keeps_apostrophes_decimals_and_drops_punctuation() {
        assert_eq!(
            texts("O'Brien paid €3.50, didn't he?"),
            ["O'Brien", "paid", "3.50", "didn't", "he"]
        );
    }

    #[test]
    fn offsets_point_into_the_whole_text() {
        let text = "ab. Kati Bamako";
        let ws = words(text, 4..text.len());
        assert_eq!(&text[ws[1].range()], "Bamako");
        assert_eq!(ws[0].start, 4);
    }
}
