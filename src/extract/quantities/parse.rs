//! The grammar of one quantity, read from a token on:
//!
//! `[qualifier] [aged | between] [currency] number [range] [unit | counted noun]
//! [(converted)]`, or `[qualifier] plural-scale of (currency | counted noun)`.
//!
//! It then decides whether what it read is a quantity at all (a year, an ID or a pronoun
//! is not) and, for counts of people, whether they died, were hurt or were detained.

use super::amount::{Amount, Qualifier, Thing};
use super::events::{classify, event_word, is_person, Event};
use super::lex::Toks;
use super::nouns::{counted, Counted};
use super::number::{number, plural_scale, Dec, Num};
use super::units::{
    currency_after, currency_before, duration, money, percent, physical, sign_after,
};
use super::units::{Measure, Unit};
use crate::calendar::BARE_YEARS;
use crate::lexicon::PhraseList;
use crate::lexicon::WordList::{
    ChangeWords, IdentifierAbbreviations, IdentifierWords, LeadWords, YearLeads,
};
use std::ops::Range;

/// A quantity read from the tokens.
#[derive(Debug, Clone)]
pub struct Quantity {
    /// Its first token.
    pub first: usize,
    /// The token after it.
    pub end: usize,
    /// The amount, or the low end of a range, in the written unit.
    pub low: Dec,
    /// The high end of a range.
    pub high: Option<Dec>,
    /// What the amount is of.
    pub what: What,
    /// The qualifier's normal form ("at least", "about").
    pub qual: Option<Qualifier>,
    /// Whether a counted noun is written (it stays true when the count becomes an event).
    pub counted: bool,
}

/// What an amount is of.
#[derive(Debug, Clone)]
pub enum What {
    /// Nothing written.
    Bare,
    /// A unit.
    Unit(Unit),
    /// A counted noun.
    Noun(String),
    /// People who died, were hurt or were detained.
    Event(Event),
}

impl Quantity {
    /// The typed value, in the normal unit; `None` when converting overflows.
    pub fn amount(&self) -> Option<Amount> {
        let factor = match &self.what {
            What::Unit(u) => u.factor,
            _ => Dec::int(1),
        };
        Some(Amount {
            low: self.low.mul(factor)?,
            high: match self.high {
                Some(high) => Some(high.mul(factor)?),
                None => None,
            },
            thing: match &self.what {
                What::Bare => Thing::Nothing,
                What::Unit(u) => Thing::Unit {
                    name: u.name,
                    measure: u.measure,
                },
                // "23 arrests" counts the same thing as "23 people were arrested".
                What::Noun(n) => Event::from_name(n).map_or(Thing::Noun(n.clone()), Thing::Event),
                What::Event(e) => Thing::Event(*e),
            },
            qualifier: self.qual,
            per: None,
        })
    }
}

/// The qualifier at `k` in its normal form ("no more than" -> "at most"), with the token
/// after it.
fn qualifier(t: &Toks, k: usize) -> Option<(Qualifier, usize)> {
    let word = |n: usize| (n == 0 || t.joined(k + n)).then(|| t.word(k + n)).flatten();
    let (q, len) = PhraseList::Qualifiers.phrases().longest(word)?;
    Some((Qualifier::from_name(q)?, k + len))
}

/// What stands before the number: a qualifier, "aged" and "between", in any order.
struct Lead {
    /// The qualifier's normal form.
    qual: Option<Qualifier>,
    /// "aged": the amount is an age in years.
    aged: bool,
    /// "between": the amount must be a range "A and B".
    between: bool,
    /// The token after them.
    end: usize,
}

/// Reads what stands before the number of a quantity starting at `i`.
fn lead(t: &Toks, i: usize) -> Lead {
    let mut l = Lead {
        qual: None,
        aged: false,
        between: false,
        end: i,
    };
    loop {
        let k = l.end;
        if k > i && !t.joined(k) {
            break;
        }
        if let Some((q, end)) = qualifier(t, k).filter(|_| l.qual.is_none()) {
            l.qual = Some(q);
            l.end = end;
        } else if t.is(k, "aged") && !l.aged {
            l.aged = true;
            l.end += 1;
        } else if t.is(k, "between") && !l.between {
            l.between = true;
            l.end += 1;
        } else {
            break;
        }
    }
    l
}

/// The quantity that starts at token `i`, if one does.
pub fn quantity(t: &Toks, i: usize) -> Option<Quantity> {
    let q = read(t, i, false)?;
    keep(t, &q).then_some(q)
}

