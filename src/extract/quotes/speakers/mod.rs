//! Who said a quote.
//!
//! In order, the first that answers wins:
//! 1. a reporting verb in the quote's sentence, before or after it, with its subject or
//!    (inverted) its object: "X said", "said X", "X told reporters", "according to X",
//!    "X quoted Y as saying" (Y speaks, X is the outlet), "X:" just before the quote, or
//!    a dash after it ("... - Commissioner X");
//! 2. for a question or exclamation, a short attribution in the next sentence ("Why?"
//!    Lobo asked.);
//! 3. for a quote that opens its sentence, the sentence before when it ends with a colon
//!    ("X said in a statement:", "From Chairwoman X:");
//! 4. a dash line below the quote ("- Commissioner X");
//! 5. otherwise, for a whole-sentence quote, the person last named or quoted in the same
//!    or the previous paragraph (for a text that opens with a quote standing alone, the
//!    first person named in the paragraph after); for a partial quote, the speaker of an
//!    earlier quote in the same sentence.
//!
//! Pronouns and bare titles are resolved in `reference`, with the pronoun each person
//! takes from `gender`. Writing with no author (graffiti, a slogan) has no speaker, and
//! its quote is partial.

mod gender;
mod reference;

use super::bare;
use super::marks::Span;
use super::patterns::{
    colon, credit_at, dash, from_after, last_verb, verb_at, Attribution, Credit,
};
use super::phrase::Who;
use super::tokens::{Names, Tokens};
use super::{Quote, Speaker, SpeakerKind};
use crate::extract::Found;
use crate::lexicon::WordList::InterviewNouns;
use crate::sorting;
use crate::text::Tokens as Atoms;
use std::ops::Range;

/// How many earlier mentions are searched for the person a pronoun or title stands for.
const MAX_LOOKBACK: usize = 400;
/// How many words into the text after a quote its attribution may come.
const MAX_AFTER: usize = 14;
/// How far, in bytes, the edge of a line is looked for.
const REACH: usize = 4000;
/// How far back, in bytes and in words of each sentence, reported speech is looked for
/// to resolve a pronoun (sentences this long are rare; the limits keep odd text fast).
const NEAR: usize = 600;
const NEAR_WORDS: usize = 80;
/// How many reporting verbs before a pronoun are tried for its reported speech.
const NEAR_VERBS: usize = 3;
/// How many words may come before the person who opens a sentence ("Mayor", "On
/// Monday,").
const SUBJECT_AFTER: usize = 3;
/// How many words after a quote a reporting verb may stand and still beat one before it:
/// further on, the verb more likely belongs to the next clause.
const VERB_AFTER_WORDS: usize = 8;
/// How far back, in bytes, the reporter's words before a quote in its sentence are read for
/// the outlet that passed it on: without it, a sentence that quotes many times over is read
/// from its start for each quote, work that grows with the square of its length.
const CREDIT_REACH: usize = 600;
/// An article's text, sentences, names and quote spans, for attributing the quotes.
pub struct Context<'a> {
    atoms: &'a Atoms<'a>,
    text: &'a str,
    sentences: Vec<Range<usize>>,
    names: Names,
    spans: &'a [Span],
    genders: gender::Genders,
}

/// What the text around a quote says of its source.
pub struct Source {
    /// Who said it, when anyone did.
    pub speaker: Option<Speaker>,
    /// The outlet that passed it on.
    pub via: Option<Range<usize>>,
    /// Whether it is writing with no author (graffiti, a slogan, a sign).
    pub inscribed: bool,
}

/// The reporter's words around a quote in its sentence.
pub struct Frame {
    /// From the start of the sentence (or the end of an earlier quote) to the quote.
    pub before: Range<usize>,
    /// From the quote to the end of its sentence (or the start of the next quote).
    pub after: Range<usize>,
}

impl<'a> Context<'a> {
    /// The context of `spans` in `text`. Sentences and names that do not fit the text are
    /// ignored; surnames opening sentences that `names` misses are added.
    pub fn new(
        atoms: &'a Atoms<'a>,
        sentences: &[Range<usize>],
        names: &[Found],
        spans: &'a [Span],
    ) -> Self {
        let text = atoms.text();
        let mut sentences: Vec<Range<usize>> = sentences
            .iter()
            .filter(|r| r.start < r.end && text.get((*r).clone()).is_some())
            .cloned()
            .collect();
        sorting::sort_by_key(&mut sentences, |r| r.start);
        sentences.dedup_by(|later, kept| later.start < kept.end);
        let names: Vec<Found> = names.iter().filter(|f| f.kind.is_name()).cloned().collect();
        let bare = bare::find(atoms, &sentences, spans, &names);
        let names = Names::new(atoms, names.into_iter().chain(bare));
        let genders = gender::genders(atoms, &sentences, &names, |r| overlaps(spans, r));
        Self {
            atoms,
            text,
            names,
            sentences,
            spans,
            genders,
        }
    }

