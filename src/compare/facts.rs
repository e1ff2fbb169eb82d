//! Numbers and dates about the same thing across articles. Two quantities are about the
//! same thing when they count the same thing (one unit after normalisation, so 15 km and
//! 9 miles are both metres; or two labels of one category, "protesters" and "rioters")
//! in matching sentences; in related sentences (sharing content words) when they also
//! share a word beside them; when they are the first death, injury or arrest toll each
//! article gives; or when each article counts that thing once and the words around them
//! share a stem (those two across whole articles, in `counts`; see `about`, which also
//! keeps a number told of an earlier year apart from one of this event). They agree when their amounts are equal or compatible ("at
//! least 14" and 16; "about 2,000" and 2,050; a conversion rounded) and conflict
//! otherwise. Dates conflict when matching sentences put the same event on different
//! days. Agreements are reported when written differently (tolls always); the rest is
//! reuse.

use super::about::share_context;
use super::align::{matched, Match};
use super::dates;
use super::sides::{End, Fact, Judged};
use super::Ctx;
use crate::document::{Document, Mention};
use crate::extract::{self, Event, Kind, Measure, Per, Qualifier, Size, Thing, Value};
use crate::lexicon::WordList::PeoplePlural;
use std::borrow::Cow;

/// How far apart "about" lets two amounts be, as a share of the larger.
const APPROXIMATE: f64 = 0.1;
/// How far apart two measurements may be and still be one converted into the other's
/// unit, rounded ("15 km" against "9 miles": 15,000 m against 14,484 m), as a share of
/// the larger.
const CONVERSION: f64 = 0.05;
/// How far past a lower bound a figure may go and still fit it, as a multiple: "more
/// than 40" fits 43 but not 70, and "up to 500" fits 400 but not 200. Reporters round a
/// bound to a figure near it; a figure far past it is a different count. "At least" on a
/// figure that is not round ("at least 23 people") is a count so far, and another count
/// (27) differs from it.
const BOUND_REACH: f64 = 1.5;

/// A quantity's amount as the comparison reads it: durations in one unit each for days
/// and months (so "two years" meets "24-month"), and what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    pub(super) low: f64,
    pub(super) high: f64,
    /// The normal unit or counted noun; empty without one.
    pub(super) unit: String,
    /// Whether the unit is a physical measurement (metres, kilograms): those are often
    /// converted and rounded.
    pub(super) measure: bool,
    /// Whether it is an amount of money.
    pub(super) money: bool,
    /// What happened to the people it counts, if it is a toll: the first toll of each
    /// event in an article is its headline figure.
    pub(super) toll: Option<Event>,
    pub(super) qualifier: Option<Qualifier>,
    /// What it counts: the unit, or the framing category of a labelled unit, so that
    /// "protesters" and "rioters" are one thing. Empty without a unit.
    pub(super) thing: String,
    /// The amount in words a reader can check: "at least 14 deaths", "15000 m".
    pub(super) shown: String,
}

/// The amount of every quantity mention of `doc` (by mention index), read once; none for
/// a vague amount or a score, which no figure can meet.
pub fn amounts(doc: &Document) -> Vec<Option<Amount>> {
    doc.mentions
        .iter()
        .map(|m| written_amount(m).and_then(amount))
        .collect()
}

/// The amount as written of quantity mention `m`, when it is one in the story (not in
/// boilerplate): a figure, a score or a vague amount.
pub(super) fn written_amount(m: &Mention) -> Option<&extract::Amount> {
    match &m.value {
        Some(Value::Amount(a)) if m.kind == Kind::Quantity && !m.boilerplate => Some(a),
        _ => None,
    }
}

/// The amount of a figure or a range; none for a vague amount ("dozens") or a score, so
/// that neither conflicts nor agrees with a number.
fn amount(a: &extract::Amount) -> Option<Amount> {
    let Size::Figure { low, high } = a.size else {
        return None;
    };
    let low = low.to_f64();
    let high = high.map_or(low, |h| h.to_f64());
    let measure_of = |m: Measure| matches!(a.thing, Thing::Unit { measure, .. } if measure == m);
    // Durations in one unit each for days and months, so "two years" meets "24-month"; an
    // age keeps its unit.
    let (factor, unit) = match a.thing.name() {
        _ if measure_of(Measure::Age) => (1.0, a.thing.name()),
        "year" => (12.0, "month"),
        "week" => (7.0, "day"),
        other => (1.0, other),
    };
    // An age meets only an age: "Kresl, 61," says nothing of "over 19 months".
    let thing = match super::framing::category(unit) {
        Some(c) => format!("category:{c}"),
        None if measure_of(Measure::Age) => format!("age:{unit}"),
        None => unit.to_string(),
    };
    let mut amount = Amount {
        low: low * factor,
        high: high * factor,
        unit: unit.to_string(),
        measure: measure_of(Measure::Physical) && unit != "%",
        money: measure_of(Measure::Money),
        toll: match a.thing {
            Thing::Event(e) => Some(e),
            _ => None,
        },
        qualifier: a.qualifier,
        thing,
        shown: String::new(),
    };
    amount.shown = fmt(&amount);
    if let Some(per) = a.per {
        amount.per(per);
    }
    Some(amount)
}