/// Reads a quantity at `i`; `nested` inside the parentheses of a converted pair.
fn read(t: &Toks, i: usize, nested: bool) -> Option<Quantity> {
    let lead = lead(t, i);
    let k = lead.end;
    if k > i && !t.joined(k) {
        return None;
    }
    if !lead.aged && !lead.between {
        if let Some((value, after)) = plural_scale(t, k) {
            return plural(t, i, value, after, lead.qual);
        }
    }
    let (code, k) = currency_before(t, k).map_or((None, k), |(c, e)| (Some(c), e));
    let first = number(t, k, code.is_some(), code.is_some())?;
    let (low, high, num_end) = match range(t, i, &first, code, lead.between) {
        Reach::Pair(low, high, end) => (low, Some(high), end),
        Reach::Single => (first.value, None, first.end),
        Reach::Broken => return None,
    };
    if lead.between && high.is_none() {
        return None;
    }
    let one = first.one && high.is_none();
    let (what, mods, end) = after_number(t, num_end, code, lead.aged, first.scale.is_some(), one)?;
    let mut q = Quantity {
        first: i,
        end,
        low,
        high,
        counted: matches!(what, What::Noun(_)),
        what,
        qual: lead.qual,
    };
    if !nested {
        converted(t, &mut q);
    }
    people(t, &mut q, mods);
    Some(q)
}

/// What follows a number that ends at `k`: its unit, counted noun or event word, the
/// modifiers before a counted noun, and the token after all of it. `None` when the
/// number is part of a compound that is no quantity ("14-member").
fn after_number(
    t: &Toks,
    k: usize,
    code: Option<&'static str>,
    aged: bool,
    scaled: bool,
    one: bool,
) -> Option<(What, Range<usize>, usize)> {
    let unit = |u: Unit| Some((What::Unit(u), k..k, u.end));
    if let Some(code) = code {
        return unit(money(code, k));
    }
    if aged {
        let years = duration(t, k).filter(|u| u.name == "year");
        return unit(Unit {
            end: years.map_or(k, |u| u.end),
            ..age(k)
        });
    }
    if t.sym(k, '-') && t.glued(k) {
        return unit(compound(t, k + 1)?);
    }
    let measured = percent(t, k)
        .or_else(|| sign_after(t, k))
        .or_else(|| currency_after(t, k, scaled).map(|(c, e)| money(c, e)))
        .or_else(|| physical(t, k))
        .or_else(|| duration(t, k));
    if let Some(u) = measured {
        return unit(u);
    }
    if let Some(Counted { noun, mods, end }) = counted(t, k, one) {
        return Some((What::Noun(noun), mods, end));
    }
    let event = t.word(k).filter(|_| t.joined(k)).and_then(event_word);
    Some(match event {
        Some((e, in_span)) => (What::Event(e), k..k, k + usize::from(in_span)),
        None => (What::Bare, k..k, k),
    })
}

/// How a number continues into a range.
enum Reach {
    /// "3 to 5", "10-12", "between 10 and 12": low, high and the token after.
    Pair(Dec, Dec, usize),
    /// No range.
    Single,
    /// Digits joined by a hyphen that are no range ("2-1", "555-1234"): not a quantity.
    Broken,
}

/// Reads a range after the number `first` of the quantity starting at `i`.
fn range(t: &Toks, i: usize, first: &Num, code: Option<&str>, between: bool) -> Reach {
    let k = first.end;
    let digits_before = k > 0 && t.num(k - 1).is_some();
    let hyphen =
        t.sym(k, '-') && t.glued(k) && t.glued(k + 1) && t.num(k + 1).is_some() && digits_before;
    // "rose from 3 to 5", "rose $2 to $85": a change, not a range.
    let from = i > 0 && t.listed(i - 1, ChangeWords);
    let linked = t.joined(k)
        && if between {
            t.is(k, "and")
        } else {
            t.is(k, "to") && !from
        };
    if !hyphen && !linked {
        return Reach::Single;
    }
    let mut k2 = k + 1;
    if let Some((c, e)) = code.and_then(|_| currency_before(t, k2)) {
        if Some(c) == code && linked {
            k2 = e;
        }
    }
    let second = t
        .joined(k2)
        .then(|| number(t, k2, code.is_some(), true))
        .flatten();
    let Some(second) = second else {
        return if hyphen { Reach::Broken } else { Reach::Single };
    };
    let low = match (first.scale, second.scale) {
        (None, Some(s)) => first.value.mul(s),
        _ => Some(first.value),
    };
    match low.filter(|low| low.lt(second.value)) {
        Some(low) if !(hyphen && first.plain && second.plain && phone_like(t, k)) => {
            Reach::Pair(low, second.value, second.end)
        }
        _ if hyphen => Reach::Broken,
        _ => Reach::Single,
    }
}

/// Fewest digits on the two sides of a hyphen that make a phone number, not a range
/// ("555-1234").
const PHONE_DIGITS: usize = 7;

