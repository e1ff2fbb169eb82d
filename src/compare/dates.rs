//! Dates about the same event across articles. Matching sentences put their dates side by
//! side: a lone date each, else dates sharing words beside them, then the rest in order;
//! related sentences only a lone date each with a word beside it in common, in its clause
//! ("talks set for Friday after north gate arrests": the gate is the arrests'). Days and
//! months are compared; a month against a day in it says nothing either way.

use super::about::{clause_context, context, shared_in_clause, shared_in_frame};
use super::sentences::Sentence;
use super::sides::{same_case_aside, End, Fact, Judged};
use super::Ctx;
use crate::document::Mention;
use crate::extract::{DateValue, Value};
use crate::sorting;

/// The story dates of article `a` in its story sentence at position `pos`.
fn dates_in<'c>(ctx: &'c Ctx, a: usize, pos: usize) -> impl Iterator<Item = &'c Mention> {
    ctx.dates[a][pos]
        .iter()
        .map(move |&i| &ctx.docs[a].mentions[i])
}

/// Judges the dates of the story sentences at `(article, position)` `x` and `y` (why they
/// are compared: `reason`): in matching sentences, every pair [`pair_dates`] makes; in
/// related ones (`strict`), only pairs with words beside both in common, or the same day.
pub fn judge<'c>(
    ctx: &'c Ctx,
    (x, px): (usize, usize),
    (y, py): (usize, usize),
    reason: &'static str,
    strict: bool,
) -> Vec<Judged<'c>> {
    let (dx, dy) = (dated_in(ctx, x, px), dated_in(ctx, y, py));
    if dx.is_empty() || dy.is_empty() {
        return Vec::new();
    }
    let (sx, sy) = (&ctx.stories[x][px], &ctx.stories[y][py]);
    pair_dates(sx, &dx, sy, &dy)
        .into_iter()
        .filter(|&((a, va), (b, vb))| {
            !strict || va == vb || one_act(ctx, (x, sx, &dx, a), (y, sy, &dy, b))
        })
        .filter_map(|(a, b)| judge_one(ctx, (x, a), (y, b), reason))
        .collect()
}

/// The days or months of article `a`'s story sentence at `pos`, with their values.
pub(super) fn dated_in<'c>(ctx: &'c Ctx, a: usize, pos: usize) -> Vec<Dated<'c>> {
    dates_in(ctx, a, pos)
        .filter_map(|d| match &d.value {
            Some(Value::Date(p @ (DateValue::Day(_) | DateValue::Month(..)))) => Some((d, *p)),
            _ => None,
        })
        .collect()
}

/// Judges date `a` of article `x` against `b` of `y`, said to be of one event (`reason`),
/// unless the two say nothing either way: a month against a day in it, or the same words
/// read against different dates of publication.
pub(super) fn judge_one<'c>(
    ctx: &'c Ctx,
    (x, (a, va)): (usize, Dated<'c>),
    (y, (b, vb)): (usize, Dated<'c>),
    reason: &'static str,
) -> Option<Judged<'c>> {
    let (doc_x, doc_y) = (&ctx.docs[x], &ctx.docs[y]);
    let same_words = same_case_aside(
        &doc_x.text()[a.range.clone()],
        &doc_y.text()[b.range.clone()],
    );
    // A month against a day in it ("in March", "on 3 March") says nothing either way.
    if month(va) == month(vb) && is_day(va) != is_day(vb) {
        return None;
    }
    // The same words resolved to different days are read against different dates of
    // publication, not a disagreement; so is one day of the year written without its
    // year in both ("October 13" / "13 October") that resolves to two years.
    if va != vb && (same_words || years_read_in(va, vb, doc_x.text(), a, doc_y.text(), b)) {
        return None;
    }
    let end = |article: usize, m: &'c Mention, value: DateValue| {
        let (text, value) = ctx.date_end(article, m, value);
        End {
            article,
            range: m.range.clone(),
            text,
            value,
        }
    };
    Some(Judged {
        fact: Fact::Date,
        ends: [end(x, a, va), end(y, b, vb)],
        agree: va == vb,
        always: false,
        reason,
        unit: "",
    })
}

/// A sentence of an article, its dates and one of them: (article, sentence, dates, date).
type DateIn<'s, 'c> = (usize, &'s Sentence, &'s [Dated<'c>], &'c Mention);

/// Whether two different days in related sentences speak of one act, by the words beside
/// them (an agreement is cheap to report wrongly; a conflict is not): for a lone date each
/// side, one word in its clause in common, or three stems of the clause a few words
/// further ("ordered the evacuation of 31 coastal villages on Monday" / "the evacuation of
/// 31 coastal villages was ordered on Sunday"); else two words in common, or one plain
/// word that no other date of either sentence shares ("the recall, announced on
/// Wednesday, ... up to June 24" / "announced the recall on Tuesday"). A plain word is in
/// lower case and letters: a name beside two dates ("Orval on Tuesday" / "Orval town hall
/// on Thursday") is the story's, not one act's, and a number is no word of it.
fn one_act(ctx: &Ctx, (x, sx, dx, a): DateIn, (y, sy, dy, b): DateIn) -> bool {
    let lone = dx.len() == 1 && dy.len() == 1;
    if shared_in_clause(sx, a, sy, b) >= if lone { 1 } else { 2 } {
        return true;
    }
    if lone {
        return shared_in_frame(sx, a, sy, b) >= FRAME_STEMS;
    }
    let (tx, ty) = (ctx.docs[x].text(), ctx.docs[y].text());
    let (px, py) = (plain_context(tx, sx, a), plain_context(ty, sy, b));
    let shares = |ours: &[&str], theirs: &[&str]| ours.iter().any(|w| theirs.contains(w));
    if !shares(&px, &py) {
        return false;
    }
    // Another date of either sentence that shares a plain word with this one's partner.
    let other_shares = |ds: &[Dated], m: &Mention, partner: &[&str], text: &str, s: &Sentence| {
        ds.iter()
            .any(|d| !std::ptr::eq(d.0, m) && shares(partner, &plain_context(text, s, d.0)))
    };
    !other_shares(dy, b, &px, ty, sy) && !other_shares(dx, a, &py, tx, sx)
}

/// The plain words (see [`plain_word`]) of [`clause_context`] beside `m` of `s`, in `text`.
fn plain_context<'s>(text: &str, s: &'s Sentence, m: &Mention) -> Vec<&'s str> {
    clause_context(s, m)
        .into_iter()
        .filter(|w| plain_word(text, s, w))
        .collect()
}

