//! The written patterns of attribution in a stretch of the reporter's words: a reporting
//! verb with its subject ("X said") or object ("said X"), "according to X", "X quoted Y
//! as saying", "X reported, citing Y" and "X ..., quoting Y" (Y speaks, the outlet X
//! passes it on), a colon after a name ("X:"), a dash before one ("- X"). Writing with no
//! author ("Graffiti on the wall reads", "a banner reading") is no one's.

use super::phrase::{classify, opening_subject, phrase_after, speaker_after, subject_before, Who};
use super::tokens::Tokens;
use super::SpeakerKind;
use crate::extract::Found;
use crate::extract::Kind;
use crate::lexicon::WordList::{
    CreditLeads, Determiners, FramingVerbs, ReportingParticiples, ReportingVerbs, Skippable,
    Subordinators,
};
use std::ops::Range;

/// Most words in a clause led by a name before a quote ("Weller laughed:", "Ek, the
/// analyst, put it bluntly:"): a longer one is no lead-in but a sentence of its own.
const SHORT_CLAUSE_WORDS: usize = 4;

/// A speaker as the text words it, and the outlet credited with the quote.
pub struct Attribution {
    /// Who speaks, before pronouns and titles are resolved.
    pub who: Who,
    /// The outlet the quote came through ("Reuters quoted ...", "according to Reuters");
    /// one the speaker told it to ("told Reuters") is found apart, by [`credit_at`].
    pub via: Option<Range<usize>>,
}

/// The attribution of the last reporting verb in `t` that makes one.
pub fn last_verb(t: &Tokens) -> Option<Attribution> {
    (0..t.len()).rev().find_map(|v| verb_at(t, v))
}

/// The first attribution in the first `limit` words after a quote, and the word of its
/// verb. Only an appositive's commas may come before the verb, and a participle after a
/// comma (", quoting a source who said") belongs to the sentence's subject, not to what
/// follows.
pub fn from_after(t: &Tokens, limit: usize) -> Option<(Attribution, usize)> {
    if t.len() > 0 && t.lead().contains(',') && is_participle(t.lower(0)) {
        return None;
    }
    // Inside "a woman who gave her name only as Mira told ...", "as" opens no new clause.
    let mut describing = false;
    for v in 0..t.len().min(limit) {
        let clause_word = v > 0 && !t.joined(v) && t.gap(v).trim() != ",";
        // '"Blue Line" project, which Lobo said would cost ...' goes on with a relative
        // clause, not an attribution.
        let relative = matches!(t.lower(v), "which" | "that") && (v == 0 || !t.joined(v));
        describing |= v > 0 && matches!(t.lower(v), "who" | "whom");
        // '"We are ready," before Berg said otherwise': a new clause, another speaker.
        let subordinate = !describing && Subordinators.contains(t.lower(v));
        // "a banner reading" introduces the quote after it, not the one before.
        if clause_word || relative || subordinate || t.lower(v) == "reading" {
            return None;
        }
        if let Some(a) = verb_at(t, v) {
            return Some((a, v));
        }
    }
    None
}

