//! What the comparison hands on: findings with their kind, the documents they concern and
//! the byte ranges they point at, in the documents' normalised text. The Report turns them
//! into spans and ids at the end.

use super::diff::DiffPiece;
use super::Ctx;
use crate::sorting;
use crate::vocabulary::vocabulary;
use serde::Serialize;
use std::ops::Range;

vocabulary! {
    /// The broad family of a finding; the page groups by it.
    pub enum Family {
        /// Something the articles share, possibly written differently.
        Agreement = "agreement",
        /// Something some articles carry and others leave out.
        Omission = "omission",
        /// Two statements that cannot both be true.
        Conflict = "conflict",
        /// The same direct quote in several articles: identical, altered or re-attributed.
        Quote = "quote",
        /// The same thing worded to frame it differently: labels, hedges.
        Framing = "framing",
        /// Where an article says its information comes from.
        Sourcing = "sourcing",
        /// A name spelled differently.
        Variant = "variant",
    }
}

vocabulary! {
    /// What a finding says, `family/what`.
    pub enum FindingKind {
        /// A weekday and a date in one sentence that cannot be the same day.
        ConflictWeekday = "conflict/weekday",
        /// Numbers about the same thing that cannot both be true.
        ConflictQuantity = "conflict/quantity",
        /// The same event on different days.
        ConflictDate = "conflict/date",
        /// A different person or body named in the same role.
        ConflictName = "conflict/name",
        /// An entity every article names.
        AgreementEntity = "agreement/entity",
        /// Numbers about the same thing that agree, written differently.
        AgreementQuantity = "agreement/quantity",
        /// The same day, written differently.
        AgreementDate = "agreement/date",
        /// An entity some articles name and others do not.
        OmissionEntity = "omission/entity",
        /// A sentence with no counterpart in some articles.
        OmissionSentence = "omission/sentence",
        /// A quantity some articles do not give.
        OmissionQuantity = "omission/quantity",
        /// A quote some articles do not carry.
        OmissionQuote = "omission/quote",
        /// The same quote, word for word.
        QuoteIdentical = "quote/identical",
        /// The same quote with words changed.
        QuoteAltered = "quote/altered",
        /// The same quote credited to different speakers.
        QuoteReattributed = "quote/reattributed",
        /// Different labels for the same thing in matching sentences.
        FramingLabel = "framing/label",
        /// A hedge in one of two matching sentences only.
        FramingHedge = "framing/hedge",
        /// Another outlet credited for what an article reports.
        SourcingOutlet = "sourcing/outlet",
        /// The same claim credited to different kinds of source (named, unnamed,
        /// institution, documents, another outlet, none).
        SourcingAttribution = "sourcing/attribution",
        /// A name spelled two ways.
        EntityVariant = "entity/variant",
    }
}

impl FindingKind {
    /// The family it belongs to.
    pub fn family(self) -> Family {
        use FindingKind::*;
        match self {
            ConflictWeekday | ConflictQuantity | ConflictDate | ConflictName => Family::Conflict,
            AgreementEntity | AgreementQuantity | AgreementDate => Family::Agreement,
            OmissionEntity | OmissionSentence | OmissionQuantity | OmissionQuote => {
                Family::Omission
            }
            QuoteIdentical | QuoteAltered | QuoteReattributed => Family::Quote,
            FramingLabel | FramingHedge => Family::Framing,
            SourcingOutlet | SourcingAttribution => Family::Sourcing,
            EntityVariant => Family::Variant,
        }
    }
}

/// One thing the comparison found, as the pipeline holds it: documents by index, ranges
/// in their normalised text. [`crate::report::Finding`] is its form in the Report, where
/// each field of the same name is documented for readers of the Report.
#[derive(Debug, Clone)]
pub struct Finding {
    /// What it says; its family follows from it.
    pub kind: FindingKind,
    /// The entity's index, when it is about one.
    pub entity: Option<usize>,
    /// Indexes of the documents that carry it, ascending.
    pub articles: Vec<usize>,
    /// Indexes of the documents with text that lack it.
    pub missing: Vec<usize>,
    /// (document, byte range of its normalised text) for each place it points at.
    pub spans: Vec<(usize, Range<usize>)>,
    /// What it says, in words.
    pub wording: Wording,
    /// The Report's `sides`, documents by index.
    pub sides: Vec<Side>,
}