    /// The sentence holding byte `at`, or its line when no sentence does.
    fn sentence(&self, at: usize) -> Range<usize> {
        let i = self.sentences.partition_point(|s| s.start <= at);
        if let Some(s) = i.checked_sub(1).map(|i| &self.sentences[i]) {
            if at < s.end {
                return s.clone();
            }
        }
        self.line_start(at)..self.line_end(at)
    }

    /// The start of the line holding byte `at`, looked for at most [`REACH`] back.
    fn line_start(&self, at: usize) -> usize {
        let mut from = at.saturating_sub(REACH);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        self.text[from..at]
            .rfind('\n')
            .map_or(from, |i| from + i + 1)
    }

    /// The end of the line holding byte `at`, looked for at most [`REACH`] ahead.
    fn line_end(&self, at: usize) -> usize {
        let mut to = (at + REACH).min(self.text.len());
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        self.text[at..to].find('\n').map_or(to, |i| at + i)
    }

    /// `start`, or when it lies more than [`CREDIT_REACH`] bytes before `end`, the start of
    /// the first atom within that reach (`end` when there is none).
    fn reach_back(&self, start: usize, end: usize) -> usize {
        if end - start <= CREDIT_REACH {
            return start;
        }
        let inside = self.atoms.within(&(end - CREDIT_REACH..end));
        match inside.is_empty() {
            true => end,
            false => self.atoms.atoms()[inside.start].start(),
        }
    }

    /// `end`, or when it lies more than [`CREDIT_REACH`] bytes after `start`, the end of the
    /// last atom within that reach (`start` when there is none).
    fn reach_forward(&self, start: usize, end: usize) -> usize {
        if end - start <= CREDIT_REACH {
            return end;
        }
        let inside = self.atoms.within(&(start..start + CREDIT_REACH));
        match inside.is_empty() {
            true => start,
            false => self.atoms.atoms()[inside.end - 1].end(),
        }
    }

    /// The frame of quote `i`.
    pub fn frame(&self, i: usize) -> Frame {
        let span = &self.spans[i];
        let previous_end = i.checked_sub(1).map_or(0, |j| self.spans[j].range.end);
        let start = self.sentence(span.range.start).start.max(previous_end);
        let next_start = self
            .spans
            .get(i + 1)
            .map_or(self.text.len(), |n| n.range.start);
        let end = self.sentence(span.content.end).end.min(next_start);
        Frame {
            before: start.min(span.range.start)..span.range.start,
            after: span.range.end..end.max(span.range.end),
        }
    }

