//! Tokens for the date grammar: words (runs of letters in any script), runs of ASCII
//! digits, single marks and line breaks, each with its byte range and whether white space
//! comes before it. Letters of any script keep "Mayé" one word, so it never reads as "May".

use crate::lexicon::Folded;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any other single character that is not white space.
    Mark,
    /// A line break: no date runs across one.
    Break,
}

/// One token of the text.
#[derive(Debug, Clone, Copy)]
pub struct Tok<'t> {
    /// The token as written.
    pub text: &'t str,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// What it is.
    pub class: Class,
    /// Whether white space (other than a line break) comes right before it.
    pub space: bool,
}

/// The tokens of `text` in order.
pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut space = false;
    while let Some((start, c)) = chars.next() {
        if c == '\n' {
            out.push(Tok {
                text: &text[start..start + 1],
                start,
                end: start + 1,
                class: Class::Break,
                space,
            });
            space = false;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let class = if c.is_alphabetic() {
            Class::Word
        } else if c.is_ascii_digit() {
            Class::Num
        } else {
            Class::Mark
        };
        let mut end = start + c.len_utf8();
        if class != Class::Mark {
            while let Some(&(i, next)) = chars.peek() {
                let same = match class {
                    Class::Word => next.is_alphabetic(),
                    _ => next.is_ascii_digit(),
                };
                if !same {
                    break;
                }
                end = i + next.len_utf8();
                chars.next();
            }
        }
        out.push(Tok {
            text: &text[start..end],
            start,
            end,
            class,
            space,
        });
        space = false;
    }
    out
}

/// Token access for the grammar: every lookup is bounds-checked, so patterns read past
/// either end of the text simply fail.
#[derive(Clone, Copy)]
pub struct Toks<'a, 't>(pub &'a [Tok<'t>]);

impl<'t> Toks<'_, 't> {
    /// The token at `i`.
    pub fn get(self, i: usize) -> Option<&'t str> {
        self.0.get(i).map(|t| t.text)
    }

    /// The word at `i`, when token `i` is a word.
    pub fn word(self, i: usize) -> Option<&'t str> {
        self.0
            .get(i)
            .filter(|t| t.class == Class::Word)
            .map(|t| t.text)
    }

    /// Whether token `i` is a word in `list` (compared ignoring ASCII case).
    pub fn word_in(self, i: usize, list: &dyn Folded) -> bool {
        self.word(i).is_some_and(|w| list.has_folded(w))
    }

    /// Whether token `i` is the mark `mark`.
    pub fn mark(self, i: usize, mark: &str) -> bool {
        self.0
            .get(i)
            .is_some_and(|t| t.class == Class::Mark && t.text == mark)
    }

    /// Whether token `i` exists and follows token `i - 1` with no space between.
    pub fn glued(self, i: usize) -> bool {
        i > 0
            && self
                .0
                .get(i)
                .is_some_and(|t| !t.space && t.class != Class::Break)
            && self.0[i - 1].class != Class::Break
    }

    /// Whether token `i` exists and follows a space on the same line.
    pub fn spaced(self, i: usize) -> bool {
        self.0
            .get(i)
            .is_some_and(|t| t.space && t.class != Class::Break)
    }

    /// The number at `i` when it has at most `digits` digits.
    pub fn num(self, i: usize, digits: usize) -> Option<u32> {
        self.0
            .get(i)
            .filter(|t| t.class == Class::Num && t.text.len() <= digits)
            .and_then(|t| t.text.parse().ok())
    }

    /// Whether token `i` starts a number of its own: not glued to a word, a digit group
    /// or a currency sign before it ("FY2020", "1,2020", "$2020").
    pub fn starts_free(self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let before = self.0[i - 1];
        if matches!(before.text, "$" | "€" | "£" | "¥") {
            return false;
        }
        !self.glued(i)
            || (before.class == Class::Mark
                && !matches!(before.text, "." | "," | ":" | "/" | "-" | "+" | "'"))
    }

    /// Whether a number ending before token `j` ends there: not glued to letters, a
    /// percent sign, or a digit group after a separator ("2020s", "2020.5", "2,020").
    pub fn ends_free(self, j: usize) -> bool {
        if !self.glued(j) {
            return true;
        }
        let after = self.0[j];
        match after.class {
            Class::Word | Class::Num => false,
            _ => {
                after.text != "%"
                    && !(matches!(after.text, "." | "," | ":" | "/" | "-")
                        && self.0.get(j + 1).is_some_and(|n| n.class == Class::Num)
                        && self.glued(j + 1))
            }
        }
    }

    /// Whether token `i` is preceded by a word of `list`, either spaced ("in June") or
    /// joined by a hyphen ("mid-June").
    pub fn preceded_by(self, i: usize, list: &dyn Folded) -> bool {
        if i == 0 || !self.0.get(i).is_some_and(|t| t.class != Class::Break) {
            return false;
        }
        if self.glued(i) {
            i >= 2 && self.mark(i - 1, "-") && self.glued(i - 1) && self.word_in(i - 2, list)
        } else {
            self.word_in(i - 1, list)
        }
    }

    /// Whether token `i` and `i + 1` spell "'s" glued to what comes before.
    pub fn possessive(self, i: usize) -> bool {
        self.mark(i, "'") && self.glued(i) && self.word_in(i + 1, &["s"]) && self.glued(i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_offsets_and_spacing() {
        let text = "On Aug. 18,\n2020's €5 Mayé";
        let toks = tokenize(text);
        let shown: Vec<(&str, bool)> = toks.iter().map(|t| (t.text, t.space)).collect();
        assert_eq!(
            shown,
            [
                ("On", false),
                ("Aug", true),
                (".", false),
                ("18", true),
                (",", false),
                ("\n", false),
                ("2020", false),
                ("'", false),
                ("s", false),
                ("€", true),
                ("5", false),
                ("Mayé", true),
            ]
        );
        for t in &toks {
            assert_eq!(&text[t.start..t.end], t.text);
        }
    }
}
