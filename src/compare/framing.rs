//! Framing: how matching sentences word the same thing. Labels from one category of
//! `data/framing/labels.tsv` that stand in for each other ("Takfiri militants" against
//! "jihadist militants"), and any other single word replaced in front of the same word
//! (the comparison of contexts finds pairs the list lacks); hedges from
//! `data/framing/hedges.txt` in one sentence and not the other; and the outlets an
//! article credits for what it reports.

use super::about::stem;
use super::align::{matched, AlignmentClass, Match};
use super::finding::{finding, Finding, FindingKind};
use super::sentences::Sentence;
use super::Ctx;
use crate::extract::quotes::is_outlet;
use crate::extract::Kind;
use crate::lexicon::PhraseList;
use crate::lexicon::WordList::{
    BroadcasterWords, OutletAppositives, OutletCuesAfter, OutletCuesBefore,
};
use std::ops::Range;

/// The label category of a lower-cased word or phrase ("rioters" -> "crowd"), if listed.
pub fn category(term: &str) -> Option<&'static str> {
    PhraseList::Labels.phrases().value(term)
}

/// Terms found in one sentence: (category, word range).
pub type Terms = Vec<(&'static str, Range<usize>)>;

/// The labels of a sentence.
pub fn labels_of(s: &Sentence) -> Terms {
    PhraseList::Labels.phrases().find(&s.words)
}

/// The hedges of a sentence.
pub fn hedges_of(s: &Sentence) -> Terms {
    PhraseList::Hedges.phrases().find(&s.words)
}

/// The words of a range, joined.
fn words(s: &Sentence, r: &Range<usize>) -> String {
    s.words[r.clone()].join(" ")
}

/// Whether word range `r` of `s` holds the same words as `q` of `t` (compared by word id,
/// without joining them).
fn same_words(s: &Sentence, r: &Range<usize>, t: &Sentence, q: &Range<usize>) -> bool {
    s.ids[r.clone()] == t.ids[q.clone()]
}

/// Byte range of a word range of a sentence.
fn span(s: &Sentence, r: &Range<usize>) -> Range<usize> {
    s.spans[r.start].start..s.spans[r.end - 1].end
}

/// The words of a word range of sentence `s` of document `a`, as written.
fn written<'c>(ctx: &'c Ctx, a: usize, s: &Sentence, r: &Range<usize>) -> &'c str {
    ctx.docs[a].as_written(span(s, r))
}

/// Whether word `i` of `s` lies in a name the recogniser found (names are not labels).
fn in_name(ctx: &Ctx, a: usize, s: &Sentence, i: usize) -> bool {
    let r = &s.spans[i];
    ctx.docs[a].mentions.iter().any(|m| {
        m.kind.is_name()
            && m.kind != Kind::Group
            && m.range.start <= r.start
            && r.end <= m.range.end
    })
}

/// Label and hedge differences in the matching sentences of articles `x` and `y`, and
/// label differences in their related sentences (which share content words without
/// matching) where the two labels also stand beside the same word.
pub fn in_matching_sentences(
    ctx: &Ctx,
    x: usize,
    y: usize,
    aligned: &[Match],
    related: &[(usize, usize)],
) -> Vec<Finding> {
    let mut out = Vec::new();
    for &(s, t) in related.iter().filter(|&&(s, t)| !matched(aligned, s, t)) {
        out.extend(labels_in(ctx, x, y, s, t, true).0);
    }
    for m in aligned
        .iter()
        .filter(|m| m.class != AlignmentClass::Identical)
    {
        let (found, reported) = labels_in(ctx, x, y, m.x, m.y, false);
        out.extend(found);
        let (sx, sy) = (&ctx.stories[x][m.x], &ctx.stories[y][m.y]);
        out.extend(context_labels(ctx, x, y, sx, sy, &reported));
        out.extend(hedges(ctx, x, y, (m.x, m.y), Told::Matching));
    }
    out
}

