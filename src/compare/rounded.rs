//! A rounded figure in one article and the exact one in another ("about 2,300 people" /
//! "all 2,287 residents were ordered out") agree, even in sentences that share little
//! else, when a word of the frame around both (a few words either side) is shared and
//! each is the only figure of the other article it could be. Only agreements are read
//! this way: an agreement is cheap to report wrongly, a conflict is not, so two figures
//! that differ are left to the sentences that tell one fact.

use super::about::shared_in_frame;
use super::facts::{compatible, judge, quantities_in, Amount, Quantity};
use super::maps::{HashMap, HashSet};
use super::sides::Judged;
use super::Ctx;
use crate::sorting;

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
    let indexes: Vec<Index> = figures.iter().map(|f| Index::new(f)).collect();
    let mut out = Vec::new();
    for (i, &x) in with_text.iter().enumerate() {
        for &y in &with_text[i + 1..] {
            for &(s, q) in &figures[x] {
                let theirs = indexes[y].matches(q.1, &figures[y]);
                let [(t, r)] = theirs[..] else {
                    continue;
                };
                if indexes[x].matches(r.1, &figures[x]).len() != 1
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

/// One article's figures found by what they count and by size, so that a figure's
/// partners are looked up, not searched for among every figure (issue 19). [`rounding`]
/// asks for one thing counted (the same non-empty `thing`, or people both), one amount
/// qualified and the other not, and lows within [`ROUNDING`] of the larger: so the index
/// keeps, for each thing and for people, the qualified and the unqualified figures apart,
/// each sorted by low, and a lookup reads only the run of lows that can be that close
/// (and every figure of infinite or undefined low, which no run bounds).
struct Index<'f> {
    /// (what is counted, qualified) -> indexes of the figures of finite low, sorted by
    /// low, and of the others.
    blocks: HashMap<(Counted<'f>, bool), (Vec<usize>, Vec<usize>)>,
}

/// What a figure counts, for [`Index`]: a thing, or people.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Counted<'f> {
    /// The amount's `thing`: a unit, or a framing category of counted nouns.
    Thing(&'f str),
    /// People, counted with a plural noun and no toll ("300 workers").
    People,
}

impl<'f> Index<'f> {
    /// The index of `figures`.
    fn new(figures: &'f [(usize, Quantity)]) -> Index<'f> {
        let mut blocks: HashMap<(Counted<'f>, bool), (Vec<usize>, Vec<usize>)> = HashMap::default();
        for (k, (_, (_, a))) in figures.iter().enumerate() {
            let qualified = a.qualifier.is_some();
            let mut keys = Vec::new();
            if !a.thing.is_empty() {
                keys.push((Counted::Thing(&a.thing), qualified));
            }
            if a.counts_people() {
                keys.push((Counted::People, qualified));
            }
            for key in keys {
                let (finite, odd) = blocks.entry(key).or_default();
                if a.low.is_finite() { finite } else { odd }.push(k);
            }
        }
        for (finite, _) in blocks.values_mut() {
            sorting::sort_by(finite, |&i, &j| {
                figures[i].1 .1.low.total_cmp(&figures[j].1 .1.low)
            });
        }
        Index { blocks }
    }

    /// The figures of `theirs` (the figures this index was made of) that `amount` rounds or
    /// is rounded from, in no particular order.
    fn matches<'c>(
        &self,
        amount: &Amount,
        theirs: &[(usize, Quantity<'c>)],
    ) -> Vec<(usize, Quantity<'c>)> {
        let qualified = amount.qualifier.is_some();
        let mut keys = Vec::new();
        if !amount.thing.is_empty() {
            keys.push((Counted::Thing(&amount.thing), !qualified));
        }
        if amount.counts_people() {
            keys.push((Counted::People, !qualified));
        }
        let low = |k: usize| theirs[k].1 .1.low;
        let a = amount.low;
        // |a - b| <= ROUNDING * max(a, b) puts b within [a (1 - ROUNDING), a / (1 -
        // ROUNDING)]; a margin keeps float rounding at the edges inside.
        let (from, to) = (
            a * (1.0 - ROUNDING) * (1.0 - MARGIN),
            a / (1.0 - ROUNDING) * (1.0 + MARGIN),
        );
        let mut found: Vec<usize> = Vec::new();
        for key in keys {
            let Some((finite, odd)) = self.blocks.get(&key) else {
                continue;
            };
            if a.is_finite() && a >= 0.0 {
                let first = finite.partition_point(|&k| low(k) < from);
                let last = finite.partition_point(|&k| low(k) <= to);
                found.extend(&finite[first..last.max(first)]);
            } else {
                found.extend(finite);
            }
            found.extend(odd);
        }
        sorting::sort(&mut found);
        found.dedup();
        found
            .into_iter()
            .map(|k| theirs[k])
            .filter(|(_, q)| rounding(amount, q.1))
            .collect()
    }
}

/// The share by which a run of lows is widened, against float rounding at its edges.
const MARGIN: f64 = 1e-9;

/// Whether one of two amounts of one thing (or two counts of people) is qualified and the
/// other not, within [`ROUNDING`] of each other, and both can be true.
fn rounding(a: &Amount, b: &Amount) -> bool {
    let counted = a.same_thing(b) || a.counts_people() && b.counts_people();
    counted
        && a.qualifier.is_some() != b.qualifier.is_some()
        && (a.low - b.low).abs() <= ROUNDING * a.low.max(b.low)
        && compatible(a, b)
}
