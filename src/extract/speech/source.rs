//! Who a report credits: the phrase that names the source in the cue's sentence, what a
//! pronoun or a description there refers to, and the kind of source.

use super::cues::{Cue, Shape, DOCUMENT_VERBS};
use super::{Clause, Reporting, SourceKind};
use crate::extract::quotes::is_outlet;
use crate::extract::{Found, Kind};
use crate::lexicon::TableList::SpeechSources;
use crate::lexicon::WordList::{Determiners, InstitutionNouns, JobTitles, PersonNouns, TimeWords};
use std::ops::Range;

/// The source read for a cue.
#[derive(Debug, Clone)]
pub struct Src {
    /// Byte range of the phrase naming it in the sentence.
    pub range: Option<Range<usize>>,
    /// Its word indexes in the sentence.
    pub words: Option<Range<usize>>,
    pub refers_to: Option<Range<usize>>,
    pub kind: SourceKind,
}

/// The longest source phrase read, in words.
const PHRASE_WORDS: usize = 12;

/// Words that open a clause inside a sentence: the subject of a verb starts after them.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "whom", "when", "because", "while", "although", "though", "after",
    "before", "if", "but", "as", "so", "where", "since", "until", "and", "or", "also", "whether",
    "than", "what", "whose",
];

/// Words that end a source phrase after the cue ("said Ostrova on Tuesday").
const PHRASE_ENDS: &[&str] = &[
    "on", "in", "during", "late", "earlier", "later", "after", "before", "when", "as", "while",
    "and", "who", "which", "that", "adding", "saying", "to",
];

/// Pronouns that may be a source.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// The source of `cue` in `clause`; `(events, first)` are the article's events so far, those
/// from `first` on in this sentence; `names` the article's names. `None` when the cue has
/// no source where one is needed (then it is no report).
pub fn read(
    clause: &Clause,
    cue: &Cue,
    (events, first): (&[Reporting], usize),
    names: &[Found],
) -> Option<Src> {
    let none = Src {
        range: None,
        words: None,
        refers_to: None,
        kind: SourceKind::Unspecified,
    };
    let i = cue.words.start;
    let n = clause.words.len();
    let phrase = match cue.shape {
        Shape::Adverb | Shape::PassiveTo | Shape::PassiveThat | Shape::PassiveEnd => {
            return Some(none)
        }
        Shape::According => after(clause, cue.words.end, true),
        Shape::PassiveBy => after(clause, cue.words.end + 1, false),
        Shape::AsSaying(q) => (q + 1 < i).then_some(q + 1..i),
        Shape::Noun(subject, verb) => Some(subject..verb),
        Shape::Verb => {
            // "... and added", ", adding that": the source of the event before it.
            let start = cue.group;
            let carried = cue.form == "gerund" && clause.breaks_before(start)
                || start > 0 && ["and", "but"].contains(&clause.lower[start - 1].as_ref());
            if carried {
                // ", saying that" with no report before it in the sentence: the sentence's
                // subject ("Tarsk Mining has rejected the bid, saying ...").
                let Some(before) = events[first..].last() else {
                    let subject = leading_subject(clause, start);
                    let (kind, refers_to) = kind_of(clause, subject.clone()?, names);
                    return Some(Src {
                        range: subject.clone().map(|r| clause.span(r)),
                        words: subject,
                        refers_to,
                        kind,
                    });
                };
                return Some(Src {
                    range: before.source.clone(),
                    words: None,
                    refers_to: before.refers_to.clone(),
                    kind: before.kind,
                });
            }
            let subject = before(clause, start);
            match subject {
                Some(r) => Some(r),
                // `"It is over," said Ostrova.`: after the verb, when it ends its clause.
                None if clause.breaks_before(start) && cue.lemma != "tell" => {
                    after(clause, i + 1, false).filter(|r| {
                        r.end == n || clause.breaks_before(r.end) || stops_phrase(clause, r.end)
                    })
                }
                None => None,
            }
        }
    }?;
    if phrase.is_empty() || phrase.end > n {
        return None;
    }
    let (kind, refers_to) = kind_of(clause, phrase.clone(), names);
    if DOCUMENT_VERBS.contains(&cue.lemma) && kind != SourceKind::Documents {
        return None;
    }
    Some(Src {
        range: Some(clause.span(phrase.clone())),
        words: Some(phrase),
        refers_to,
        kind,
    })
}

