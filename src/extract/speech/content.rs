//! What a report says: the clause after the cue, or the clause or the quote before the
//! source, and whether it gives the words said (direct), the reporter's (indirect) or both
//! (mixed).

use super::cues::{Cue, Shape};
use super::source::Src;
use super::{Clause, Form};
use crate::extract::quotes::Quote;
use crate::lexicon::WordList::TimeWords;
use std::ops::Range;

/// Verbs followed by whom they address before what is said ("told reporters that").
const ADDRESSING: &[&str] = &[
    "tell", "warn", "urge", "assure", "remind", "inform", "brief", "accuse", "promise",
];

/// Words that are whom a report is addressed to ("told reporters").
const ADDRESSEES: &[&str] = &[
    "him",
    "her",
    "them",
    "us",
    "me",
    "you",
    "reporters",
    "journalists",
    "parliament",
    "lawmakers",
    "legislators",
    "senators",
    "delegates",
    "supporters",
    "residents",
    "investors",
    "analysts",
    "staff",
    "employees",
    "workers",
    "fans",
    "members",
    "police",
    "officers",
    "mps",
    "councillors",
    "viewers",
    "listeners",
    "readers",
    "students",
];

/// Words that open a phrase between a verb and "that" ("said on Tuesday that", "said in a
/// statement that").
const LEADS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "late",
    "early",
    "earlier",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
    "after",
    "before",
    "to",
    "via",
    "through",
    "separately",
    "again",
];

/// Verbs that report only what follows "that", a colon or a quote ("wrote that ..."): with
/// an object they tell an act ("wrote a letter").
const WRITING: &[&str] = &[
    "write", "post", "tweet", "promise", "pledge", "vow", "recall",
];

/// The fewest words of an indirect report ("denies all charges"; not "conceded defeat").
const MIN_WORDS: usize = 2;

/// How many words after a cue "that" is looked for.
const THAT_WORDS: usize = 8;

/// The content of the `k`th of `cues` in `clause`, given its source `src` and the article's
/// `quotes`: its byte range and form, or `None` when the cue reports nothing.
pub fn read(
    clause: &Clause,
    (cues, k): (&[Cue], usize),
    src: &Src,
    quotes: &[Quote],
) -> Option<(Range<usize>, Form)> {
    let cue = &cues[k];
    let i = cue.words.start;
    let end = clause_end(clause, cues, k);
    let words = match cue.shape {
        Shape::Adverb => i + 1..end,
        Shape::PassiveTo | Shape::PassiveThat => i + 2..end,
        Shape::PassiveBy => return before(clause, cue.group, quotes),
        Shape::PassiveEnd => {
            return before(
                clause,
                super::cues::subject_start(clause, cue.group),
                quotes,
            )
        }
        Shape::According => {
            let source_end = src.words.as_ref().map_or(i + 2, |r| r.end);
            let opens = (0..i).all(|j| clause.capitalised(j)) || clause.breaks_before(i) && i == 0;
            if opens && source_end < end {
                source_end..end
            } else {
                return before(clause, i, quotes);
            }
        }
        Shape::AsSaying(_) => cue.words.end..end,
        Shape::Noun(_, verb) => verb + 1..end,
        Shape::Verb => {
            if let Some(direct) = adjacent_quote(clause, cue, src, quotes) {
                return Some(direct);
            }
            match &src.words {
                Some(r) if r.start > i => return before(clause, cue.group, quotes),
                _ => {
                    let from = after_cue(clause, cue, end);
                    // "wrote a letter", "posted a video": only what follows "that", a colon
                    // or a quote mark is reported.
                    let said = !WRITING.contains(&cue.lemma)
                        || clause.gap(from).contains([':', '"', '\u{201c}'])
                        || from > 0 && clause.is(from - 1, "that");
                    if from < end && said {
                        from..end
                    } else if let Some(r) = src.words.as_ref().filter(|r| r.end <= i) {
                        return before(clause, r.start, quotes);
                    } else {
                        return None;
                    }
                }
            }
        }
    };
    if words.len() < MIN_WORDS || words.end > clause.words.len() {
        return None;
    }
    Some(classify(clause.span(words), quotes))
}

/// The word where the content of the `k`th cue ends: before the next cue when that one
/// carries on the same source ("said ... and added", ", adding that"), else the
/// sentence's end.
fn clause_end(clause: &Clause, cues: &[Cue], k: usize) -> usize {
    let n = clause.words.len();
    let Some(next) = cues.get(k + 1) else {
        return n;
    };
    if next.shape != Shape::Verb {
        return n;
    }
    let start = next.group;
    if start > 0 && ["and", "but"].contains(&clause.lower[start - 1].as_ref()) {
        return start - 1;
    }
    if next.form == "gerund" && clause.breaks_before(start) {
        return start;
    }
    n
}

