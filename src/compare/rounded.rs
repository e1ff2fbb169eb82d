//! A rounded figure in one article and the exact one in another ("about 2,300 people" /
//! "all 2,287 residents were ordered out") agree, even in sentences that share little
//! else, when a word of the frame around both (a few words either side) is shared and
//! each is the only figure of the other article it could be. Only agreements are read
//! this way: an agreement is cheap to report wrongly, a conflict is not, so two figures
//! that differ are left to the sentences that tell one fact.

use super::about::shared_in_frame;
use super::facts::{compatible, judge, quantities_in, Amount, Quantity};
use super::maps::HashSet;
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
    // The ends already judged, read once: (article, start, end).
    let taken: HashSet<(usize, usize, usize)> = judged
        .iter()
        .flat_map(|j| &j.ends)
        .map(|e| (e.article, e.range.start, e.range.end))
        .collect();
    let with_text: Vec<usize> = ctx.with_text().collect();
    // Each article's figures: (sentence position, quantity); none for articles without text.
    let mut figures: Vec<Vec<(usize, Quantity)>> = vec![Vec::new(); ctx.docs.len()];
    for &a in &with_text {
        figures[a] = (0..ctx.stories[a].len())
            .flat_map(|pos| {
                quantities_in(ctx, a, pos)
                    .into_iter()
                    .map(move |q| (pos, q))
            })
            .filter(|(_, q)| {
                q.1.low >= SMALLEST && !taken.contains(&(a, q.0.range.start, q.0.range.end))
            })
            .collect();
    }
    let mut out = Vec::new();
    for (i, &x) in with_text.iter().enumerate() {
        for &y in &with_text[i + 1..] {
            for &(s, q) in &figures[x] {
                let mut theirs = matches(q.1, &figures[y]);
                let (Some(&(t, r)), None) = (theirs.next(), theirs.next()) else {
                    continue;
                };
                if matches(r.1, &figures[x]).count() != 1
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
fn matches<'f, 'c>(
    amount: &'f Amount,
    theirs: &'f [(usize, Quantity<'c>)],
) -> impl Iterator<Item = &'f (usize, Quantity<'c>)> {
    theirs.iter().filter(move |(_, q)| rounding(amount, q.1))
}

/// Whether one of two amounts of one thing (or two counts of people) is qualified and the
/// other not, within [`ROUNDING`] of each other, and both can be true.
fn rounding(a: &Amount, b: &Amount) -> bool {
    let counted = a.same_thing(b) || a.counts_people() && b.counts_people();
    counted
        && a.qualifier.is_some() != b.qualifier.is_some()
        && (a.low - b.low).abs() <= ROUNDING * a.low.max(b.low)
        && compatible(a, b)
}