/// Whether two amounts of one thing can both be true.
pub(super) fn compatible(a: &Amount, b: &Amount) -> bool {
    let near = |share: f64| {
        (a.low - b.low).abs() <= share * a.low.abs().max(b.low.abs())
            && (a.high - b.high).abs() <= share * a.high.abs().max(b.high.abs())
    };
    let lower_bound = |q: Option<Qualifier>| q.is_some_and(Qualifier::is_lower_bound);
    let upper_bound = |q: Option<Qualifier>| q.is_some_and(Qualifier::is_upper_bound);
    let vague = |q: Option<Qualifier>| q.is_some() && !lower_bound(q) && !upper_bound(q);
    let converted = a.measure && near(CONVERSION);
    // A range holds any amount inside it ("3-5 ships" and "4 ships").
    let inside = |r: &Amount, n: &Amount| r.low < r.high && r.low <= n.low && n.high <= r.high;
    if inside(a, b) || inside(b, a) {
        return true;
    }
    if a.qualifier == b.qualifier && !vague(a.qualifier) {
        // Both exact, or the same bound ("up to $500" against "up to $5,000"): the amounts
        // themselves must agree, up to rounding in a conversion.
        return (a.low == b.low && a.high == b.high) || converted;
    }
    let at_least = |x: &Amount, y: &Amount| {
        // "at least" on a figure that is not round is a count so far ("at least 23
        // people"); "more than five storeys" is not a count, and fits seven.
        let count_so_far = x.qualifier == Some(Qualifier::AtLeast) && !round(x.low);
        let reach = if count_so_far { 1.0 } else { BOUND_REACH };
        lower_bound(x.qualifier)
            && !lower_bound(y.qualifier)
            && y.high >= x.low
            && y.low <= x.low * reach
    };
    let at_most = |x: &Amount, y: &Amount| {
        upper_bound(x.qualifier)
            && !upper_bound(y.qualifier)
            && y.low <= x.high
            && y.high * BOUND_REACH >= x.high
    };
    let about = (vague(a.qualifier) || vague(b.qualifier)) && near(APPROXIMATE);
    at_least(a, b) || at_least(b, a) || at_most(a, b) || at_most(b, a) || about || converted
}

/// Whether a figure is round as reporters round a bound: a multiple of ten ("more than
/// 3,000", "at least 50").
fn round(x: f64) -> bool {
    x >= 10.0 && x % 10.0 == 0.0
}

impl Amount {
    /// Makes the amount a rate per `per`: compared per second, so "15 a minute" is "900
    /// an hour", and never with a total.
    fn per(&mut self, per: Per) {
        let seconds = f64::from(per.seconds());
        self.shown = format!("{} per {}", self.shown, per.as_str());
        self.low /= seconds;
        self.high /= seconds;
        self.thing = format!("{} per second", self.thing);
    }

    /// Whether it counts people with a plural noun and no toll ("300 workers").
    pub(super) fn counts_people(&self) -> bool {
        self.toll.is_none() && PeoplePlural.contains(&self.unit)
    }

    /// Whether two amounts count the same thing: one unit, or two labels of one category
    /// of the framing list ("protesters" and "rioters").
    pub(super) fn same_thing(&self, other: &Amount) -> bool {
        !self.thing.is_empty() && self.thing == other.thing
    }
}

/// A quantity mention with its amount.
pub(super) type Quantity<'c> = (&'c Mention, &'c Amount);

/// The quantities of article `a` in its story sentence at position `pos`.
pub(super) fn quantities_in<'c>(ctx: &'c Ctx, a: usize, pos: usize) -> Vec<Quantity<'c>> {
    ctx.quantities[a][pos]
        .iter()
        .filter_map(|&i| Some((&ctx.docs[a].mentions[i], ctx.amounts[a][i].as_ref()?)))
        .collect()
}

