//! The grammar of one quantity, read from a token on:
//!
//! `[qualifier] [aged | between | from] [currency] number [range | score] [unit | counted
//! noun | of the counted noun] [(converted)]`, `[qualifier] vague-amount [of (currency |
//! counted noun)]`, `twice` or `N-fold`, or a fraction before a unit ("half a point").
//!
//! It then decides whether what it read is a quantity at all (a year, an ID or a pronoun
//! is not), whether a bare number is an age beside a name ("Kelby, 23,") and, for counts
//! of people, whether they died, were hurt or were detained. [`borrow`] gives a bare
//! count the noun its sentence counts elsewhere.

use super::amount::{Amount, Qualifier, Size, Thing, Vague};
use super::events::{classify, event_word, is_person, Event};
use super::forms::{apposed_age, compound_noun, fraction, partitive, score_like, times};
use super::lex::Toks;
use super::nouns::{counted, Counted};
use super::number::{number, plural_scale, Dec, Num};
use super::units::{
    currency_after, currency_before, duration, money, percent, physical, points, sign_after,
};
use super::units::{Measure, Unit};
use crate::calendar::BARE_YEARS;
use crate::lexicon::PhraseList;
use crate::lexicon::WordList::{
    ChangeWords, IdentifierAbbreviations, IdentifierWords, LeadWords, PartitiveHeads, YearLeads,
};
use std::ops::Range;

/// A quantity read from the tokens.
#[derive(Debug, Clone)]
pub struct Quantity {
    /// Its first token.
    pub first: usize,
    /// The token after it.
    pub end: usize,
    /// How much, in the written unit.
    pub size: Size,
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
    /// A match score.
    Score,
}

