//! One finding per fact across all the articles. Every judgement that two values in two
//! articles are about the same thing (a toll, a distance, the day of an event) joins them;
//! the joined values then fall into sides that agree with each other, and a fact with two
//! sides or more is one conflict that says which articles say what. With three articles,
//! "14 dead" in two of them against "41 dead" in the third is one conflict with two sides,
//! not two conflicts; "about 30", "some 30" and "roughly 30" are one agreement.

use super::finding::{finding, Finding, FindingKind, Side};
use super::maps::HashMap;
use super::{join, Ctx};
use crate::sorting;
use std::borrow::Cow;
use std::ops::Range;

/// What kind of fact a judgement is about; it sets the finding's kind and wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    /// A number, with its unit.
    Quantity,
    /// The day of an event.
    Date,
}

/// One value in one article.
#[derive(Debug, Clone)]
pub struct End<'c> {
    /// The article's index.
    pub article: usize,
    /// Where the value is written.
    pub range: Range<usize>,
    /// The words as written.
    pub text: &'c str,
    /// The value in words ("at least 14 deaths", "2020-08-18"), for sides and reasons:
    /// borrowed where the value is already written out (an amount's).
    pub value: Cow<'c, str>,
}

/// Two values judged to be about the same thing, and whether they agree.
#[derive(Debug, Clone)]
pub struct Judged<'c> {
    /// What they are.
    pub fact: Fact,
    /// The two values, in two articles.
    pub ends: [End<'c>; 2],
    /// Whether both can be true.
    pub agree: bool,
    /// Report the agreement even when both are written alike (the headline tolls).
    pub always: bool,
    /// Why they are about the same thing, for the reader; `{unit}` stands for `unit`.
    pub reason: &'static str,
    /// What the quantities count, for the reason.
    pub unit: &'c str,
}

impl Judged<'_> {
    /// Why they are about the same thing and how they compare, in words: "the first count
    /// of deaths each article gives: 14 deaths against 41 deaths".
    fn why(&self) -> String {
        let reason = self.reason.replace("{unit}", self.unit);
        let [a, b] = [&self.ends[0].value, &self.ends[1].value];
        match (self.fact, self.agree) {
            (Fact::Quantity, true) => format!("{reason}; {a} and {b}"),
            (Fact::Quantity, false) => format!("{reason}: {a} against {b}"),
            (Fact::Date, true) => format!("both resolve to {a} in {reason}"),
            (Fact::Date, false) if a.len() < 10 || b.len() < 10 => {
                format!("{reason} give different months")
            }
            (Fact::Date, false) => format!("{reason} give different days"),
        }
    }
}

/// Disjoint sets over `0..n`.
pub(super) struct Sets(Vec<usize>);

impl Sets {
    /// `n` sets of one each.
    pub(super) fn new(n: usize) -> Sets {
        Sets((0..n).collect())
    }

    /// The set `i` is in, named by its lowest member.
    pub(super) fn root(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    /// Puts `a` and `b` in one set.
    pub(super) fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        self.0[a.max(b)] = a.min(b);
    }
}

/// Things said two at a time to belong together, joined: every thing once, each pair an
/// edge between two of them (by their place in `ends`), and the sets the edges make.
pub(super) struct Joined<'t, T> {
    pub ends: Vec<&'t T>,
    pub edges: Vec<[usize; 2]>,
    pub sets: Sets,
}

/// Joins `pairs` (see [`Joined`]), telling one thing from another by `key` (its article
/// and where it starts).
pub(super) fn joined<'t, T: 't>(
    pairs: impl Iterator<Item = &'t [T; 2]>,
    key: impl Fn(&T) -> (usize, usize),
) -> Joined<'t, T> {
    let mut index: HashMap<(usize, usize), usize> = HashMap::default();
    let mut ends: Vec<&T> = Vec::new();
    let mut edges: Vec<[usize; 2]> = Vec::with_capacity(pairs.size_hint().0);
    for pair in pairs {
        edges.push(pair.each_ref().map(|e| {
            *index.entry(key(e)).or_insert_with(|| {
                ends.push(e);
                ends.len() - 1
            })
        }));
    }
    let mut sets = Sets::new(ends.len());
    for &[a, b] in &edges {
        sets.join(a, b);
    }
    Joined { ends, edges, sets }
}

