//! The cue words of a sentence: reporting verbs in every form, "according to", "quoted ...
//! as saying", "reportedly" and the passives "is believed to" and "it was reported that",
//! without the words that only look like them.

use super::{Clause, Tense, Voice};
use crate::extract::quotes::Quote;
use crate::lexicon::TableList::ReportingCues;
use crate::lexicon::WordList::{Determiners, TimeWords};
use std::ops::Range;

/// How a cue stands in its sentence, which tells where its source and content are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A verb in the active voice: "police said", "said a spokesman", "adding that".
    Verb,
    /// "according to X".
    According,
    /// "X quoted Y as saying": the word index of "quoted".
    AsSaying(usize),
    /// "reportedly": no source.
    Adverb,
    /// "is believed to", "is said to": no source; the content follows "to".
    PassiveTo,
    /// "it was reported that": no source.
    PassiveThat,
    /// "was confirmed by police": the source follows "by", the content is the subject.
    PassiveBy,
    /// "..., a jury was told.", "..., it was reported.": no source; the content comes
    /// before.
    PassiveEnd,
    /// "In a statement, the union called the decision ...": a reporting noun opening the
    /// sentence, in a sentence with no reporting verb. The subject after it (word indexes)
    /// is the source; what follows its verb (the word index) is the content.
    Noun(usize, usize),
}

/// A cue found in a sentence.
#[derive(Debug, Clone)]
pub struct Cue {
    /// Byte range of the cue words.
    pub range: Range<usize>,
    /// Word indexes of the cue words in the sentence.
    pub words: Range<usize>,
    /// The first word of a verb's group (its auxiliaries, adverbs, negation and a time
    /// phrase: "on Tuesday has also said"); the cue's first word for other cues.
    pub group: usize,
    pub lemma: &'static str,
    pub tense: Tense,
    pub voice: Voice,
    pub negated: bool,
    pub shape: Shape,
    /// The verb form: base, present, past, participle or gerund ("" for other cues).
    pub form: &'static str,
}

/// Forms of "be" before a passive participle.
const BE: &[&str] = &["is", "are", "was", "were", "been", "be", "being"];

/// Words that may stand between an auxiliary and its verb ("has also said").
const BETWEEN: &[&str] = &[
    "also",
    "not",
    "never",
    "now",
    "later",
    "earlier",
    "previously",
    "already",
    "still",
    "again",
    "then",
    "repeatedly",
    "first",
    "once",
    "further",
    "n't",
    "widely",
    "generally",
];

/// Whether `w` may stand in a verb group before its verb: an auxiliary, a form of "be", a
/// negation or one of the adverbs of [`BETWEEN`] ("has also said", "did not say").
fn in_verb_group(w: &str) -> bool {
    AUXILIARIES.iter().any(|(a, _)| *a == w) || BE.contains(&w) || BETWEEN.contains(&w)
}

/// Auxiliaries before a verb, and what they make its tense.
const AUXILIARIES: &[(&str, Tense)] = &[
    ("has", Tense::Past),
    ("have", Tense::Past),
    ("had", Tense::Past),
    ("did", Tense::Past),
    ("does", Tense::Present),
    ("do", Tense::Present),
    ("will", Tense::Future),
    ("would", Tense::Future),
    ("could", Tense::Future),
    ("may", Tense::Future),
    ("might", Tense::Future),
    ("can", Tense::Present),
    ("is", Tense::Present),
    ("are", Tense::Present),
    ("was", Tense::Past),
    ("were", Tense::Past),
];

/// Verbs in the list that tell a report only when documents are their subject ("records
/// show"): after a person they tell an act ("he showed the court a map").
pub const DOCUMENT_VERBS: &[&str] = &["show", "find"];

/// Present forms that are as often plural nouns ("insurance claims", "the notes").
const NOUN_LIKE: &[&str] = &[
    "claims",
    "reports",
    "notes",
    "posts",
    "tweets",
    "states",
    "comments",
    "estimates",
    "counters",
    "promises",
    "pledges",
    "fears",
    "shows",
    "vows",
    "finds",
    "suspects",
    "forecasts",
    "mentions",
    "remarks",
];

/// Words that may open the clause a verb reports ("claims the vote was rigged"): after a
/// form that is as often a noun, one of these or a quote tells the verb.
const CLAUSE_STARTS: &[&str] = &[
    "that", "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those", "he",
    "she", "they", "it", "we", "i", "there", "no", "some", "all", "more", "most", "about", "only",
    "nearly", "almost", "up", "at",
];

/// Words that make a base form a verb when they stand before it ("officials say", "did not
/// say", "they confirm").
const BASE_SUBJECTS: &[&str] = &[
    "they", "we", "i", "you", "did", "do", "does", "not", "n't", "will", "would", "could", "may",
    "might", "can", "should", "must", "police", "people", "staff", "also", "still", "now", "never",
];