/// The subject phrase ending before word `end`, over an appositive between commas
/// ("Ostrova, 54, said" -> "Ostrova"). `None` when a clause break stands right before
/// `end` and no appositive closes there.
fn before(clause: &Clause, end: usize) -> Option<Range<usize>> {
    if end == 0 {
        return None;
    }
    let mut end = end;
    // "The International Health Agency (IHA) said": over the brackets.
    if clause.gap(end).trim_end().ends_with(')') {
        let mut k = end - 1;
        while k > 0 && end - k <= PHRASE_WORDS && !clause.gap(k).contains('(') {
            k -= 1;
        }
        if k == 0 || end - k > PHRASE_WORDS {
            return None;
        }
        end = k;
    }
    let gap = clause.gap(end);
    let bracketed = gap.contains('(');
    if !bracketed && gap.contains(',') && !gap.contains(['"', '\u{201c}', '\u{201d}']) {
        // Appositives between commas ("Veyl, 58, who ran the port, denies"): back over
        // them to the nearest stretch that holds a capitalised word after its first.
        let mut k = end;
        let mut segments = 0;
        loop {
            let seg_end = k;
            k -= 1;
            while k > 0 && !clause.breaks_before(k) {
                k -= 1;
            }
            segments += 1;
            let determined = ["the", "a", "an", "its", "their", "his", "her", "one", "two"]
                .contains(&clause.lower[k].as_ref());
            if segments > 1 && ((k..seg_end).any(|j| clause.capitalised(j)) || determined) {
                end = seg_end;
                break;
            }
            if k == 0 || segments == 4 || !clause.gap(k).contains(',') {
                return None;
            }
        }
    } else if !bracketed && super::is_break(gap) {
        return None;
    }
    let mut start = phrase_start(clause, end - 1, end);
    // "A source who handles security for aid groups said": the noun before the relative
    // clause, without it.
    if start >= 2 && ["who", "whose"].contains(&clause.lower[start - 1].as_ref()) {
        let noun_end = start - 1;
        return Some(phrase_start(clause, noun_end - 1, noun_end)..noun_end);
    }
    // "and" inside a source joins two of them ("the United Nations and human rights
    // activists"): read on over it when a noun phrase stands before it.
    if start >= 2
        && clause.lower[start - 1].as_ref() == "and"
        && !clause.breaks_before(start - 1)
        && !PRONOUNS.contains(&clause.lower[start].as_ref())
    {
        let s2 = phrase_start(clause, start - 1, end);
        let opens = s2 == 0
            || clause.breaks_before(s2)
            || CLAUSE_OPENERS.contains(&clause.lower[s2 - 1].as_ref());
        if s2 < start - 1 && opens {
            start = s2;
        }
    }
    // "last night Vantelli's agent said": the time is not the source.
    while start + 1 < end {
        let w = clause.lower[start].as_ref();
        if TimeWords.contains(w) || ["last", "late", "on", "earlier", "this"].contains(&w) {
            start += 1;
        } else {
            break;
        }
    }
    Some(start..end)
}

/// The first word of a phrase ending before word `end`, read back from word `from` to a
/// clause break or a word that opens a clause, at most [`PHRASE_WORDS`] words.
fn phrase_start(clause: &Clause, from: usize, end: usize) -> usize {
    let mut start = from;
    while start > 0
        && end - start < PHRASE_WORDS
        && !clause.breaks_before(start)
        && !CLAUSE_OPENERS.contains(&clause.lower[start - 1].as_ref())
    {
        start -= 1;
    }
    start
}