/// The findings for all judgements: one per fact (values joined by judgements), a conflict
/// when its values fall into two sides or more, else an agreement when some pair of them
/// is written differently (or is a toll). In the order of each fact's first judgement.
pub fn findings(ctx: &Ctx, judged: &[Judged]) -> Vec<Finding> {
    // Every value once, keyed by article and start (a kind's mentions never overlap).
    let Joined {
        ends,
        edges,
        sets: mut facts,
    } = joined(judged.iter().map(|j| &j.ends), |e| {
        (e.article, e.range.start)
    });
    // Judgements by fact, in order of the fact's first judgement.
    let mut by_fact: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::default();
    for (j, &[a, _]) in edges.iter().enumerate() {
        let root = facts.root(a);
        let s = *slot.entry(root).or_insert_with(|| {
            by_fact.push((root, Vec::new()));
            by_fact.len() - 1
        });
        by_fact[s].1.push(j);
    }
    let mut out = Vec::new();
    for (_, js) in by_fact {
        let mut nodes: Vec<usize> = js.iter().flat_map(|&j| edges[j]).collect();
        sorting::sort_by_key(&mut nodes, |&n| (ends[n].article, ends[n].range.start));
        nodes.dedup();
        let sides = sides(&nodes, &js, judged, &edges, &ends);
        let first = &judged[js[0]];
        // An article on two sides of a number gives both values: they are two facts that
        // the judgements joined ("demanding 18 percent" and "offering 7 percent"), not
        // one fact told two ways. (An article's dates of one event are often several: the
        // day it began and the day it was told.)
        let split = |a: usize| {
            first.fact == Fact::Quantity
                && sides
                    .iter()
                    .filter(|side| side.iter().any(|&n| ends[n].article == a))
                    .count()
                    > 1
        };
        if sides.len() > 1 && !nodes.iter().any(|&n| split(ends[n].article)) {
            out.push(conflict(ctx, first.fact, &sides, &ends, judged, &js));
        }
        // Each side is an agreement, reported when some of it is written differently.
        for side in &sides {
            let mut members = side.clone();
            sorting::sort(&mut members);
            let within = |j: &&usize| edges[**j].iter().all(|n| members.binary_search(n).is_ok());
            let Some(&j) = js.iter().filter(within).find(|&&j| judged[j].agree) else {
                continue;
            };
            let differ = side
                .iter()
                .any(|&n| !same_case_aside(ends[n].text, ends[side[0]].text));
            let toll = js.iter().filter(within).any(|&j| judged[j].always);
            if differ || toll {
                out.push(agreement(ctx, &judged[j], side, &ends));
            }
        }
    }
    out
}