/// Judges two quantities said to be about the same thing (`reason`, in which `{unit}`
/// stands for their unit); `always` reports their agreement even when written alike.
pub(super) fn judge<'c>(
    ctx: &'c Ctx,
    (x, (mx, ax)): (usize, Quantity<'c>),
    (y, (my, ay)): (usize, Quantity<'c>),
    reason: &'static str,
    always: bool,
) -> Judged<'c> {
    let end = |a: usize, m: &'c Mention, q: &'c Amount| End {
        article: a,
        range: m.range.clone(),
        text: ctx.docs[a].as_written(m.range.clone()),
        value: Cow::Borrowed(&q.shown),
    };
    Judged {
        fact: Fact::Quantity,
        ends: [end(x, mx, ax), end(y, my, ay)],
        agree: compatible(ax, ay),
        always,
        reason,
        unit: &ax.unit,
    }
}

fn fmt(a: &Amount) -> String {
    let n = |v: f64| {
        if v.fract() == 0.0 {
            format!("{v:.0}")
        } else {
            format!("{v}")
        }
    };
    let mut s = if a.low == a.high {
        n(a.low)
    } else {
        format!("{}-{}", n(a.low), n(a.high))
    };
    if !a.unit.is_empty() {
        s = format!("{s} {}", a.unit);
    }
    if let Some(q) = a.qualifier {
        s = format!("{} {s}", q.as_str());
    }
    s
}

/// Quantities and dates in the matching sentences of articles `x` and `y`.
pub fn in_matching_sentences<'c>(
    ctx: &'c Ctx,
    x: usize,
    y: usize,
    aligned: &[Match],
) -> Vec<Judged<'c>> {
    let mut out = Vec::new();
    for m in aligned {
        let (qx, qy) = (quantities_in(ctx, x, m.x), quantities_in(ctx, y, m.y));
        let mut used: Vec<usize> = Vec::new();
        for (i, &a) in qx.iter().enumerate() {
            let u = a.1;
            // The quantity of the same thing with the same amount in y ("held 1,140 inmates
            // in space built for 780" / "built for 780 inmates, it holds 1,140": one order
            // each), else the one in the same rank; else one with the same amount (a bare
            // "some 30" beside "about 30 miners"), reported only if agreeing.
            let rank = qx[..i].iter().filter(|q| q.1.same_thing(u)).count();
            let same: Vec<usize> = (0..qy.len()).filter(|&j| qy[j].1.same_thing(u)).collect();
            let equal = same.iter().copied().find(|&j| {
                let b = qy[j].1;
                !used.contains(&j)
                    && b.low == u.low
                    && b.high == u.high
                    && b.qualifier == u.qualifier
            });
            let by_thing = equal.or_else(|| same.get(rank).copied().filter(|j| !used.contains(j)));
            let by_amount = || {
                (0..qy.len())
                    .find(|&j| !used.contains(&j) && qy[j].1.low == u.low && qy[j].1.high == u.high)
            };
            if let Some(j) = by_thing {
                used.push(j);
                out.push(judge(
                    ctx,
                    (x, a),
                    (y, qy[j]),
                    "the same thing ({unit}) in matching sentences",
                    false,
                ));
            } else if let Some(j) = by_amount() {
                used.push(j);
                let judged = judge(
                    ctx,
                    (x, a),
                    (y, qy[j]),
                    "the same amount in matching sentences",
                    false,
                );
                if judged.agree {
                    out.push(judged);
                }
            }
        }
        out.extend(dates::judge(
            ctx,
            (x, m.x),
            (y, m.y),
            "matching sentences",
            false,
        ));
    }
    out
}

