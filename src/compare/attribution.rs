//! Sourcing of claims: where each story sentence says its claim comes from: a named
//! person, an unnamed source, an institution, documents, another outlet, or nothing (stated
//! as fact). `sourcing.rs` compares them across articles (`sourcing/attribution`).
//!
//! A sentence's source is read from the first of: a phrase that gives one wherever it stands
//! ("on condition of anonymity", "records show", "in a statement"); "according to" and the
//! phrase after it; a reporting verb ("said", "told", "reported") and its subject, before it
//! or, after a comma or a quote, after it. A sentence with a direct quote is left to the quote
//! comparison, which tells a quote credited to someone else. The phrase is read for a person named in it, an
//! outlet, a word that tells its kind ("officials", "records") or an institution. A sentence
//! whose source cannot be told is left out rather than guessed.

use super::sentences::Sentence;
use super::Ctx;
use crate::extract::quotes::is_outlet;
use crate::extract::Kind;
use crate::lexicon::PhraseList::{SourceCues, SourceWords};
use crate::lexicon::WordList::{InstitutionNouns, OutletAppositives};
use std::ops::Range;

/// Words read before or after a reporting verb for its subject, and after "according to".
const SUBJECT_WORDS: usize = 7;

/// The kind of source a sentence gives for its claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A person named in the sentence, or "he" or "she".
    Named,
    /// An unnamed source: "officials", "a person familiar with", "residents".
    Anonymous,
    /// An institution: a ministry, a company, a fire service, "in a statement".
    Institutional,
    /// Documents: records, a filing, a log, a ruling, a letter.
    Documents,
    /// Another news outlet.
    Outlet,
    /// None: the claim is stated as fact.
    Fact,
}

impl SourceKind {
    /// Kinds a reader tells apart: a named person and an institution are both sources on
    /// the record ("the fire service said" / "fire service spokeswoman Ines Darrow said").
    pub(super) fn class(self) -> SourceKind {
        match self {
            SourceKind::Named => SourceKind::Institutional,
            kind => kind,
        }
    }

    /// The kind in words, after "to": "attributes it to ...".
    pub(super) fn words(self) -> &'static str {
        match self {
            SourceKind::Named => "a named person",
            SourceKind::Anonymous => "an unnamed source",
            SourceKind::Institutional => "an institution",
            SourceKind::Documents => "documents",
            SourceKind::Outlet => "another outlet",
            SourceKind::Fact => "no one",
        }
    }

    /// The kind named by a cue or source word's value in the word lists.
    fn from_value(value: &str) -> Option<SourceKind> {
        Some(match value {
            "anonymous" => SourceKind::Anonymous,
            "documents" => SourceKind::Documents,
            "institutional" => SourceKind::Institutional,
            "outlet" => SourceKind::Outlet,
            _ => return None,
        })
    }
}

/// Where a sentence's claim comes from: its kind, and the words that say so (the whole
/// sentence when it is stated as fact).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub kind: SourceKind,
    pub range: Range<usize>,
}

impl Source {
    /// The words of its sentence that are the source, not the claim: none when the claim
    /// is stated as fact (its range then points at the claim itself).
    pub(super) fn claim_range(&self) -> Range<usize> {
        match self.kind {
            SourceKind::Fact => 0..0,
            _ => self.range.clone(),
        }
    }
}

/// The source of each story sentence of article `a`; `None` where it cannot be told.
pub fn sources(ctx: &Ctx, a: usize) -> Vec<Option<Source>> {
    ctx.stories[a]
        .iter()
        .enumerate()
        .map(|(i, s)| source(ctx, a, i, s))
        .collect()
}

