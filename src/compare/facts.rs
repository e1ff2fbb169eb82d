//! Numbers and dates about the same thing across articles. Two quantities are about the
//! same thing when they count the same thing (one unit after normalisation, so 15 km and
//! 9 miles are both metres; or two labels of one category, "protesters" and "rioters")
//! in matching sentences; in related sentences (sharing content words) when they also
//! share a word beside them; when they are the first death, injury or arrest toll each
//! article gives; or when each article counts that thing once. They agree when their
//! amounts are equal or compatible ("at least 14" and 16; "about 2,000" and 2,050; a
//! conversion rounded) and conflict otherwise. Dates conflict when matching sentences put
//! the same event on different days. Agreements are reported when written differently
//! (tolls always); the rest is reuse.

use super::align::Match;
use super::sentences::{is_content, Sentence};
use super::{finding, Ctx};
use crate::report::{Family, Finding, Kind, Mention};

/// Units that are tolls: the first of each in an article is its headline figure.
const TOLLS: &[&str] = &["deaths", "injuries", "arrests"];
/// How far apart "about" lets two amounts be, as a share of the larger.
const APPROXIMATE: f64 = 0.1;
/// How far apart two measurements may be and still be one converted into the other's
/// unit, rounded ("15 km" against "9 miles": 15,000 m against 14,484 m), as a share of
/// the larger.
const CONVERSION: f64 = 0.05;
/// Words either side of a quantity or date that count as its context.
const CONTEXT: usize = 3;

/// A quantity's value read back: `AMOUNT[-HIGH] UNIT (QUALIFIER)`.
#[derive(Debug, Clone, PartialEq)]
struct Amount {
    low: f64,
    high: f64,
    unit: String,
    qualifier: String,
}

fn amount(value: &str) -> Option<Amount> {
    let (main, qualifier) = match value.strip_suffix(')').and_then(|v| v.rsplit_once(" (")) {
        Some((m, q)) => (m, q.to_string()),
        None => (value, String::new()),
    };
    let (number, unit) = main.split_once(' ').unwrap_or((main, ""));
    let (low, high) = match number.split_once('-').filter(|(l, _)| !l.is_empty()) {
        Some((l, h)) => (l.parse().ok()?, h.parse().ok()?),
        None => {
            let n: f64 = number.parse().ok()?;
            (n, n)
        }
    };
    // Durations in one unit each for days and months, so "two years" meets "24-month".
    let (factor, unit) = match unit {
        "year" => (12.0, "month"),
        "week" => (7.0, "day"),
        other => (1.0, other),
    };
    Some(Amount {
        low: low * factor,
        high: high * factor,
        unit: unit.to_string(),
        qualifier,
    })
}

fn amount_of(m: &Mention) -> Option<Amount> {
    m.value.as_deref().and_then(amount)
}