/// Quantities and dates in sentences that share content words without matching outright:
/// a quantity is compared only when it is the one quantity of its unit on each side and a
/// word beside it is shared.
pub fn in_related_sentences<'c>(
    ctx: &'c Ctx,
    x: usize,
    y: usize,
    related: &[(usize, usize)],
    aligned: &[Match],
) -> Vec<Judged<'c>> {
    let mut out = Vec::new();
    for &(s, t) in related {
        let dated = !ctx.dates[x][s].is_empty() && !ctx.dates[y][t].is_empty();
        let counted = !ctx.quantities[x][s].is_empty() && !ctx.quantities[y][t].is_empty();
        if !dated && !counted {
            continue;
        }
        let (sx, sy) = (&ctx.stories[x][s], &ctx.stories[y][t]);
        let (qx, qy) = (quantities_in(ctx, x, s), quantities_in(ctx, y, t));
        for &a in &qx {
            let u = a.1;
            if u.unit.is_empty() || qx.iter().filter(|q| q.1.unit == u.unit).count() != 1 {
                continue;
            }
            let mut theirs: Vec<&Quantity> = qy.iter().filter(|q| q.1.same_thing(u)).collect();
            // People counted with other nouns ("nearly 300 agency workers" / "298 agency
            // staff") are one count only when the amounts agree: an agreement is cheap to
            // report wrongly, a conflict between two groups of people is not.
            let people = |q: &&Quantity| q.1.counts_people() && compatible(u, q.1);
            if theirs.is_empty() && u.counts_people() && qx.iter().filter(people).count() == 1 {
                theirs = qy.iter().filter(people).collect();
            }
            if let [&b] = theirs[..] {
                // A shared word beside them, or amounts that agree (an agreement is cheap
                // to report wrongly; a conflict is not: a mine's depth and the length of
                // its flooded roadway are both metres).
                let shared = compatible(u, b.1) || share_context(sx, a.0, sy, b.0);
                if shared {
                    out.push(judge(
                        ctx,
                        (x, a),
                        (y, b),
                        "the only quantity of {unit} in two sentences on the same subject",
                        false,
                    ));
                }
            }
        }
        if !matched(aligned, s, t) {
            out.extend(dates::judge(
                ctx,
                (x, s),
                (y, t),
                "sentences on the same subject",
                true,
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The amount of the one quantity the quantity grammar finds in `phrase`.
    fn a(phrase: &str) -> Amount {
        read(phrase).unwrap_or_else(|| panic!("{phrase:?} has no figure"))
    }

    /// The comparison's amount of the one quantity found in `phrase`, if it has a figure.
    fn read(phrase: &str) -> Option<Amount> {
        let sentences = crate::text::sentences(phrase);
        let found = extract::extract(&crate::text::Tokens::new(phrase), &sentences, None, None);
        let values: Vec<&extract::Amount> = found
            .iter()
            .filter_map(|f| match &f.value {
                Some(Value::Amount(a)) => Some(a),
                _ => None,
            })
            .collect();
        match values[..] {
            [one] => amount(one),
            _ => panic!("{phrase:?} holds {} amounts", values.len()),
        }
    }

    #[test]
    fn vague_amounts_and_scores_meet_no_figure() {
        for phrase in [
            "dozens of protesters",
            "tens of thousands of people",
            "millions of dollars",
            "won 3-1",
        ] {
            assert_eq!(read(phrase), None, "{phrase:?}");
        }
    }

    #[test]
    fn reads_values_and_judges_compatibility() {
        let toll = a("at least 14 people died");
        assert_eq!(
            (toll.low, toll.high, toll.unit.as_str(), toll.qualifier),
            (14.0, 14.0, "deaths", Some(Qualifier::AtLeast))
        );
        assert_eq!(toll.shown, "at least 14 deaths");
        assert_eq!(a("2 years").shown, "24 month");
        assert_eq!(a("3-5 ships").high, 5.0);
        assert_eq!(a("€2.5 million").unit, "EUR");
        assert!(a("15 km").measure && !a("€2.5 million").measure && !a("3 days").measure);
        assert!(compatible(&a("about 15 km"), &a("15 km")));
        assert!(compatible(
            &a("at least 14 people died"),
            &a("14 people died")
        ));
        // A bound on a figure that is not round is a count so far; a round one is rounded.
        assert!(!compatible(
            &a("at least 14 people died"),
            &a("16 people died")
        ));
        assert!(compatible(
            &a("at least 50 people died"),
            &a("56 people died")
        ));
        assert!(!compatible(
            &a("at least 14 people died"),
            &a("12 people died")
        ));
        assert!(!compatible(
            &a("at least 14 people died"),
            &a("41 people died")
        ));
        assert!(!compatible(
            &a("more than 3,000 residents"),
            &a("some 5,000 residents")
        ));
        assert!(compatible(&a("up to 500 jobs"), &a("400 jobs")));
        assert!(!compatible(&a("up to 500 jobs"), &a("200 jobs")));
        assert!(compatible(&a("about 2,000 people"), &a("2,050 people")));
        assert!(!compatible(&a("14 people died"), &a("41 people died")));
        assert!(compatible(&a("3-5 ships"), &a("4 ships")));
        assert!(!compatible(&a("up to $500"), &a("up to $5,000")));
        assert!(compatible(&a("2,400 m"), &a("2,414 m")));
        assert!(!compatible(&a("$2,400"), &a("$2,414")));
        assert!(a("3 protesters").same_thing(&a("40 rioters")));
        assert!(!a("3 protesters").same_thing(&a("3 ships")));
        assert!(!a("paid 3 for it").same_thing(&a("paid 3 for it")));
    }

    #[test]
    fn rates_meet_rates_of_another_period_and_never_totals() {
        let hourly = a("about 900 cubic metres of water an hour");
        let by_minute = a("15 cubic metres of water a minute");
        assert_eq!(hourly.shown, "about 900 m3 per hour");
        assert!(hourly.same_thing(&by_minute) && compatible(&hourly, &by_minute));
        assert!(!hourly.same_thing(&a("20,000 cubic metres")));
    }
}