/// The first word of what is said after `cue`: past whom it is told to, a phrase of time
/// or place before "that", and "that".
fn after_cue(clause: &Clause, cue: &Cue, end: usize) -> usize {
    let mut p = cue.words.end;
    if p >= end {
        return p;
    }
    // "said on Tuesday that", "told reporters in Kapra that".
    let that = (p..end.min(p + THAT_WORDS))
        .take_while(|&q| q == p || !clause.breaks_before(q))
        .find(|&q| clause.is(q, "that"));
    if let Some(t) = that {
        let addressed = ADDRESSING.contains(&cue.lemma);
        let lead = clause.lower[p].as_ref();
        if t == p || addressed || LEADS.contains(&lead) || TimeWords.contains(lead) {
            return t + 1;
        }
    }
    if ADDRESSING.contains(&cue.lemma) && !clause.breaks_before(p) {
        let w = clause.lower[p].as_ref();
        if ADDRESSEES.contains(&w) {
            p += 1;
        } else if clause.capitalised(p) {
            while p < end && clause.capitalised(p) && !clause.breaks_before(p + 1) {
                p += 1;
            }
            p += 1;
        } else if ["the", "a", "an", "his", "her", "their", "its"].contains(&w) {
            p += 2;
        }
    }
    p.min(end)
}

/// The content before word `at` (the source, or the verb of an inverted source): the quote
/// that closes right before it, or the words from the sentence's start.
fn before(clause: &Clause, at: usize, quotes: &[Quote]) -> Option<(Range<usize>, Form)> {
    let limit = clause.words.get(at).map_or(clause.range.end, |w| w.start);
    // The first quote that closes in the sentence with only punctuation after it up to
    // `limit`: those are the last to close before it, so walk back over them.
    let floor = clause.range.start.saturating_sub(1);
    let mut quote = None;
    let mut from = limit;
    for q in quotes[..quotes.partition_point(|q| q.range.end <= limit)]
        .iter()
        .rev()
    {
        if q.range.end <= floor || !only_punctuation(&clause.text[q.range.end..from]) {
            break;
        }
        quote = Some(q);
        from = q.range.end;
    }
    // The quote is all of the content when nothing of the reporter's stands before it in
    // the sentence (`The chef was "the victim here", a jury was told` is mixed).
    let alone = |q: &Quote| {
        q.range.start <= clause.range.start
            || clause.text[clause.range.start..q.range.start]
                .chars()
                .all(|c| !c.is_alphanumeric())
    };
    if let Some(q) = quote.filter(|q| alone(q)) {
        return Some((q.content.clone(), Form::Direct));
    }
    if at == 0 {
        return None;
    }
    // After a colon or a dash before the word before `at`: "TOLVAEN (Wire) - Five miners
    // were killed, ...".
    let first = match at {
        0 | 1 => 0,
        _ => clause.dashed_at_or_before(at - 2),
    };
    Some(classify(clause.span(first..at), quotes))
}

/// The form of a report whose content is `range`: direct when it is a quote, mixed when a
/// quote stands inside it, else indirect. A direct report's content is the quote's words.
fn classify(range: Range<usize>, quotes: &[Quote]) -> (Range<usize>, Form) {
    let first = quotes.partition_point(|q| q.range.end <= range.start);
    let mut overlapping = quotes[first..]
        .iter()
        .take_while(|q| q.range.start < range.end);
    match (overlapping.next(), overlapping.next()) {
        (None, _) => (range, Form::Indirect),
        (Some(q), None) if q.range.start <= range.start + 3 && range.end <= q.range.end + 3 => {
            (q.content.clone(), Form::Direct)
        }
        _ => (range, Form::Mixed),
    }
}

/// The most words between a cue and a quote it introduces ("said on a call with analysts:
/// \"...\"").
const INTRO_WORDS: usize = 10;

/// The direct quote a verb reports whatever words follow it: the quote closing right
/// before its source (`"...," X told reporters outside`), or the quote its clause
/// introduces with a colon or a comma (`X said on a call: "..."`).
fn adjacent_quote(
    clause: &Clause,
    cue: &Cue,
    src: &Src,
    quotes: &[Quote],
) -> Option<(Range<usize>, Form)> {
    if let Some(r) = src.words.as_ref().filter(|r| r.end <= cue.words.start) {
        let at = clause.words[r.start].start;
        let closing = quotes[quotes.partition_point(|q| q.range.end + 4 <= at)..]
            .iter()
            .take_while(|q| q.range.end <= at)
            .find(|q| only_punctuation(&clause.text[q.range.end..at]));
        if let Some(q) = closing {
            return Some((q.content.clone(), Form::Direct));
        }
    }
    let after = clause.words[cue.words.end - 1].end;
    let q = quotes[quotes.partition_point(|q| q.range.start < after)..]
        .first()
        .filter(|q| q.range.start < clause.range.end)?;
    let between = &clause.text[after..q.range.start];
    let words = between.split_whitespace().count();
    let introduced = between.trim_end().ends_with([':', ',']) && words <= INTRO_WORDS;
    (introduced && !between.contains(" that ")).then(|| (q.content.clone(), Form::Direct))
}

/// Whether `gap` holds only spaces and the punctuation between a quote and its source
/// (`"...," she said`, `"..." - the mayor`).
fn only_punctuation(gap: &str) -> bool {
    gap.chars()
        .all(|c| c.is_whitespace() || ",;:-\u{2013}\u{2014}".contains(c))
}