/// Labels of one category that differ between sentence `s` of `x` and `t` of `y`; with
/// `same_context`, only where a neighbouring word is the same on both sides. Returns the
/// findings and the word positions reported.
fn labels_in(
    ctx: &Ctx,
    x: usize,
    y: usize,
    s: usize,
    t: usize,
    same_context: bool,
) -> (Vec<Finding>, Vec<(usize, usize)>) {
    let mut out = Vec::new();
    let (sx, sy) = (&ctx.stories[x][s], &ctx.stories[y][t]);
    let (lx, ly) = (&ctx.labels[x][s], &ctx.labels[y][t]);
    let mut reported: Vec<(usize, usize)> = Vec::new();
    let beside = |rx: &Range<usize>, ry: &Range<usize>| {
        let after = sx
            .words
            .get(rx.end)
            .is_some_and(|w| sy.words.get(ry.end) == Some(w));
        let before =
            rx.start > 0 && ry.start > 0 && sx.words[rx.start - 1] == sy.words[ry.start - 1];
        after || before
    };
    for (cx, rx) in lx.iter() {
        if ly.iter().any(|(_, ry)| same_words(sy, ry, sx, rx)) {
            continue; // the same label in both
        }
        if let Some((_, ry)) = ly.iter().find(|(cy, ry)| {
            cy == cx
                && !one_word(&words(sx, rx), &words(sy, ry))
                && !lx.iter().any(|(_, r)| same_words(sx, r, sy, ry))
                && (!same_context || beside(rx, ry))
        }) {
            let (tx, ty) = (words(sx, rx), words(sy, ry));
            let mut f = finding(
                FindingKind::FramingLabel,
                &[x, y],
                vec![(x, span(sx, rx)), (y, span(sy, ry))],
                format!(
                    "{} says \u{201c}{}\u{201d} where {} says \u{201c}{}\u{201d}",
                    ctx.label(x),
                    written(ctx, x, sx, rx),
                    ctx.label(y),
                    written(ctx, y, sy, ry)
                ),
            );
            f.wording.why = format!(
                "both label the same {} in matching sentences ({tx} / {ty})",
                cx.replace('_', " ")
            );
            out.push(f);
            reported.push((rx.start, ry.start));
        }
    }
    (out, reported)
}

/// Whether two wordings are forms of one word ("protester" / "protesters", "pickets" /
/// "picketers"): most of the shorter is a prefix of the longer. Not a change of label.
fn one_word(a: &str, b: &str) -> bool {
    let shared = a.chars().zip(b.chars()).take_while(|(p, q)| p == q).count();
    let shorter = a.chars().count().min(b.chars().count());
    shared >= 4 && 4 * shared >= 3 * shorter
}

/// A short wording replaced by another where either side holds a label of the list
/// ("Safety campaigners" for "Protesters"), or where one word is replaced in front of the
/// same label noun ("Takfiri militants", "foreign militants"): framing differences the
/// category rule does not pair.
fn context_labels(
    ctx: &Ctx,
    x: usize,
    y: usize,
    sx: &Sentence,
    sy: &Sentence,
    reported: &[(usize, usize)],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let is_label = |words: &[String]| !PhraseList::Labels.phrases().find(words).is_empty();
    let wordy = |w: &String| w.chars().all(char::is_alphabetic) && w.chars().count() > 2;
    for (rx, ry) in super::diff::replacements(&sx.ids, &sy.ids) {
        let overlaps = reported
            .iter()
            .any(|&(a, b)| rx.contains(&a) || ry.contains(&b));
        if rx.is_empty() || ry.is_empty() || rx.len() > 3 || ry.len() > 3 || overlaps {
            continue;
        }
        let (cx, cy) = (&sx.words[rx.clone()], &sy.words[ry.clone()]);
        let plain = cx.iter().chain(cy).all(wordy)
            && !rx.clone().any(|i| in_name(ctx, x, sx, i))
            && !ry.clone().any(|i| in_name(ctx, y, sy, i));
        // Both wordings listed, or one listed and both ending in a plural noun (labels for
        // people: "Safety campaigners" for "Protesters"), which keeps verbs and places out.
        let plural = |c: &[String]| {
            c.last()
                .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"))
        };
        let listed = (is_label(cx) && is_label(cy))
            || ((is_label(cx) || is_label(cy)) && plural(cx) && plural(cy));
        let same_head = rx.len() == 1
            && ry.len() == 1
            && sx.words.get(rx.end).is_some_and(|h| {
                sy.words.get(ry.end) == Some(h) && is_label(std::slice::from_ref(h))
            });
        if !plain || !(listed || same_head) || one_word(&cx.join(" "), &cy.join(" ")) {
            continue;
        }
        let mut f = finding(
            FindingKind::FramingLabel,
            &[x, y],
            vec![(x, span(sx, &rx)), (y, span(sy, &ry))],
            format!(
                "{} says \u{201c}{}\u{201d} where {} says \u{201c}{}\u{201d}",
                ctx.label(x),
                written(ctx, x, sx, &rx),
                ctx.label(y),
                written(ctx, y, sy, &ry)
            ),
        );
        f.wording.why = if same_head && !listed {
            format!(
                "matching sentences qualify \u{201c}{}\u{201d} differently",
                sx.words[rx.end]
            )
        } else {
            "one wording stands in for the other in matching sentences, and one of them is a label"
                .into()
        };
        out.push(f);
    }
    out
}

