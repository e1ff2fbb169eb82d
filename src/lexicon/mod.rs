//! Lexicons: every word list the stages read, in one home. Each list is a file under
//! `data/` (one entry a line, `#` comments allowed; `.tsv` where an entry carries a normal
//! form or a number, its fields split by tabs), embedded with `include_str!`, parsed once
//! on first use and named by a variant of [`WordList`], [`TableList`] or [`PhraseList`]
//! (the registry in `lists.rs`, which also says what each list is for).
//!
//! A word list answers "is this word one of them" ([`Words`]); a table maps a word to its
//! normal form or number ([`Table`]); a phrase list finds multi-word phrases over a
//! sentence's words ([`Phrases`]). Lookups are exact: callers lower-case first where a
//! list is lower case, or use [`Words::contains_folded`]. Nothing here fails at run time:
//! a malformed line is skipped, and the test in `tests.rs` fails on any such line, any
//! duplicate and any list without its line in `DATA.md`.

mod lists;
mod phrases;
#[cfg(test)]
mod tests;

pub use lists::{PhraseList, TableList, WordList};
pub use phrases::Phrases;

use crate::sorting;
use std::cmp::Ordering;
use std::sync::LazyLock;

/// How a list's entries are written, and so how they are looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// Lower case: callers look up lower-cased words (or ignore ASCII case).
    Lower,
    /// As the text writes them ("PHOTO:", "USD"): compared exactly.
    Written,
}

/// One list's file and how to read it. Its path and case are read by the checks only.
#[derive(Debug, Clone, Copy)]
#[cfg_attr(not(test), allow(dead_code))]
struct Spec {
    /// The path under `data/`.
    path: &'static str,
    /// The file's text.
    text: &'static str,
    /// How its entries are written.
    case: Case,
    /// For a table, the fields of a row after the key; numbers must parse as decimals.
    fields: &'static [Field],
}

/// A field of a table row after its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    /// Any text.
    Text,
    /// A decimal number, maybe negative ("1609.344", "-1").
    Number,
}

/// The entries of a data file: its lines without comments, blank lines and surrounding
/// white space.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A quick test that turns away most words a list does not hold before any search: the
/// lengths and first bytes of its entries. Stages look up nearly every word of an article
/// in some list, and nearly every lookup misses.
#[derive(Debug, Default)]
struct Sieve {
    /// Bit `n` for an entry of `n` bytes (63 for any longer).
    lengths: u64,
    /// Bit `b` for an entry whose first byte is `b`.
    firsts: [u64; 4],
}

impl Sieve {
    fn of<'a>(entries: impl Iterator<Item = &'a str>) -> Sieve {
        let mut sieve = Sieve::default();
        for e in entries {
            sieve.lengths |= 1 << e.len().min(63);
            if let Some(&b) = e.as_bytes().first() {
                sieve.firsts[usize::from(b / 64)] |= 1 << (b % 64);
            }
        }
        sieve
    }

    /// Whether an entry may be `w` (or `w` lower-cased in ASCII when `folded`).
    fn may_hold(&self, w: &str, folded: bool) -> bool {
        let Some(&b) = w.as_bytes().first() else {
            return false;
        };
        let b = if folded { b.to_ascii_lowercase() } else { b };
        self.lengths & (1 << w.len().min(63)) != 0
            && self.firsts[usize::from(b / 64)] & (1 << (b % 64)) != 0
    }
}

/// A set of words (or whole phrases compared as one string), sorted for binary search.
#[derive(Debug)]
pub struct Words {
    sorted: Box<[&'static str]>,
    sieve: Sieve,
}

impl Words {
    fn parse(spec: &Spec) -> Words {
        let mut sorted: Vec<&'static str> = entries(spec.text).collect();
        sorting::sort(&mut sorted);
        Words {
            sieve: Sieve::of(sorted.iter().copied()),
            sorted: sorted.into(),
        }
    }

    /// Whether `w` is one of the words, exactly as listed.
    pub fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    /// The listed word equal to `w`, with the list's lifetime.
    pub fn get(&self, w: &str) -> Option<&'static str> {
        if !self.sieve.may_hold(w, false) {
            return None;
        }
        self.sorted.binary_search(&w).ok().map(|i| self.sorted[i])
    }

    /// Whether `w` is one of the words ignoring ASCII case (the list is lower case).
    pub fn contains_folded(&self, w: &str) -> bool {
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.contains(w);
        }
        self.sieve.may_hold(w, true) && self.sorted.binary_search_by(|e| cmp_folded(e, w)).is_ok()
    }

    /// The words, in byte order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.sorted.iter().copied()
    }
}