/// The attribution a reporting verb at word `v` makes, if there is one there.
pub fn verb_at(t: &Tokens, v: usize) -> Option<Attribution> {
    let w = t.lower(v);
    let known = |p: Option<Range<usize>>| match p.and_then(|p| classify(t, p)) {
        Some(Who::Known(s)) => Some(s),
        _ => None,
    };
    if w == "according" {
        let who = classify(
            t,
            speaker_after(t, v + 2).filter(|_| t.lower(v + 1) == "to")?,
        )?;
        return Some(Attribution { who, via: None });
    }
    if w == "words" && v >= 2 && t.lower(v - 1) == "the" && t.lower(v - 2) == "in" {
        // "in the words of his spokesman, Ibrahim Kura", like "according to".
        let who = classify(
            t,
            speaker_after(t, v + 2).filter(|_| t.lower(v + 1) == "of")?,
        )?;
        return Some(Attribution { who, via: None });
    }
    if w == "saying" && v > 0 && t.lower(v - 1) == "as" {
        let q = (t.clause_start(v)..v)
            .rev()
            .find(|&q| t.lower(q) == "quoted")?;
        return verb_at(t, q);
    }
    if matches!(w, "quoting" | "citing") {
        // "The Post reported, citing an official, ...": the official speaks, the outlet
        // passes it on; a speaker citing a report still speaks for themselves.
        let who = classify(t, speaker_after(t, v + 1)?)?;
        let via = known(opening_subject(t, v)).filter(|s| s.kind == SpeakerKind::Outlet)?;
        return Some(Attribution {
            who,
            via: Some(via.range),
        });
    }
    if w == "reading" {
        // "a banner reading ...".
        return match classify(t, subject_before(t, v)?)? {
            Who::Inscription => Some(Attribution {
                who: Who::Inscription,
                via: None,
            }),
            _ => None,
        };
    }
    if ReportingParticiples.contains(w) {
        // "The central bank held rates, saying ...": the subject opens the sentence.
        let after_comma = v > 0 && t.gap(v).trim() == ",";
        let who = classify(t, opening_subject(t, v).filter(|_| after_comma)?)?;
        return Some(Attribution { who, via: None });
    }
    if w == "quoted" {
        let passive = v > 0 && matches!(t.lower(v - 1), "was" | "were" | "is" | "are" | "been");
        return if passive {
            let who = classify(t, subject_before(t, v)?)?;
            let via = known(phrase_after(t, v + 2).filter(|_| t.lower(v + 1) == "by"));
            Some(Attribution {
                who,
                via: via.map(|s| s.range),
            })
        } else {
            let who = classify(t, speaker_after(t, v + 1)?)?;
            let via = known(subject_before(t, v)).map(|s| s.range);
            Some(Attribution { who, via })
        };
    }
    let reporting = ReportingVerbs.contains(w);
    let before = if v > 0 { t.lower(v - 1) } else { "" };
    // "the plan was called "reckless"": whoever called it is not its subject.
    let passive = matches!(
        before,
        "was" | "were" | "is" | "are" | "be" | "been" | "being"
    );
    // "Residents were told by a civil protection spokesman that ...": the agent speaks;
    // "after the deal was announced": a passive reporting verb has no speaker for subject.
    // "a fee reported to be ₦1.2 billion", "is said to have left": no one speaks.
    if reporting && t.lower(v + 1) == "to" && matches!(t.lower(v + 2), "be" | "have") {
        return None;
    }
    if reporting && passive && t.lower(v + 1) == "by" && t.joined(v + 1) {
        let who = classify(t, speaker_after(t, v + 2)?)?;
        return Some(Attribution { who, via: None });
    }
    if !((reporting || FramingVerbs.contains(w)) && !passive) || before == "to" {
        return None;
    }
    let phrase = subject_before(t, v).or_else(|| {
        let mut k = v;
        while k > 0 && t.joined(k) && Skippable.contains(t.lower(k - 1)) {
            k -= 1;
        }
        // "said X" inverts; "called X" does not ("accused management of ...").
        (reporting && (k == 0 || !t.joined(k)))
            .then(|| speaker_after(t, v + 1))
            .flatten()
    })?;
    let who = classify(t, phrase)?;
    Some(Attribution { who, via: None })
}

/// An outlet credited with a quote: named, or called by a noun that stands for one named
/// before ("told the paper").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credit {
    /// The outlet's name.
    Outlet(Range<usize>),
    /// "the paper", "the station": the outlet named last.
    Earlier,
}

