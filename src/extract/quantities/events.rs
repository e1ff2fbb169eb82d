//! Event counts: a count of people who died, were hurt or were detained becomes
//! `deaths`, `injuries` or `arrests`. The clause tells: a cue among the number's
//! modifiers ("14 injured people"), the word or phrase just before it ("killing 3
//! civilians", "the arrest of 14 protesters", "claimed the lives of 23"), the verb just
//! after it past any auxiliaries ("14 people were killed", "14 people lost their lives"),
//! or "toll" earlier in the sentence ("the death toll rose to 14").

use super::lex::{Class, Toks};
use crate::lexicon::PhraseList::EventCues;
use crate::lexicon::TableList::EventWords;
use crate::lexicon::WordList::{Auxiliaries, BackSkip, NotMan, PeoplePlural, PersonNouns};
use crate::vocabulary::vocabulary;
use std::ops::Range;

/// How many words after the counted noun are read for the verb of its event ("14 people
/// were reportedly killed"); further on, a verb belongs to another clause.
const VERB_AFTER: usize = 5;

/// How many words before a number are read for an event cue, past articles and
/// auxiliaries ("the arrest of 14 protesters").
const CUE_BEFORE: usize = 4;

/// How many words before a number an event phrase may start and end right before it
/// ("claimed the lives of 23 people").
const PHRASE_BEFORE: usize = 5;

/// How many words before a count "toll" may stand and name its event ("the death toll
/// rose on Tuesday to 14").
const TOLL_REACH: usize = 20;

vocabulary! {
    /// What happened to the people counted; its name is the count's unit.
    pub enum Event {
        /// They died.
        Deaths = "deaths",
        /// They were hurt.
        Injuries = "injuries",
        /// They were detained.
        Arrests = "arrests",
    }
}

/// The event a cue word names ("killed", "wounded", "detained").
fn cue(w: &str) -> Option<Event> {
    Event::from_name(EventCues.phrases().value(w)?)
}

/// Whether the lower-case noun `w` names people.
pub fn is_person(w: &str) -> bool {
    let last = w.rsplit('-').next().unwrap_or(w);
    PeoplePlural.contains(last)
        || PersonNouns.contains(last)
        || (last.len() > 3
            && (last.ends_with("men") || last.ends_with("man"))
            && !NotMan.contains(last))
}

/// Whether a word used as a noun right after a number names an event ("14 dead", "14
/// injured"), and whether it belongs in the span (adjectives yes, verbs no).
pub fn event_word(w: &str) -> Option<(Event, bool)> {
    let &[_, event, part] = EventWords.get(w)? else {
        return None;
    };
    Some((Event::from_name(event)?, part == "adjective"))
}

/// What happened to the people counted by the quantity at tokens `span`, with its
/// modifiers at `mods`.
pub fn classify(t: &Toks, span: Range<usize>, mods: Range<usize>) -> Option<Event> {
    if let Some(e) = mods.clone().find_map(|j| t.word(j).and_then(cue)) {
        return Some(e);
    }
    // Backward: a phrase that ends right before it ("claimed the lives of 23 people").
    for k in span.start.saturating_sub(PHRASE_BEFORE)..span.start {
        let word = |n: usize| {
            (k + n < span.start && (n == 0 || t.joined(k + n)))
                .then(|| t.word(k + n))
                .flatten()
        };
        match EventCues.phrases().longest(word) {
            Some((unit, len)) if len > 1 && k + len == span.start && t.joined(span.start) => {
                return Event::from_name(unit)
            }
            _ => {}
        }
    }
    // Backward: the word before, past articles and auxiliaries.
    let mut j = span.start;
    while j > 0 && t.joined(j) && span.start - j < CUE_BEFORE {
        j -= 1;
        let Some(w) = t.word(j) else { break };
        if let Some(e) = cue(w) {
            return Some(e);
        }
        if !BackSkip.contains(w) {
            break;
        }
    }
    // Forward: the verb after, past where they are from ("residents of Lower Harwick")
    // and auxiliaries.
    let mut j = span.end;
    if t.joined(j) && t.is_any(j, &["of", "from"]) && t.capitalised(j + 1) && t.joined(j + 1) {
        j += 1;
        while t.capitalised(j) && t.joined(j) {
            j += 1;
        }
    }
    let verb_start = j;
    while t.joined(j) && j - verb_start < VERB_AFTER {
        let Some(w) = t.word(j) else { break };
        // "killed", "lost their lives".
        let joined = |n: usize| (n == 0 || t.joined(j + n)).then(|| t.word(j + n)).flatten();
        if let Some((unit, _)) = EventCues.phrases().longest(joined) {
            return Event::from_name(unit);
        }
        if !Auxiliaries.contains(w) {
            break;
        }
        j += 1;
    }
    toll(t, span.start)
}

/// The event a count earlier in the sentence names, with no other number between: "the
/// death toll rose to 14", "the number of injured reached 30".
fn toll(t: &Toks, start: usize) -> Option<Event> {
    let mut j = start;
    while j > 0 && start - j < TOLL_REACH {
        j -= 1;
        let Some(tok) = t.get(j) else { break };
        let ends_sentence = tok.class == Class::Sym && [".", "!", "?", ";"].contains(&tok.text);
        if ends_sentence || tok.class == Class::Num {
            break;
        }
        if t.is(j, "toll") {
            return Some(Event::Deaths);
        }
        if j >= 2 && t.is(j - 1, "of") && t.is(j - 2, "number") {
            if let Some(e) = t.word(j).and_then(cue) {
                return Some(e);
            }
        }
    }
    None
}