/// Whether a unit is a measurement (metres, kilograms), as opposed to money, a counted
/// noun or a toll: measurements are often converted and rounded.
fn is_measure(unit: &str) -> bool {
    !unit.is_empty()
        && unit.len() <= 3
        && unit
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// Whether two amounts of one thing can both be true.
fn compatible(a: &Amount, b: &Amount) -> bool {
    let near = |share: f64| {
        (a.low - b.low).abs() <= share * a.low.abs().max(b.low.abs())
            && (a.high - b.high).abs() <= share * a.high.abs().max(b.high.abs())
    };
    let lower_bound = |q: &str| matches!(q, "at least" | "more than" | "over");
    let upper_bound = |q: &str| matches!(q, "up to" | "at most" | "less than" | "under");
    let vague = |q: &str| !q.is_empty() && !lower_bound(q) && !upper_bound(q);
    let converted = is_measure(&a.unit) && near(CONVERSION);
    // A range holds any amount inside it ("3-5 ships" and "4 ships").
    let inside = |r: &Amount, n: &Amount| r.low < r.high && r.low <= n.low && n.high <= r.high;
    if inside(a, b) || inside(b, a) {
        return true;
    }
    if a.qualifier == b.qualifier && !vague(&a.qualifier) {
        // Both exact, or the same bound ("up to $500" against "up to $5,000"): the amounts
        // themselves must agree, up to rounding in a conversion.
        return (a.low == b.low && a.high == b.high) || converted;
    }
    let at_least = |x: &Amount, y: &Amount| {
        lower_bound(&x.qualifier) && !lower_bound(&y.qualifier) && y.high >= x.low
    };
    let at_most = |x: &Amount, y: &Amount| {
        upper_bound(&x.qualifier) && !upper_bound(&y.qualifier) && y.low <= x.high
    };
    let about = (vague(&a.qualifier) || vague(&b.qualifier)) && near(APPROXIMATE);
    at_least(a, b) || at_least(b, a) || at_most(a, b) || at_most(b, a) || about || converted
}

/// Whether two units count the same thing: equal, or two labels of one category of the
/// framing list ("protesters" and "rioters").
fn same_thing(a: &str, b: &str) -> bool {
    !a.is_empty()
        && (a == b
            || super::framing::category(a).is_some_and(|c| super::framing::category(b) == Some(c)))
}

/// The story mentions of `kind` in article `a` whose span lies in sentence `s`.
fn mentions_in<'c>(ctx: &'c Ctx, a: usize, kind: Kind, s: &Sentence) -> Vec<&'c Mention> {
    let pos = ctx.stories[a]
        .iter()
        .position(|t| t.index == s.index)
        .expect("a story sentence");
    ctx.inside[a][pos]
        .iter()
        .map(|&i| &ctx.articles[a].mentions[i])
        .filter(|m| m.kind == kind && !m.boilerplate)
        .collect()
}

/// The content words within [`CONTEXT`] words of a mention in its sentence.
fn context<'s>(s: &'s Sentence, m: &Mention) -> Vec<&'s str> {
    let first = s
        .spans
        .iter()
        .position(|r| r.end > m.span.start)
        .unwrap_or(s.spans.len());
    let last = s
        .spans
        .iter()
        .rposition(|r| r.start < m.span.end)
        .map_or(first, |i| i + 1);
    let from = first.saturating_sub(CONTEXT);
    let to = (last + CONTEXT).min(s.words.len());
    (from..to)
        .filter(|&i| i < first || i >= last)
        .map(|i| s.words[i].as_str())
        .filter(|w| is_content(w))
        .collect()
}

/// Compares two quantities said to be about the same thing; agreements written alike are
/// dropped unless `always`.
fn judge(
    ctx: &Ctx,
    (x, mx): (usize, &Mention),
    (y, my): (usize, &Mention),
    why: &str,
    always: bool,
) -> Option<Finding> {
    let (ax, ay) = (amount_of(mx)?, amount_of(my)?);
    let spans = vec![(x, mx.span), (y, my.span)];
    if compatible(&ax, &ay) {
        if !always && mx.text.to_lowercase() == my.text.to_lowercase() {
            return None;
        }
        let mut f = finding(
            ctx,
            Family::Agreement,
            "agreement/quantity",
            &[x, y],
            spans,
            format!(
                "\u{201c}{}\u{201d} in {} and \u{201c}{}\u{201d} in {} agree",
                mx.text,
                ctx.label(x),
                my.text,
                ctx.label(y)
            ),
        );
        f.why = format!("{why}; {} and {}", fmt(&ax), fmt(&ay));
        return Some(f);
    }
    let mut f = finding(
        ctx,
        Family::Conflict,
        "conflict/quantity",
        &[x, y],
        spans,
        format!(
            "{} says \u{201c}{}\u{201d}, {} says \u{201c}{}\u{201d}",
            ctx.label(x),
            mx.text,
            ctx.label(y),
            my.text
        ),
    );
    f.why = format!("{why}: {} against {}", fmt(&ax), fmt(&ay));
    Some(f)
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
    if !a.qualifier.is_empty() {
        s = format!("{} {s}", a.qualifier);
    }
    s
}

