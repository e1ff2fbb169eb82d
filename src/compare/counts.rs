//! Counts compared across whole articles, not sentence by sentence: the first toll of
//! each kind each article gives (its headline figure, with every later count of that toll
//! the figure fits), a counted thing each of two articles counts once with the same words
//! around it, and the counts only one article gives.

use super::about::{one_fact, sentence_of, words_of};
use super::facts::{compatible, judge, written_amount, Amount, Quantity};
use super::finding::{finding, Finding, FindingKind};
use super::sides::Judged;
use super::Ctx;
use crate::document::Mention;
use crate::extract::{Event, Size};
use crate::lexicon::WordList::IncrementWords;
use crate::sorting;
use std::borrow::Cow;

/// The quantities of article `a` that have a unit, in text order.
fn counted<'c>(ctx: &'c Ctx, a: usize) -> impl Iterator<Item = Quantity<'c>> {
    ctx.docs[a]
        .mentions
        .iter()
        .zip(&ctx.amounts[a])
        .filter_map(|(m, q)| Some((m, q.as_ref().filter(|q| !q.unit.is_empty())?)))
}

/// Whether count `m` of article `a` adds to an earlier one rather than giving a total: an
/// increment word inside it not before "than" ("four more people", not "more than 40"),
/// or right before it ("a further 298", "another 12").
fn increment(ctx: &Ctx, a: usize, m: &Mention) -> bool {
    let Some(s) = sentence_of(ctx, a, m) else {
        return false;
    };
    let (first, last) = words_of(s, m);
    let inside = (first + 1..last).any(|i| {
        IncrementWords.contains(&s.words[i])
            && s.words.get(i + 1).map(String::as_str) != Some("than")
    });
    inside || (first > 0 && IncrementWords.contains(&s.words[first - 1]))
}

/// Whether mention `m` of article `a` stands inside a direct quote.
fn quoted(ctx: &Ctx, a: usize, m: &Mention) -> bool {
    ctx.docs[a]
        .quotes
        .iter()
        .any(|q| q.content.start <= m.range.start && m.range.end <= q.content.end)
}

/// The first toll of each kind in each article, compared across articles, and any counted
/// thing that each of two articles counts exactly once.
pub fn tolls<'c>(ctx: &'c Ctx) -> Vec<Judged<'c>> {
    use super::maps::HashMap;
    let mut out = Vec::new();
    let with_text: Vec<usize> = ctx.with_text().collect();
    // Per article: its tolls in text order, leaving out a number someone says inside a
    // quote (theirs, not the article's count: "You can arrest four thousand of us") and one
    // that adds to an earlier count; then the first of each kind, its headline figure.
    let tolls: Vec<Vec<Quantity>> = (0..ctx.docs.len())
        .map(|a| {
            counted(ctx, a)
                .filter(|q| q.1.toll.is_some() && !quoted(ctx, a, q.0) && !increment(ctx, a, q.0))
                .collect()
        })
        .collect();
    let first: Vec<Vec<Option<Quantity>>> = tolls
        .iter()
        .map(|ts| {
            Event::ALL
                .iter()
                .map(|&event| ts.iter().find(|q| q.1.toll == Some(event)).copied())
                .collect()
        })
        .collect();
    // And how often it counts each other thing (labels of one category are one thing),
    // with the first quantity of it.
    let once: Vec<HashMap<&str, Quantity>> = (0..ctx.docs.len())
        .map(|a| {
            let mut seen: HashMap<&str, (usize, Quantity)> = HashMap::default();
            for q in counted(ctx, a) {
                if q.1.toll.is_some() || q.1.measure || q.1.money {
                    continue;
                }
                seen.entry(q.1.thing.as_str()).or_insert((0, q)).0 += 1;
            }
            seen.into_iter()
                .filter(|(_, (n, _))| *n == 1)
                .map(|(thing, (_, q))| (thing, q))
                .collect()
        })
        .collect();
    // Per article and toll: its later counts of that toll that the first's value fits (a
    // headline's "Nine dead" and the story's "nine people"), judged with the other article's
    // first so the finding points at every place an article gives its figure.
    let echoes: Vec<Vec<Vec<Quantity>>> = first
        .iter()
        .zip(&tolls)
        .map(|(firsts, ts)| {
            firsts
                .iter()
                .map(|f| {
                    let Some(f) = f else {
                        return Vec::new();
                    };
                    ts.iter()
                        .filter(|q| {
                            q.1.toll == f.1.toll
                                && q.0.range.start > f.0.range.start
                                && q.1.low <= f.1.high
                                && f.1.low <= q.1.high
                        })
                        .copied()
                        .collect()
                })
                .collect()
        })
        .collect();
    for (i, &x) in with_text.iter().enumerate() {
        for &y in &with_text[i + 1..] {
            for (e, (&fx, &fy)) in first[x].iter().zip(&first[y]).enumerate() {
                if let (Some(qx), Some(qy)) = (fx, fy) {
                    let pairs = std::iter::once((qx, qy))
                        .chain(echoes[y][e].iter().map(|&ey| (qx, ey)))
                        .chain(echoes[x][e].iter().map(|&ex| (ex, qy)));
                    for (px, py) in pairs {
                        let mut j = judge(
                            ctx,
                            (x, px),
                            (y, py),
                            "the first count of {unit} each article gives",
                            true,
                        );
                        // An echo stands on its first count's side ("at least 14 people"
                        // after "Fourteen dead" is the article's one figure, not a second).
                        j.ends[0].value = Cow::Borrowed(&qx.1.shown);
                        j.ends[1].value = Cow::Borrowed(&qy.1.shown);
                        out.push(j);
                    }
                }
            }
            let (small, large) = if once[x].len() <= once[y].len() {
                (x, y)
            } else {
                (y, x)
            };
            let mut shared: Vec<(Quantity, Quantity)> = once[small]
                .iter()
                .filter_map(|(thing, &q)| Some((q, *once[large].get(thing)?)))
                .map(|(q, r)| if small == x { (q, r) } else { (r, q) })
                .collect();
            sorting::sort_by_key(&mut shared, |(q, _)| q.0.range.start);
            // Counted once each is not enough: the numbers must be about one fact.
            shared.retain(|(qx, qy)| one_fact(ctx, (x, qx.0), (y, qy.0)));
            for (qx, qy) in shared {
                out.push(judge(
                    ctx,
                    (x, qx),
                    (y, qy),
                    "the only count of {unit} in each article, with the same words around it",
                    false,
                ));
            }
        }
    }
    out
}

