//! Amounts in sentences tied to one claim by the day they give: two sentences judged to
//! give the same day for what they tell (directly, or each with a third article) tell one
//! claim more often than not, so another amount of one kind that each of them gives once is
//! about that claim too ("The 58-kilometre pipeline ... ruptured early on Tuesday" / "The
//! 36-mile line ... failed in the early hours of March 11"). Only agreements come this way:
//! two amounts that cannot both be true may be about two things the claim holds, and a
//! conflict is not cheap to report wrongly.

use super::facts::{compatible, judge, quantities_in};
use super::maps::HashMap;
use super::sides::{End, Fact, Judged, Sets};
use super::Ctx;
use crate::sorting;

/// Two story sentences tied to one claim: (article, sentence) each, the lower article
/// first.
pub type Tie = ((usize, usize), (usize, usize));

/// Agreements between the amounts of the sentences of `ties` (article, sentence) pairs,
/// each the only amount of its kind in its sentence (an amount of no known kind is of
/// none).
pub fn agreements<'c>(ctx: &'c Ctx, ties: &[Tie]) -> Vec<Judged<'c>> {
    let mut out = Vec::new();
    for &((x, s), (y, t)) in ties {
        let (qx, qy) = (quantities_in(ctx, x, s), quantities_in(ctx, y, t));
        for a in &qx {
            let u = a.1;
            if qx.iter().filter(|q| q.1.same_thing(u)).count() != 1 {
                continue;
            }
            let theirs: Vec<_> = qy.iter().filter(|q| q.1.same_thing(u)).collect();
            if let [b] = theirs[..] {
                if compatible(u, b.1) {
                    out.push(judge(
                        ctx,
                        (x, *a),
                        (y, *b),
                        "the only quantity of {unit} in two sentences that agree on another value",
                        false,
                    ));
                }
            }
        }
    }
    out
}

/// The pairs of story sentences that days judged alike tie to one claim, directly or
/// through a third article ("Tuesday" in A and C, "March 11" in B and C), each once, with
/// an amount each, leaving out related sentences (`related`: their amounts are compared
/// already).
pub fn ties(
    ctx: &Ctx,
    judged: &[Judged],
    related: &HashMap<(usize, usize), Vec<(usize, usize)>>,
) -> Vec<Tie> {
    // Each agreeing value once, as (article, where it starts), sorted: its index is its
    // number for the joins below.
    let agreeing: Vec<&Judged> = judged
        .iter()
        .filter(|j| j.agree && j.fact == Fact::Date)
        .collect();
    let mut keys: Vec<(usize, usize)> = agreeing
        .iter()
        .flat_map(|j| j.ends.iter().map(|e| (e.article, e.range.start)))
        .collect();
    sorting::sort(&mut keys);
    keys.dedup();
    let places: Vec<Option<(usize, usize)>> = keys
        .iter()
        .map(|&(a, at)| ctx.sentence_at(a, at).map(|s| (a, s)))
        .collect();
    let number = |e: &End| keys.binary_search(&(e.article, e.range.start)).ok();
    let mut sets = Sets::new(keys.len());
    let mut direct: Vec<Tie> = Vec::new();
    for j in &agreeing {
        let (Some(p), Some(q)) = (number(&j.ends[0]), number(&j.ends[1])) else {
            continue;
        };
        if let (Some(sp), Some(sq)) = (places[p], places[q]) {
            direct.push((sp, sq));
            sets.join(p, q);
        }
    }
    let mut groups: HashMap<usize, Vec<(usize, usize)>> = HashMap::default();
    for (i, place) in places.iter().enumerate() {
        if let Some(place) = *place {
            groups.entry(sets.root(i)).or_default().push(place);
        }
    }
    // A group with one sentence per article is one fact told once in each: every two of
    // its sentences are tied. A larger one joins several things that happened alike (many
    // sentences say "Tuesday"): only its judged pairs are.
    let clean = |group: &[(usize, usize)]| {
        let mut articles: Vec<usize> = group.iter().map(|p| p.0).collect();
        sorting::sort(&mut articles);
        articles.dedup();
        articles.len() == group.len()
    };
    let mut candidates = direct;
    for group in groups.values().filter(|g| clean(g)) {
        for (k, &p) in group.iter().enumerate() {
            candidates.extend(group[k + 1..].iter().map(|&q| (p, q)));
        }
    }
    let mut out = Vec::new();
    for (p, q) in candidates {
        let (p, q) = if p.0 < q.0 { (p, q) } else { (q, p) };
        let compared = related
            .get(&(p.0, q.0))
            .is_some_and(|rs| rs.contains(&(p.1, q.1)));
        // Only sentences with an amount each can give an agreement.
        let counted = |(a, s): (usize, usize)| !ctx.quantities[a][s].is_empty();
        if p.0 != q.0 && counted(p) && counted(q) && !compared {
            out.push((p, q));
        }
    }
    sorting::sort(&mut out);
    out.dedup();
    out
}