/// Quantities and dates in the matching sentences of articles `x` and `y`.
pub fn in_matching_sentences(ctx: &Ctx, x: usize, y: usize, aligned: &[Match]) -> Vec<Finding> {
    let mut out = Vec::new();
    for m in aligned {
        let (sx, sy) = (&ctx.stories[x][m.x], &ctx.stories[y][m.y]);
        let (qx, qy) = (
            mentions_in(ctx, x, Kind::Quantity, sx),
            mentions_in(ctx, y, Kind::Quantity, sy),
        );
        let unit = |q: &Mention| amount_of(q).map(|a| a.unit).unwrap_or_default();
        let mut used: Vec<usize> = Vec::new();
        for (i, a) in qx.iter().enumerate() {
            let u = unit(a);
            // The quantity of the same thing in the same rank in y; else one with the same
            // amount (a bare "some 30" beside "about 30 miners"), reported only if agreeing.
            let rank = qx[..i].iter().filter(|q| same_thing(&unit(q), &u)).count();
            let same: Vec<usize> = (0..qy.len())
                .filter(|&j| same_thing(&unit(qy[j]), &u))
                .collect();
            let by_thing = same.get(rank).copied().filter(|j| !used.contains(j));
            let by_amount = || {
                let ax = amount_of(a)?;
                (0..qy.len()).find(|j| {
                    !used.contains(j)
                        && amount_of(qy[*j])
                            .is_some_and(|ay| ay.low == ax.low && ay.high == ax.high)
                })
            };
            if let Some(j) = by_thing {
                used.push(j);
                out.extend(judge(
                    ctx,
                    (x, a),
                    (y, qy[j]),
                    &format!("the same thing ({u}) in matching sentences"),
                    false,
                ));
            } else if let Some(j) = by_amount() {
                used.push(j);
                out.extend(
                    judge(
                        ctx,
                        (x, a),
                        (y, qy[j]),
                        "the same amount in matching sentences",
                        false,
                    )
                    .filter(|f| f.kind == "agreement/quantity"),
                );
            }
        }
        out.extend(dates(ctx, x, sx, y, sy, "matching sentences", false));
    }
    out
}

/// Dates of sentences `sx` and `sy`: paired in order in matching sentences; in related
/// ones only a lone full date on each side with a shared word beside it.
fn dates(
    ctx: &Ctx,
    x: usize,
    sx: &Sentence,
    y: usize,
    sy: &Sentence,
    why: &str,
    strict: bool,
) -> Vec<Finding> {
    let day = |d: &Mention| {
        d.value
            .as_deref()
            .filter(|v| v.len() == 10)
            .map(str::to_string)
    };
    let full = |a: usize, s: &Sentence| -> Vec<(&Mention, String)> {
        mentions_in(ctx, a, Kind::Date, s)
            .into_iter()
            .filter_map(|d| day(d).map(|v| (d, v)))
            .collect()
    };
    let (dx, dy) = (full(x, sx), full(y, sy));
    // In related sentences: one full date each, and a shared word beside them unless they
    // are the same day (an agreement is cheap to report wrongly; a conflict is not).
    if strict {
        let lone = dx.len() == 1 && dy.len() == 1;
        let beside = lone
            && context(sx, dx[0].0)
                .iter()
                .any(|w| context(sy, dy[0].0).contains(w));
        if !lone || !(beside || dx[0].1 == dy[0].1) {
            return Vec::new();
        }
    }
    let mut out = Vec::new();
    for ((a, va), (b, vb)) in dx.iter().zip(&dy) {
        let spans = vec![(x, a.span), (y, b.span)];
        let same_words = a.text.to_lowercase() == b.text.to_lowercase();
        if va != vb && !same_words {
            let mut f = finding(
                ctx,
                Family::Conflict,
                "conflict/date",
                &[x, y],
                spans,
                format!(
                    "{} puts it on \u{201c}{}\u{201d} ({va}), {} on \u{201c}{}\u{201d} ({vb})",
                    ctx.label(x),
                    a.text,
                    ctx.label(y),
                    b.text
                ),
            );
            f.why = format!("{why} give different days");
            out.push(f);
        } else if va == vb && !same_words {
            let mut f = finding(
                ctx,
                Family::Agreement,
                "agreement/date",
                &[x, y],
                spans,
                format!(
                    "\u{201c}{}\u{201d} in {} and \u{201c}{}\u{201d} in {} are the same day",
                    a.text,
                    ctx.label(x),
                    b.text,
                    ctx.label(y)
                ),
            );
            f.why = format!("both resolve to {va} in {why}");
            out.push(f);
        }
    }
    out
}

