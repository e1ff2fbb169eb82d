//! Counted nouns: the plural noun a number counts, maybe after one or two modifiers ("12
//! firefighters", "12 armed men", "300 newly trained officers"), or the singular noun
//! after "one" or "1" ("one child"). Capitalised words are names, not counted nouns.
//!
//! There is no dictionary: a plural is a lower-case word ending in "s" that is not a
//! known non-plural ("vs", "was", "always"), or a known irregular plural ("people",
//! "men", "aircraft").

use super::events::is_person;
use super::lex::Toks;
use crate::lexicon::WordList::{
    CountStops, IrregularPlurals, NotMan, NotPlural, OneAdjectives, OneIdioms,
};
use std::ops::Range;

/// How many words after a number the counted noun may be ("300 newly trained officers").
const NOUN_WITHIN: usize = 3;

/// The noun a number counts.
#[derive(Debug, Clone)]
pub struct Counted {
    /// The noun in lower case, as written.
    pub noun: String,
    /// The tokens between the number and the noun (its modifiers).
    pub mods: Range<usize>,
    /// The token after the noun.
    pub end: usize,
}

/// Whether the lower-case word `w` is a plural noun.
pub fn is_plural(w: &str) -> bool {
    let last = w.rsplit('-').next().unwrap_or(w);
    if IrregularPlurals.contains(last) {
        return true;
    }
    if last.len() > 3 && last.ends_with("men") && !NotMan.contains(last) {
        return true;
    }
    last.len() >= 3
        && last.ends_with('s')
        && !["ss", "us", "is", "'s"].iter().any(|e| last.ends_with(e))
        && !NotPlural.contains(last)
        && !CountStops.contains(last)
}

/// The noun counted by a number that ends before token `k`: the first plural within
/// three words (an irregular plural before another plural is a modifier: "police
/// officers"), or for `one`, the singular noun.
pub fn counted(t: &Toks, k: usize, one: bool) -> Option<Counted> {
    let mut j = k;
    let mut seen: Vec<(usize, usize)> = Vec::new();
    while seen.len() < NOUN_WITHIN && t.joined(j) {
        let Some(w) = t.word(j) else { break };
        if t.capitalised(j) || CountStops.contains(w) {
            break;
        }
        let end = compound_end(t, j);
        if !one && is_plural(&t.lower(j, end)) {
            // "police officers", "staff members": an irregular plural may be a modifier.
            let next = compound_end(t, end);
            let (j, end) = if !w.ends_with('s')
                && t.joined(end)
                && t.word(end).is_some()
                && !t.capitalised(end)
                && is_plural(&t.lower(end, next))
            {
                (end, next)
            } else {
                (j, end)
            };
            return Some(Counted {
                noun: t.lower(j, end),
                mods: k..j,
                end,
            });
        }
        seen.push((j, end));
        j = end;
    }
    if !one {
        return None;
    }
    let singular = |&(a, b): &(usize, usize)| {
        let w = t.lower(a, b);
        !is_plural(&w)
            && w.len() > 1
            && !["ed", "ing", "ly"].iter().any(|e| w.ends_with(e))
            && !OneAdjectives.contains(&w)
            && !OneIdioms.contains(&w)
    };
    let person = seen.iter().find(|(a, b)| {
        let w = t.lower(*a, *b);
        is_person(&w) && !is_plural(&w)
    });
    let modifier = |&(a, b): &(usize, usize)| {
        let w = t.lower(a, b);
        OneAdjectives.contains(&w) || w.ends_with("ed")
    };
    let noun = person.or_else(|| match seen.as_slice() {
        [first, ..] if singular(first) => Some(first),
        [first, second, ..] if modifier(first) && singular(second) => Some(second),
        _ => None,
    })?;
    Some(Counted {
        noun: t.lower(noun.0, noun.1),
        mods: k..noun.0,
        end: noun.1,
    })
}

/// The end of the word at `j` with any words hyphenated to it ("well-armed").
fn compound_end(t: &Toks, j: usize) -> usize {
    let mut end = j + 1;
    while t.sym(end, '-') && t.glued(end) && t.glued(end + 1) && t.word(end + 1).is_some() {
        end += 2;
    }
    end
}
