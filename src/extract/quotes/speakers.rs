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
//!    or the previous paragraph; for a partial quote, the speaker of an earlier quote in
//!    the same sentence.
//!
//! "he"/"she" stand for the nearest person named before them (outside quotes), "they"
//! and "it" for that or the last speaker, "it" only for institutions. A bare title ("the
//! governor") is the person named with that title earlier, else an anonymous source.

use super::lexicon::ABBREVIATIONS;
use super::marks::Span;
use super::nouns;
use super::patterns::{colon, dash, from_after, last_verb, verb_at, Attribution};
use super::phrase::{is_person, mention_speaker, Who};
use super::tokens::{Names, Tokens};
use super::{Quote, Speaker, SpeakerKind};
use crate::extract::Found;
use crate::report::Kind;
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

/// An article's text, sentences, names and quote spans, for attributing the quotes.
pub struct Context<'a> {
    text: &'a str,
    sentences: Vec<Range<usize>>,
    names: Names<'a>,
    spans: &'a [Span],
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
    /// ignored.
    pub fn new(
        text: &'a str,
        sentences: &[Range<usize>],
        names: &'a [Found],
        spans: &'a [Span],
    ) -> Self {
        let mut sentences: Vec<Range<usize>> = sentences
            .iter()
            .filter(|r| r.start < r.end && text.get((*r).clone()).is_some())
            .cloned()
            .collect();
        sentences.sort_by_key(|r| r.start);
        sentences.dedup_by(|later, kept| later.start < kept.end);
        Self {
            text,
            sentences,
            names: Names::new(text, names),
            spans,
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

    fn tokens(&self, range: Range<usize>) -> Tokens<'a> {
        Tokens::new(self.text, range, &self.names)
    }

    /// Whether an attribution follows the quote at once ("..., she said").
    pub fn attribution_follows(&self, frame: &Frame) -> bool {
        from_after(&self.tokens(frame.after.clone()), MAX_AFTER).is_some()
    }

    /// The speaker of quote `i` and the outlet it came through, when the text around it
    /// says (steps 1 to 4). `done` holds the quotes before it.
    pub fn attribute(
        &self,
        i: usize,
        frame: &Frame,
        done: &[Quote],
    ) -> Option<(Option<Speaker>, Option<Range<usize>>)> {
        let a = self
            .in_sentence(frame)
            .or_else(|| self.next_sentence(i, frame))
            .or_else(|| self.colon_before(i, frame))
            .or_else(|| self.dash_below(i, frame))?;
        Some((self.resolve(a.who, done), a.via))
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
                if introduced || v > 8 {
                    b
                } else {
                    a
                }
            }
            (b, a) => b.or(a.map(|(a, _)| a))?,
        };
        // "Lobo said, according to Reuters": an outlet beside the speaker passed it on.
        let outlet = |s: &Speaker| s.kind == SpeakerKind::Outlet;
        if chosen.via.is_none() && !matches!(&chosen.who, Who::Known(s) if outlet(s)) {
            chosen.via = [&before, &after]
                .into_iter()
                .flat_map(|t| (0..t.len()).filter_map(|v| verb_at(t, v)))
                .find_map(|a| match a.who {
                    Who::Known(s) if outlet(&s) => Some(s.range),
                    _ => None,
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
            Who::Known(s) => Some(s),
            Who::Title {
                title,
                range,
                definite,
            } => definite
                .then(|| self.titled(title, range.start))
                .flatten()
                .or(Some(Speaker {
                    range,
                    kind: SpeakerKind::Anonymous,
                })),
            Who::Pronoun(pronoun, at) => {
                let fits = |s: &Speaker| match pronoun {
                    "he" | "she" => {
                        s.kind == SpeakerKind::Named
                            || (s.kind == SpeakerKind::Anonymous && self.singular(s))
                    }
                    "they" => true,
                    _ => matches!(s.kind, SpeakerKind::Institutional | SpeakerKind::Outlet),
                };
                if !matches!(pronoun, "he" | "she" | "they" | "it") {
                    return None;
                }
                let named = if pronoun == "it" {
                    self.institution_before(at)
                } else {
                    self.person_before(at, 0)
                };
                let reported = self.reporter_before(at, done).filter(|(_, s)| fits(s));
                let earlier = done
                    .iter()
                    .rev()
                    .take(MAX_LOOKBACK)
                    .filter(|q| q.range.start < at)
                    .find_map(|q| {
                        q.speaker
                            .clone()
                            .filter(|s| fits(s))
                            .map(|s| (q.range.start, s))
                    });
                let found = nearest(named, reported);
                if matches!(pronoun, "he" | "she") {
                    found.or(earlier)
                } else {
                    nearest(found, earlier)
                }
                .map(|(_, s)| s)
            }
        }
    }

    /// Whether an anonymous speaker is one person ("spokesman", not "witnesses").
    fn singular(&self, s: &Speaker) -> bool {
        let text = self.text[s.range.clone()].to_lowercase();
        let last = text.rsplit(' ').next().unwrap_or("");
        !last.ends_with('s') || nouns::PERSON_NOUNS.contains(&last) || nouns::TITLES.contains(&last)
    }

    /// The subject of the last reporting verb before `at` in its sentence or the two
    /// before, outside quotes: "A spokesman said engineers were at work." makes the
    /// spokesman the "he" of the next quote.
    fn reporter_before(&self, at: usize, done: &[Quote]) -> Option<(usize, Speaker)> {
        let n = self.sentences.partition_point(|s| s.start < at);
        for sentence in self.sentences[n.saturating_sub(3)..n].iter().rev() {
            let end = sentence.end.min(at);
            let mut start = sentence.start.max(end.saturating_sub(NEAR));
            while !self.text.is_char_boundary(start) {
                start += 1;
            }
            if end <= start {
                continue;
            }
            let t = self.tokens(start..end);
            let mut found = (0..t.len())
                .rev()
                .take(NEAR_WORDS)
                .filter(|&v| !self.in_quote(&t.range(v, v + 1)))
                .filter_map(|v| Some((v, verb_at(&t, v)?)))
                .take(NEAR_VERBS);
            if let Some((v, a)) = found.find(|(_, a)| !matches!(a.who, Who::Pronoun(..))) {
                return self.resolve(a.who, done).map(|s| (t.start(v), s));
            }
        }
        None
    }

    /// Whether `range` lies inside a quote.
    fn in_quote(&self, range: &Range<usize>) -> bool {
        let i = self.spans.partition_point(|s| s.range.end <= range.start);
        self.spans.get(i).is_some_and(|s| s.range.start < range.end)
    }

    /// The nearest person named before `at` and from `floor` on, outside quotes.
    fn person_before(&self, at: usize, floor: usize) -> Option<(usize, Speaker)> {
        self.names
            .before(at)
            .take(MAX_LOOKBACK)
            .take_while(|m| m.range.start >= floor)
            .find(|m| !self.in_quote(&m.range) && is_person(self.text, m))
            .map(|m| {
                (
                    m.range.start,
                    Speaker {
                        range: m.range.clone(),
                        kind: SpeakerKind::Named,
                    },
                )
            })
    }

    /// The nearest organisation named before `at`, outside quotes.
    fn institution_before(&self, at: usize) -> Option<(usize, Speaker)> {
        self.names
            .before(at)
            .take(MAX_LOOKBACK)
            .find(|m| m.kind == Kind::Organisation && !self.in_quote(&m.range))
            .map(|m| (m.range.start, mention_speaker(self.text, m)))
    }

    /// The person named with `title` nearest before `at`: "Governor Ana Lobo", "the
    /// governor, Ana Lobo", "Ana Lobo, the regional governor".
    fn titled(&self, title: &str, at: usize) -> Option<Speaker> {
        self.names
            .before(at)
            .take(MAX_LOOKBACK)
            .find(|m| {
                !self.in_quote(&m.range) && is_person(self.text, m) && self.has_title(m, title)
            })
            .map(|m| Speaker {
                range: m.range.clone(),
                kind: SpeakerKind::Named,
            })
    }

    fn has_title(&self, m: &Found, title: &str) -> bool {
        let is = |word: &str| nouns::title(word) == Some(title);
        let text = self.text;
        if text[m.range.clone()]
            .split(' ')
            .any(|w| is(&w.to_lowercase()))
        {
            return true;
        }
        let mut from = m.range.start.saturating_sub(60);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let from = text[from..m.range.start]
            .rfind('\n')
            .map_or(from, |i| from + i + 1);
        let t = self.tokens(from..m.range.start);
        let n = t.len();
        for k in (n.saturating_sub(3)..n).rev() {
            let end = t.range(k, k + 1).end;
            let gap = &text[end..if k + 1 < n {
                t.start(k + 1)
            } else {
                m.range.start
            }];
            let stop = gap.contains(['.', '!', '?', ';', ':', '(', ')'])
                && !(gap.trim() == "." && ABBREVIATIONS.contains(&t.lower(k)));
            if stop {
                break;
            }
            if is(t.lower(k)) {
                return true;
            }
        }
        let Some(rest) = text[m.range.end..].strip_prefix(',') else {
            return false;
        };
        let mut len = rest.len().min(80);
        while !rest.is_char_boundary(len) {
            len -= 1;
        }
        let len = rest[..len]
            .find([',', '.', ';', ':', '\n', '('])
            .unwrap_or(len);
        let t = self.tokens(m.range.end + 1..m.range.end + 1 + len);
        (0..t.len().min(6)).any(|k| is(t.lower(k)))
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
        nearest(quoted, self.person_before(span.range.start, floor)).map(|(_, s)| s)
    }
}

/// Of two speakers found at positions, the later; the first on a tie.
fn nearest(a: Option<(usize, Speaker)>, b: Option<(usize, Speaker)>) -> Option<(usize, Speaker)> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
        (a, b) => a.or(b),
    }
}