/// Quantities and dates in sentences that share content words without matching outright:
/// a quantity is compared only when it is the one quantity of its unit on each side and a
/// word beside it is shared.
pub fn in_related_sentences(
    ctx: &Ctx,
    x: usize,
    y: usize,
    related: &[(usize, usize)],
    aligned: &[Match],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let unit = |q: &Mention| amount_of(q).map(|a| a.unit).unwrap_or_default();
    for &(s, t) in related {
        let (sx, sy) = (&ctx.stories[x][s], &ctx.stories[y][t]);
        let (qx, qy) = (
            mentions_in(ctx, x, Kind::Quantity, sx),
            mentions_in(ctx, y, Kind::Quantity, sy),
        );
        for a in &qx {
            let u = unit(a);
            if u.is_empty() || qx.iter().filter(|q| unit(q) == u).count() != 1 {
                continue;
            }
            let theirs: Vec<&&Mention> = qy.iter().filter(|q| same_thing(&unit(q), &u)).collect();
            if let [b] = theirs[..] {
                // A shared word beside them, a measurement, or amounts that agree (an
                // agreement is cheap to report wrongly; a conflict is not).
                let shared = context(sx, a).iter().any(|w| context(sy, b).contains(w))
                    || is_measure(&u)
                    || amount_of(a)
                        .zip(amount_of(b))
                        .is_some_and(|(p, q)| compatible(&p, &q));
                if shared {
                    out.extend(judge(
                        ctx,
                        (x, a),
                        (y, b),
                        &format!("the only quantity of {u} in two sentences on the same subject"),
                        false,
                    ));
                }
            }
        }
        if !aligned.iter().any(|m| m.x == s && m.y == t) {
            out.extend(dates(
                ctx,
                x,
                sx,
                y,
                sy,
                "sentences on the same subject",
                true,
            ));
        }
    }
    out
}

/// The first toll of each kind in each article, compared across articles, and any counted
/// thing that each of two articles counts exactly once.
pub fn tolls(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    let with_text: Vec<usize> = ctx.with_text().collect();
    let quantities = |a: usize| -> Vec<(&Mention, Amount)> {
        ctx.articles[a]
            .mentions
            .iter()
            .filter(|m| m.kind == Kind::Quantity && !m.boilerplate)
            .filter_map(|m| amount_of(m).map(|q| (m, q)))
            .collect()
    };
    let all: Vec<Vec<(&Mention, Amount)>> = (0..ctx.articles.len()).map(quantities).collect();
    // How often each article counts each thing (labels of one category are one thing),
    // with the first mention of it.
    let thing = |unit: &str| {
        super::framing::category(unit).map_or_else(|| unit.to_string(), |c| format!("category:{c}"))
    };
    let counted: Vec<std::collections::HashMap<String, (usize, &Mention)>> = all
        .iter()
        .map(|qs| {
            let mut m: std::collections::HashMap<String, (usize, &Mention)> =
                std::collections::HashMap::new();
            for (mention, q) in qs.iter().filter(|(_, q)| !q.unit.is_empty()) {
                m.entry(thing(&q.unit)).or_insert((0, mention)).0 += 1;
            }
            m
        })
        .collect();
    for (i, &x) in with_text.iter().enumerate() {
        for &y in &with_text[i + 1..] {
            for unit in TOLLS {
                let first = |a: usize| {
                    all[a]
                        .iter()
                        .find(|(_, q)| q.unit == *unit)
                        .map(|(m, _)| *m)
                };
                if let (Some(mx), Some(my)) = (first(x), first(y)) {
                    out.extend(judge(
                        ctx,
                        (x, mx),
                        (y, my),
                        &format!("the first count of {unit} each article gives"),
                        true,
                    ));
                }
            }
            for (mx, qx) in &all[x] {
                if qx.unit.is_empty()
                    || TOLLS.contains(&qx.unit.as_str())
                    || is_measure(&qx.unit)
                    || qx.unit.chars().all(|c| c.is_ascii_uppercase())
                {
                    continue;
                }
                let once = |a: usize| {
                    counted[a]
                        .get(&thing(&qx.unit))
                        .filter(|(n, _)| *n == 1)
                        .map(|(_, m)| *m)
                };
                if let (Some(_), Some(my)) = (once(x), once(y)) {
                    out.extend(judge(
                        ctx,
                        (x, mx),
                        (y, my),
                        &format!("the only count of {} in each article", qx.unit),
                        false,
                    ));
                }
            }
        }
    }
    out
}

