//! Words by Unicode word boundaries (UAX #29), built by joining the atoms of [`Tokens`]:
//! letters and digits join each other ("G7", "4x4"), letters join across one inner
//! apostrophe, full stop or colon ("O'Brien", "U.S"), digits across one inner comma, full
//! stop or semicolon ("3.50", "1,200"), and an underscore joins both. Combining marks stay
//! with the character before them. A word holds at least one letter or digit.
//!
//! For Latin, Cyrillic and Greek text the words are those of the `unicode-segmentation`
//! crate (a property test checks it). Elsewhere they may differ: a run of letters is one
//! word, where UAX #29 splits Chinese and Japanese ideographs one by one and kana by kind;
//! digits other than ASCII are marks, each its own word where UAX #29 joins them; Hebrew's
//! rules for quotation marks inside words are not applied.

use super::tokens::{Atom, AtomClass, Tokens};
use std::borrow::Cow;
use std::ops::Range;

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

/// The words of `text[range]`, with offsets into the whole of `text`. Reads the range's
/// atoms afresh: where the article's [`Tokens`] are at hand, [`Tokens::words`] does not.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word<'_>> {
    let base = range.start;
    let part = Tokens::new(&text[range]);
    let mut out = part.words(0..part.text().len());
    for w in &mut out {
        w.start += base;
        w.end += base;
    }
    out
}

/// How a character takes part in the joining rules of UAX #29.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Letters (ALetter).
    Letter,
    /// Digits (Numeric).
    Digit,
    /// Joins letters on both sides (MidLetter).
    MidLetter,
    /// Joins digits on both sides (MidNum).
    MidNum,
    /// Joins letters or digits on both sides (MidNumLet, Single_Quote).
    MidBoth,
    /// Joins letters and digits before and after (ExtendNumLet).
    Connector,
    /// Belongs to the character before it (Extend, Format, ZWJ).
    Extend,
    /// Anything else: a word of its own if it is alphanumeric, else no word.
    Other,
}

/// The role of a mark.
fn role(c: char) -> Role {
    match c {
        ':' | '\u{b7}' | '\u{387}' | '\u{55f}' | '\u{5f4}' | '\u{2027}' | '\u{fe13}'
        | '\u{fe55}' | '\u{ff1a}' => Role::MidLetter,
        ',' | ';' | '\u{37e}' | '\u{589}' | '\u{60c}' | '\u{60d}' | '\u{66c}' | '\u{7f8}'
        | '\u{2044}' | '\u{fe10}' | '\u{fe14}' | '\u{fe50}' | '\u{fe54}' | '\u{ff0c}'
        | '\u{ff1b}' => Role::MidNum,
        '.' | '\'' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{fe52}' | '\u{ff07}'
        | '\u{ff0e}' => Role::MidBoth,
        '_'
        | '\u{203f}'
        | '\u{2040}'
        | '\u{2054}'
        | '\u{fe33}'
        | '\u{fe34}'
        | '\u{fe4d}'..='\u{fe4f}'
        | '\u{ff3f}' => Role::Connector,
        '\u{ad}'
        | '\u{200c}'
        | '\u{200d}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206f}'
        | '\u{feff}' => Role::Extend,
        c if unicode_normalization::char::is_combining_mark(c) => Role::Extend,
        _ => Role::Other,
    }
}

/// A character with the marks that belong to it: its role and byte range.
#[derive(Debug, Clone, Copy)]
struct Cluster {
    role: Role,
    range: (usize, usize),
    /// Whether it touches the cluster before.
    glued: bool,
}

impl<'t> Tokens<'t> {
    /// The words of `range` (a byte range of the text), as UAX #29 splits that stretch on
    /// its own. A range that cuts an atom is read afresh.
    pub fn words(&self, range: Range<usize>) -> Vec<Word<'t>> {
        if self.cuts_atom(&range) {
            return words(self.text(), range);
        }
        let clusters = clusters(self.text(), &self.atoms()[self.within(&range)]);
        join(self.text(), &clusters)
    }

    /// The word `w` (one of this text's) in lower case: the lower-case form of its atom,
    /// read once, when it is one atom.
    pub fn lower_word(&self, w: &Word<'t>) -> Cow<'_, str> {
        let inside = self.within(&w.range());
        match &self.atoms()[inside.clone()] {
            [a] if a.range() == w.range() => Cow::Borrowed(self.lower(inside.start)),
            _ => Cow::Owned(w.text.to_lowercase()),
        }
    }
}

