//! Tokens for the quantity finder, joined from the article's atoms: digit runs with
//! thousands commas and one decimal part ("1,200", "61.5"), letter runs with inner
//! apostrophes ("o'clock") and single other characters ("$", "%", "-"). Spaces part tokens
//! and are not tokens themselves, so whether two tokens touch ("15km", "$5") or stand
//! apart ("15 km") is read from the gap before each.

use crate::lexicon::TableList::LocalCurrencies;
use crate::lexicon::WordList;
use crate::text::{Atom, AtomClass, Tokens};
use std::borrow::Cow;
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

/// How far back a sentence's start is looked for, in tokens.
const SENTENCE_REACH: usize = 120;

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
    pub low: Cow<'t, str>,
    /// What stands before it: its first atom's gap.
    gap: Atom,
}

/// The tokens of a text, with the questions the finder asks of them. Every question
/// takes any index and answers "no" past the end.
pub struct Toks<'t> {
    text: &'t str,
    toks: Vec<Tok<'t>>,
    /// Currencies the article's country reads otherwise: a sign's usual code and the code
    /// it stands for here ("CFA" -> XAF in Cameroon, "Rs" -> PKR in Pakistan).
    local: Vec<(&'static str, &'static str)>,
}

impl<'t> Toks<'t> {
    /// The tokens of the article read into `tokens`.
    pub fn new(tokens: &'t Tokens<'t>) -> Self {
        let text = tokens.text();
        let atoms = tokens.atoms();
        // Whether atom `k` exists, touches the one before, and is the mark `c` or a run of
        // `class` (of `len` bytes when given).
        let mark = |k: usize, c: u8| {
            atoms.get(k).is_some_and(|a| {
                a.glued() && a.class == AtomClass::Mark && text.as_bytes()[a.start()] == c
            })
        };
        let run = |k: usize, class: AtomClass, len: Option<usize>| {
            atoms.get(k).is_some_and(|a| {
                a.glued() && a.class == class && len.is_none_or(|n| a.end() - a.start() == n)
            })
        };
        let mut toks = Vec::with_capacity(atoms.len());
        let mut k = 0;
        while k < atoms.len() {
            let first = k;
            let class = match atoms[k].class {
                AtomClass::Digits => {
                    while mark(k + 1, b',') && run(k + 2, AtomClass::Digits, Some(3)) {
                        k += 2;
                    }
                    if mark(k + 1, b'.') && run(k + 2, AtomClass::Digits, None) {
                        k += 2;
                    }
                    Class::Num
                }
                AtomClass::Letters => {
                    while mark(k + 1, b'\'') && run(k + 2, AtomClass::Letters, None) {
                        k += 2;
                    }
                    Class::Word
                }
                AtomClass::Mark => Class::Sym,
            };
            let range = atoms[first].start()..atoms[k].end();
            let low = match class {
                Class::Word if k == first => Cow::Borrowed(tokens.lower(first)),
                Class::Word => Cow::Owned(text[range.clone()].to_lowercase()),
                _ => Cow::Borrowed(""),
            };
            toks.push(Tok {
                text: &text[range.clone()],
                range,
                class,
                low,
                gap: atoms[first],
            });
            k += 1;
        }
        Toks {
            local: local_currencies(text),
            text,
            toks,
        }
    }

    /// Whether the article names a country whose currency's usual code is `code`.
    pub fn names_country_of(&self, code: &str) -> bool {
        self.local.iter().any(|(usual, _)| *usual == code)
    }

    /// The code a currency whose usual code is `code` stands for in this article.
    pub fn local(&self, code: &'static str) -> &'static str {
        self.local
            .iter()
            .find(|(usual, _)| *usual == code)
            .map_or(code, |(_, here)| here)
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
            .map(|t| t.low.as_ref())
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

    /// What stands before token `i`, when it has a token before it.
    fn gap(&self, i: usize) -> Option<&Atom> {
        (i > 0).then(|| self.toks.get(i)).flatten().map(|t| &t.gap)
    }

    /// Whether token `i` touches the token before it.
    pub fn glued(&self, i: usize) -> bool {
        self.gap(i).is_some_and(Atom::glued)
    }

    /// Whether token `i` follows the token before it on the same line with only spaces
    /// (or nothing) between.
    pub fn joined(&self, i: usize) -> bool {
        self.gap(i).is_some_and(|g| !g.line && !g.odd)
    }

    /// Whether token `i` opens a line.
    pub fn line_start(&self, i: usize) -> bool {
        i == 0 || self.gap(i).is_some_and(|g| g.line)
    }

    /// Whether token `i` follows the token before it after exactly one space.
    pub fn one_space(&self, i: usize) -> bool {
        self.joined(i) && self.toks[i].range.start - self.toks[i - 1].range.end == 1
    }

    /// The first token of the sentence that holds token `i`: after a full stop, question
    /// or exclamation mark, or at a line's start (at most [`SENTENCE_REACH`] tokens back).
    pub fn sentence_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && i - j < SENTENCE_REACH && !self.line_start(j) {
            let ends = self.toks[j - 1].class == Class::Sym
                && [".", "!", "?"].contains(&self.toks[j - 1].text);
            if ends {
                break;
            }
            j -= 1;
        }
        j
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

/// For each currency that differs by country, the code the first country of its list
/// named in `text` gives it (none when no listed country is named).
fn local_currencies(text: &str) -> Vec<(&'static str, &'static str)> {
    let mut first: Vec<(usize, &'static str, &'static str)> = Vec::new();
    for row in LocalCurrencies.table().rows() {
        let &[country, usual, here] = row else {
            continue;
        };
        // As written, or in a dateline's capitals ("YAOUNDÉ -").
        let at = [
            find_word(text, country),
            find_word(text, &country.to_uppercase()),
        ]
        .into_iter()
        .flatten()
        .min();
        let Some(at) = at else {
            continue;
        };
        match first.iter_mut().find(|(_, u, _)| *u == usual) {
            Some(seen) if seen.0 <= at => {}
            Some(seen) => *seen = (at, usual, here),
            None => first.push((at, usual, here)),
        }
    }
    first
        .into_iter()
        .map(|(_, usual, here)| (usual, here))
        .collect()
}

/// Where `name` first stands in `text` as whole words ("Niger", not in "Nigeria").
fn find_word(text: &str, name: &str) -> Option<usize> {
    text.match_indices(name).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_numbers_words_and_symbols() {
        let tokens = Tokens::new("US$2.3bn, 1,200 o'clock 1,20 61.5% a\tb\nc  d e");
        let t = Toks::new(&tokens);
        let shown: Vec<&str> = (0..t.len()).map(|i| t.get(i).unwrap().text).collect();
        assert_eq!(
            shown,
            [
                "US", "$", "2.3", "bn", ",", "1,200", "o'clock", "1", ",", "20", "61.5", "%", "a",
                "b", "c", "d", "e"
            ]
        );
        // "a\tb\nc  d e": a tab, a line break, two spaces, one.
        assert!(!t.joined(13) && t.line_start(14) && t.joined(15) && !t.one_space(15));
        assert!(t.one_space(16) && !t.glued(16) && !t.glued(0) && t.line_start(0));
        assert!(t.glued(1) && t.glued(2) && t.joined(5) && !t.glued(5));
        assert_eq!(t.phrase(5, &["o'clock"]), None);
        assert_eq!(t.phrase(6, &["o'clock"]), Some(7));
    }
}