/// The source phrase from word `from` to the next clause break or a word that ends it; with
/// `long`, read on over "of", "for", "at" and "with" ("according to people familiar with
/// the talks").
fn after(clause: &Clause, from: usize, long: bool) -> Option<Range<usize>> {
    let n = clause.words.len();
    if from >= n {
        return None;
    }
    let mut end = from + 1;
    while end < n
        && end - from < PHRASE_WORDS
        && !clause.breaks_before(end)
        && !(stops_phrase(clause, end) && !(long && ["to", "and"].contains(&&*clause.lower[end])))
        && !(clause.lower[end].ends_with("ed") && clause.is(end + 1, "by"))
    {
        end += 1;
    }
    Some(from..end)
}

/// Whether word `i` ends a source phrase read after the cue.
fn stops_phrase(clause: &Clause, i: usize) -> bool {
    let w = clause.lower[i].as_ref();
    PHRASE_ENDS.contains(&w) || TimeWords.contains(w)
}

/// Words that end the first noun phrase of a source ("a spokesman for the ministry"):
/// its head is the word before.
const HEAD_ENDS: &[&str] = &[
    "of",
    "for",
    "at",
    "with",
    "from",
    "in",
    "on",
    "to",
    "by",
    "representing",
    "who",
    "familiar",
    "close",
    "and",
];

/// The kind of source words `r` of `clause` name, and for a pronoun or a description the
/// person named before it; `names` are the article's names.
/// The phrase's head tells the kind ("Oduya's office" is an institution, "a spokesman for
/// President Alder" an unnamed person); a name there tells it by its type.
fn kind_of(
    clause: &Clause,
    r: Range<usize>,
    names: &[Found],
) -> (SourceKind, Option<Range<usize>>) {
    let lower: Vec<&str> = clause.lower[r.clone()].iter().map(AsRef::as_ref).collect();
    match lower[..] {
        ["he" | "she" | "i"] => {
            let bytes = clause.span(r.clone());
            let person = names[..names_before(names, bytes.start)]
                .iter()
                .rev()
                .find(|m| m.kind == Kind::Person && m.range.end <= bytes.start);
            return match person {
                Some(p) => (SourceKind::Named, Some(p.range.clone())),
                None => (SourceKind::Anonymous, None),
            };
        }
        ["it"] => return (SourceKind::Institutional, None),
        // "they", "we": a group, whose antecedent is not read.
        ["they" | "we"] => return (SourceKind::Anonymous, None),
        _ => {}
    }
    // "University of Vessa epidemiologist Marta Quell", "co-chair Hana Brisk": a
    // lower-case noun before a run of capitalised words that ends the phrase.
    let run = (r.start..r.end)
        .rev()
        .take_while(|&j| clause.capitalised(j))
        .count();
    let before_run = r.end.saturating_sub(run + 1);
    let noun_before = run < r.len() && {
        let w = clause.lower[before_run].as_ref();
        !clause.capitalised(before_run)
            && !HEAD_ENDS.contains(&w)
            && !["the", "a", "an"].contains(&w)
            && !w.ends_with("'s")
    };
    // Unless the name finder typed the run an organisation or a place ("the operator
    // Bedrock Minerals").
    let run_bytes = clause.span(r.end - run.max(1)..r.end);
    let typed_other =
        overlapping(names, &run_bytes).any(|m| matches!(m.kind, Kind::Organisation | Kind::Place));
    if run >= 2 && noun_before && !typed_other {
        return (SourceKind::Named, None);
    }
    let outlet_word = lower
        .iter()
        .any(|w| SpeechSources.value(w) == Some("outlet"));
    if outlet_word {
        return (SourceKind::Outlet, None);
    }
    // A participle ends the head noun's chunk ("officials briefed on", "logs filed with"),
    // but not right after a determiner ("the retired judge", "its published guidance").
    let determined = Determiners.contains(lower[0]);
    let chunk_end = (r.start + 1..r.end)
        .find(|&j| {
            let w = clause.lower[j].as_ref();
            HEAD_ENDS.contains(&w)
                || (j > r.start + 1 || !determined) && w.ends_with("ed") && !clause.capitalised(j)
        })
        .unwrap_or(r.end);
    let head = chunk_end - 1;
    let head_word = clause.lower[head].trim_end_matches("'s");
    let head_bytes = clause.words[head].range();
    let name_at_head = overlapping(names, &head_bytes).next().map(|m| m.kind);
    let capital = clause.capitalised(head) && head != 0;
    if !capital {
        if let Some(kind) = SpeechSources
            .value(head_word)
            .and_then(SourceKind::from_name)
        {
            return (kind, None);
        }
        if InstitutionNouns.contains(head_word) {
            return (SourceKind::Institutional, None);
        }
        if JobTitles.contains(head_word) || PersonNouns.contains(head_word) {
            // "the coach", "the minister": the person named with that word before.
            if lower.len() == 2 && lower[0] == "the" {
                let bytes = clause.span(r.clone());
                let described = names[..names_before(names, bytes.start)]
                    .iter()
                    .rev()
                    .find(|m| {
                        m.kind == Kind::Person
                            && m.range.end <= bytes.start
                            && near(clause.text, m.range.clone(), head_word)
                    });
                if let Some(m) = described {
                    return (SourceKind::Named, Some(m.range.clone()));
                }
            }
            return (SourceKind::Anonymous, None);
        }
    }
    if is_outlet(&lower[..chunk_end - r.start], capital) {
        return (SourceKind::Outlet, None);
    }
    match name_at_head {
        Some(Kind::Person) => return (SourceKind::Named, None),
        Some(Kind::Name) if head > r.start && !clause.capitalised(head - 1) => {
            return (SourceKind::Named, None)
        }
        Some(Kind::Name) if chunk_end - r.start == 1 => return (SourceKind::Named, None),
        Some(k) if k.is_name() => return (SourceKind::Institutional, None),
        _ => {}
    }
    // "resident June Talbot", "co-chair Hana Brisk": a title before a capitalised name.
    let titled = (r.start..head).any(|j| {
        let w = clause.lower[j].as_ref();
        !clause.capitalised(j) && (JobTitles.contains(w) || PersonNouns.contains(w))
    });
    if capital && titled {
        return (SourceKind::Named, None);
    }
    if !capital && head_word.ends_with('s') {
        return (SourceKind::Anonymous, None);
    }
    if capital && chunk_end - r.start == 1 {
        return (SourceKind::Named, None);
    }
    if capital {
        return (SourceKind::Institutional, None);
    }
    (SourceKind::Anonymous, None)
}