/// Content words of the hedged clause (within [`HEDGED_REACH`] words after the hedge) that
/// a sentence telling the claim in other words must share: one is enough when the two
/// cover each other ("may have struck a sandbank in thick fog" / "ran onto a sandbank at
/// low tide"); a hedge on another clause shares none.
const HEDGED_WORDS: usize = 1;

/// [`HEDGED_WORDS`] for a hedging adjective ("possible", "suspected"; see [`adjective`]).
const HEDGED_ADJECTIVE_WORDS: usize = 2;

/// Words after a hedge read for a stem the other sentence shares, when a value ties the
/// two sentences to one fact: the rest of the hedged clause, about.
const HEDGED_REACH: usize = 8;

/// How two sentences were found to tell one claim, which sets how sure a hedge in one of
/// them is to be on that claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Told {
    /// They match: any hedge in one only counts.
    Matching,
    /// They cover each other in other words: [`HEDGED_WORDS`] content word of the
    /// hedged clause must be in the other sentence (the hedged words are the claim both
    /// tell, not another clause of a longer sentence; "believed to be hiding in a
    /// ventilation chamber" / "taken refuge in a ventilation chamber").
    Covering,
    /// They hold amounts judged about one fact ("40 km" / "25 miles"): some content word
    /// within [`HEDGED_REACH`] words after the hedge must share its stem with a word of the
    /// other sentence ("reportedly came down on farmland near Brackwell" / "landed on a
    /// farm near Brackwell").
    OneFact,
}

/// Hedges in one of two sentences that tell one claim (`told` says how they were found
/// to), in one only.
pub fn hedges(ctx: &Ctx, x: usize, y: usize, (mx, my): (usize, usize), told: Told) -> Vec<Finding> {
    let mut out = Vec::new();
    let (sx, sy) = (&ctx.stories[x][mx], &ctx.stories[y][my]);
    for (has, s, hs, other, os, lacks) in [(x, sx, mx, sy, my, y), (y, sy, my, sx, mx, x)] {
        let theirs: Vec<String> = ctx.hedges[lacks][os]
            .iter()
            .map(|(_, r)| words(other, r))
            .collect();
        for (_, r) in &ctx.hedges[has][hs] {
            let h = words(s, r);
            if theirs.contains(&h) {
                continue;
            }
            let on_claim = match told {
                Told::Matching => true,
                Told::Covering => {
                    // A hedging adjective qualifies a noun phrase, not a clause: one word
                    // of it in common ("a possible military mutiny" / "military figures
                    // were detained") is no shared claim.
                    let needed = if adjective(s, r) {
                        HEDGED_ADJECTIVE_WORDS
                    } else {
                        HEDGED_WORDS
                    };
                    (r.end..s.words.len().min(r.end + HEDGED_REACH))
                        .filter(|&i| s.is_content(i) && other.words.contains(&s.words[i]))
                        .count()
                        >= needed
                }
                Told::OneFact => {
                    let stems: Vec<&str> = (0..other.words.len())
                        .filter(|&i| other.is_content(i))
                        .map(|i| stem(&other.words[i]))
                        .collect();
                    (r.end..s.words.len().min(r.end + HEDGED_REACH))
                        .filter(|&i| s.is_content(i))
                        .any(|i| stems.contains(&stem(&s.words[i])))
                }
            };
            if !on_claim || !modifies_shared(s, r, other) {
                continue;
            }
            let mut f = finding(
                FindingKind::FramingHedge,
                &[has],
                vec![(has, span(s, r)), (lacks, other.range.clone())],
                format!(
                    "{} hedges with \u{201c}{}\u{201d} where {} states it plainly",
                    ctx.label(has),
                    written(ctx, has, s, r),
                    ctx.label(lacks)
                ),
            );
            f.missing = vec![lacks];
            f.wording.why = match told {
                Told::Matching => "the hedge is in one of two matching sentences only",
                Told::Covering => "the hedge is in one of two sentences that tell one claim",
                Told::OneFact => {
                    "the hedge is in one of two sentences that give an amount of one fact"
                }
            }
            .into();
            out.push(f);
        }
    }
    out
}

/// Whether hedge `r` of `s` is one word and no adverb ("possible", "alleged"): it
/// qualifies the noun after it.
fn adjective(s: &Sentence, r: &Range<usize>) -> bool {
    r.len() == 1 && !s.words[r.start].ends_with("ly")
}