/// What a finding says in words: written by the comparison, carried as it is into the
/// Report (whose findings show these fields as their own).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Wording {
    /// One sentence a reader understands.
    pub summary: String,
    /// Why the comparison thinks so ("same unit in matching sentences"); may be empty.
    pub why: String,
    /// For an altered quote or a relabelled sentence: the word-level difference.
    pub diff: Vec<DiffPiece>,
}

/// One side of a conflict, documents by index (see [`crate::report::Side`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// The value in words.
    pub value: String,
    /// Indexes of the documents that give it.
    pub articles: Vec<usize>,
    /// Positions in the finding's `spans` of the words that give it.
    pub spans: Vec<usize>,
}

/// A finding of `kind` carried by `articles`, pointing at `spans`.
pub fn finding(
    kind: FindingKind,
    articles: &[usize],
    spans: Vec<(usize, Range<usize>)>,
    summary: String,
) -> Finding {
    let mut carrying: Vec<usize> = articles.to_vec();
    sorting::sort(&mut carrying);
    carrying.dedup();
    Finding {
        kind,
        entity: None,
        articles: carrying,
        missing: Vec::new(),
        spans,
        wording: Wording {
            summary,
            ..Wording::default()
        },
        sides: Vec::new(),
    }
}

/// A finding for each weekday that disagrees with a date in its sentence.
pub fn weekdays(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for (a, doc) in ctx.docs.iter().enumerate() {
        for c in &doc.weekday_conflicts {
            let mut f = finding(
                FindingKind::ConflictWeekday,
                &[a],
                vec![(a, c.weekday.clone()), (a, c.date.clone())],
                c.message.clone(),
            );
            f.wording.why = "a weekday and a date in one sentence disagree".into();
            out.push(f);
        }
    }
    out
}

/// Drops findings of the same kind over the same spans (two routes to one fact). A hedge is
/// one finding per article that lacks it, whichever of its sentences it was set against:
/// the first kept (matching sentences come first).
pub fn dedup(findings: &mut Vec<Finding>) {
    use std::hash::BuildHasher;
    // Each kept finding's spans, sorted, stand once in `held`; `first` finds the kept
    // findings with a key's hash, `next` the rest of them, so no key is allocated apart.
    let build = std::hash::BuildHasherDefault::<super::maps::Fx>::default();
    let mut first: super::maps::HashMap<u64, usize> = super::maps::HashMap::default();
    let mut kept: Vec<(FindingKind, Range<usize>, Option<usize>)> = Vec::new();
    let mut held: Vec<(usize, usize, usize)> = Vec::new();
    let mut key: Vec<(usize, usize, usize)> = Vec::new();
    findings.retain(|f| {
        let spans = match f.kind {
            FindingKind::FramingHedge => &f.spans[..1],
            _ => &f.spans[..],
        };
        key.clear();
        key.extend(
            spans
                .iter()
                .map(|(a, r)| (*a, r.start, r.end))
                .chain(f.missing.iter().map(|&a| (a, usize::MAX, usize::MAX))),
        );
        sorting::sort(&mut key);
        let hash = build.hash_one((f.kind, &key[..]));
        let head = first.get(&hash).copied();
        let mut at = head;
        while let Some(k) = at {
            let (kind, range, next) = &kept[k];
            if *kind == f.kind && held[range.clone()] == key[..] {
                return false;
            }
            at = *next;
        }
        first.insert(hash, kept.len());
        kept.push((f.kind, held.len()..held.len() + key.len(), head));
        held.extend_from_slice(&key);
        true
    });
}