/// `listed` against `w` with `w` lower-cased in ASCII, byte by byte.
fn cmp_folded(listed: &str, w: &str) -> Ordering {
    listed
        .bytes()
        .cmp(w.bytes().map(|b| b.to_ascii_lowercase()))
}

/// A table: each row a key and its fields (a normal form, a number), sorted by key.
#[derive(Debug)]
pub struct Table {
    rows: Box<[Box<[&'static str]>]>,
    sieve: Sieve,
}

impl Table {
    fn parse(spec: &Spec) -> Table {
        let mut rows: Vec<Box<[&'static str]>> = entries(spec.text)
            .map(|l| l.split('\t').map(str::trim).collect::<Box<[_]>>())
            .filter(|row| row.len() == spec.fields.len() + 1)
            .collect();
        sorting::sort_by_key(&mut rows, |row| row[0]);
        Table {
            sieve: Sieve::of(rows.iter().map(|row| row[0])),
            rows: rows.into(),
        }
    }

    /// The row whose key is `key` (exactly as listed): the key, then its fields.
    pub fn get(&self, key: &str) -> Option<&[&'static str]> {
        if !self.sieve.may_hold(key, false) {
            return None;
        }
        self.rows
            .binary_search_by(|row| row[0].cmp(key))
            .ok()
            .map(|i| &*self.rows[i])
    }

    /// The first field of the row whose key is `key`.
    pub fn value(&self, key: &str) -> Option<&'static str> {
        self.get(key).map(|row| row[1])
    }

    /// The first field of the row whose key is `key` ignoring ASCII case (the keys are
    /// lower case).
    pub fn value_folded(&self, key: &str) -> Option<&'static str> {
        if !self.sieve.may_hold(key, true) {
            return None;
        }
        self.rows
            .binary_search_by(|row| cmp_folded(row[0], key))
            .ok()
            .map(|i| self.rows[i][1])
    }

    /// Every row, by key.
    pub fn rows(&self) -> impl Iterator<Item = &[&'static str]> + '_ {
        self.rows.iter().map(|r| &**r)
    }
}

static WORDS: LazyLock<Box<[Words]>> = LazyLock::new(|| {
    WordList::ALL
        .iter()
        .map(|l| Words::parse(&l.spec()))
        .collect()
});

static TABLES: LazyLock<Box<[Table]>> = LazyLock::new(|| {
    TableList::ALL
        .iter()
        .map(|l| Table::parse(&l.spec()))
        .collect()
});

static PHRASES: LazyLock<Box<[Phrases]>> = LazyLock::new(|| {
    PhraseList::ALL
        .iter()
        .map(|l| Phrases::parse(&l.spec()))
        .collect()
});

impl WordList {
    /// The list, parsed on first use.
    pub fn words(self) -> &'static Words {
        &WORDS[self as usize]
    }

    /// Whether `w` is listed, exactly as written.
    pub fn contains(self, w: &str) -> bool {
        self.words().contains(w)
    }

    /// Whether `w` is listed, ignoring ASCII case (the list is lower case).
    pub fn contains_folded(self, w: &str) -> bool {
        self.words().contains_folded(w)
    }

    /// The listed word equal to `w`, with the list's lifetime.
    pub fn get(self, w: &str) -> Option<&'static str> {
        self.words().get(w)
    }
}

/// Words a word is looked up in ignoring ASCII case: a list from `data/`, or a few words
/// written where the code is the rule (`&["and", "or"]`).
pub trait Folded {
    /// Whether `w` is one of the words, ignoring ASCII case.
    fn has_folded(&self, w: &str) -> bool;
}

impl Folded for WordList {
    fn has_folded(&self, w: &str) -> bool {
        self.contains_folded(w)
    }
}

impl<const N: usize> Folded for [&str; N] {
    fn has_folded(&self, w: &str) -> bool {
        self.iter().any(|l| l.eq_ignore_ascii_case(w))
    }
}

impl TableList {
    /// The table, parsed on first use.
    pub fn table(self) -> &'static Table {
        &TABLES[self as usize]
    }

    /// The row whose key is `key`: the key, then its fields.
    pub fn get(self, key: &str) -> Option<&'static [&'static str]> {
        self.table().get(key)
    }

    /// The first field of the row whose key is `key`.
    pub fn value(self, key: &str) -> Option<&'static str> {
        self.table().value(key)
    }

    /// The first field of the row whose key is `key` ignoring ASCII case (the table is
    /// lower case).
    pub fn value_folded(self, key: &str) -> Option<&'static str> {
        self.table().value_folded(key)
    }
}

impl PhraseList {
    /// The phrases, indexed on first use.
    pub fn phrases(self) -> &'static Phrases {
        &PHRASES[self as usize]
    }
}
