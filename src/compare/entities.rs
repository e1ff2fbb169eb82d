//! Entities across articles: an entity named by every article with text is an agreement;
//! one named by some but not all is an omission by the others; a mention the linker read
//! as a misspelling is a variant. Works for any number of articles.

use super::finding::{finding, Finding, FindingKind};
use super::Ctx;
use crate::sorting;

/// Agreement and omission findings for the entities across the documents. Nothing is
/// compared when fewer than two documents have text. Agreements come first, then
/// omissions, each by mentions in all documents (most first), then by entity order.
pub fn overlap(ctx: &Ctx) -> Vec<Finding> {
    let with_text: Vec<usize> = ctx.with_text().collect();
    if with_text.len() < 2 {
        return Vec::new();
    }
    let mut rows: Vec<(bool, usize, Finding)> = ctx
        .entities
        .iter()
        .enumerate()
        .filter_map(|(id, e)| {
            let (carry, miss): (Vec<usize>, Vec<usize>) =
                with_text.iter().partition(|&&a| !e.mentions[a].is_empty());
            // Named only in articles about another event.
            if carry.is_empty() {
                return None;
            }
            let all = miss.is_empty();
            let summary = if all {
                match carry.len() {
                    2 => format!("{} is named in both articles", e.canonical),
                    n => format!("{} is named in all {n} articles", e.canonical),
                }
            } else {
                let labels = |idx: &[usize]| {
                    idx.iter()
                        .map(|&a| ctx.label(a))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                format!(
                    "{} is named only in {}, not in {}",
                    e.canonical,
                    labels(&carry),
                    labels(&miss)
                )
            };
            // The first mention in each document that names it.
            let firsts = e
                .mentions
                .iter()
                .enumerate()
                .filter(|&(a, _)| ctx.in_event[a])
                .filter_map(|(a, ms)| Some((a, ctx.docs[a].mentions[*ms.first()?].range.clone())))
                .collect();
            let kind = if all {
                FindingKind::AgreementEntity
            } else {
                FindingKind::OmissionEntity
            };
            let mut f = finding(kind, &carry, firsts, summary);
            f.entity = Some(id);
            f.missing = miss;
            Some((all, e.mentions.iter().map(Vec::len).sum(), f))
        })
        .collect();
    sorting::sort_by(&mut rows, |x, y| y.0.cmp(&x.0).then(y.1.cmp(&x.1)));
    rows.into_iter().map(|(_, _, f)| f).collect()
}

/// An `entity/variant` finding for each misspelt mention: it points at the misspelling and
/// at the entity's first correctly spelled mention in each article that has one.
pub fn variants(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for (id, e) in ctx.entities.iter().enumerate() {
        let misspelt =
            |a: usize, i: usize| e.variants.iter().any(|w| w.article == a && w.mention == i);
        for v in e.variants.iter().filter(|v| ctx.in_event[v.article]) {
            let a = v.article;
            let range = |a: usize, i: usize| ctx.docs[a].mentions[i].range.clone();
            let mut spans = vec![(a, range(a, v.mention))];
            let mut carrying = vec![a];
            for (b, ms) in e
                .mentions
                .iter()
                .enumerate()
                .filter(|(b, _)| ctx.in_event[*b])
            {
                if let Some(&i) = ms.iter().find(|&&i| !misspelt(b, i)) {
                    spans.push((b, range(b, i)));
                    carrying.push(b);
                }
            }
            let text = ctx.docs[a].as_written(range(a, v.mention));
            let mut f = finding(
                FindingKind::EntityVariant,
                &carrying,
                spans,
                format!(
                    "\u{201c}{text}\u{201d} in {} looks like a misspelling of {}",
                    ctx.label(a),
                    e.canonical
                ),
            );
            f.entity = Some(id);
            f.wording.why = v.why.clone();
            out.push(f);
        }
    }
    out
}
