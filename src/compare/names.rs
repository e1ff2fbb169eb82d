//! A different person or body named in the same role: "the inquiry headed by Judge A"
//! in one article, "headed by Judge B" in another. Two names conflict when they are of
//! one kind (people, or organisations), each article names only its own (so it is not
//! two people each article mentions), neither is someone speaking, and the words around
//! them share at least two stems of what they did ("led the emergency response" /
//! "leading the response"), or one stem and the same title ("director").

use super::about::{frame, sentence_of};
use super::finding::{finding, Finding, FindingKind};
use super::Ctx;
use crate::document::Mention;
use crate::extract::{Kind, Source, Value};
use crate::lexicon::WordList::{ReportingParticiples, ReportingVerbs};
use std::collections::HashSet;

/// Stems the words around two names must share to put them in one role.
const SHARED_STEMS: usize = 2;
/// Words after a name within which a reporting verb makes it a speaker ("Vasko said").
const SPEAKER_REACH: usize = 2;
/// Letters a stem must have to count: a word of what was done, not a month or a number.
const STEM_LETTERS: usize = 5;

/// A name that can fill a role: its article, mention and entity.
struct Named<'c> {
    article: usize,
    mention: &'c Mention,
    entity: usize,
    stems: Vec<&'c str>,
    title: Option<String>,
}

/// The conflicting names across every pair of articles.
pub fn conflicts(ctx: &Ctx) -> Vec<Finding> {
    let with_text: Vec<usize> = ctx.with_text().collect();
    let named: Vec<Vec<Named>> = (0..ctx.docs.len()).map(|a| candidates(ctx, a)).collect();
    let mut out = Vec::new();
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    for (i, &x) in with_text.iter().enumerate() {
        for &y in &with_text[i + 1..] {
            for m in &named[x] {
                if names(ctx, y, m.entity) {
                    continue;
                }
                let best = named[y]
                    .iter()
                    .filter(|n| {
                        n.entity != m.entity
                            && ctx.entities[n.entity].kind == ctx.entities[m.entity].kind
                            && !names(ctx, x, n.entity)
                    })
                    .map(|n| (shared(m, n), n))
                    .filter(|(s, n)| {
                        *s >= SHARED_STEMS || (*s >= 1 && m.title.is_some() && m.title == n.title)
                    })
                    .max_by_key(|(s, n)| (*s, std::cmp::Reverse(n.mention.range.start)));
                let Some((_, n)) = best else {
                    continue;
                };
                let key = (m.entity.min(n.entity), m.entity.max(n.entity));
                if !seen.insert(key) {
                    continue;
                }
                out.push(conflict(ctx, m, n));
            }
        }
    }
    out
}

/// The names of article `a` that can fill a role: people and organisations outside
/// boilerplate, linked, not speaking.
fn candidates<'c>(ctx: &'c Ctx, a: usize) -> Vec<Named<'c>> {
    let doc = &ctx.docs[a];
    doc.mentions
        .iter()
        .filter(|m| matches!(m.kind, Kind::Person | Kind::Organisation) && m.is_linked_name())
        .filter(|m| m.source != Source::Dateline)
        .filter_map(|m| {
            let entity = m.entity?;
            if !matches!(ctx.entities[entity].kind, Kind::Person | Kind::Organisation)
                || is_outlet(ctx, entity)
                || doc
                    .quotes
                    .iter()
                    .any(|q| q.speaker.as_ref().is_some_and(|s| s.range == m.range))
            {
                return None;
            }
            let s = sentence_of(ctx, a, m)?;
            let after = s
                .spans
                .iter()
                .position(|r| r.start >= m.range.end)
                .unwrap_or(s.words.len());
            let speaking = s.words[after..(after + SPEAKER_REACH).min(s.words.len())]
                .iter()
                .any(|w| ReportingVerbs.contains(w));
            if speaking {
                return None;
            }
            let title = match &m.value {
                Some(Value::Role(r)) => Some(r.to_lowercase()),
                _ => None,
            };
            // Stems of words long enough to say what was done ("inquiry", "ordered"), not
            // "june" or "five", and no reporting words.
            let stems = frame(s, m)
                .into_iter()
                .filter(|w| {
                    w.chars().count() >= STEM_LETTERS
                        && w.chars().all(char::is_alphabetic)
                        && !ReportingParticiples
                            .words()
                            .iter()
                            .any(|p| p.starts_with(w))
                })
                .collect();
            Some(Named {
                article: a,
                mention: m,
                entity,
                stems,
                title,
            })
        })
        .collect()
}

/// Whether entity `e` is an outlet whose article is compared (its label names it): the
/// source of a story is not someone in it.
fn is_outlet(ctx: &Ctx, e: usize) -> bool {
    let entity = &ctx.entities[e];
    let forms: Vec<String> = std::iter::once(&entity.canonical)
        .chain(&entity.aliases)
        .map(|f| f.to_lowercase())
        .collect();
    ctx.docs.iter().any(|d| {
        let label = d.label.to_lowercase();
        forms.iter().any(|f| label.contains(f.as_str()))
    })
}

/// Whether article `a` names entity `e` anywhere.
fn names(ctx: &Ctx, a: usize, e: usize) -> bool {
    !ctx.entities[e].mentions[a].is_empty()
}

/// How many stems around `m` also stand around `n`.
fn shared(m: &Named, n: &Named) -> usize {
    let mut stems: Vec<&str> = m
        .stems
        .iter()
        .copied()
        .filter(|w| n.stems.contains(w))
        .collect();
    stems.sort_unstable();
    stems.dedup();
    stems.len()
}

/// The finding for `m` and `n`, named for one role.
fn conflict(ctx: &Ctx, m: &Named, n: &Named) -> Finding {
    let (x, y) = (m.article, n.article);
    let (mx, ny) = (
        ctx.docs[x].as_written(m.mention.range.clone()),
        ctx.docs[y].as_written(n.mention.range.clone()),
    );
    let mut f = finding(
        FindingKind::ConflictName,
        &[x, y],
        vec![(x, m.mention.range.clone()), (y, n.mention.range.clone())],
        format!(
            "{} names \u{201c}{mx}\u{201d} and {} names \u{201c}{ny}\u{201d} in the same role",
            ctx.label(x),
            ctx.label(y)
        ),
    );
    let mut both: Vec<&str> = m
        .stems
        .iter()
        .copied()
        .filter(|w| n.stems.contains(w))
        .collect();
    both.sort_unstable();
    both.dedup();
    f.wording.why = format!(
        "the words around both share \u{201c}{}\u{201d}, and neither article names the other's",
        both.join("\u{201d}, \u{201c}")
    );
    f
}