/// The outlet a speaker gave a quote to, when word `k` ends a lead of `CreditLeads`
/// ("told", "in an interview with", "seen by") or is "to" after a reporting verb ("quipped
/// to"), and the phrase after it names an outlet: "told the Desert Ledger", "told the state
/// broadcaster Song Huong Television" (its capitalised words), "told the paper" (not "told
/// the club's website").
pub fn credit_at(t: &Tokens, k: usize) -> Option<Credit> {
    let w = t.lower(k);
    let pair = || {
        k > 0
            && t.joined(k)
            && (CreditLeads.contains(&format!("{} {w}", t.lower(k - 1)))
                || (w == "to" && ReportingVerbs.contains(t.lower(k - 1))))
    };
    if k + 1 >= t.len() || !t.joined(k + 1) || !(CreditLeads.contains(w) || pair()) {
        return None;
    }
    let phrase = phrase_after(t, k + 1)?;
    // Only "the paper" itself stands for an outlet named before; "the club's website" is
    // none.
    let bare = phrase.len() == 2 && t.lower(phrase.start) == "the";
    match classify(t, phrase.clone())? {
        Who::Known(s) if s.kind == SpeakerKind::Outlet => {
            let capitals: Vec<usize> = phrase
                .clone()
                .filter(|&i| t.capitalised(i) && !Determiners.contains(t.lower(i)))
                .collect();
            Some(match (capitals.first(), capitals.last()) {
                (Some(&a), Some(&b)) => Credit::Outlet(t.range(a, b + 1)),
                _ if bare => Credit::Earlier,
                _ => return None,
            })
        }
        _ => None,
    }
}

/// Whether a word is a participle whose subject is the main clause's ("adding",
/// "quoting").
fn is_participle(word: &str) -> bool {
    ReportingParticiples.contains(word) || matches!(word, "quoting" | "citing")
}

/// "- Commissioner Ines Varga": `range`, with words `t`, opens with a dash and goes on
/// with a capitalised phrase.
pub fn dash(text: &str, t: &Tokens, range: Range<usize>) -> Option<Attribution> {
    if t.len() == 0 || !t.capitalised(0) {
        return None;
    }
    let lead = text[range.start..t.start(0)].trim();
    if lead.is_empty() || lead.contains(|c| c != '-') {
        return None;
    }
    match classify(t, phrase_after(t, 0)?)? {
        Who::Pronoun(..) => None,
        who => Some(Attribution { who, via: None }),
    }
}

/// "Varga:" or "From Chairwoman Ana Lobo:" before a quote: `range`, with words `t`, ends
/// with a colon, and the whole clause before it names a person, an institution or an
/// outlet.
pub fn colon(text: &str, t: &Tokens, range: Range<usize>) -> Option<Attribution> {
    if t.len() == 0 || !text[range].trim_end().ends_with(':') {
        return None;
    }
    let mut start = t.clause_start(t.len() - 1);
    if t.lower(start) == "from" {
        start += 1;
    }
    if start == t.len() {
        // "... from:" with nothing between.
        return None;
    }
    let whole = subject_before(t, t.len())
        .filter(|p| p.start == start)
        .and_then(|p| Some((t.has_mention(p.clone()), classify(t, p)?)));
    let who = match whole {
        Some((_, who @ Who::Title { .. })) => Some(who),
        Some((named, Who::Known(s)))
            if s.kind != SpeakerKind::Anonymous && (named || s.kind != SpeakerKind::Named) =>
        {
            Some(Who::Known(s))
        }
        // A short clause led by a name: "Weller laughed:", "Lobo replied curtly:", or
        // after the name and its appositive: "Ek, the analyst, put it bluntly:".
        _ if t.len() - start <= SHORT_CLAUSE_WORDS => {
            let named =
                |m: &&Found| matches!(m.kind, Kind::Person | Kind::Name | Kind::Organisation);
            let lead = t.mention(start).filter(named).and_then(|m| t.speaker(m));
            let verb_first = start > 0
                && t.gap(start).trim() == ","
                && !t.capitalised(start)
                && t.mention(start).is_none();
            lead.or_else(|| {
                let p = subject_before(t, start).filter(|_| verb_first)?;
                match classify(t, p)? {
                    Who::Known(s)
                        if s.kind == SpeakerKind::Named && t.mention_at(s.range.start) =>
                    {
                        Some(s)
                    }
                    _ => None,
                }
            })
            .map(Who::Known)
        }
        _ => None,
    };
    who.map(|who| Attribution { who, via: None })
}
