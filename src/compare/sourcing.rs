//! Sentences of two articles that tell one claim with sources of different kinds (a named
//! official in one, "sources said" in the other; records against plain fact): each
//! sentence is compared with its best counterpart, and two sources are not different when
//! they name one entity or when either article also gives the other's kind of source for
//! the claim. `credited.rs` joins what is found here into one finding per claim.

use super::about::stem;
use super::attribution::{Source, SourceKind};
use super::credited::Difference;
use super::sentences::Sentence;
use super::Ctx;
use crate::lexicon::PhraseList::SourceWords;
use crate::sorting;
use std::cmp::Reverse;
use std::ops::Range;

/// Words of a credited phrase in common with another sentence that make its source an actor
/// there.
const ACTOR_WORDS: usize = 2;

/// Whether the text `ra` of article `a` and `rb` of article `b` name one entity (a mention
/// overlapping each): "results announced by the electoral commission" / "the commission
/// declared" are one source.
fn same_entity(
    ctx: &Ctx,
    (a, ra): (usize, &Range<usize>),
    (b, rb): (usize, &Range<usize>),
) -> bool {
    let entities_in = |doc: usize, r: &Range<usize>| -> Vec<usize> {
        ctx.mentions_in(doc, r).filter_map(|m| m.entity).collect()
    };
    let theirs = entities_in(b, rb);
    entities_in(a, ra).iter().any(|e| theirs.contains(e))
}

/// Whether the source `src` of article `a` is an actor of sentence `other` of article `b`
/// ("Derek Whitlow said ..." / "Derek Whitlow was blunt", then his quote): that sentence
/// names the same entity, or [`ACTOR_WORDS`] content words of the credited phrase. Then a
/// plain statement there is not the claim told without a source.
fn acts_in(ctx: &Ctx, (a, src): (usize, &Source), (b, other): (usize, &Sentence)) -> bool {
    if src.kind == SourceKind::Fact {
        return false;
    }
    if same_entity(ctx, (a, &src.range), (b, &other.range)) {
        return true;
    }
    let credited = ctx.stories[a]
        .iter()
        .find(|s| s.range.start <= src.range.start && src.range.end <= s.range.end);
    let Some(sentence) = credited else {
        return false;
    };
    let shared = (0..sentence.words.len())
        .filter(|&i| {
            let w = &sentence.words[i];
            let inside = src.range.start <= sentence.spans[i].start
                && sentence.spans[i].end <= src.range.end;
            inside
                && sentence.is_content(i)
                && !sentence.is_reporting(i)
                && SourceWords.phrases().value(w).is_none()
                && other.words.contains(w)
        })
        .count();
    shared >= ACTOR_WORDS
}

/// The share of the shorter claim's stems the other must hold for two sentences that only
/// share words to tell one claim (a third lets other claims through).
const CLAIM_SHARE: f64 = 0.5;
/// The fewest stems two such claims must share.
const CLAIM_STEMS: usize = 2;

/// Whether two sentences tell one claim: the stems of their content words outside their
/// sources (`src`) overlap by [`CLAIM_SHARE`] of the shorter, and by [`CLAIM_STEMS`].
fn one_claim(
    (a, src_a): (&Sentence, &Range<usize>),
    (b, src_b): (&Sentence, &Range<usize>),
) -> bool {
    let (ca, cb) = (claim_stems(a, src_a), claim_stems(b, src_b));
    let shared = ca.iter().filter(|w| cb.binary_search(w).is_ok()).count();
    shared >= CLAIM_STEMS && shared as f64 >= CLAIM_SHARE * ca.len().min(cb.len()) as f64
}

/// The second sentences of the pairs in sorted `pairs` whose first is `s`.
fn partners(pairs: SentencePairs<'_>, s: usize) -> impl Iterator<Item = usize> + '_ {
    let from = pairs.partition_point(|p| p.0 < s);
    pairs[from..]
        .iter()
        .take_while(move |p| p.0 == s)
        .map(|p| p.1)
}

/// Whether one of the sentences at `positions` has a source of `kind`'s class in
/// `sources` (one article's).
fn of_kind(
    sources: &[Option<Source>],
    kind: SourceKind,
    mut positions: impl Iterator<Item = usize>,
) -> bool {
    positions.any(|i| {
        sources[i]
            .as_ref()
            .is_some_and(|o| o.kind.class() == kind.class())
    })
}

/// For each story sentence of article `a` with a source (`sources`, the article's), the
/// stems of its claim (see [`claim_stems`]); none for the others. Read once per article:
/// every pair of articles compares them.
pub fn claims<'c>(ctx: &'c Ctx, a: usize, sources: &[Option<Source>]) -> Vec<Vec<&'c str>> {
    ctx.stories[a]
        .iter()
        .zip(sources)
        .map(|(s, src)| {
            src.as_ref()
                .map(|src| claim_stems(s, &src.claim_range()))
                .unwrap_or_default()
        })
        .collect()
}