/// The source of sentence `s`, the `i`th of article `a`'s story.
fn source(ctx: &Ctx, a: usize, i: usize, s: &Sentence) -> Option<Source> {
    // A direct quote's speaker is compared by the quote finder (`quote/reattributed`); a
    // few words quoted inside the reporter's sentence with no speaker ("rated
    // \"improvement necessary\"") leave the sentence's own source to read.
    let doc = &ctx.docs[a];
    if doc.quotes.iter().any(|q| {
        q.content.start < s.range.end
            && s.range.start < q.content.end
            && !(q.partial && q.speaker.is_none())
    }) {
        return None;
    }
    // A headline or another line that closes no sentence states no claim to source.
    if !super::omissions::closes_sentence(&doc.text()[s.range.clone()]) {
        return None;
    }
    // A hedge ("reportedly", "is believed to") is compared as a hedge, not as a source.
    let hedged = !ctx.hedges[a][i].is_empty();
    let words = &s.words;
    let span = |r: Range<usize>| s.spans[r.start].start..s.spans[r.end - 1].end;
    if let Some((value, r)) = SourceCues.phrases().find(words).into_iter().next() {
        // "according to two officials who spoke on condition of anonymity", "according to
        // records seen by": the source is the whole phrase, from the nearest "according
        // to" before the cue on.
        let from = (0..r.start)
            .rev()
            .find(|&i| according_to(words, i))
            .unwrap_or(r.start);
        return Some(Source {
            kind: SourceKind::from_value(value)?,
            range: span(from..r.end),
        });
    }
    let text = doc.text();
    // Whether a clause break (a comma, a colon, a quote mark) stands before word `i`.
    let break_before = |i: usize| {
        i == 0 || {
            let gap = &text[s.spans[i - 1].end..s.spans[i].start];
            gap.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}', '(', ')'])
        }
    };
    // "according to" credits the claim wherever it stands: "Tests confirmed ..., according
    // to the authority's report" has the report for its source, not the tests.
    if let Some(i) = (0..words.len()).find(|&i| according_to(words, i)) {
        let end = phrase_end(i + 2, words.len(), &break_before);
        let kind = kind_of(ctx, a, s, i + 2..end)?;
        return Some(Source {
            kind,
            range: span(i..end),
        });
    }
    for i in 0..words.len() {
        // "was told to stay at home", "have been told": a reporting verb in the passive
        // credits no one with the claim.
        if !s.is_reporting(i) || i == 0 || passive(words, i) {
            continue;
        }
        // "X said", "X told reporters": the words back to the clause's start.
        if !break_before(i) {
            let mut start = i;
            while start > 0 && i - start < SUBJECT_WORDS && !break_before(start) {
                start -= 1;
            }
            // "The recount that Brask demanded": a relative clause, no source.
            if start == i || start > 0 && RELATIVES.contains(&words[start - 1].as_str()) {
                continue;
            }
            // Someone is credited: of a kind read here, or of none told apart (then the
            // sentence is left out, not called plain fact).
            let kind = kind_of(ctx, a, s, start..i).map(|k| outlet_if_reported(k, &words[i]));
            return kind.map(|kind| Source {
                kind,
                range: span(start..i + 1),
            });
        }
        // ", said X." and a quote then "said X,": a short phrase after it that ends its
        // clause. After "told" stands whom it was told to ("told reporters"), never the
        // speaker.
        let end = phrase_end(i + 1, words.len(), &break_before);
        let inverts = !ADDRESSED.contains(&words[i].as_str());
        if inverts && i + 1 < words.len() && (end == words.len() || break_before(end)) {
            if let Some(kind) = kind_of(ctx, a, s, i + 1..end) {
                return Some(Source {
                    kind,
                    range: span(i..end),
                });
            }
        }
        // "X, a spokesman for the council, said": the name and its appositive before it,
        // back to the third clause break.
        let mut start = i;
        let mut breaks = 0;
        while start > 0 && i - start < 2 * SUBJECT_WORDS {
            if break_before(start) {
                breaks += 1;
                if breaks == 3 {
                    break;
                }
            }
            start -= 1;
        }
        let kind = kind_of(ctx, a, s, start..i).map(|k| outlet_if_reported(k, &words[i]));
        return kind.map(|kind| Source {
            kind,
            range: span(start..i + 1),
        });
    }
    // No cue the words above tell: the sentence's first reporting event that is not negated
    // ("did not mention" credits no one), if it names a source (see `extract::speech`),
    // else the claim is stated as fact.
    if let Some(r) = doc
        .speech
        .iter()
        .find(|r| s.range.start <= r.cue.start && r.cue.end <= s.range.end && !r.negated)
    {
        use crate::extract::speech::SourceKind as Kind;
        let kind = match r.kind {
            Kind::Named => SourceKind::Named,
            Kind::Anonymous => SourceKind::Anonymous,
            Kind::Institutional => SourceKind::Institutional,
            Kind::Documents => SourceKind::Documents,
            Kind::Outlet => SourceKind::Outlet,
            Kind::Unspecified => return None,
        };
        let range = r.source.clone().unwrap_or(r.cue.clone());
        return Some(Source {
            kind,
            range: range.start.min(r.cue.start)..range.end.max(r.cue.end),
        });
    }
    (!hedged).then(|| Source {
        kind: SourceKind::Fact,
        range: s.range.clone(),
    })
}

/// Whether word `i` of `words` opens "according to".
fn according_to(words: &[String], i: usize) -> bool {
    words[i] == "according" && words.get(i + 1).is_some_and(|w| w == "to")
}

/// Forms of "be" that make a reporting verb after them passive ("were told to").
const PASSIVE: &[&str] = &["was", "were", "been", "being", "is", "are", "be"];

/// Reporting verbs followed by whom they address, not by their subject ("told reporters").
const ADDRESSED: &[&str] = &["told", "tells", "tell", "telling"];

/// Words that may stand between a form of "be" and a passive verb ("are now confirmed").
const BETWEEN_PASSIVE: &[&str] = &["now", "also", "not", "still", "already", "since", "yet"];

/// Whether the reporting verb at word `i` is passive ("were told", "are now confirmed
/// dead", "was officially announced"): it credits no one.
fn passive(words: &[String], i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        j -= 1;
        let w = words[j].as_str();
        if PASSIVE.contains(&w) {
            return true;
        }
        if i - j > 2 || !(BETWEEN_PASSIVE.contains(&w) || w.ends_with("ly")) {
            return false;
        }
    }
    false
}

