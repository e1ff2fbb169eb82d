//! The written patterns of attribution in a stretch of the reporter's words: a reporting
//! verb with its subject ("X said") or object ("said X"), "according to X", "X quoted Y
//! as saying", a colon after a name ("X:"), a dash before one ("- X").

use super::lexicon::{FRAMING_VERBS, PARTICIPLES, REPORTING_VERBS, SKIPPABLE, SUBORDINATORS};
use super::phrase::{
    classify, mention_speaker, opening_subject, phrase_after, speaker_after, subject_before, Who,
};
use super::tokens::Tokens;
use super::SpeakerKind;
use crate::report::Kind;
use std::ops::Range;

/// A speaker as the text words it, and the outlet credited with the quote.
pub struct Attribution {
    /// Who speaks, before pronouns and titles are resolved.
    pub who: Who,
    /// The outlet the quote came through ("Reuters quoted ...", "told Reuters").
    pub via: Option<Range<usize>>,
}

/// The attribution of the last reporting verb in `t` that makes one.
pub fn last_verb(t: &Tokens) -> Option<Attribution> {
    (0..t.len()).rev().find_map(|v| verb_at(t, v))
}

/// The first attribution in the first `limit` words after a quote, and the word of its
/// verb. Only an appositive's commas may come before the verb.
pub fn from_after(t: &Tokens, limit: usize) -> Option<(Attribution, usize)> {
    for v in 0..t.len().min(limit) {
        let clause_word = v > 0 && !t.joined(v) && t.gap(v).trim() != ",";
        // '"Blue Line" project, which Lobo said would cost ...' goes on with a relative
        // clause, not an attribution.
        let relative = matches!(t.lower(v), "which" | "that") && (v == 0 || !t.joined(v));
        // '"We are ready," before Berg said otherwise': a new clause, another speaker.
        let subordinate = SUBORDINATORS.contains(&t.lower(v));
        if clause_word || relative || subordinate {
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
    if w == "saying" && v > 0 && t.lower(v - 1) == "as" {
        let q = (t.clause_start(v)..v)
            .rev()
            .find(|&q| t.lower(q) == "quoted")?;
        return verb_at(t, q);
    }
    if PARTICIPLES.contains(&w) {
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
    if !(REPORTING_VERBS.contains(&w) || FRAMING_VERBS.contains(&w))
        || (v > 0 && t.lower(v - 1) == "to")
    {
        return None;
    }
    let phrase = subject_before(t, v).or_else(|| {
        let mut k = v;
        while k > 0 && t.joined(k) && SKIPPABLE.contains(&t.lower(k - 1)) {
            k -= 1;
        }
        (k == 0 || !t.joined(k))
            .then(|| speaker_after(t, v + 1))
            .flatten()
    })?;
    let who = classify(t, phrase)?;
    let via = matches!(w, "told" | "tells")
        .then(|| known(phrase_after(t, v + 1)))
        .flatten()
        .filter(|s| s.kind == SpeakerKind::Outlet)
        .map(|s| s.range);
    Some(Attribution { who, via })
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
        // A short clause led by a name: "Weller laughed:", "Lobo replied curtly:".
        _ => t
            .mention(start)
            .filter(|m| {
                t.len() - start <= 4
                    && matches!(m.kind, Kind::Person | Kind::Name | Kind::Organisation)
            })
            .map(|m| Who::Known(mention_speaker(text, m))),
    };
    who.map(|who| Attribution { who, via: None })
}