/// Quantities with a unit that some articles with text do not give at all.
pub fn omitted_quantities(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    let with_text: Vec<usize> = ctx.with_text().collect();
    if with_text.len() < 2 {
        return out;
    }
    let amounts: Vec<Vec<Amount>> = ctx
        .articles
        .iter()
        .map(|a| {
            a.mentions
                .iter()
                .filter(|m| m.kind == Kind::Quantity && !m.boilerplate)
                .filter_map(amount_of)
                .collect()
        })
        .collect();
    for &x in &with_text {
        for m in ctx.articles[x]
            .mentions
            .iter()
            .filter(|m| m.kind == Kind::Quantity && !m.boilerplate)
        {
            let Some(q) = amount_of(m).filter(|q| !q.unit.is_empty()) else {
                continue;
            };
            let missing: Vec<usize> = with_text
                .iter()
                .copied()
                .filter(|&y| {
                    y != x
                        && !amounts[y].iter().any(|o| {
                            same_thing(&o.unit, &q.unit)
                                && (compatible(o, &q) || TOLLS.contains(&q.unit.as_str()))
                        })
                })
                .collect();
            if missing.is_empty() {
                continue;
            }
            let mut f = finding(
                ctx,
                Family::Omission,
                "omission/quantity",
                &[x],
                vec![(x, m.span)],
                format!(
                    "\u{201c}{}\u{201d} is given in {} but not in {}",
                    m.text,
                    ctx.label(x),
                    ctx.labels(&missing)
                ),
            );
            f.missing = missing
                .iter()
                .map(|&y| ctx.articles[y].id.clone())
                .collect();
            f.why = format!("no quantity of {} there comes to the same", q.unit);
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_values_and_judges_compatibility() {
        let a = |v: &str| amount(v).unwrap();
        assert_eq!(
            a("14 deaths (at least)"),
            Amount {
                low: 14.0,
                high: 14.0,
                unit: "deaths".into(),
                qualifier: "at least".into()
            }
        );
        assert_eq!(a("3-5 ships").high, 5.0);
        assert_eq!(a("2500000 EUR").unit, "EUR");
        assert!(compatible(&a("15000 m (about)"), &a("15000 m")));
        assert!(compatible(&a("14 deaths (at least)"), &a("16 deaths")));
        assert!(!compatible(&a("14 deaths (at least)"), &a("12 deaths")));
        assert!(compatible(&a("2000 people (about)"), &a("2050 people")));
        assert!(!compatible(&a("14 deaths"), &a("41 deaths")));
        assert!(compatible(&a("3-5 ships"), &a("4 ships")));
        assert!(!compatible(&a("500 USD (up to)"), &a("5000 USD (up to)")));
        assert!(compatible(&a("2400 m"), &a("2414 m")));
        assert!(!compatible(&a("2400 USD"), &a("2414 USD")));
        assert!(same_thing("protesters", "rioters") && !same_thing("protesters", "ships"));
        assert!(amount("many").is_none());
    }
}
