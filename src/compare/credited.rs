//! One `sourcing/attribution` finding per claim: the differences `attribution` finds
//! between two articles at a time, joined across all the articles where they share a
//! source.

use super::attribution::{Source, SourceKind};
use super::finding::{finding, Finding, FindingKind};
use super::maps::HashMap;
use super::Ctx;

/// A claim two articles credit to different kinds of source: each article with its
/// sentence's source.
pub struct Difference {
    pub(super) ends: [(usize, Source); 2],
}

/// One `sourcing/attribution` finding per claim across all the articles: differences
/// that share a source (one sentence of one article, told against two others) join, so
/// that with three articles "according to a police statement", "sources close to the
/// investigation said" and a plain statement are one finding, not two.
pub fn findings(ctx: &Ctx, differences: &[Difference]) -> Vec<Finding> {
    use super::sides::Sets;
    // Every source once, keyed by article and where it is written.
    let mut index: HashMap<(usize, usize), usize> = HashMap::default();
    let mut ends: Vec<&(usize, Source)> = Vec::new();
    let mut edges: Vec<[usize; 2]> = Vec::new();
    for d in differences {
        edges.push(d.ends.each_ref().map(|e| {
            *index.entry((e.0, e.1.range.start)).or_insert_with(|| {
                ends.push(e);
                ends.len() - 1
            })
        }));
    }
    let mut claims = Sets::new(ends.len());
    for &[a, b] in &edges {
        claims.join(a, b);
    }
    // The sources of each claim, in the order of its first difference.
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    for i in 0..ends.len() {
        let root = claims.root(i);
        match groups.iter_mut().find(|(r, _)| *r == root) {
            Some((_, members)) => members.push(i),
            None => groups.push((root, vec![i])),
        }
    }
    let side = |a: usize, src: &Source| match src.kind {
        SourceKind::Fact => format!("{} states it as fact", ctx.label(a)),
        kind => format!(
            "{} attributes it to {} (\u{201c}{}\u{201d})",
            ctx.label(a),
            kind.words(),
            ctx.docs[a].as_written(src.range.clone())
        ),
    };
    groups
        .into_iter()
        .map(|(_, mut members)| {
            // By article, each article's first source (in text order) speaking for it.
            members.sort_by_key(|&i| (ends[i].0, ends[i].1.range.start));
            members.dedup_by_key(|i| ends[*i].0);
            let articles: Vec<usize> = members.iter().map(|&i| ends[i].0).collect();
            let spans = members
                .iter()
                .map(|&i| (ends[i].0, ends[i].1.range.clone()))
                .collect();
            let sides: Vec<String> = members
                .iter()
                .map(|&i| side(ends[i].0, &ends[i].1))
                .collect();
            let mut f = finding(
                FindingKind::SourcingAttribution,
                &articles,
                spans,
                format!("Attributed differently: {}", sides.join("; ")),
            );
            f.wording.why =
                "the same claim in matching sentences, credited to different kinds of source"
                    .into();
            f
        })
        .collect()
}
