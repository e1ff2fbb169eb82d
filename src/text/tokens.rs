//! The one tokeniser: an article's normalised text as a stream of classified atoms, read
//! once, from which every grammar and the recogniser build their own token view by
//! joining atoms, never by reading the characters again.
//!
//! An atom is a run of letters (any script), a run of ASCII digits, or any other single
//! character that is not white space (a mark). White space is no atom: whether some, a
//! line break or an unusual space (a tab) stands before an atom is a flag on it, and the
//! gap's length is the distance from the atom before. Each atom's lower-case form is
//! computed once. The views: [`Tokens::words`] (words by Unicode word boundaries),
//! `extract::dates` (atoms as they are, line breaks as tokens), `extract::quantities`
//! (numbers with thousands commas and decimals, words with inner apostrophes) and
//! `extract::ner` (Penn Treebank tokens).

use std::borrow::Cow;
use std::ops::Range;

/// What an atom is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtomClass {
    /// Letters of any script (`char::is_alphabetic`).
    Letters,
    /// ASCII digits.
    Digits,
    /// One character that is neither white space, a letter nor an ASCII digit.
    Mark,
}

/// One atom: its byte range, class, lower-case form and what stands before it.
#[derive(Debug, Clone, Copy)]
pub struct Atom {
    start: u32,
    end: u32,
    /// Where its lower-case form lies in [`Tokens::lower`], when it differs from the text.
    lower: Option<(u32, u32)>,
    /// What it is made of.
    pub class: AtomClass,
    /// A line break stands between it and the atom before.
    pub line: bool,
    /// White space stands before it after the last line break, if any (since the atom
    /// before otherwise).
    pub space: bool,
    /// White space other than spaces and line breaks (a tab) stands before it.
    pub odd: bool,
}

impl Atom {
    /// Its start, a byte offset.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Its end, a byte offset.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Its byte range.
    pub fn range(&self) -> Range<usize> {
        self.start()..self.end()
    }

    /// Whether it touches the atom before: nothing stands between them.
    pub fn glued(&self) -> bool {
        !(self.line || self.space || self.odd)
    }
}

/// The atoms of a text, read once and kept apart from the text, so a [`Document`] can
/// own them beside the text they index.
///
/// [`Document`]: crate::document::Document
#[derive(Debug, Clone, Default)]
pub struct Atoms {
    atoms: Vec<Atom>,
    /// The lower-case forms of the letter runs that have capitals, one after another.
    lower: String,
}

impl Atoms {
    /// Reads `text` into atoms.
    pub fn read(text: &str) -> Atoms {
        let mut atoms = Vec::with_capacity(text.len() / 3);
        let mut lower = String::new();
        let (mut line, mut space, mut odd) = (false, false, false);
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() {
                match c {
                    '\n' => (line, space) = (true, false),
                    ' ' => space = true,
                    _ => (space, odd) = (true, true),
                }
                continue;
            }
            let class = if c.is_alphabetic() {
                AtomClass::Letters
            } else if c.is_ascii_digit() {
                AtomClass::Digits
            } else {
                AtomClass::Mark
            };
            let mut end = start + c.len_utf8();
            let mut capitals = c.is_uppercase() || !c.is_ascii() && class == AtomClass::Letters;
            if class != AtomClass::Mark {
                while let Some(&(i, next)) = chars.peek() {
                    let same = match class {
                        AtomClass::Letters => next.is_alphabetic(),
                        _ => next.is_ascii_digit(),
                    };
                    if !same {
                        break;
                    }
                    capitals |= next.is_uppercase() || !next.is_ascii();
                    end = i + next.len_utf8();
                    chars.next();
                }
            }
            // Only letter runs with a capital (or a letter outside ASCII) keep a lower-case
            // form of their own, as `str::to_lowercase` gives it (a final sigma is "ς");
            // the rest are their own.
            let own = (class == AtomClass::Letters && capitals).then(|| {
                let from = lower.len();
                lower.push_str(&text[start..end].to_lowercase());
                (from as u32, lower.len() as u32)
            });
            atoms.push(Atom {
                start: start as u32,
                end: end as u32,
                lower: own,
                class,
                line,
                space,
                odd,
            });
            (line, space, odd) = (false, false, false);
        }
        Atoms { atoms, lower }
    }
}

/// A text with its atoms: the view every grammar and the recogniser read.
#[derive(Debug)]
pub struct Tokens<'t> {
    text: &'t str,
    read: Cow<'t, Atoms>,
}

impl<'t> Tokens<'t> {
    /// Reads `text` into atoms.
    pub fn new(text: &'t str) -> Tokens<'t> {
        Tokens {
            text,
            read: Cow::Owned(Atoms::read(text)),
        }
    }

    /// `text` with the atoms already read from it by [`Atoms::read`].
    pub fn over(text: &'t str, atoms: &'t Atoms) -> Tokens<'t> {
        Tokens {
            text,
            read: Cow::Borrowed(atoms),
        }
    }

    /// The text read.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Every atom, in text order.
    pub fn atoms(&self) -> &[Atom] {
        &self.read.atoms
    }

    /// Atom `i` as written.
    pub fn written(&self, i: usize) -> &'t str {
        &self.text[self.read.atoms[i].range()]
    }

    /// Atom `i` in lower case.
    pub fn lower(&self, i: usize) -> &str {
        match self.read.atoms[i].lower {
            Some((from, to)) => &self.read.lower[from as usize..to as usize],
            None => &self.text[self.read.atoms[i].range()],
        }
    }

    /// The atoms that lie inside the byte range `bytes`, as a range of atom indexes. An
    /// atom cut by either end is left out.
    pub fn within(&self, bytes: &Range<usize>) -> Range<usize> {
        let first = self.read.atoms.partition_point(|a| a.start() < bytes.start);
        let last = self.read.atoms.partition_point(|a| a.end() <= bytes.end);
        first..last.max(first)
    }

    /// Whether either end of the byte range `bytes` falls inside an atom: such a range is
    /// read afresh by the views that take one.
    pub fn cuts_atom(&self, bytes: &Range<usize>) -> bool {
        let inside = self.within(bytes);
        inside
            .start
            .checked_sub(1)
            .is_some_and(|i| self.read.atoms[i].end() > bytes.start)
            || self
                .read
                .atoms
                .get(inside.end)
                .is_some_and(|a| a.start() < bytes.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atoms_keep_offsets_classes_gaps_and_lower_case() {
        let text = "On Aug. 18,\n\t2020's €5 Mayé ÉTÉ ΟΔΟΣ";
        let t = Tokens::new(text);
        let shown: Vec<String> = (0..t.atoms().len())
            .map(|i| {
                let a = t.atoms()[i];
                let flags = [(a.line, '|'), (a.space, '_'), (a.odd, '~')]
                    .iter()
                    .filter(|f| f.0)
                    .map(|f| f.1)
                    .collect::<String>();
                format!("{flags}{}:{}", t.written(i), t.lower(i))
            })
            .collect();
        assert_eq!(
            shown,
            [
                "On:on",
                "_Aug:aug",
                ".:.",
                "_18:18",
                ",:,",
                "|_~2020:2020",
                "':'",
                "s:s",
                "_€:€",
                "5:5",
                "_Mayé:mayé",
                "_ÉTÉ:été",
                "_ΟΔΟΣ:οδος"
            ]
        );
        for (i, a) in t.atoms().iter().enumerate() {
            assert_eq!(&text[a.range()], t.written(i));
        }
        assert_eq!(t.within(&(3..11)), 1..5);
        assert_eq!(t.within(&(4..11)), 2..5);
    }
}