/// Words that open a relative clause: a verb after one and its subject credits no source.
const RELATIVES: &[&str] = &["that", "which", "whom", "whose"];

/// Verbs whose subject, when it is an organisation, is a newsroom ("Radio Orval reported").
const PRESS_VERBS: &[&str] = &["reported", "reports", "revealed", "reveals"];

/// `kind`, or another outlet when an organisation "reported" it.
fn outlet_if_reported(kind: SourceKind, verb: &str) -> SourceKind {
    if kind == SourceKind::Institutional && PRESS_VERBS.contains(&verb) {
        SourceKind::Outlet
    } else {
        kind
    }
}

/// The end of the phrase from word `from`: the next clause break, at most
/// [`SUBJECT_WORDS`] words on, or the sentence's end `len`.
fn phrase_end(from: usize, len: usize, break_before: &impl Fn(usize) -> bool) -> usize {
    let mut end = from + 1;
    while end < len && end - from < SUBJECT_WORDS && !break_before(end) {
        end += 1;
    }
    end.min(len)
}

/// The kind of source the words `r` of sentence `s` (of article `a`) name, if they tell one.
fn kind_of(ctx: &Ctx, a: usize, s: &Sentence, r: Range<usize>) -> Option<SourceKind> {
    if r.is_empty() {
        return None;
    }
    let bytes = s.spans[r.start].start..s.spans[r.end - 1].end;
    // A person's name that modifies a plural noun names no one ("Green lobbyists").
    let modifies = |end: usize| {
        (r.clone())
            .find(|&i| s.spans[i].start >= end)
            .is_some_and(|i| {
                let w = &s.words[i];
                w.ends_with('s')
                    && ctx.docs[a].text()[s.spans[i].clone()].starts_with(char::is_lowercase)
            })
    };
    let names: Vec<Kind> = ctx
        .mentions_in(a, &bytes)
        .filter(|m| m.kind.is_name() && bytes.start <= m.range.start && m.range.end <= bytes.end)
        .filter(|m| m.kind != Kind::Person || !modifies(m.range.end))
        .map(|m| m.kind)
        .collect();
    let words: Vec<&str> = s.words[r.clone()].iter().map(String::as_str).collect();
    let told = |wanted: SourceKind| {
        words
            .iter()
            .filter_map(|w| SourceWords.phrases().value(w))
            .any(|v| SourceKind::from_value(v) == Some(wanted))
    };
    // Figures "cited by" an outlet come through it; records are documents whoever keeps or
    // has seen them ("Valdren Rail's maintenance records", "documents seen by this paper").
    let through = words
        .windows(2)
        .any(|w| matches!(w, ["cited" | "quoted" | "reported", "by"]));
    if told(SourceKind::Documents) && !through {
        return Some(SourceKind::Documents);
    }
    let elsewhere = || named_before(ctx.docs[a].text(), bytes.start, &words);
    // A name the words before call an outlet ("the daily Kestral Glas"), whatever the
    // recogniser typed it.
    let called_outlet = (r.start + 1..r.end).any(|i| {
        OutletAppositives.contains(&s.words[i - 1])
            && !AMBIGUOUS_OUTLETS.contains(&s.words[i - 1].as_str())
            && ctx.docs[a].text()[s.spans[i].clone()].starts_with(char::is_uppercase)
    });
    if (is_outlet(&words, true) || told(SourceKind::Outlet) || called_outlet) && !elsewhere() {
        return Some(SourceKind::Outlet);
    }
    if names.contains(&Kind::Person) || matches!(words[..], ["he" | "she"]) {
        return Some(SourceKind::Named);
    }
    for kind in [SourceKind::Anonymous, SourceKind::Institutional] {
        if told(kind) {
            return Some(kind);
        }
    }
    // A named organisation, or a place speaking for its government.
    if names.iter().any(|k| k.is_name()) || words.iter().any(|w| InstitutionNouns.contains(w)) {
        return Some(SourceKind::Institutional);
    }
    None
}

/// Nouns of outlets that also name other things: a fire or a mine-rescue station, a
/// drainage channel, a policy paper.
const AMBIGUOUS_OUTLETS: &[&str] = &["station", "channel", "paper"];

/// Whether `words` are "the" and a noun of [`AMBIGUOUS_OUTLETS`] that the text before
/// `at` names with a word before it that is no newsroom's ("the regional mine-rescue
/// station" ... "according to the station"): the phrase refers back to that, not to an
/// outlet.
fn named_before(text: &str, at: usize, words: &[&str]) -> bool {
    let ["the", noun] = words else {
        return false;
    };
    if !AMBIGUOUS_OUTLETS.contains(noun) {
        return false;
    }
    let before = text[..at].to_lowercase();
    let tokens: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    tokens.windows(2).any(|w| {
        w[1] == *noun
            && w[0].chars().all(char::is_alphabetic)
            && !["the", "a", "an", "this", "that", "its", "their", "local"].contains(&w[0])
            && !is_outlet(&[w[0]], false)
    })
}