/// The subject that opens the sentence before word `end`: its capitalised words and the
/// words that join them ("Tarsk Mining", "The International Health Agency").
fn leading_subject(clause: &Clause, end: usize) -> Option<Range<usize>> {
    let mut to = 0;
    while to < end
        && (clause.capitalised(to)
            || ["the", "of", "for", "and", "&"].contains(&&*clause.lower[to]))
        && !(to > 0 && clause.breaks_before(to))
    {
        to += 1;
    }
    while to > 0 && !clause.capitalised(to - 1) {
        to -= 1;
    }
    (to > 0).then_some(0..to)
}

/// How far from a person's name a word describing them is looked for, in bytes.
const NEAR_BYTES: usize = 60;

/// Whether `word` stands within [`NEAR_BYTES`] of `name` in `text` ("coach Mara Vance",
/// "Mara Vance, the coach").
fn near(text: &str, name: Range<usize>, word: &str) -> bool {
    let mut from = name.start.saturating_sub(NEAR_BYTES);
    let mut to = (name.end + NEAR_BYTES).min(text.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    while !text.is_char_boundary(to) {
        to += 1;
    }
    text[from..to]
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == word)
}

/// How many of `names` (in text order, apart) end at or before byte `at`.
fn names_before(names: &[Found], at: usize) -> usize {
    names.partition_point(|m| m.range.end <= at)
}

/// The names of `names` (in text order, apart) that overlap `range`, found by a binary
/// search: each cue reading all of an article's names made the work grow with cues times
/// names.
fn overlapping<'n>(names: &'n [Found], range: &Range<usize>) -> impl Iterator<Item = &'n Found> {
    let end = range.end;
    names[names_before(names, range.start)..]
        .iter()
        .take_while(move |m| m.range.start < end)
}