/// Stems of the clause two lone dates in related sentences must share past their
/// nearest words.
const FRAME_STEMS: usize = 3;

/// Whether days `va` and `vb` differ only in a year that neither `a` (in `text_a`) nor
/// `b` writes: the year came from what each was read against.
fn years_read_in(
    va: DateValue,
    vb: DateValue,
    text_a: &str,
    a: &Mention,
    text_b: &str,
    b: &Mention,
) -> bool {
    match (va, vb) {
        (DateValue::Day(x), DateValue::Day(y)) => {
            (x.month, x.day) == (y.month, y.day)
                && !writes_year(&text_a[a.range.clone()])
                && !writes_year(&text_b[b.range.clone()])
        }
        _ => false,
    }
}

/// Whether word `w` of sentence `s` (in `text`) is a plain word: letters, written in lower
/// case wherever it stands but first (not a name, not a number).
fn plain_word(text: &str, s: &Sentence, w: &str) -> bool {
    w.chars().all(char::is_alphabetic)
        && s.words
            .iter()
            .zip(&s.spans)
            .enumerate()
            .filter(|(_, (word, _))| word.as_str() == w)
            .all(|(i, (_, span))| i == 0 || !text[span.clone()].starts_with(char::is_uppercase))
}

/// Whether a date as written gives its year (four digits in a row: "16 June 2025").
pub(super) fn writes_year(written: &str) -> bool {
    written
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4)
}

/// A date mention with its value: a day or a month.
pub(super) type Dated<'c> = (&'c Mention, DateValue);

/// Which date of sentence `sx` speaks of the same event as which of `sy`. A lone date each
/// side is one pair. Else the same days pair first, then dates sharing the most content
/// words beside them
/// ("the commission on Monday" with "the commission on Tuesday"; "Sunday's run-off" with
/// "the run-off held on 19 November"), then the rest in order, days with days and months
/// with months.
fn pair_dates<'c>(
    sx: &Sentence,
    dx: &[Dated<'c>],
    sy: &Sentence,
    dy: &[Dated<'c>],
) -> Vec<(Dated<'c>, Dated<'c>)> {
    if dx.len() == 1 && dy.len() == 1 {
        return vec![(dx[0], dy[0])];
    }
    let cx: Vec<Vec<&str>> = dx.iter().map(|d| context(sx, d.0)).collect();
    let cy: Vec<Vec<&str>> = dy.iter().map(|d| context(sy, d.0)).collect();
    let mut scored: Vec<(usize, usize, usize)> = Vec::new();
    for (i, a) in cx.iter().enumerate() {
        for (j, b) in cy.iter().enumerate() {
            // The same day pairs first: "31 October" with "Tuesday, 31 October", not with
            // the slipped "Tuesday" beside it.
            let shared = if dx[i].1 == dy[j].1 {
                usize::MAX
            } else {
                a.iter().filter(|w| b.contains(w)).count()
            };
            if shared > 0 {
                scored.push((shared, i, j));
            }
        }
    }
    sorting::sort_by_key(&mut scored, |&(shared, i, j)| {
        (std::cmp::Reverse(shared), i, j)
    });
    let (mut used_x, mut used_y) = (vec![false; dx.len()], vec![false; dy.len()]);
    let mut out = Vec::new();
    for (_, i, j) in scored {
        if !used_x[i] && !used_y[j] {
            used_x[i] = true;
            used_y[j] = true;
            out.push((i, j));
        }
    }
    for days in [true, false] {
        let free = |ds: &[Dated], used: &[bool]| -> Vec<usize> {
            (0..ds.len())
                .filter(|&i| !used[i] && is_day(ds[i].1) == days)
                .collect()
        };
        out.extend(free(dx, &used_x).into_iter().zip(free(dy, &used_y)));
    }
    sorting::sort(&mut out);
    out.into_iter().map(|(i, j)| (dx[i], dy[j])).collect()
}

/// Whether a period is a day (else, here, a month).
fn is_day(p: DateValue) -> bool {
    matches!(p, DateValue::Day(_))
}

/// The year and month a day or a month falls in.
fn month(p: DateValue) -> Option<(i32, u32)> {
    match p {
        DateValue::Day(d) => Some((d.year, d.month)),
        DateValue::Month(y, m) => Some((y, m)),
        _ => None,
    }
}
