//! Amounts and days of one fact found by what is said of them, wherever they stand in
//! two articles. A value's frame is the content words of its clause (its verb, its
//! objects, where and by whom), each weighed by how rare it is in the two stories and how
//! near it stands; two values join one fact when they share enough frame and each is the
//! other's best match. "Four children remain in intensive care and nine children have
//! been discharged" meets "Seven children are in intensive care" with its four, not its
//! nine; "forced the trust to postpone 312 operations" meets "420 operations have been
//! postponed" beside "Some 40 operations went ahead".

use super::about::{held_apart, stem, words_in, words_of};
use super::dates::{dated_in, judge_one, Dated};
use super::facts::{judge, quantities_in, Quantity};
use super::maps::HashMap;
use super::sentences::Sentence;
use super::sides::Judged;
use super::Ctx;
use crate::document::Mention;
use crate::extract::Kind;
use crate::lexicon::WordList::{PartWords, TimeLeads, TimeSpans, TimeWords};
use crate::sorting;
use std::ops::Range;

/// Words either side of a value read for its frame.
const REACH: usize = 10;
/// Words either side of a value at which a frame word counts in full; past them it
/// counts half.
const NEAR: usize = 4;
/// Frame two values must share, in weighed words, to be one fact: in stories of thirty
/// sentences, a word in one sentence of each near both values (2.5), or two words in a
/// few sentences further off.
const ENOUGH: f64 = 2.0;
/// Values of the other story beyond which a stem near them is too common to find pairs
/// by: read for every value of this story, it would make the pairing cost the product of
/// the two stories' values. It still counts toward the score of a pair found by another
/// stem; a pair that shares only such stems is not paired.
const MAX_STEM_VALUES: usize = 256;

/// A word of a value's frame: its stem, 1 within [`NEAR`] words of the value (else one
/// half), and how many story sentences of its article hold the stem.
type Word<'c> = (&'c str, f64, usize);

/// One value (an amount or a date) with its sentence and frame.
struct Framed<'c, V> {
    sentence: usize,
    mention: &'c Mention,
    value: V,
    /// Each stem once, at its nearest.
    frame: Vec<Word<'c>>,
}

/// For each stem, how many story sentences of the article hold it, and the values (by
/// index) whose frames hold it, with its nearness there.
type Index<'c> = HashMap<&'c str, (usize, Vec<(usize, f64)>)>;

/// The values of one article with their frames, read once for every pair it is in.
pub struct Frames<'c> {
    quantities: Vec<Framed<'c, Quantity<'c>>>,
    dates: Vec<Framed<'c, Dated<'c>>>,
    /// Its story sentences.
    sentences: usize,
    /// Where the day of its lead starts: the one day of the first story sentence of
    /// [`LEAD_WORDS`] words or more (a headline is shorter), unless it is a day of
    /// speaking ("the fire service said on Friday" is not the day of the event).
    lead_day: Option<usize>,
    /// For each stem, the quantities (by index) and the dates whose frames hold it, with
    /// its nearness there.
    quantity_index: Index<'c>,
    date_index: Index<'c>,
}

