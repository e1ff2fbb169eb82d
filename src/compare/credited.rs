//! One `sourcing/attribution` finding per claim: the differences `attribution` finds
//! between two articles at a time, joined across all the articles where they share a
//! source.

use super::attribution::{Source, SourceKind};
use super::finding::{finding, Finding, FindingKind};
use super::maps::HashMap;
use super::sides::{joined, Joined};
use super::Ctx;
use crate::sorting;

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
    // Every source once, keyed by article and where it is written.
    let Joined {
        ends,
        sets: mut claims,
        ..
    } = joined(differences.iter().map(|d| &d.ends), |e| {
        (e.0, e.1.range.start)
    });
    // The sources of each claim, in the order of its first difference.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::default();
    for i in 0..ends.len() {
        let s = *slot.entry(claims.root(i)).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[s].push(i);
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
        .map(|mut members| {
            // By article, each article's first source (in text order) speaking for it.
            sorting::sort_by_key(&mut members, |&i| (ends[i].0, ends[i].1.range.start));
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