/// Whether a hedge that qualifies a noun is on a thing the other sentence also tells: a
/// one-word hedge that is no adverb ("suspected", "alleged", "possible"), right before a
/// content word, hedges that word ("with suspected kidney injury"), so the other sentence
/// must hold its stem; a sentence that never mentions the injury states nothing plainly
/// about it. Adverbs and longer hedges ("reportedly", "is believed to") qualify the claim.
fn modifies_shared(s: &Sentence, r: &Range<usize>, other: &Sentence) -> bool {
    let adjective = adjective(s, r);
    match r.end {
        i if adjective && i < s.words.len() && s.is_content(i) => {
            let hedged = stem(&s.words[i]);
            (0..other.words.len()).any(|k| other.is_content(k) && stem(&other.words[k]) == hedged)
        }
        _ => true,
    }
}

/// Each outlet an article credits: a quote "via" another outlet, or "according to" one.
pub fn outlets(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for a in ctx.with_text() {
        let doc = &ctx.docs[a];
        let text = doc.text();
        // The article's own masthead ("the Post has learned" in the Evening Post).
        let label = doc.label.to_lowercase();
        let own: Vec<&str> = label
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let is_own = |r: &Range<usize>| {
            let lower = doc.as_written(r.clone()).to_lowercase();
            lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| own.contains(&w))
        };
        // A quote told to the article's own paper ("told the Courier" in the Courier) is
        // its own reporting.
        let mut credited: Vec<Range<usize>> = doc
            .quotes
            .iter()
            .filter_map(|q| q.via.clone())
            .filter(|r| !is_own(r))
            .collect();
        for m in doc
            .mentions
            .iter()
            // The recogniser may type an unfamiliar masthead a place or another name
            // ("the Tessary Valley Echo reported"); its words decide below.
            .filter(|m| m.kind.is_name() && m.kind != Kind::Group && !m.boilerplate)
        {
            // Only the few words next to the name matter (and the text may be megabytes).
            let mut from = m.range.start.saturating_sub(40);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (m.range.end + 40).min(text.len());
            while !text.is_char_boundary(to) {
                to += 1;
            }
            let raw_before = text[from..m.range.start].trim_end().to_lowercase();
            let before = raw_before
                .strip_suffix(" the")
                .unwrap_or(&raw_before)
                .trim_end();
            // "the Dornholm Courier": a person is never "the" anybody.
            let after_the = before.len() < raw_before.len();
            // "state broadcaster RTV Velmar", "the state news agency AldraPress".
            let called_outlet = OutletAppositives
                .words()
                .iter()
                .any(|n| before.ends_with(n));
            let after = text[m.range.end..to].trim_start().to_lowercase();
            if is_own(&m.range) {
                continue;
            }
            let lower = doc.as_written(m.range.clone()).to_lowercase();
            let words: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            // Before an appositive the cue stands before it and its modifier ("told state
            // broadcaster DRN").
            let mut before_apposition = before;
            if let Some(n) = OutletAppositives
                .words()
                .iter()
                .find(|n| before.ends_with(*n))
            {
                let rest = before[..before.len() - n.len()].trim_end();
                before_apposition = match rest.rsplit_once(' ') {
                    Some((head, last)) if !OutletCuesBefore.words().iter().any(|c| c == last) => {
                        head
                    }
                    _ => rest,
                };
            }
            let cue = OutletCuesBefore
                .words()
                .iter()
                .any(|c| before.ends_with(c) || before_apposition.ends_with(c))
                || OutletCuesAfter.words().iter().any(|c| after.starts_with(c));
            let broadcaster = words.iter().any(|w| BroadcasterWords.contains(w));
            // A person's name is an outlet only with a broadcaster's word in it, after
            // "the", or called one.
            let is_outlet = ((m.kind != Kind::Person || after_the) && is_outlet(&words, true))
                || broadcaster
                || called_outlet;
            if cue
                && is_outlet
                && !credited
                    .iter()
                    .any(|c| c.start < m.range.end && m.range.start < c.end)
            {
                credited.push(m.range.clone());
            }
        }
        for r in credited {
            let name = doc.as_written(r.clone());
            let mut f = finding(
                FindingKind::SourcingOutlet,
                &[a],
                vec![(a, r)],
                format!("{} credits {name} for what it reports", doc.label),
            );
            f.wording.why = "another outlet is named as the source".into();
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_one_word_are_not_two_labels() {
        assert!(one_word("protester", "protesters") && one_word("pickets", "picketers"));
        assert!(!one_word("terrorists", "terror attack") && !one_word("rebels", "rioters"));
        assert!(!one_word("demonstrators", "democrats"));
    }
}