/// The stems of the content words of `s` outside its source's range `src`, sorted, once
/// each.
fn claim_stems<'s>(s: &'s Sentence, src: &Range<usize>) -> Vec<&'s str> {
    let mut stems: Vec<&str> = (0..s.words.len())
        .filter(|&i| {
            s.is_content(i) && !(src.start <= s.spans[i].start && s.spans[i].end <= src.end)
        })
        .map(|i| stem(&s.words[i]))
        .collect();
    sorting::sort(&mut stems);
    stems.dedup();
    stems
}

/// Pairs of sentences `(s, t)`, one of each article of a pair, by position in their stories.
type SentencePairs<'p> = &'p [(usize, usize)];

/// A `sourcing/attribution` difference for each pair of counterpart sentences `(s, t)` of
/// articles `x` and `y` whose sources differ in kind (see [`findings`]); `sources` holds
/// every article's.
/// `close` are the pairs that match one to one: only those tell one claim closely enough
/// that one stated as fact against one with a source is the same claim (a value about one
/// fact in a long sentence may stand in another clause).
/// `related` are the pairs that share words without covering each other: there, two
/// sources (neither plain fact) are compared when the claims, their words outside the
/// sources, share at least half of the shorter's stems ("Two passengers remained in
/// hospital, the airline said" / "Two remain in hospital, the Courier reported"). Two
/// sources are not different when either sentence's other counterparts in the other
/// article give its kind of source too.
pub fn differences(
    ctx: &Ctx,
    x: usize,
    y: usize,
    (counterparts, close, related): (SentencePairs, SentencePairs, SentencePairs),
    sources: &[Vec<Option<Source>>],
    claims: &[Vec<Vec<&str>>],
) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    let loose = related
        .iter()
        .filter(|p| counterparts.binary_search(p).is_err())
        .map(|&p| (p, true));
    // Each list of pairs also by its second sentence, for the counterparts of either side.
    let flipped = |pairs: SentencePairs| {
        let mut by_t: Vec<(usize, usize)> = pairs.iter().map(|&(s, t)| (t, s)).collect();
        sorting::sort(&mut by_t);
        by_t
    };
    let (counterparts_by_t, related_by_t) = (flipped(counterparts), flipped(related));
    // Each sentence of `x` is compared with one sentence of `y` at most: its counterparts
    // first, and among them the one whose claim shares the most stems with its own (a
    // long sentence about the pump's failure is also a counterpart of the lead about the
    // notice; the pump's own sentence in the other article is the one to compare).
    let mut candidates: Vec<((usize, usize), bool, bool, usize)> = Vec::new();
    for ((s, t), loosely) in counterparts.iter().map(|&p| (p, false)).chain(loose) {
        if sources[x][s].is_none() || sources[y][t].is_none() {
            continue;
        }
        let (ours, theirs) = (&claims[x][s], &claims[y][t]);
        let shared = ours
            .iter()
            .filter(|w| theirs.binary_search(w).is_ok())
            .count();
        // `close` is in order: the matches are, each first sentence once.
        let apart = close.binary_search(&(s, t)).is_err();
        candidates.push(((s, t), loosely, apart, shared));
    }
    sorting::sort_by_key(&mut candidates, |&((s, _), loosely, apart, shared)| {
        (s, loosely, apart, Reverse(shared))
    });
    for ((s, t), loosely, _, _) in candidates {
        let (Some(sx), Some(sy)) = (&sources[x][s], &sources[y][t]) else {
            continue;
        };
        let plain = sx.kind == SourceKind::Fact || sy.kind == SourceKind::Fact;
        if sx.kind.class() == sy.kind.class()
            || seen.contains(&s)
            || loosely && plain
            || same_entity(ctx, (x, &sx.range), (y, &sy.range))
            || plain
                && (close.binary_search(&(s, t)).is_err()
                    || acts_in(ctx, (x, sx), (y, &ctx.stories[y][t]))
                    || acts_in(ctx, (y, sy), (x, &ctx.stories[x][s])))
        {
            continue;
        }
        if loosely
            && !one_claim(
                (&ctx.stories[x][s], &sx.range),
                (&ctx.stories[y][t], &sy.range),
            )
        {
            continue;
        }
        // Neither may have a sentence with the other's kind of source among its own
        // counterparts there ("residents said there was gunfire at the base" beside "a
        // spokesman confirmed shots at the base": that article gives both sources).
        let (pairs, by_t) = if loosely {
            (related, &related_by_t)
        } else {
            (counterparts, &counterparts_by_t)
        };
        if !plain
            && (of_kind(&sources[y], sx.kind, partners(pairs, s))
                || of_kind(&sources[x], sy.kind, partners(by_t, t)))
        {
            continue;
        }
        seen.push(s);
        out.push(Difference {
            ends: [(x, sx.clone()), (y, sy.clone())],
        });
    }
    out
}