/// The frames of every value of article `a`.
pub fn read<'c>(ctx: &'c Ctx, a: usize) -> Frames<'c> {
    let mut held: HashMap<&str, usize> = HashMap::default();
    for s in &ctx.stories[a] {
        let mut stems: Vec<&str> = (0..s.words.len())
            .filter(|&i| s.is_content(i))
            .map(|i| stem(&s.words[i]))
            .collect();
        sorting::sort(&mut stems);
        stems.dedup();
        for st in stems {
            *held.entry(st).or_default() += 1;
        }
    }
    let mut quantities = Vec::new();
    let mut dates = Vec::new();
    let text = ctx.docs[a].text();
    for pos in 0..ctx.stories[a].len() {
        let qs = quantities_in(ctx, a, pos);
        let story = &ctx.stories[a][pos];
        // Word positions of the sentence inside dates and amounts, read once for all its
        // values.
        let mut valued = vec![false; story.words.len()];
        for n in ctx.mentions_in(a, &story.range) {
            if matches!(n.kind, Kind::Date | Kind::Quantity) {
                let (f, l) = words_of(story, n);
                valued[f..l].iter_mut().for_each(|v| *v = true);
            }
        }
        // A part of another count ("including about 1,900 households") is no total.
        let part = |m: &Mention| {
            let (first, _) = words_of(story, m);
            first > 0 && PartWords.contains(&story.words[first - 1])
        };
        for &q in qs.iter().filter(|q| !part(q.0)) {
            // The words past another amount of the same thing are said of that one.
            let stops: Vec<&Mention> = qs
                .iter()
                .filter(|o| o.0.range != q.0.range && o.1.same_thing(q.1))
                .map(|o| o.0)
                .collect();
            quantities.push(Framed {
                sentence: pos,
                mention: q.0,
                value: q,
                frame: frame(ctx, a, pos, (&q.0.range, &valued), &stops, &held),
            });
        }
        let ds = dated_in(ctx, a, pos);
        for &d in &ds {
            // The words past another date are said of its day, unless the two are one day
            // written twice ("Tuesday, 5 June").
            let beside = |o: &Mention| {
                let gap = if o.range.end <= d.0.range.start {
                    &text[o.range.end..d.0.range.start]
                } else {
                    &text[d.0.range.end..o.range.start.max(d.0.range.end)]
                };
                gap.chars().all(|c| c == ',' || c.is_whitespace())
            };
            let (twice, stops): (Vec<&Mention>, Vec<&Mention>) = ds
                .iter()
                .filter(|o| o.0.range != d.0.range)
                .map(|o| o.0)
                .partition(|o| beside(o));
            // Such a day's frame is read from both its writings.
            let span = twice.iter().fold(d.0.range.clone(), |r, o| {
                r.start.min(o.range.start)..r.end.max(o.range.end)
            });
            dates.push(Framed {
                sentence: pos,
                mention: d.0,
                value: d,
                frame: frame(ctx, a, pos, (&span, &valued), &stops, &held),
            });
        }
    }
    fn index<'c, V>(values: &[Framed<'c, V>]) -> Index<'c> {
        let mut out: Index = HashMap::default();
        for (i, v) in values.iter().enumerate() {
            for &(st, near, held) in &v.frame {
                let e = out.entry(st).or_insert((held, Vec::new()));
                e.1.push((i, near));
            }
        }
        out
    }
    let lead_day = ctx.stories[a]
        .iter()
        .position(|s| s.words.len() >= LEAD_WORDS)
        .and_then(|lead| {
            let mut in_lead = dates.iter().filter(|d| d.sentence == lead);
            match (in_lead.next(), in_lead.next()) {
                (Some(d), None) if !spoken_on(&ctx.stories[a][lead], d.mention) => {
                    Some(d.mention.range.start)
                }
                _ => None,
            }
        });
    Frames {
        quantity_index: index(&quantities),
        date_index: index(&dates),
        quantities,
        dates,
        sentences: ctx.stories[a].len(),
        lead_day,
    }
}

/// Judgements for the amounts and the days of articles `x` and `y` (whose frames are
/// `fx` and `fy`) joined by their frames.
pub fn judged<'c>(
    ctx: &'c Ctx,
    (x, fx): (usize, &Frames<'c>),
    (y, fy): (usize, &Frames<'c>),
) -> Vec<Judged<'c>> {
    // How rare a stem is in the two stories: the log of how many sentences there are over
    // how many hold it. A word of a two-sentence story says little: the frames of short
    // stories join only on many words.
    let sentences = (fx.sentences + fy.sentences) as f64;
    let rarity = |held: usize| ((sentences + 1.0) / (held as f64 + 0.5)).ln();
    let quantities = paired(
        (&fx.quantities, &fy.quantities, &fy.quantity_index),
        |a, b| a.value.1.same_thing(b.value.1).then_some(0.0),
        &rarity,
        ENOUGH,
    )
    .into_iter()
    // Unless relative clauses tell them of two different things ("the group, which
    // employs 9,600" / "the plant, which employs 820").
    .filter(|&(a, b)| {
        !held_apart(
            &ctx.stories[x][a.sentence],
            a.mention,
            &ctx.stories[y][b.sentence],
            b.mention,
        )
    })
    .map(|(a, b)| {
        judge(
            ctx,
            (x, a.value),
            (y, b.value),
            "the same thing ({unit}) with the same words said of it",
            false,
        )
    });
    let dates = paired(
        (&fx.dates, &fy.dates, &fy.date_index),
        |a, b| {
            // One day written alike on both sides is the likelier partner of two with one
            // frame ("31 October" for "Tuesday, 31 October").
            let alike = if a.value.1 == b.value.1 { TIE } else { 0.0 };
            let leads = fx.lead_day == Some(a.mention.range.start)
                && fy.lead_day == Some(b.mention.range.start);
            Some(alike + if leads { LEAD_BONUS } else { 0.0 })
        },
        &rarity,
        DATE_ENOUGH,
    )
    .into_iter()
    .filter_map(|(a, b)| {
        judge_one(
            ctx,
            (x, a.value),
            (y, b.value),
            "sentences that say the same of them",
        )
    });
    quantities.chain(dates).collect()
}

