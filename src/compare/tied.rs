//! Amounts in sentences tied to one claim by a value they agree on: two sentences that
//! give the same day for what they tell, or one amount written two ways, tell one claim
//! more often than not, so another amount of one kind that each of them gives once is
//! about that claim too ("The 58-kilometre pipeline ... ruptured early on Tuesday" / "The
//! 36-mile line ... failed in the early hours of March 11"). Only agreements come this way:
//! two amounts that cannot both be true may be about two things the claim holds, and a
//! conflict is not cheap to report wrongly.

use super::align::Match;
use super::facts::{compatible, judge, quantities_in};
use super::sides::Judged;
use super::Ctx;
use std::collections::HashMap;

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

/// The pairs of story sentences, as ((article, sentence), (article, sentence)), that
/// judged values agreeing tie to one claim, directly or through a third article ("Tuesday"
/// in A and C, "March 11" in B and C), each once, leaving out sentences that match (their
/// amounts are compared already).
pub fn ties(
    ctx: &Ctx,
    judged: &[Judged],
    matches: &HashMap<(usize, usize), Vec<Match>>,
) -> Vec<Tie> {
    // Each agreeing value's sentence, joined with the others it agrees with.
    let mut at: HashMap<(usize, usize), usize> = HashMap::new();
    let mut places: Vec<(usize, usize)> = Vec::new();
    let mut parent: Vec<usize> = Vec::new();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for j in judged.iter().filter(|j| j.agree) {
        let ends = j.ends.each_ref().map(|e| {
            let sentence = ctx.sentence_at(e.article, e.range.start)?;
            Some(*at.entry((e.article, e.range.start)).or_insert_with(|| {
                places.push((e.article, sentence));
                parent.push(parent.len());
                parent.len() - 1
            }))
        });
        if let [Some(p), Some(q)] = ends {
            let (p, q) = (root(&mut parent, p), root(&mut parent, q));
            parent[p.max(q)] = p.min(q);
        }
    }
    let mut groups: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for (i, &place) in places.iter().enumerate() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(place);
    }
    let mut out = Vec::new();
    for group in groups.values() {
        for (k, &p) in group.iter().enumerate() {
            for &q in &group[k + 1..] {
                let (p, q) = if p.0 < q.0 { (p, q) } else { (q, p) };
                let matching = matches
                    .get(&(p.0, q.0))
                    .is_some_and(|ms| ms.iter().any(|m| (m.x, m.y) == (p.1, q.1)));
                if p.0 != q.0 && !matching {
                    out.push((p, q));
                }
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
