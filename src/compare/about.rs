//! What a number in a sentence is about: the words around it (its context, and a wider
//! frame of stems for sentences that do not match) and the time it is told of. Two
//! numbers join one fact only through what is said of them: never because each article
//! counts that thing once, and never a number told of an earlier year against one of this
//! event.

use super::maps::HashMap;
use super::sentences::Sentence;
use super::sides::{End, Fact, Judged};
use super::Ctx;
use crate::document::Mention;
use crate::extract::{DateValue, Value};
use crate::sorting;

/// Words either side of a quantity or date that count as its context.
const CONTEXT: usize = 3;
/// Words either side of a quantity that say what it is about, when the quantities stand
/// in sentences that do not match: the verb and its objects, a clause or so ("rescuers
/// had brought 22 miners to the surface").
const FRAME: usize = 6;
/// Letters two words must share from their start to be one word in two forms ("rescuers"
/// and "rescue", "employs" and "employed").
const STEM: usize = 5;

/// The words of sentence `s` that mention `m` covers, as the range `first..last` of word
/// positions (empty at its place when it covers none).
pub(super) fn words_of(s: &Sentence, m: &Mention) -> (usize, usize) {
    words_in(s, &m.range)
}

/// The words of sentence `s` that byte range `range` covers (see [`words_of`]).
pub(super) fn words_in(s: &Sentence, range: &std::ops::Range<usize>) -> (usize, usize) {
    // Words are in text order and apart: both ends are found by binary search.
    let first = s.spans.partition_point(|r| r.end <= range.start);
    let last = match s.spans.partition_point(|r| r.start < range.end) {
        0 => first,
        i => i,
    };
    (first, last)
}

/// The content words within [`CONTEXT`] words of a mention in its sentence.
pub(super) fn context<'s>(s: &'s Sentence, m: &Mention) -> Vec<&'s str> {
    context_until(s, m, |_| false)
}

/// The content words of [`context`], read either way only up to a word that opens a
/// clause about another event ("talks set for Friday after north gate arrests": "north"
/// and "gate" are the arrests', not Friday's).
pub(super) fn clause_context<'s>(s: &'s Sentence, m: &Mention) -> Vec<&'s str> {
    context_until(s, m, |i| s.opens_clause(i))
}

/// The content words within [`CONTEXT`] words of a mention, read outward from it either
/// way and stopping at a word (by position) for which `stop` holds.
fn context_until<'s>(s: &'s Sentence, m: &Mention, stop: impl Fn(usize) -> bool) -> Vec<&'s str> {
    let (first, last) = words_of(s, m);
    let open = |i: &usize| !stop(*i);
    let before = (first.saturating_sub(CONTEXT)..first)
        .rev()
        .take_while(open);
    let after = (last..(last + CONTEXT).min(s.words.len())).take_while(open);
    before
        .chain(after)
        .filter(|&i| s.is_content(i))
        .map(|i| s.words[i].as_str())
        .collect()
}

/// Whether mention `a` of sentence `sa` and `b` of `sb` have a content word beside them
/// in common, and are not said of two different things (see [`held_by`]).
pub(super) fn share_context(sa: &Sentence, a: &Mention, sb: &Sentence, b: &Mention) -> bool {
    shared_context(sa, a, sb, b) > 0 && !held_apart(sa, a, sb, b)
}

/// What a number is told of when a relative clause about a thing says so: the noun before
/// "which" or "that" and the verb right before the number ("the plant, which employs 820
/// people" -> ("plant", "employs")). People are left out: "the man who waited" and "the
/// grandfather who spent" may be one person.
fn held_by<'s>(s: &'s Sentence, m: &Mention) -> Option<(&'s str, &'s str)> {
    let (first, _) = words_of(s, m);
    let before = |k: usize| first.checked_sub(k).map(|i| s.words[i].as_str());
    let (verb, relative, noun) = (before(1)?, before(2)?, before(3)?);
    (s.is_content(first - 1)
        && !s.is_reporting(first - 1)
        && matches!(relative, "which" | "that")
        && s.is_content(first - 3))
    .then_some((noun, verb))
}

/// Whether two numbers are told of two different things by relative clauses with one verb
/// ("the group, which employs about 9,600 people" / "the plant, which employs 820").
pub(super) fn held_apart(sa: &Sentence, a: &Mention, sb: &Sentence, b: &Mention) -> bool {
    matches!(
        (held_by(sa, a), held_by(sb, b)),
        (Some((x, v)), Some((y, w))) if x != y && v == w
    )
}

/// How many content words beside mention `a` of sentence `sa` also stand beside `b` of
/// `sb`.
pub(super) fn shared_context(sa: &Sentence, a: &Mention, sb: &Sentence, b: &Mention) -> usize {
    in_common(&context(sa, a), &context(sb, b))
}

/// How many content words of [`clause_context`] beside `a` of `sa` also stand there beside
/// `b` of `sb`.
pub(super) fn shared_in_clause(sa: &Sentence, a: &Mention, sb: &Sentence, b: &Mention) -> usize {
    in_common(&clause_context(sa, a), &clause_context(sb, b))
}

/// How many distinct stems of [`frame`] beside `a` of `sa` also stand beside `b` of `sb`.
pub(super) fn shared_in_frame(sa: &Sentence, a: &Mention, sb: &Sentence, b: &Mention) -> usize {
    let mut ours = frame(sa, a);
    sorting::sort(&mut ours);
    ours.dedup();
    in_common(&ours, &frame(sb, b))
}

/// How many words of `ours` `theirs` also holds.
fn in_common(ours: &[&str], theirs: &[&str]) -> usize {
    ours.iter().filter(|w| theirs.contains(w)).count()
}