/// Whether two values are written alike, case aside (without lower-casing copies when
/// both are ASCII, as values nearly always are).
pub(super) fn same_case_aside(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// The values of one fact in sides: equal values share a side, and two sides join along
/// an agreement unless that would put two conflicting values on one side ("at least 14"
/// agrees with 16 and with 20, which conflict with each other). Each side lists its
/// values in text order; sides are in the order of their first value.
fn sides(
    nodes: &[usize],
    js: &[usize],
    judged: &[Judged],
    edges: &[[usize; 2]],
    ends: &[&End],
) -> Vec<Vec<usize>> {
    let at: HashMap<usize, usize> = nodes.iter().enumerate().map(|(i, &n)| (n, i)).collect();
    let mut side = Sets::new(nodes.len());
    let mut by_value: HashMap<&str, usize> = HashMap::default();
    for (i, &n) in nodes.iter().enumerate() {
        let k = *by_value.entry(&*ends[n].value).or_insert(i);
        side.join(k, i);
    }
    let conflicts: Vec<[usize; 2]> = js
        .iter()
        .filter(|&&j| !judged[j].agree)
        .map(|&j| edges[j].map(|n| at[&n]))
        .collect();
    // For each side (by its root), the other end of every conflict with an end in it: two
    // sides clash when one's list reaches the other. Read from the shorter list and merged
    // into the longer as sides join, so a fact of thousands of judgements is not read
    // against all its conflicts for each agreement.
    let mut against: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for &[p, q] in &conflicts {
        against[side.root(p)].push(q);
        against[side.root(q)].push(p);
    }
    for &j in js.iter().filter(|&&j| judged[j].agree) {
        let [a, b] = edges[j].map(|n| at[&n]);
        let (ra, rb) = (side.root(a), side.root(b));
        if ra == rb {
            continue;
        }
        let (short, other) = match against[ra].len() <= against[rb].len() {
            true => (ra, rb),
            false => (rb, ra),
        };
        let clash = against[short].iter().any(|&q| side.root(q) == other);
        if !clash {
            side.join(a, b);
            // The joined side's root is the lower; it keeps the longer list.
            let (root, gone) = (ra.min(rb), ra.max(rb));
            if against[gone].len() > against[root].len() {
                against.swap(gone, root);
            }
            let moved = std::mem::take(&mut against[gone]);
            against[root].extend(moved);
        }
    }
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::default();
    for (i, &n) in nodes.iter().enumerate() {
        let root = side.root(i);
        let s = *slot.entry(root).or_insert_with(|| {
            out.push(Vec::new());
            out.len() - 1
        });
        out[s].push(n);
    }
    out
}

/// One conflict over all the values of a fact, side by side.
fn conflict(
    ctx: &Ctx,
    fact: Fact,
    sides: &[Vec<usize>],
    ends: &[&End],
    judged: &[Judged],
    js: &[usize],
) -> Finding {
    let articles_of = |side: &[usize]| {
        let mut a: Vec<usize> = side.iter().map(|&n| ends[n].article).collect();
        a.dedup();
        a
    };
    let said: Vec<String> = sides
        .iter()
        .enumerate()
        .map(|(i, side)| {
            let first = &ends[side[0]];
            let who = articles_of(side);
            match fact {
                Fact::Quantity => format!(
                    "{} {} \u{201c}{}\u{201d}",
                    ctx.labels(&who),
                    if who.len() == 1 { "says" } else { "say" },
                    first.text
                ),
                Fact::Date if i == 0 => format!(
                    "{} {} it on \u{201c}{}\u{201d} ({})",
                    ctx.labels(&who),
                    if who.len() == 1 { "puts" } else { "put" },
                    first.text,
                    first.value
                ),
                Fact::Date => format!(
                    "{} on \u{201c}{}\u{201d} ({})",
                    ctx.labels(&who),
                    first.text,
                    first.value
                ),
            }
        })
        .collect();
    let mut all: Vec<usize> = sides.iter().flatten().copied().collect();
    sorting::sort_by_key(&mut all, |&n| (ends[n].article, ends[n].range.start));
    let carrying: Vec<usize> = all.iter().map(|&n| ends[n].article).collect();
    let kind = match fact {
        Fact::Quantity => FindingKind::ConflictQuantity,
        Fact::Date => FindingKind::ConflictDate,
    };
    let mut f = finding(
        kind,
        &carrying,
        all.iter()
            .map(|&n| (ends[n].article, ends[n].range.clone()))
            .collect(),
        said.join(", "),
    );
    // The reason of the first judgement that found them at odds.
    f.wording.why = js
        .iter()
        .find(|&&j| !judged[j].agree)
        .map(|&j| judged[j].why())
        .unwrap_or_default();
    f.sides = sides
        .iter()
        .map(|side| Side {
            value: ends[side[0]].value.to_string(),
            articles: articles_of(side),
            spans: side
                .iter()
                .map(|&n| all.iter().position(|&m| m == n).unwrap_or(0))
                .collect(),
        })
        .collect();
    f
}

/// One agreement over all the values of a fact.
fn agreement(ctx: &Ctx, first: &Judged, nodes: &[usize], ends: &[&End]) -> Finding {
    // Nodes come by article: an article that gives the value twice ("two dead" in its
    // headline, "Two" in its story) is named once after both, each wording once.
    let quoted: Vec<String> = nodes
        .chunk_by(|&m, &n| ends[m].article == ends[n].article)
        .map(|run| {
            let mut texts: Vec<String> = Vec::new();
            for &n in run {
                let text = format!("\u{201c}{}\u{201d}", ends[n].text);
                if !texts.contains(&text) {
                    texts.push(text);
                }
            }
            format!("{} in {}", join(&texts), ctx.label(ends[run[0]].article))
        })
        .collect();
    let list = join(&quoted);
    let (kind, verb) = match first.fact {
        Fact::Quantity => (FindingKind::AgreementQuantity, "agree"),
        Fact::Date => (FindingKind::AgreementDate, "are the same day"),
    };
    let carrying: Vec<usize> = nodes.iter().map(|&n| ends[n].article).collect();
    let mut f = finding(
        kind,
        &carrying,
        nodes
            .iter()
            .map(|&n| (ends[n].article, ends[n].range.clone()))
            .collect(),
        format!("{list} {verb}"),
    );
    f.wording.why = first.why();
    f
}
