//! Forms of a quantity beyond "number unit": a match score ("won 3-1"), so many times
//! ("twice", "fivefold"), a fraction before a unit ("half a point"), a noun hyphenated
//! to its number ("a ten-storey block"), an age set beside a name ("Kelby, 23,") and the
//! noun of a partitive ("Nine of the 14 passengers"). The grammar in `parse` asks these
//! questions; each answers from the tokens alone.

use super::lex::Toks;
use super::nouns::counted;
use super::number::{Dec, Num};
use crate::lexicon::TableList::NumberWords;
use crate::lexicon::WordList::{CompoundStops, PartitiveHeads, ScoreWords};
use std::ops::Range;

/// Most digits a side's score has.
const SCORE_DIGITS: usize = 3;

/// How many words before a score a word of the match may stand ("beat Kestrel Town 3-1").
const SCORE_BEFORE: usize = 4;

/// Whether the digits on either side of the hyphen at `k`, in a quantity from `i` to
/// `end`, are a match score: short, with a word of the match just before or after ("won
/// 3-1", "a 2-2 draw").
pub fn score_like(t: &Toks, i: usize, k: usize, end: usize) -> bool {
    let short = |j: usize| t.num(j).is_some_and(|n| n.len() <= SCORE_DIGITS);
    if !short(k - 1) || !short(k + 1) {
        return false;
    }
    let after = t.joined(end) && t.listed(end, ScoreWords);
    let before = (1..=SCORE_BEFORE)
        .take_while(|n| *n <= i && t.joined(i + 1 - n) && t.word(i - n).is_some())
        .any(|n| t.listed(i - n, ScoreWords));
    after || before
}

/// "twice", "fivefold" at `k`: how many times.
pub fn times(t: &Toks, k: usize) -> Option<u128> {
    let w = t.word(k)?;
    if w == "twice" {
        return Some(2);
    }
    let base = w.strip_suffix("fold").filter(|b| !b.is_empty())?;
    NumberWords.value(base)?.parse().ok()
}

/// A fraction before a unit, where no number is written: "half a point", "a quarter of a
/// percentage point".
pub fn fraction(t: &Toks, k: usize) -> Option<Num> {
    let article = |j: usize| t.joined(j) && t.is_any(j, &["a", "an"]);
    let (value, j) = if t.is(k, "half") {
        (Dec::new(5, 1), k + 1)
    } else if t.is(k, "a") {
        let end = t
            .phrase(k + 1, &["quarter", "of"])
            .filter(|_| t.joined(k + 1))?;
        (Dec::new(25, 2), end)
    } else {
        return None;
    };
    article(j).then_some(Num {
        value,
        end: j + 1,
        scale: None,
        plain: false,
        one: false,
    })
}

/// The noun of a hyphenated compound at `k` that counts it: "a ten-storey block" (10
/// storey), "a three-bedroom house"; not a fraction or an idiom ("two-thirds", "one-off"),
/// a participle ("two-pronged") or a name ("7-Eleven").
pub fn compound_noun(t: &Toks, k: usize) -> Option<String> {
    let w = t.word(k).filter(|_| t.glued(k) && !t.capitalised(k))?;
    let joined_on = t.sym(k + 1, '-') && t.glued(k + 1);
    let participle = ["ed", "ing"].iter().any(|e| w.ends_with(e));
    (w.len() > 2 && !joined_on && !participle && !t.listed(k, CompoundStops)).then(|| w.into())
}

/// Whether a bare number is an age set beside a name: "Marijke van der Veen, 34, said",
/// "Rakesh Venkataraman (47)". The number starts at `k` and ends at `end`.
pub fn apposed_age(t: &Toks, i: usize, k: usize, end: usize, n: &Num) -> bool {
    let age = n.plain && n.value.whole().is_some_and(|v| (1..=MAX_AGE).contains(&v));
    if !age || i != k || i < 2 || !t.capitalised(i - 2) {
        return false;
    }
    let between = |open: char, close: char| t.sym(i - 1, open) && t.sym(end, close);
    between(',', ',') || between('(', ')')
}

/// The oldest age read from a number set beside a name.
const MAX_AGE: u128 = 120;

/// Verbs after which a plural noun says what a counted group is ("three were women").
const COPULAS: [&str; 4] = ["were", "are", "was", "is"];

/// The noun of a number that counts nothing itself, read from `k`: a partitive ("Nine of
/// the 14 passengers", "five of the detainees", "23 of them children", "15 of them were
/// children") or what the group is ("three were women"). Gives the noun, its modifiers
/// and the token after it.
pub fn partitive(t: &Toks, k: usize) -> Option<(String, Range<usize>, usize)> {
    let mut j = k;
    if t.is(k, "of") && t.joined(k + 1) {
        j = k + 2;
        if t.listed(k + 1, PartitiveHeads) {
            if t.num(j).is_some() && t.joined(j) {
                j += 1;
            }
        } else if !t.is_any(k + 1, &["them", "whom"]) {
            return None;
        }
    }
    // After a copula, only the noun itself: "were undergoing medical checks" says what
    // they did, not what they are.
    let copula = t.joined(j) && t.is_any(j, &COPULAS);
    if copula {
        j += 1;
    } else if j == k {
        return None;
    }
    let c = counted(t, j, false).filter(|c| !copula || c.mods.is_empty())?;
    Some((c.noun, c.mods, c.end))
}