/// Adverbs that credit a claim to no one in particular.
const ADVERBS: &[&str] = &["reportedly", "allegedly"];

/// Nouns of a medium that report what their sentence says when it opens with "in a ...":
/// "In a statement, the union called ...".
const REPORTING_NOUNS: &[&str] = &[
    "statement",
    "post",
    "interview",
    "letter",
    "email",
    "message",
    "video",
    "tweet",
    "filing",
    "speech",
];

/// How many words the subject after a reporting noun's phrase may have.
const NOUN_SUBJECT_WORDS: usize = 6;

/// Words after "according to" that are not a source ("according to plan").
const NOT_SOURCES: &[&str] = &["plan", "schedule", "script", "tradition", "custom"];

/// The cues of `clause`, in text order, outside the words of its direct quotes.
pub fn find(clause: &Clause, quotes: &[Quote]) -> Vec<Cue> {
    let quoted = |i: usize| {
        let at = clause.words[i].start;
        let next = quotes.partition_point(|q| q.content.end <= at);
        quotes.get(next).is_some_and(|q| q.content.start <= at)
    };
    let mut out = Vec::new();
    let n = clause.words.len();
    let mut i = 0;
    while i < n {
        if quoted(i) {
            i += 1;
            continue;
        }
        let w = clause.lower[i].as_ref();
        let simple = |shape: Shape, len: usize, lemma: &'static str| Cue {
            range: clause.span(i..i + len),
            words: i..i + len,
            group: i,
            lemma,
            tense: Tense::Present,
            voice: Voice::Active,
            negated: false,
            shape,
            form: "",
        };
        if w == "according"
            && clause.is(i + 1, "to")
            && i + 2 < n
            && !NOT_SOURCES.contains(&clause.lower[i + 2].as_ref())
        {
            out.push(simple(Shape::According, 2, "according to"));
            // The source phrase after it holds no cue ("according to its annual report").
            i += 3;
            while i < n && !clause.breaks_before(i) {
                i += 1;
            }
            continue;
        }
        if let Some(&adverb) = ADVERBS.iter().find(|a| **a == w) {
            let mut cue = simple(Shape::Adverb, 1, adverb);
            cue.voice = Voice::Passive;
            out.push(cue);
            i += 1;
            continue;
        }
        if w == "as" && clause.is(i + 1, "saying") {
            if let Some(q) = (i.saturating_sub(12)..i)
                .rev()
                .find(|&j| clause.is(j, "quoted"))
            {
                let mut cue = simple(Shape::AsSaying(q), 2, "say");
                cue.tense = Tense::Past;
                out.push(cue);
                i += 2;
                continue;
            }
        }
        if let Some(cue) = verb(clause, i) {
            out.push(cue);
        }
        i += 1;
    }
    if out.is_empty() {
        out.extend(noun(clause));
    }
    out
}

/// The cue of "In a statement, the union called the decision ...": "in", a determiner
/// and a reporting noun open the sentence, a comma closes the phrase, then a subject of a
/// few words and a verb in the past.
fn noun(clause: &Clause) -> Option<Cue> {
    let n = clause.words.len();
    let at = (0..n.min(4)).find(|&j| clause.is(j, "in"))?;
    let i = at + 2;
    if i >= n || !REPORTING_NOUNS.contains(&clause.lower[i].as_ref()) {
        return None;
    }
    // The phrase ends at the first comma ("In a post on Fenwire, ...").
    let comma = (i + 1..n.min(i + 6)).find(|&j| clause.gap(j).contains(','))?;
    let verb = (comma + 1..n.min(comma + 1 + NOUN_SUBJECT_WORDS)).find(|&j| {
        let w = clause.lower[j].as_ref();
        !clause.capitalised(j) && w.ends_with("ed") && w.len() > 4
    })?;
    if verb == comma || verb + 2 > n {
        return None;
    }
    Some(Cue {
        range: clause.words[i].range(),
        words: i..i + 1,
        group: i,
        lemma: REPORTING_NOUNS
            .iter()
            .find(|w| **w == clause.lower[i].as_ref())?,
        tense: Tense::Past,
        voice: Voice::Active,
        negated: false,
        shape: Shape::Noun(comma, verb),
        form: "",
    })
}