/// The atoms as clusters: marks that extend the character before join it.
fn clusters(text: &str, atoms: &[Atom]) -> Vec<Cluster> {
    let mut out: Vec<Cluster> = Vec::with_capacity(atoms.len());
    for a in atoms {
        let role = match a.class {
            AtomClass::Letters => Role::Letter,
            AtomClass::Digits => Role::Digit,
            AtomClass::Mark => text[a.range()].chars().next().map_or(Role::Other, role),
        };
        let glued = a.glued() && !out.is_empty();
        match out.last_mut() {
            Some(last) if glued && role == Role::Extend => last.range.1 = a.end(),
            _ => out.push(Cluster {
                role,
                range: (a.start(), a.end()),
                glued,
            }),
        }
    }
    out
}

/// Whether clusters `a` and `b` (touching) join, given `c` after `b` (touching `b`) for
/// the rules that look past a joining mark.
fn joins(a: Role, b: Role, c: Option<Role>) -> bool {
    use Role::*;
    match (a, b) {
        (Letter | Digit | Connector, Letter | Digit | Connector) => true,
        (Letter, MidLetter | MidBoth) => c == Some(Letter),
        (Digit, MidNum | MidBoth) => c == Some(Digit),
        _ => false,
    }
}

/// The words the clusters make.
fn join<'t>(text: &'t str, clusters: &[Cluster]) -> Vec<Word<'t>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < clusters.len() {
        let start = clusters[i].range.0;
        let mut end = clusters[i].range.1;
        let mut last = clusters[i].role;
        let mut j = i + 1;
        while let Some(b) = clusters.get(j).filter(|b| b.glued) {
            let after = clusters.get(j + 1).filter(|c| c.glued).map(|c| c.role);
            if !joins(last, b.role, after) {
                break;
            }
            if matches!(b.role, Role::MidLetter | Role::MidNum | Role::MidBoth) {
                // The mark and the run after it.
                j += 1;
            }
            end = clusters[j].range.1;
            last = clusters[j].role;
            j += 1;
        }
        let word = &text[start..end];
        if word.chars().any(char::is_alphanumeric) {
            out.push(Word {
                start,
                end,
                text: word,
            });
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn texts(text: &str) -> Vec<&str> {
        words(text, 0..text.len()).iter().map(|w| w.text).collect()
    }

    #[test]
    fn keeps_apostrophes_decimals_and_drops_punctuation() {
        assert_eq!(
            texts("O'Brien paid €3.50, didn't he? U.S. G7 1,200 snake_case x:y 10:30"),
            [
                "O'Brien",
                "paid",
                "3.50",
                "didn't",
                "he",
                "U.S",
                "G7",
                "1,200",
                "snake_case",
                "x:y",
                "10",
                "30"
            ]
        );
    }

    #[test]
    fn offsets_point_into_the_whole_text() {
        let text = "ab. Kati Bamako";
        let ws = words(text, 4..text.len());
        assert_eq!(&text[ws[1].range()], "Bamako");
        assert_eq!(ws[0].start, 4);
        // The article's tokens give the same words, cut or not.
        let t = Tokens::new(text);
        assert_eq!(t.words(4..text.len()), ws);
        assert_eq!(t.words(5..text.len())[0].text, "ati");
    }

    /// Characters of news text in Latin, Cyrillic and Greek, with digits, spaces and the
    /// punctuation the joining rules turn on.
    const ALPHABET: &[char] = &[
        'a', 'b', 'Z', 'é', 'ß', 'ñ', 'Ł', 'д', 'Ж', 'ё', 'λ', 'Ω', 'ά', 'ϊ', '0', '7', ' ', '\n',
        '\t', '.', ',', ';', ':', '\'', '’', '‘', '"', '“', '-', '_', '!', '?', '(', ')', '/', '€',
        '%', '·', '\u{301}', '\u{308}', '\u{200d}', '\u{ad}', '²', '½',
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn words_are_those_of_unicode_segmentation(
            chars in prop::collection::vec(prop::sample::select(ALPHABET), 0..40),
            from in 0usize..40,
        ) {
            let text: String = chars.into_iter().collect();
            let expected: Vec<(usize, &str)> = text
                .split_word_bound_indices()
                .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
                .collect();
            let got: Vec<(usize, &str)> =
                texts(&text).into_iter().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)).collect();
            prop_assert_eq!(&got, &expected, "{:?}", text);
            // A stretch of the article's tokens gives the words of that stretch alone.
            let mut from = from.min(text.len());
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let t = Tokens::new(&text);
            prop_assert_eq!(t.words(from..text.len()), words(&text, from..text.len()));
        }
    }
}
