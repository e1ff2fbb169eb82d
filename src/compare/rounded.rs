//! A rounded figure in one article and the exact one in another ("nearly 300 agency
//! workers" / "a further 298 agency staff", "about 2,300 people" / "all 2,287 residents")
//! agree, even in sentences that share little else, when a word beside both is shared and
//! each is the only figure of the other article it could be. Only agreements are read
//! this way: an agreement is cheap to report wrongly, a conflict is not, so two figures
//! that differ are left to the sentences that tell one fact.

use super::about::shared_in_frame;
use super::facts::{judge, quantities_in, Amount, Quantity};
use super::sides::Judged;
use super::Ctx;

/// The share two amounts may differ by: the rounding of "nearly 300" for 298 or "about
/// 2,300" for 2,287, not "about 200" for 150.
const ROUNDING: f64 = 0.05;
/// The smallest figure read this way: small counts ("about 12", "11") meet by chance.
const SMALLEST: f64 = 20.0;

/// The agreements between a rounded figure and an exact one across every pair of articles,
/// for quantities `judged` holds in no pair yet.
pub fn agreements<'c>(ctx: &'c Ctx, judged: &[Judged]) -> Vec<Judged<'c>> {
    let taken = |a: usize, q: &Quantity| {
        judged
            .iter()
            .flat_map(|j| &j.ends)
            .any(|e| e.article == a && e.range == q.0.range)
    };
    // Each article's figures: (sentence position, quantity).
    let figures: Vec<Vec<(usize, Quantity)>> = (0..ctx.docs.len())
        .map(|a| {
            if !ctx.with_text().any(|w| w == a) {
                return Vec::new();
            }
            (0..ctx.stories[a].len())
                .flat_map(|pos| {
                    quantities_in(ctx, a, pos)
                        .into_iter()
                        .map(move |q| (pos, q))
                })
                .filter(|(_, q)| q.1.low >= SMALLEST && !taken(a, q))
                .collect()
        })
        .collect();
    let with_text: Vec<usize> = ctx.with_text().collect();
    let mut out = Vec::new();
    for (i, &x) in with_text.iter().enumerate() {
        for &y in &with_text[i + 1..] {
            for &(s, q) in &figures[x] {
                let [(t, r)] = matches(q.1, &figures[y])[..] else {
                    continue;
                };
                if matches(r.1, &figures[x]).len() != 1
                    || shared_in_frame(&ctx.stories[x][s], q.0, &ctx.stories[y][t], r.0) == 0
                {
                    continue;
                }
                out.push(judge(
                    ctx,
                    (x, q),
                    (y, r),
                    "a rounded figure and an exact one of {unit}, with a word beside both",
                    false,
                ));
            }
        }
    }
    out
}

/// The figures of `theirs` that `amount` rounds or is rounded from.
fn matches<'c>(amount: &Amount, theirs: &[(usize, Quantity<'c>)]) -> Vec<(usize, Quantity<'c>)> {
    theirs
        .iter()
        .filter(|(_, q)| rounding(amount, q.1))
        .copied()
        .collect()
}

/// Whether one of two amounts of one thing (or two counts of people) is qualified and the
/// other not, within [`ROUNDING`] of each other, and both can be true.
fn rounding(a: &Amount, b: &Amount) -> bool {
    let counted = a.same_thing(b) || a.counts_people() && b.counts_people();
    counted
        && a.qualifier.is_some() != b.qualifier.is_some()
        && (a.low - b.low).abs() <= ROUNDING * a.low.max(b.low)
        && super::facts::compatible(a, b)
}