/// Whether day `m` of sentence `s` tells when someone spoke: right after a reporting verb,
/// or after one and "on" ("said on Friday", "said Friday").
fn spoken_on(s: &Sentence, m: &Mention) -> bool {
    let (first, _) = words_of(s, m);
    let before = match first.checked_sub(1) {
        Some(i) if s.words[i] == "on" => i.checked_sub(1),
        other => other,
    };
    before.is_some_and(|i| s.is_reporting(i))
}

/// Words a story sentence must have to be an article's lead, not its headline.
const LEAD_WORDS: usize = 12;

/// Frame the days of the leads of two articles need not share (see [`Frames::lead_day`]:
/// its one day, and no day of speaking; "Velkaro, where a fire on Thursday evening claimed
/// six lives" beside "on Friday ordered an inspection" gives two acts' days): a lead tells
/// the event the article is about, and the words two leads share for it are the story's
/// own, common in both ("a regional train left the rails ... on Monday evening" / "a
/// regional train came off the rails late on Sunday"). With it, two lead days join on
/// half a word's worth of frame.
const LEAD_BONUS: f64 = 3.0;

/// What breaks a tie between two partners with one frame.
const TIE: f64 = 0.01;

/// Frame two dates must share to be of one act (one act on one day: "Odile Varga is
/// expected to tour the harbour on Thursday" / "Odile Varga will travel to Port Enna on
/// Friday"): days are many in a story, and most of its acts fall on one or two of them.
const DATE_ENOUGH: f64 = 3.5;

/// The values of `fx` and `fy` (`index` finds those of `fy` by a stem of their frames)
/// that `can_pair` allows together (with a bonus to their score that breaks ties), that
/// share at least `enough` frame, each stem both hold counting its `rarity` (by how many
/// sentences of the two stories hold it) times the
/// smaller of its two nearness ("postpone 312 operations" / "420 operations have been
/// postponed"), and each share more with the other than with any other value.
fn paired<'f, 'c, V>(
    (fx, fy, index): (&'f [Framed<'c, V>], &'f [Framed<'c, V>], &Index<'c>),
    can_pair: impl Fn(&Framed<'c, V>, &Framed<'c, V>) -> Option<f64>,
    rarity: &impl Fn(usize) -> f64,
    enough: f64,
) -> Vec<(&'f Framed<'c, V>, &'f Framed<'c, V>)> {
    let mut scores: Vec<(usize, usize, f64)> = Vec::new();
    // Frame shared with each value of `fy`, and which of them have some.
    let mut shared = vec![0.0; fy.len()];
    let mut touched: Vec<usize> = Vec::new();
    // The stems of a value too common to look pairs up by: (stem, weight, nearness).
    let mut common: Vec<(&str, f64, f64)> = Vec::new();
    for (i, a) in fx.iter().enumerate() {
        common.clear();
        for &(st, near, ours) in &a.frame {
            let Some((held, theirs)) = index.get(st) else {
                continue;
            };
            let weight = rarity(ours + held);
            if theirs.len() > MAX_STEM_VALUES {
                common.push((st, weight, near));
                continue;
            }
            for &(j, their_near) in theirs {
                if shared[j] == 0.0 {
                    touched.push(j);
                }
                shared[j] += weight * near.min(their_near);
            }
        }
        for j in touched.drain(..) {
            let common_part: f64 = common
                .iter()
                .flat_map(|&(st, weight, near)| {
                    fy[j]
                        .frame
                        .iter()
                        .filter(move |&&(theirs, ..)| theirs == st)
                        .map(move |&(_, their_near, _)| weight * near.min(their_near))
                })
                .sum();
            let score = std::mem::take(&mut shared[j]) + common_part;
            if let Some(bonus) = can_pair(a, &fy[j]) {
                // A pair under `enough` is never kept, and never outscores one that is: it
                // can be the best of neither end of a kept pair. So only the others are
                // scored on (two stories of thousands of values sharing a common word
                // would otherwise hold millions of pairs).
                if score > 0.0 && score + bonus >= enough {
                    scores.push((i, j, score + bonus));
                }
            }
        }
    }
    // In a fixed order: the hash map's is not.
    sorting::sort_by_key(&mut scores, |&(i, j, _)| (i, j));
    let best_of_x = best(&scores, |&(i, j, _)| (i, j));
    let best_of_y = best(&scores, |&(i, j, _)| (j, i));
    scores
        .iter()
        .filter(|&&(i, j, score)| {
            score >= enough
                && best_of_x.get(&i) == Some(&(j, score))
                && best_of_y.get(&j) == Some(&(i, score))
        })
        .map(|&(i, j, _)| (&fx[i], &fy[j]))
        .collect()
}