/// Quantities with a unit that some articles with text do not give at all.
pub fn omitted_quantities(ctx: &Ctx) -> Vec<Finding> {
    use super::maps::HashMap;
    let mut out = Vec::new();
    let with_text: Vec<usize> = ctx.with_text().collect();
    if with_text.len() < 2 {
        return out;
    }
    // Per article, its amounts by the thing they count.
    let by_thing: Vec<HashMap<&str, Vec<&Amount>>> = (0..ctx.docs.len())
        .map(|a| {
            let mut m: HashMap<&str, Vec<&Amount>> = HashMap::default();
            for (_, q) in counted(ctx, a) {
                m.entry(q.thing.as_str()).or_default().push(q);
            }
            m
        })
        .collect();
    for &x in &with_text {
        for (m, q) in counted(ctx, x) {
            let toll = q.toll.is_some();
            let missing: Vec<usize> = with_text
                .iter()
                .copied()
                .filter(|&y| {
                    y != x
                        && !by_thing[y]
                            .get(q.thing.as_str())
                            .is_some_and(|os| toll || os.iter().any(|o| compatible(o, q)))
                })
                .collect();
            if missing.is_empty() {
                continue;
            }
            let why = format!("no quantity of {} there comes to the same", q.unit);
            out.push(omission(ctx, x, m, missing, why));
        }
    }
    out.extend(omitted_vague(ctx, &with_text));
    out
}

/// The finding that quantity `m` of article `x` is given there but not in the articles
/// `missing`, and why.
fn omission(ctx: &Ctx, x: usize, m: &Mention, missing: Vec<usize>, why: String) -> Finding {
    let mut f = finding(
        FindingKind::OmissionQuantity,
        &[x],
        vec![(x, m.range.clone())],
        format!(
            "\u{201c}{}\u{201d} is given in {} but not in {}",
            ctx.docs[x].as_written(m.range.clone()),
            ctx.label(x),
            ctx.labels(&missing)
        ),
    );
    f.missing = missing;
    f.wording.why = why;
    f
}

/// Vague amounts ("thousands of soldiers") of a thing that some articles with text never
/// count at all: said in one article only. They meet no number, so only the thing counted
/// is compared.
fn omitted_vague(ctx: &Ctx, with_text: &[usize]) -> Vec<Finding> {
    let counts = |y: usize, thing: &str| {
        ctx.docs[y]
            .mentions
            .iter()
            .filter_map(written_amount)
            .any(|o| o.thing.name() == thing)
    };
    let mut out = Vec::new();
    for &x in with_text {
        for m in &ctx.docs[x].mentions {
            let Some(a) = written_amount(m).filter(|a| matches!(a.size, Size::Vague(_))) else {
                continue;
            };
            let thing = a.thing.name();
            if thing.is_empty() {
                continue;
            }
            let missing: Vec<usize> = with_text
                .iter()
                .copied()
                .filter(|&y| y != x && !counts(y, thing))
                .collect();
            if missing.is_empty() {
                continue;
            }
            let why = format!("no quantity of {thing} there at all");
            out.push(omission(ctx, x, m, missing, why));
        }
    }
    out
}
