//! Tokens for the quantity finder: digit runs (with thousands commas and one decimal
//! part: "1,200", "61.5"), letter runs (with inner apostrophes: "o'clock") and single
//! other characters ("$", "%", "-"). Spaces part tokens and are not tokens themselves, so
//! whether two tokens touch ("15km", "$5") or stand apart ("15 km") is read from the gap.

use crate::lexicon::WordList;
use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// ASCII digits, maybe with thousands commas and a decimal part.
    Num,
    /// Letters, maybe with inner apostrophes.
    Word,
    /// Any other single character that is not a space.
    Sym,
}

/// One token with its byte range.
#[derive(Debug, Clone)]
pub struct Tok<'t> {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// What it is made of.
    pub class: Class,
    /// The token as written.
    pub text: &'t str,
    /// The token in lower case (words only; empty otherwise).
    pub low: String,
}

/// The tokens of a text, with the questions the finder asks of them. Every question
/// takes any index and answers "no" past the end.
pub struct Toks<'t> {
    text: &'t str,
    toks: Vec<Tok<'t>>,
}

impl<'t> Toks<'t> {
    /// Splits `text` into tokens.
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut toks = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some(&(start, c)) = chars.peek() {
            if c.is_whitespace() {
                chars.next();
                continue;
            }
            let (end, class) = if c.is_ascii_digit() {
                (digits_end(bytes, start), Class::Num)
            } else if c.is_alphabetic() {
                (word_end(text, start), Class::Word)
            } else {
                (start + c.len_utf8(), Class::Sym)
            };
            while chars.next_if(|&(i, _)| i < end).is_some() {}
            let word = &text[start..end];
            toks.push(Tok {
                range: start..end,
                class,
                text: word,
                low: if class == Class::Word {
                    word.to_lowercase()
                } else {
                    String::new()
                },
            });
        }
        Toks { text, toks }
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Token `i`.
    pub fn get(&self, i: usize) -> Option<&Tok<'t>> {
        self.toks.get(i)
    }

    /// Token `i` in lower case, if it is a word.
    pub fn word(&self, i: usize) -> Option<&str> {
        self.get(i)
            .filter(|t| t.class == Class::Word)
            .map(|t| t.low.as_str())
    }

    /// Token `i` as written, if it is a number.
    pub fn num(&self, i: usize) -> Option<&'t str> {
        self.get(i)
            .filter(|t| t.class == Class::Num)
            .map(|t| t.text)
    }

    /// Whether token `i` is the word `w` (given in lower case), in any case.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }

    /// Whether token `i` is one of the words `ws`, in any case.
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i).is_some_and(|w| ws.contains(&w))
    }

    /// Whether token `i` is a word of `list` (a lower-case list), in any case.
    pub fn listed(&self, i: usize, list: WordList) -> bool {
        self.word(i).is_some_and(|w| list.contains(w))
    }

    /// Whether token `i` is the symbol `c`.
    pub fn sym(&self, i: usize, c: char) -> bool {
        self.get(i)
            .is_some_and(|t| t.class == Class::Sym && t.text.starts_with(c))
    }

    /// Whether token `i` is a word that starts with a capital letter.
    pub fn capitalised(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| {
            t.class == Class::Word && t.text.chars().next().is_some_and(char::is_uppercase)
        })
    }

    /// The text between token `i - 1` and token `i` (empty for the first token).
    fn gap(&self, i: usize) -> &'t str {
        match (
            i.checked_sub(1).and_then(|p| self.toks.get(p)),
            self.toks.get(i),
        ) {
            (Some(a), Some(b)) => &self.text[a.range.end..b.range.start],
            _ => "",
        }
    }

    /// Whether token `i` touches the token before it.
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.len() && self.gap(i).is_empty()
    }

    /// Whether token `i` follows the token before it on the same line with only spaces
    /// (or nothing) between.
    pub fn joined(&self, i: usize) -> bool {
        i > 0 && i < self.len() && self.gap(i).bytes().all(|b| b == b' ')
    }

    /// Whether token `i` opens a line.
    pub fn line_start(&self, i: usize) -> bool {
        i == 0 || self.gap(i).contains('\n')
    }

    /// Whether token `i` follows the token before it after exactly one space.
    pub fn one_space(&self, i: usize) -> bool {
        i > 0 && i < self.len() && self.gap(i) == " "
    }

    /// The end of the words `ws` (lower case) written from token `i` on, joined by
    /// spaces.
    pub fn phrase(&self, i: usize, ws: &[&str]) -> Option<usize> {
        for (n, w) in ws.iter().enumerate() {
            if !self.is(i + n, w) || (n > 0 && !self.joined(i + n)) {
                return None;
            }
        }
        Some(i + ws.len())
    }

    /// Tokens `first..end` as written, in lower case (empty when out of range).
    pub fn lower(&self, first: usize, end: usize) -> String {
        if first >= end || end > self.len() {
            return String::new();
        }
        self.text[self.bytes(first, end - 1)].to_lowercase()
    }

    /// The byte range from the start of token `first` to the end of token `last`.
    pub fn bytes(&self, first: usize, last: usize) -> Range<usize> {
        self.toks[first].range.start..self.toks[last].range.end
    }
}

/// The end of a digit run at `start`, with thousands groups ("1,200,000") and one decimal
/// part ("61.5").
fn digits_end(b: &[u8], start: usize) -> usize {
    let run = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut end = start + run(start);
    while b.get(end) == Some(&b',') && run(end + 1) == 3 {
        end += 4;
    }
    if b.get(end) == Some(&b'.') {
        let n = run(end + 1);
        if n > 0 {
            end += 1 + n;
        }
    }
    end
}

/// The end of a letter run at `start`; an apostrophe between letters stays inside it.
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..].chars().peekable();
    while let Some(c) = chars.next() {
        let inner_apostrophe = c == '\'' && chars.peek().is_some_and(|n| n.is_alphabetic());
        if c.is_alphabetic() || inner_apostrophe {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_numbers_words_and_symbols() {
        let t = Toks::new("US$2.3bn, 1,200 o'clock 1,20 61.5%");
        let shown: Vec<&str> = (0..t.len()).map(|i| t.get(i).unwrap().text).collect();
        assert_eq!(
            shown,
            ["US", "$", "2.3", "bn", ",", "1,200", "o'clock", "1", ",", "20", "61.5", "%"]
        );
        assert!(t.glued(1) && t.glued(2) && t.joined(5) && !t.glued(5));
        assert_eq!(t.phrase(5, &["o'clock"]), None);
        assert_eq!(t.phrase(6, &["o'clock"]), Some(7));
    }
}