/// For each value of one side (`ends` picks it and its partner out of a score), the
/// partner with the highest score, and that score.
fn best(
    scores: &[(usize, usize, f64)],
    ends: impl Fn(&(usize, usize, f64)) -> (usize, usize),
) -> HashMap<usize, (usize, f64)> {
    let mut out: HashMap<usize, (usize, f64)> = HashMap::default();
    for s in scores {
        let (key, partner) = ends(s);
        let e = out.entry(key).or_insert((partner, s.2));
        if s.2 > e.1 {
            *e = (partner, s.2);
        }
    }
    out
}

/// Whether a word only tells when ("early", "hours", "night"): no part of what happened.
fn timely(w: &str) -> bool {
    TimeWords.contains(w) || TimeLeads.contains(w) || TimeSpans.contains(w)
}

/// The frame of the value written at `span` in story sentence `pos` of article `a`: the
/// stems of the content words of its clause within [`REACH`] words of it, each with its
/// weight. The clause ends at a semicolon, colon, bracket or dash, at a word that opens a
/// clause about another event ("after", "when"), and at the mentions of `stops`.
/// Reporting verbs, digits and the words of dates and amounts are left out: a frame is
/// what happened, not when or how many (`valued` marks the sentence's words inside dates
/// and amounts).
fn frame<'c>(
    ctx: &'c Ctx,
    a: usize,
    pos: usize,
    (span, valued): (&Range<usize>, &[bool]),
    stops: &[&Mention],
    held: &HashMap<&str, usize>,
) -> Vec<Word<'c>> {
    let s = &ctx.stories[a][pos];
    let text = ctx.docs[a].text();
    let (first, last) = words_in(s, span);
    // Word positions of the sentence inside `stops`.
    let mut stop = vec![false; s.words.len()];
    for n in stops {
        let (f, l) = words_of(s, n);
        stop[f..l].iter_mut().for_each(|v| *v = true);
    }
    // Whether the text between words `i` and `i + 1` breaks the clause.
    let breaks = |i: usize| {
        text[s.spans[i].end..s.spans[i + 1].start]
            .contains([';', ':', '(', ')', '\u{2014}', '\u{2013}'])
    };
    let ends = |i: usize| stop[i] || s.opens_clause(i);
    // A possessive value qualifies the noun after it ("a recount of Sunday's vote"): only
    // what follows is said of it, not the act before ("ordered").
    let after = &text[span.end..];
    let possessive = after.starts_with("'s") || after.starts_with("\u{2019}s");
    let mut words = Vec::new();
    let mut i = first;
    while !possessive && i > 0 && first - i < REACH && !breaks(i - 1) && !ends(i - 1) {
        i -= 1;
        words.push(i);
    }
    let mut i = last;
    while i > first && i < s.words.len() && i - last < REACH && !breaks(i - 1) && !ends(i) {
        words.push(i);
        i += 1;
    }
    let mut out: Vec<Word> = Vec::new();
    for i in words {
        let w = &s.words[i];
        if !s.is_content(i) || s.is_reporting(i) || valued[i] || timely(w) {
            continue;
        }
        if w.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let st = stem(w);
        let distance = if i < first { first - i } else { i + 1 - last };
        let near = if distance <= NEAR { 1.0 } else { 0.5 };
        match out.iter_mut().find(|(o, _, _)| *o == st) {
            Some(o) => o.1 = o.1.max(near),
            None => out.push((st, near, held.get(st).copied().unwrap_or(0))),
        }
    }
    out
}