    fn tokens(&self, range: Range<usize>) -> Tokens<'_> {
        Tokens::new(self.atoms, range, &self.names)
    }

    /// Whether an attribution follows the quote at once ("..., she said").
    pub fn attribution_follows(&self, frame: &Frame) -> bool {
        from_after(&self.tokens(frame.after.clone()), MAX_AFTER).is_some()
    }

    /// The speaker of quote `i` and the outlet it came through, when the text around it
    /// says (steps 1 to 4). `done` holds the quotes before it.
    pub fn attribute(&self, i: usize, frame: &Frame, done: &[Quote]) -> Option<Source> {
        let a = self
            .in_sentence(frame)
            .or_else(|| self.next_sentence(i, frame))
            .or_else(|| self.colon_before(i, frame))
            .or_else(|| self.dash_below(i, frame))?;
        Some(Source {
            inscribed: a.who == Who::Inscription,
            speaker: self.resolve(a.who, done),
            via: a.via,
        })
    }

    /// The speaker of quote `i` when the text around it does not say (step 5). A whole
    /// quote takes the last speaker only when it opens its sentence: after the
    /// reporter's own words ("Related: '...'"), it is no one's.
    pub fn fallback(
        &self,
        i: usize,
        frame: &Frame,
        partial: bool,
        done: &[Quote],
    ) -> Option<Speaker> {
        let span = &self.spans[i];
        if partial {
            let sentence = self.sentence(span.range.start);
            done.last()
                .filter(|q| q.range.start >= sentence.start)
                .and_then(|q| q.speaker.clone())
        } else if self.text[frame.before.clone()].trim().is_empty() {
            self.last_speaker(span, done)
                .or_else(|| self.opening_lede(i, span))
        } else {
            None
        }
    }

    fn in_sentence(&self, frame: &Frame) -> Option<Attribution> {
        let before = self.tokens(frame.before.clone());
        let after = self.tokens(frame.after.clone());
        let b = last_verb(&before).or_else(|| colon(self.text, &before, frame.before.clone()));
        let a = from_after(&after, MAX_AFTER)
            .or_else(|| Some((dash(self.text, &after, frame.after.clone())?, 0)));
        let mut chosen = match (b, a) {
            (Some(b), Some((a, v))) => {
                let introduced = self.text[frame.before.clone()].trim_end().ends_with(':');
                if introduced || v > VERB_AFTER_WORDS {
                    b
                } else {
                    a
                }
            }
            (b, a) => b.or(a.map(|(a, _)| a))?,
        };
        // "Lobo said, according to Reuters": an outlet beside the speaker passed it on; "The
        // Post reported that ..., quoting a source who said ...": the source's words came
        // through the Post.
        let outlet = |s: &Speaker| s.kind == SpeakerKind::Outlet;
        if chosen.via.is_none() && !matches!(&chosen.who, Who::Known(s) if outlet(s)) {
            let opening = self
                .sentence(frame.before.end)
                .start
                .min(frame.before.start);
            let sentence =
                self.tokens(self.reach_back(opening, frame.before.end)..frame.before.end);
            let speaker = match &chosen.who {
                Who::Known(s) => Some(s.range.clone()),
                _ => None,
            };
            chosen.via = [&sentence, &after]
                .into_iter()
                .flat_map(|t| {
                    (0..t.len())
                        .filter(|&v| !self.in_quote(&t.range(v, v + 1)))
                        .filter_map(|v| verb_at(t, v))
                })
                .find_map(|a| match (a.who, a.via) {
                    (Who::Known(s), _) if outlet(&s) => Some(s.range),
                    (Who::Known(s), Some(via)) if speaker.as_ref() == Some(&s.range) => Some(via),
                    _ => None,
                })
                .or_else(|| {
                    // "told the Desert Ledger", "in an interview with Radio Eko".
                    [&sentence, &after]
                        .into_iter()
                        .find_map(|t| self.credit_in(t))
                })
                .or_else(|| {
                    // "Speaking to Radio Eko, Lobo ... "...," she said in the same
                    // interview": the outlet the sentences before credited.
                    [&sentence, &after]
                        .into_iter()
                        .any(|t| self.refers_to_interview(t))
                        .then(|| self.recent_sentences(opening, false, |_, t| self.credit_in(t)))
                        .flatten()
                });
        }
        Some(chosen)
    }

    /// "Why now?" Lobo asked. The sentence splitter ends a sentence after "?" or "!", so
    /// a short attribution may open the next one.
    fn next_sentence(&self, i: usize, frame: &Frame) -> Option<Attribution> {
        let span = &self.spans[i];
        let content = self.text[span.content.clone()]
            .trim_end_matches(|c: char| c.is_whitespace() || "'‘\"”".contains(c));
        if !self.text[frame.after.clone()].trim().is_empty() || !content.ends_with(['?', '!']) {
            return None;
        }
        let next = &self.sentences[self.sentences.partition_point(|s| s.start < span.range.end)..]
            .first()?;
        let end = next
            .end
            .min(self.spans.get(i + 1).map_or(next.end, |n| n.range.start));
        if end <= next.start || self.text[span.range.end..next.start].contains('\n') {
            return None;
        }
        from_after(&self.tokens(next.start..end), 4).map(|(a, _)| a)
    }

    /// A quote that opens its sentence, after a sentence that ends with a colon.
    fn colon_before(&self, i: usize, frame: &Frame) -> Option<Attribution> {
        let span = &self.spans[i];
        if !self.text[frame.before.clone()].trim().is_empty() {
            return None;
        }
        let n = self
            .sentences
            .partition_point(|s| s.end <= span.range.start);
        let previous = self.sentences.get(n.checked_sub(1)?)?;
        if !self.text[previous.end..span.range.start].trim().is_empty()
            || !self.text[previous.clone()].trim_end().ends_with(':')
        {
            return None;
        }
        let earlier_quote = i.checked_sub(1).map_or(0, |j| self.spans[j].range.end);
        let range = previous.start.max(earlier_quote).min(previous.end)..previous.end;
        let t = self.tokens(range.clone());
        last_verb(&t).or_else(|| colon(self.text, &t, range))
    }

    /// A line below the quote that opens with a dash: "- Commissioner Ines Varga".
    fn dash_below(&self, i: usize, frame: &Frame) -> Option<Attribution> {
        let span = &self.spans[i];
        let rest = self.text[span.range.end..].trim_start_matches([' ', '\t']);
        if !self.text[frame.after.clone()].trim().is_empty() || !rest.starts_with('\n') {
            return None;
        }
        let start = self.text.len() - rest.trim_start().len();
        let end = self.line_end(start);
        if self.spans.get(i + 1).is_some_and(|n| n.range.start < end) {
            return None;
        }
        dash(self.text, &self.tokens(start..end), start..end)
    }

    /// The speaker `who` stands for.
    fn resolve(&self, who: Who, done: &[Quote]) -> Option<Speaker> {
        match who {
            Who::Known(s) => Some(self.titled_by_initials(&s).unwrap_or(s)),
            Who::Title {
                title,
                range,
                definite,
            } => Some(if definite {
                self.described(range, None, Some(title))
            } else {
                Speaker {
                    range,
                    kind: SpeakerKind::Anonymous,
                }
            }),
            Who::Described { range, head } => Some(self.described(range, Some(head), None)),
            Who::Pronoun(pronoun, at) => self.pronoun(pronoun, at, done),
            Who::Inscription => None,
            Who::Document { range, head } => Some(
                self.issued(&self.text[head].to_lowercase(), range.start)
                    .unwrap_or(Speaker {
                        range,
                        kind: SpeakerKind::Institutional,
                    }),
            ),
        }
    }

    /// For the first quote of the text standing as a paragraph of its own ("“It sounded
    /// like a train.”" and then "That is how Wanjiru Kamau remembers the night ..."), the
    /// first person named in the paragraph after it.
    fn opening_lede(&self, i: usize, span: &Span) -> Option<Speaker> {
        let alone = self.text[..span.range.start].trim().is_empty()
            && self.text[span.range.end..]
                .trim_start_matches([' ', '\t'])
                .starts_with('\n');
        if i > 0 || !alone {
            return None;
        }
        let start = span.range.end + self.text[span.range.end..].len()
            - self.text[span.range.end..].trim_start().len();
        let end = self.line_end(start);
        self.names
            .before(end)
            .take(MAX_LOOKBACK)
            .take_while(|m| m.range.start >= start)
            .filter(|m| !self.in_quote(&m.range) && self.names.is_person(m))
            .last()
            .and_then(|m| self.names.speaker(m).cloned())
    }

    /// The outlet named last before `at`, outside quotes.
    /// The outlet the words `t` credit with what is quoted, outside quotes: "told the
    /// Desert Ledger", "in an interview with Radio Eko", "told the paper" (one named before).
    fn credit_in(&self, t: &Tokens) -> Option<Range<usize>> {
        (0..t.len())
            .filter(|&k| !self.in_quote(&t.range(k, k + 1)))
            .find_map(|k| match credit_at(t, k)? {
                Credit::Outlet(range) => Some(range),
                Credit::Earlier => self.outlet_before(t.start(k)),
            })
    }

    /// Whether the words `t` refer, outside quotes, to an interview already mentioned: "the
    /// interview", "the same interview", "that conversation".
    fn refers_to_interview(&self, t: &Tokens) -> bool {
        let definite = |k: usize| matches!(t.lower(k), "the" | "that");
        (1..t.len()).any(|k| {
            InterviewNouns.contains(t.lower(k))
                && !self.in_quote(&t.range(k, k + 1))
                && (definite(k - 1) || (k >= 2 && t.lower(k - 1) == "same" && definite(k - 2)))
        })
    }

    fn outlet_before(&self, at: usize) -> Option<Range<usize>> {
        self.names
            .before(at)
            .take(MAX_LOOKBACK)
            .filter(|m| !self.in_quote(&m.range))
            .filter_map(|m| self.names.speaker(m))
            .find(|s| s.kind == SpeakerKind::Outlet)
            .map(|s| s.range.clone())
    }

    /// The person last named or quoted in the paragraph of `span` or the one before.
    fn last_speaker(&self, span: &Span, done: &[Quote]) -> Option<Speaker> {
        let line = self.line_start(span.range.start);
        let mut from = line.saturating_sub(REACH);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        // The text above, without the blank lines just above: its last line is the
        // previous paragraph.
        let above = self.text[from..line].trim_end();
        let floor = if above.is_empty() {
            line
        } else {
            self.line_start(from + above.len())
        };
        let quoted = done
            .iter()
            .rev()
            .take_while(|q| q.range.start >= floor)
            .find(|q| q.speaker.is_some())
            .and_then(|q| {
                let at = self.sentence(q.content.end).end.min(span.range.start);
                q.speaker.clone().map(|s| (at, s))
            });
        nearest(
            quoted,
            self.person_before(span.range.start, floor, &|_| true, false),
        )
        .map(|(_, s)| s)
    }
}

/// Whether `range` overlaps one of `spans` (in order, apart).
fn overlaps(spans: &[Span], range: &Range<usize>) -> bool {
    let i = spans.partition_point(|s| s.range.end <= range.start);
    spans.get(i).is_some_and(|s| s.range.start < range.end)
}

/// Of two speakers found at positions, the later; the first on a tie.
fn nearest(a: Option<(usize, Speaker)>, b: Option<(usize, Speaker)>) -> Option<(usize, Speaker)> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
        (a, b) => a.or(b),
    }
}