/// Whether the digits on either side of the hyphen at `k` hold [`PHONE_DIGITS`] or more.
fn phone_like(t: &Toks, k: usize) -> bool {
    let len = |j: usize| t.num(j).map_or(0, str::len);
    len(k - 1) + len(k + 1) >= PHONE_DIGITS
}

/// The unit of a hyphenated compound at `k` ("15-km", "10-day", "45-year-old"), or none
/// when the number is part of some other compound ("14-member", "two-thirds").
fn compound(t: &Toks, k: usize) -> Option<Unit> {
    if !t.glued(k) {
        return None;
    }
    if let Some(u) = duration(t, k) {
        let old = t.sym(u.end, '-') && t.glued(u.end) && t.glued(u.end + 1);
        let old = old && t.is_any(u.end + 1, &["old", "olds"]);
        return Some(Unit {
            end: u.end + if old { 2 } else { 0 },
            ..u
        });
    }
    physical(t, k)
}

/// The unit of an age ("aged 45").
fn age(end: usize) -> Unit {
    Unit {
        name: "year",
        factor: Dec::int(1),
        measure: Measure::Duration,
        end,
    }
}

/// A plural scale at `i` with what it counts ("dozens of protesters", "millions of
/// dollars"): at least twice the scale.
fn plural(
    t: &Toks,
    i: usize,
    value: Dec,
    after: usize,
    qual: Option<Qualifier>,
) -> Option<Quantity> {
    if !t.joined(after) {
        return None;
    }
    let (what, mods, end) = if let Some((code, end)) = currency_after(t, after, true) {
        (What::Unit(money(code, end)), after..after, end)
    } else {
        let c = counted(t, after, false)?;
        (What::Noun(c.noun), c.mods, c.end)
    };
    let mut q = Quantity {
        first: i,
        end,
        low: value,
        high: None,
        counted: matches!(what, What::Noun(_)),
        what,
        qual: qual.or(Some(Qualifier::AtLeast)),
    };
    people(t, &mut q, mods);
    Some(q)
}

/// Extends `q` over a converted amount in parentheses: "15 km (9 miles)", "$5m (€4.6m)".
fn converted(t: &Toks, q: &mut Quantity) {
    let What::Unit(unit) = &q.what else { return };
    if unit.measure == Measure::Duration || !t.sym(q.end, '(') || !t.joined(q.end) {
        return;
    }
    let mut k = q.end + 1;
    if t.is(k, "or") {
        k += 1;
    }
    let Some(inner) = read(t, k, true) else {
        return;
    };
    let same = matches!(&inner.what, What::Unit(u) if u.measure == unit.measure);
    if same && t.sym(inner.end, ')') && t.glued(inner.end) {
        q.end = inner.end + 1;
    }
}

/// Turns a count of people, or a bare count, into deaths, injuries or arrests when the
/// clause says so.
fn people(t: &Toks, q: &mut Quantity, mods: Range<usize>) {
    let counts_people = match &q.what {
        What::Noun(n) => is_person(n),
        What::Bare => true,
        _ => false,
    };
    if counts_people {
        if let Some(e) = classify(t, q.first..q.end, mods) {
            q.what = What::Event(e);
        }
    }
}

/// Whether `q` is a quantity and not a year, an identifier or a pronoun.
fn keep(t: &Toks, q: &Quantity) -> bool {
    let prev = q.first.checked_sub(1);
    let start = lead(t, q.first).end;
    let number_first = start == q.first;
    if let Some(p) = prev.filter(|_| number_first) {
        let dotted =
            t.sym(p, '.') && t.glued(p) && p > 0 && t.listed(p - 1, IdentifierAbbreviations);
        let id_word = t.joined(q.first) && t.listed(p, IdentifierWords);
        let in_name = t.joined(q.first) && t.capitalised(p) && !t.listed(p, LeadWords);
        if dotted || id_word || in_name {
            return false;
        }
    }
    let first = t.get(start);
    let plain_digits = first.is_some_and(|tok| tok.text.len() == 4 && t.num(start).is_some());
    let years = u128::from(*BARE_YEARS.start())..=u128::from(*BARE_YEARS.end());
    let year = |d: Dec| d.whole().is_some_and(|n| years.contains(&n));
    let year_like = plain_digits && q.qual.is_none() && year(q.low) && q.high.is_none_or(year);
    if year_like && (!q.counted || prev.is_some_and(|p| t.listed(p, YearLeads))) {
        return matches!(q.what, What::Unit(_));
    }
    // "one of them said", "two of the ships".
    let pronoun =
        first.is_some_and(|tok| tok.low == "one") || (t.num(start).is_none() && t.is(q.end, "of"));
    !(matches!(q.what, What::Bare) && pronoun)
}