/// The cue of the reporting verb at word `i`, if it is one used as a reporting verb there.
fn verb(clause: &Clause, i: usize) -> Option<Cue> {
    let row = ReportingCues.get(&clause.lower[i])?;
    let (lemma, form) = (row[1], row[2]);
    let w = clause.lower[i].as_ref();
    let prev = (i > 0 && !clause.breaks_before(i)).then(|| clause.lower[i - 1].as_ref());
    // "the said property", "a reported 300 people", "all told", "its claims".
    if prev.is_some_and(|p| Determiners.contains(p) || p.ends_with("'s") || p == "all") {
        return None;
    }
    // A capital inside a clause makes it a name ("Villager Mirko Tell").
    if prev.is_some() && clause.capitalised(i) {
        return None;
    }
    let next = clause.lower.get(i + 1).map(AsRef::as_ref);
    let opens_clause = next.is_some_and(|n| CLAUSE_STARTS.contains(&n))
        || clause.gap(i + 1).contains(['"', '\u{201c}', ':'])
        || next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
    // "..., the memo states.": a report closing its sentence.
    let closes = next.is_none() && prev.is_some();
    if form == "present" && NOUN_LIKE.contains(&w) && (prev.is_none() || !(opens_clause || closes))
    {
        return None;
    }
    // "declined to say", "refused to confirm": no report; a base form needs a subject or an
    // auxiliary before it ("officials say", "did not say"), or it is a noun ("a report").
    if form == "base" {
        let subject = prev.is_some_and(|p| {
            BASE_SUBJECTS.contains(&p) || p.ends_with('s') && !p.ends_with("'s") && p.len() > 3
        });
        // "Brannock and Shaw, both 19, deny robbery": after an appositive.
        let appositive = prev.is_none() && i > 0 && clause.gap(i).contains(',');
        if !(subject || appositive) || prev == Some("to") {
            return None;
        }
    }
    // "fear of": a noun. "claimed £400,000 from two policies": money claimed, not words.
    let money = clause.gap(i + 1).contains(['£', '$', '€']);
    if next == Some("of") || money {
        return None;
    }
    // Auxiliaries and adverbs before the verb: tense, negation and voice.
    let mut j = i;
    let mut negated = false;
    let mut tense = match form {
        "present" | "base" => Tense::Present,
        _ => Tense::Past,
    };
    let mut be = None;
    while j > 0 && !clause.breaks_before(j) {
        let p = clause.lower[j - 1].as_ref();
        if p == "not" || p == "never" || p == "n't" {
            negated = true;
        } else if let Some(&(_, t)) = AUXILIARIES.iter().find(|(a, _)| *a == p) {
            tense = t;
            if BE.contains(&p) {
                be = Some(j - 1);
            }
        } else if BE.contains(&p) {
            be = Some(j - 1);
        } else if !(BETWEEN.contains(&p) || p.ends_with("ly") && p.len() > 4) {
            break;
        }
        j -= 1;
    }
    let mut cue = Cue {
        range: clause.words[i].range(),
        words: i..i + 1,
        group: verb_group_start(clause, i),
        lemma,
        tense,
        voice: Voice::Active,
        negated,
        shape: Shape::Verb,
        form,
    };
    let passive = be.is_some() && matches!(form, "past" | "participle");
    if !passive {
        // "responded to a request", "pledged to sell": no report.
        if next == Some("to") {
            return None;
        }
        // A gerund follows a comma or "and" ("adding that") or a form of "be" ("was
        // saying").
        if form == "gerund" && !(clause.breaks_before(j) || prev == Some("and")) && j == i {
            return None;
        }
        return Some(cue);
    }
    cue.voice = Voice::Passive;
    let it = be.is_some_and(|b| b > 0 && clause.is(b - 1, "it"));
    cue.shape = match next {
        Some("to") => Shape::PassiveTo,
        Some("that") if it => Shape::PassiveThat,
        Some("by") => Shape::PassiveBy,
        None if be.is_some_and(|b| b > 0 && clause.breaks_before(subject_start(clause, b))) => {
            Shape::PassiveEnd
        }
        _ => return None,
    };
    Some(cue)
}

/// The first word of the subject before word `be` ("a jury" in "..., a jury was told"): back
/// to the clause break, at most three words.
pub fn subject_start(clause: &Clause, be: usize) -> usize {
    let mut j = be;
    while j > 0 && be - j < 3 && !clause.breaks_before(j) {
        j -= 1;
    }
    j
}

/// The first word of the verb group ending at word `i` (its auxiliaries, adverbs and
/// negation: "has also said"), read back over a time phrase ("security sources on Tuesday
/// said").
fn verb_group_start(clause: &Clause, i: usize) -> usize {
    let mut j = i;
    while j > 0 && !clause.breaks_before(j) {
        let p = clause.lower[j - 1].as_ref();
        if in_verb_group(p) || p.ends_with("ly") && p.len() > 4 && !clause.capitalised(j - 1) {
            j -= 1;
        } else if TimeWords.contains(p)
            && j >= 2
            && ["on", "late", "early", "last", "this", "earlier"].contains(&&*clause.lower[j - 2])
        {
            j -= 2;
        } else {
            break;
        }
    }
    j
}