/// The stems of the content words within [`FRAME`] words of a mention in its sentence,
/// reporting verbs left out ("said" is said of everything).
fn frame<'s>(s: &'s Sentence, m: &Mention) -> Vec<&'s str> {
    framed(s, m, FRAME)
        .into_iter()
        .map(|(_, stem, _)| stem)
        .collect()
}

/// The words of [`frame`] within `reach` words of the mention, each with its position
/// and its stem: (position, stem, word).
pub(super) fn framed<'s>(
    s: &'s Sentence,
    m: &Mention,
    reach: usize,
) -> Vec<(usize, &'s str, &'s str)> {
    let (first, last) = words_of(s, m);
    let (from, to) = (
        first.saturating_sub(reach),
        (last + reach).min(s.words.len()),
    );
    (from..to)
        .filter(|&i| (i < first || i >= last) && s.is_content(i))
        .filter(|&i| !s.is_reporting(i))
        .map(|i| {
            let w = s.words[i].as_str();
            (i, stem(w), w)
        })
        .collect()
}

/// The first [`STEM`] letters of a word: one word in two forms ("rescuers" and "rescue").
pub(super) fn stem(w: &str) -> &str {
    w.char_indices().nth(STEM).map_or(w, |(end, _)| &w[..end])
}

/// The story sentence of article `a` that holds `m`, if any.
pub(super) fn sentence_of<'c>(ctx: &'c Ctx, a: usize, m: &Mention) -> Option<&'c Sentence> {
    ctx.sentence_at(a, m.range.start)
        .map(|i| &ctx.stories[a][i])
}

/// Whether the quantity at `range` in article `a` is told of an earlier time: a bare
/// year before the one the article's dates are read against stands near it in its clause
/// ("won his first term in 2019 by more than 6,000 votes", "the 1998 fire killed 14"), or
/// opens its sentence ("In 2009, a blast at a nearby mine killed 12 miners"), or opens a
/// "when" clause the quantity is in ("since 2011, when 19 people died").
/// A full date is the event's own timeline more often than not ("in force since 1
/// February 2023"), a year in another clause is about something else ("15 km outside
/// Bamako, where a mutiny in 2012 ..."), and "last year" mostly describes the scene.
fn earlier(ctx: &Ctx, a: usize, range: &std::ops::Range<usize>) -> bool {
    let doc = &ctx.docs[a];
    let Some(anchor) = doc.anchor else {
        return false;
    };
    // Sentences and mentions are in text order: find both by binary search.
    let i = doc.sentences.partition_point(|s| s.end <= range.start);
    let Some(s) = doc
        .sentences
        .get(i)
        .filter(|s| s.start <= range.start && range.end <= s.end)
    else {
        return false;
    };
    let text = doc.text();
    let from = doc.mentions.partition_point(|m| m.range.start < s.start);
    let to = doc.mentions.partition_point(|m| m.range.start < s.end);
    doc.mentions[from..to]
        .iter()
        .filter(|m| m.range.end <= s.end)
        .any(|m| {
            let year = match &m.value {
                Some(Value::Date(DateValue::Year(y))) => *y,
                _ => return false,
            };
            let between = if m.range.end <= range.start {
                &text[m.range.end..range.start]
            } else if range.end <= m.range.start {
                &text[range.end..m.range.start]
            } else {
                return false;
            };
            // A year that opens the sentence ("In 2009, a blast at a nearby mine killed
            // 12") sets the time of all of it, up to a break between clauses.
            let opens = m.range.end <= range.start
                && text[s.start..m.range.start].split_whitespace().count() <= 1
                && !between.contains([';', '\u{2014}']);
            let near = !between.contains([',', ';', ':', '(', ')', '\u{2014}'])
                && between.split_whitespace().count() <= FRAME;
            // A clause on the year opened by "when" tells of that year ("the worst crash
            // since 2011, when 19 people died").
            let when = m.range.end <= range.start
                && between
                    .trim_start_matches([',', ' '])
                    .strip_prefix("when ")
                    .is_some_and(|rest| {
                        !rest.contains([',', ';', ':', '(', ')', '\u{2014}'])
                            && rest.split_whitespace().count() <= FRAME
                    });
            year < anchor.date.year
                && text[m.range.clone()].bytes().any(|b| b.is_ascii_digit())
                && (opens || near || when)
        })
}

/// Which values are told of an earlier time (see [`earlier`]), each read once: a value is
/// judged against many others.
#[derive(Default)]
pub struct Times(HashMap<(usize, usize, usize), bool>);

impl Times {
    /// Whether two judged values are told of one time: not a quantity told of an earlier
    /// year against one that is not.
    pub fn same_time(&mut self, ctx: &Ctx, j: &Judged) -> bool {
        j.fact != Fact::Quantity || self.earlier(ctx, &j.ends[0]) == self.earlier(ctx, &j.ends[1])
    }

    /// [`earlier`] for one end, read once.
    fn earlier(&mut self, ctx: &Ctx, e: &End) -> bool {
        *self
            .0
            .entry((e.article, e.range.start, e.range.end))
            .or_insert_with(|| earlier(ctx, e.article, &e.range))
    }
}

/// Whether two quantities that each article counts once are about one fact: the words
/// around them share a stem (a verb or noun of the fact).
pub(super) fn one_fact(ctx: &Ctx, (x, mx): (usize, &Mention), (y, my): (usize, &Mention)) -> bool {
    let (Some(sx), Some(sy)) = (sentence_of(ctx, x, mx), sentence_of(ctx, y, my)) else {
        return false;
    };
    shared_in_frame(sx, mx, sy, my) > 0 && !held_apart(sx, mx, sy, my)
}
