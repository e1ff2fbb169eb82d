//! Numbers and dates about the same thing across articles. Two quantities are about the
//! same thing when they share a unit (after normalisation: 15 km and 9 miles are both
//! metres) in matching sentences, or when they are the death, injury or arrest toll each
//! article gives first. They agree when their amounts are equal or compatible ("at least
//! 14" and 16; "about 2,000" and 2,050), and conflict otherwise. Dates conflict when
//! matching sentences put the same event on different days. Agreements are reported only
//! when written differently; the rest is reuse.

use super::align::Match;
use super::{finding, Ctx};
use crate::report::{Family, Finding, Kind, Mention};

/// Units that are tolls: the first of each in an article is its headline figure.
const TOLLS: &[&str] = &["deaths", "injuries", "arrests"];
/// How far apart "about" lets two amounts be, as a share of the larger.
const APPROXIMATE: f64 = 0.1;

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
    Some(Amount {
        low,
        high,
        unit: unit.to_string(),
        qualifier,
    })
}

/// Whether two amounts of one unit can both be true.
fn compatible(a: &Amount, b: &Amount) -> bool {
    let overlap = a.low <= b.high && b.low <= a.high;
    let at_least = |x: &Amount, y: &Amount| {
        matches!(x.qualifier.as_str(), "at least" | "more than" | "over") && y.high >= x.low
    };
    let at_most = |x: &Amount, y: &Amount| {
        matches!(
            x.qualifier.as_str(),
            "up to" | "at most" | "less than" | "nearly" | "almost" | "under"
        ) && y.low <= x.high
    };
    let about = |x: &Amount, y: &Amount| {
        !x.qualifier.is_empty()
            && !at_least(x, y)
            && !at_most(x, y)
            && (x.low - y.low).abs() <= APPROXIMATE * x.low.abs().max(y.low.abs())
    };
    overlap
        || at_least(a, b)
        || at_least(b, a)
        || at_most(a, b)
        || at_most(b, a)
        || about(a, b)
        || about(b, a)
}

/// The story mentions of `kind` in article `a` whose span lies in byte range `within`.
fn mentions_in<'c>(
    ctx: &'c Ctx,
    a: usize,
    kind: Kind,
    within: std::ops::Range<usize>,
) -> Vec<&'c Mention> {
    ctx.articles[a]
        .mentions
        .iter()
        .filter(|m| {
            m.kind == kind
                && !m.boilerplate
                && within.start <= m.span.start
                && m.span.end <= within.end
        })
        .collect()
}

/// Compares two quantities said to be about the same thing.
fn judge(
    ctx: &Ctx,
    (x, mx): (usize, &Mention),
    (y, my): (usize, &Mention),
    why: &str,
) -> Option<Finding> {
    judge_as(ctx, (x, mx), (y, my), why, false)
}

/// [`judge`], reporting agreement even when both are written alike when `always` is set
/// (tolls: the reader wants to see that the death counts were checked).
fn judge_as(
    ctx: &Ctx,
    (x, mx): (usize, &Mention),
    (y, my): (usize, &Mention),
    why: &str,
    always: bool,
) -> Option<Finding> {
    let (ax, ay) = (amount(mx.value.as_deref()?)?, amount(my.value.as_deref()?)?);
    let spans = vec![(x, mx.span), (y, my.span)];
    let unit = if ax.unit.is_empty() {
        "number".to_string()
    } else {
        ax.unit.clone()
    };
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
        f.why = format!(
            "{why}; both come to {}",
            mx.value.as_deref().unwrap_or_default()
        );
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
    f.why = format!("{why}: {} against {} {unit}", fmt(&ax), fmt(&ay));
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
            mentions_in(ctx, x, Kind::Quantity, sx.range.clone()),
            mentions_in(ctx, y, Kind::Quantity, sy.range.clone()),
        );
        let unit = |q: &&Mention| {
            q.value
                .as_deref()
                .and_then(amount)
                .map(|a| a.unit)
                .unwrap_or_default()
        };
        let mut units: Vec<String> = qx.iter().map(unit).filter(|u| !u.is_empty()).collect();
        units.dedup();
        for u in units {
            let ux: Vec<&&Mention> = qx.iter().filter(|q| unit(q) == u).collect();
            let uy: Vec<&&Mention> = qy.iter().filter(|q| unit(q) == u).collect();
            for (a, b) in ux.iter().zip(&uy) {
                out.extend(judge(
                    ctx,
                    (x, a),
                    (y, b),
                    &format!("the same unit ({u}) in matching sentences"),
                ));
            }
        }
        let day = |d: &&Mention| {
            d.value
                .as_deref()
                .filter(|v| v.len() == 10)
                .map(str::to_string)
        };
        let dx: Vec<(&Mention, String)> = mentions_in(ctx, x, Kind::Date, sx.range.clone())
            .into_iter()
            .filter_map(|d| day(&d).map(|v| (d, v)))
            .collect();
        let dy: Vec<(&Mention, String)> = mentions_in(ctx, y, Kind::Date, sy.range.clone())
            .into_iter()
            .filter_map(|d| day(&d).map(|v| (d, v)))
            .collect();
        for ((a, va), (b, vb)) in dx.iter().zip(&dy) {
            let spans = vec![(x, a.span), (y, b.span)];
            if va != vb {
                let mut f =
                    finding(
                        ctx,
                        Family::Conflict,
                        "conflict/date",
                        &[x, y],
                        spans,
                        format!(
                    "{} puts it on \u{201c}{}\u{201d} ({va}), {} on \u{201c}{}\u{201d} ({vb})",
                    ctx.label(x), a.text, ctx.label(y), b.text
                ),
                    );
                f.why = "matching sentences give different days".into();
                out.push(f);
            } else if a.text.to_lowercase() != b.text.to_lowercase() {
                let mut f =
                    finding(
                        ctx,
                        Family::Agreement,
                        "agreement/date",
                        &[x, y],
                        spans,
                        format!(
                    "\u{201c}{}\u{201d} in {} and \u{201c}{}\u{201d} in {} are the same day",
                    a.text, ctx.label(x), b.text, ctx.label(y)
                ),
                    );
                f.why = format!("both resolve to {va} in matching sentences");
                out.push(f);
            }
        }
    }
    out
}