impl Quantity {
    /// The typed value, in the normal unit; `None` when converting overflows.
    pub fn amount(&self) -> Option<Amount> {
        let factor = match &self.what {
            What::Unit(u) => u.factor,
            _ => Dec::int(1),
        };
        let size = match self.size {
            Size::Figure { low, high } => Size::Figure {
                low: low.mul(factor)?,
                high: match high {
                    Some(high) => Some(high.mul(factor)?),
                    None => None,
                },
            },
            other => other,
        };
        Some(Amount {
            size,
            thing: match &self.what {
                What::Bare => Thing::Nothing,
                What::Unit(u) => Thing::Unit {
                    name: u.name,
                    measure: u.measure,
                },
                // "23 arrests" counts the same thing as "23 people were arrested".
                What::Noun(n) => Event::from_name(n).map_or(Thing::Noun(n.clone()), Thing::Event),
                What::Event(e) => Thing::Event(*e),
                What::Score => Thing::Score,
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
    /// "from" before a price: the price is the least one pays ("priced from £25").
    from: bool,
    /// The token after them.
    end: usize,
}

/// Reads what stands before the number of a quantity starting at `i`.
fn lead(t: &Toks, i: usize) -> Lead {
    let mut l = Lead {
        qual: None,
        aged: false,
        between: false,
        from: false,
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
        } else if t.is(k, "from") && k == i {
            l.from = true;
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
    let plain = !lead.aged && !lead.between && !lead.from;
    if plain {
        if let Some((vague, after, of)) = plural_scale(t, k) {
            return plural(t, i, vague, after, of, lead.qual);
        }
        if let Some(n) = times(t, k) {
            return Some(Quantity {
                first: i,
                end: k + 1,
                size: Size::Figure {
                    low: Dec::int(n),
                    high: None,
                },
                what: What::Noun("times".into()),
                qual: lead.qual,
                counted: false,
            });
        }
    }
    let (code, k) = currency_before(t, k).map_or((None, k), |(c, e)| (Some(c), e));
    let written = number(t, k, code.is_some(), code.is_some());
    let part = written.is_none() && code.is_none() && plain;
    let first = written.or_else(|| part.then(|| fraction(t, k)).flatten())?;
    let (size, num_end) = match range(t, i, &first, code, lead.between) {
        Reach::Pair(low, high, end) => (
            Size::Figure {
                low,
                high: Some(high),
            },
            end,
        ),
        Reach::Single => (
            Size::Figure {
                low: first.value,
                high: None,
            },
            first.end,
        ),
        Reach::Score(a, b, end) if plain && lead.qual.is_none() => {
            return Some(Quantity {
                first: i,
                end,
                size: Size::Score(a, b),
                what: What::Score,
                qual: None,
                counted: false,
            });
        }
        Reach::Score(..) | Reach::Broken => return None,
    };
    let single = matches!(size, Size::Figure { high: None, .. });
    if lead.between && single {
        return None;
    }
    let one = first.one && single;
    let (mut what, mut mods, end) =
        after_number(t, num_end, code, lead.aged, first.scale.is_some(), one)?;
    if part && !matches!(what, What::Unit(_)) {
        return None;
    }
    let mut qual = lead.qual;
    if lead.from {
        // "priced from £25": a floor, unless a change or a range goes on ("from £5 to £8").
        let money = matches!(&what, What::Unit(u) if u.measure == Measure::Money);
        let change = i > 0 && t.listed(i - 1, ChangeWords);
        let goes_on = t.joined(end) && (t.is_any(end, &["to", "and"]) || t.sym(end, '-'));
        if !money || !single || change || goes_on {
            return None;
        }
        qual = qual.or(Some(Qualifier::AtLeast));
    }
    let mut verb_from = end;
    if matches!(what, What::Bare) && qual.is_none() && single {
        if apposed_age(t, i, k, num_end, &first) {
            what = What::Unit(age(num_end));
        } else if !one {
            if let Some((noun, noun_mods, noun_end)) = partitive(t, end) {
                what = What::Noun(noun);
                mods = noun_mods;
                verb_from = noun_end;
            }
        }
    }
    let mut q = Quantity {
        // "aged 61": the age is the number.
        first: if t.is(i, "aged") { i + 1 } else { i },
        end,
        size,
        counted: matches!(what, What::Noun(_)),
        what,
        qual,
    };
    if !nested {
        converted(t, &mut q);
    }
    people(t, &mut q, mods, verb_from);
    Some(q)
}

/// What follows a number that ends at `k`: its unit, counted noun or event word, the
/// modifiers before a counted noun, and the token after all of it. `None` when the
/// number is part of a compound that is no quantity ("two-thirds").
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
        if let Some(u) = compound(t, k + 1) {
            return unit(u);
        }
        let noun = compound_noun(t, k + 1).filter(|_| !one)?;
        // "a 5-fold rise": five times.
        let noun = if noun == "fold" { "times".into() } else { noun };
        return Some((What::Noun(noun), k..k, k + 2));
    }
    let measured = percent(t, k)
        .or_else(|| points(t, k))
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
    /// A match score ("won 3-1", "a 2-2 draw"): each side's goals and the token after.
    Score(Dec, Dec, usize),
    /// Digits joined by a hyphen that are no range ("555-1234"): not a quantity.
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
    if hyphen && first.plain && second.plain && score_like(t, i, k, second.end) {
        return Reach::Score(first.value, second.value, second.end);
    }
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
        if old {
            return Some(Unit {
                end: u.end + 2,
                measure: Measure::Age,
                ..u
            });
        }
        return Some(u);
    }
    physical(t, k)
}

/// The unit of an age ("aged 45").
fn age(end: usize) -> Unit {
    Unit {
        name: "year",
        factor: Dec::int(1),
        measure: Measure::Age,
        end,
    }
}

/// A vague amount at `i` with what it counts ("dozens of protesters", "millions of
/// dollars"), or alone when the clause says what happened to them ("Dozens were
/// arrested"). `after` is the token after it (after its "of" when `of`).
fn plural(
    t: &Toks,
    i: usize,
    vague: Vague,
    after: usize,
    of: bool,
    qual: Option<Qualifier>,
) -> Option<Quantity> {
    let mut q = Quantity {
        first: i,
        end: after,
        size: Size::Vague(vague),
        what: What::Bare,
        qual,
        counted: false,
    };
    if !of {
        people(t, &mut q, after..after, after);
        return matches!(q.what, What::Event(_)).then_some(q);
    }
    if !t.joined(after) {
        return None;
    }
    let (what, mods, end) = if let Some((code, end)) = currency_after(t, after, true) {
        (What::Unit(money(code, end)), after..after, end)
    } else {
        let c = counted(t, after, false)?;
        (What::Noun(c.noun), c.mods, c.end)
    };
    q.end = end;
    q.counted = matches!(what, What::Noun(_));
    q.what = what;
    people(t, &mut q, mods, end);
    Some(q)
}

/// Extends `q` over a converted amount in parentheses: "15 km (9 miles)", "$5m (€4.6m)".
fn converted(t: &Toks, q: &mut Quantity) {
    let What::Unit(unit) = &q.what else { return };
    let timed = matches!(unit.measure, Measure::Duration | Measure::Age);
    if timed || !t.sym(q.end, '(') || !t.joined(q.end) {
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
/// clause says so; its verb is read from `verb_from` on.
fn people(t: &Toks, q: &mut Quantity, mods: Range<usize>, verb_from: usize) {
    let counts_people = match &q.what {
        What::Noun(n) => is_person(n),
        What::Bare => true,
        _ => false,
    };
    if counts_people {
        if let Some(e) = classify(t, q.first..q.end.max(verb_from), mods) {
            q.what = What::Event(e);
        }
    }
}

/// Gives a bare count the noun its sentence counts elsewhere: the whole it is part of
/// ("Of the drones, 118 were shot down"), else `last`, the noun of the quantity just
/// before it in the sentence ("more than 60 fires, 14 of them uncontained"; "made 287
/// runs, with Mokoena scoring 76"). A level a change reached ("fell 84 points to 4,512")
/// and "one" take none.
pub fn borrow(t: &Toks, q: &mut Quantity, last: Option<&str>) {
    let single = matches!(q.size, Size::Figure { high: None, .. });
    if !matches!(q.what, What::Bare)
        || !single
        || t.is(q.first, "one")
        || t.num(q.first) == Some("1")
    {
        return;
    }
    let start = lead(t, q.first).end;
    if start > 0 && t.joined(start) && t.is_any(start - 1, &["to", "at"]) {
        return;
    }
    let s = t.sentence_start(q.first);
    let whole = (t.is(s, "of") && t.listed(s + 1, PartitiveHeads) && s + 2 < q.first)
        .then(|| {
            let j = s + 2 + usize::from(t.num(s + 2).is_some());
            counted(t, j, false).map(|c| c.noun)
        })
        .flatten();
    if let Some(noun) = whole.or_else(|| last.map(str::to_string)) {
        q.what = What::Noun(noun);
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
        // "Boeing 737", "Flight 370"; but a unit makes a measure ("Carrying 20kg packs").
        let in_name = t.joined(q.first)
            && t.capitalised(p)
            && !t.listed(p, LeadWords)
            && !matches!(q.what, What::Unit(_));
        if dotted || id_word || in_name {
            return false;
        }
    }
    let first = t.get(start);
    let plain_digits = first.is_some_and(|tok| tok.text.len() == 4 && t.num(start).is_some());
    let years = u128::from(*BARE_YEARS.start())..=u128::from(*BARE_YEARS.end());
    let year = |d: Dec| d.whole().is_some_and(|n| years.contains(&n));
    let year_like = match q.size {
        Size::Figure { low, high } => {
            plain_digits && q.qual.is_none() && year(low) && high.is_none_or(year)
        }
        _ => false,
    };
    if year_like && (!q.counted || prev.is_some_and(|p| t.listed(p, YearLeads))) {
        return matches!(q.what, What::Unit(_));
    }
    // "one of them said", "two of the ships".
    let pronoun =
        first.is_some_and(|tok| tok.low == "one") || (t.num(start).is_none() && t.is(q.end, "of"));
    !(matches!(q.what, What::Bare) && pronoun)
}