/// Quantities in sentences that share content words without matching outright: compared
/// only when each sentence gives exactly one quantity of the unit they share.
pub fn in_related_sentences(
    ctx: &Ctx,
    x: usize,
    y: usize,
    related: &[(usize, usize)],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let unit = |q: &Mention| {
        q.value
            .as_deref()
            .and_then(amount)
            .map(|a| a.unit)
            .unwrap_or_default()
    };
    for &(s, t) in related {
        let (sx, sy) = (&ctx.stories[x][s], &ctx.stories[y][t]);
        let (qx, qy) = (
            mentions_in(ctx, x, Kind::Quantity, sx.range.clone()),
            mentions_in(ctx, y, Kind::Quantity, sy.range.clone()),
        );
        for a in &qx {
            let u = unit(a);
            if u.is_empty() || qx.iter().filter(|q| unit(q) == u).count() != 1 {
                continue;
            }
            let theirs: Vec<&&Mention> = qy.iter().filter(|q| unit(q) == u).collect();
            if let [b] = theirs[..] {
                out.extend(judge(
                    ctx,
                    (x, a),
                    (y, b),
                    &format!("the only quantity of {u} in two sentences that share their subject"),
                ));
            }
        }
    }
    out
}

/// The first toll of each kind in each article, compared across articles.
pub fn tolls(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    let with_text: Vec<usize> = ctx.with_text().collect();
    for unit in TOLLS {
        let firsts: Vec<(usize, &Mention)> = with_text
            .iter()
            .filter_map(|&a| {
                ctx.articles[a]
                    .mentions
                    .iter()
                    .find(|m| {
                        m.kind == Kind::Quantity
                            && !m.boilerplate
                            && m.value
                                .as_deref()
                                .and_then(amount)
                                .is_some_and(|v| v.unit == *unit)
                    })
                    .map(|m| (a, m))
            })
            .collect();
        for (i, &(x, mx)) in firsts.iter().enumerate() {
            for &(y, my) in &firsts[i + 1..] {
                out.extend(judge_as(
                    ctx,
                    (x, mx),
                    (y, my),
                    &format!("the first count of {unit} each article gives"),
                    true,
                ));
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
                .filter_map(|m| m.value.as_deref().and_then(amount))
                .collect()
        })
        .collect();
    for &x in &with_text {
        for m in ctx.articles[x]
            .mentions
            .iter()
            .filter(|m| m.kind == Kind::Quantity && !m.boilerplate)
        {
            let Some(q) = m
                .value
                .as_deref()
                .and_then(amount)
                .filter(|q| !q.unit.is_empty())
            else {
                continue;
            };
            let missing: Vec<usize> = with_text
                .iter()
                .copied()
                .filter(|&y| {
                    y != x
                        && !amounts[y]
                            .iter()
                            .any(|o| o.unit == q.unit && compatible(o, &q))
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
        assert!(amount("many").is_none());
    }
}
