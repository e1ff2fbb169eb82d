//! Omitted sentences: the story claims of one article that have no counterpart in another.
//!
//! A counterpart is a sentence matched one to one (see `align`), or one that covers the
//! claim in other words: most of its content words, or a few of them anchored by words or
//! a two-word phrase that each article uses in that one sentence only ("prolonged unrest",
//! a name told once). Lines that close no sentence (headlines, subheads, reading times, an
//! app's name under the share buttons) state no claim. A run of omitted sentences in one
//! paragraph is one finding: a passage only one article has. Omissions are ranked: those
//! that give more of what a checker checks (a number or a date, a name, a quote, a source)
//! come first.

use super::align::in_both;
use super::attribution::{Source, SourceKind};
use super::finding::{finding, Finding, FindingKind};
use super::maps::HashMap;
use super::sentences::Sentence;
use super::Ctx;
use crate::sorting;

/// Content words another sentence must share with a sentence to cover it.
const COVER_WORDS: usize = 3;
/// Share of a sentence's distinct content words that a sentence covering it has.
const COVER_SHARE: f64 = 0.5;
/// Content words in common that make two sentences counterparts however long they are.
const COVER_MANY: usize = 8;
/// Shared words that each article uses in that one sentence only, that make two sentences
/// sharing [`COVER_WORDS`] counterparts (one such word alone is often a common one: "near").
const ANCHOR_WORDS: usize = 2;
/// Share of a sentence's distinct content words that a sentence anchored to it by
/// [`ANCHOR_WORDS`] words must have to cover it.
const ANCHORED_SHARE: f64 = 0.34;
/// Content words a sentence needs to state a claim worth listing as omitted.
const CLAIM_WORDS: usize = 4;

/// The content words and two-word phrases of one article's story sentences, and in how
/// many sentences each stands: read once per article, used for every pair of sentences.
/// Words are read by id (see `sentences::number`).
pub struct Frequency {
    /// Each sentence's distinct content words, sorted.
    distinct: Vec<Vec<u32>>,
    /// Each sentence's phrases (see [`phrases`]).
    phrases: Vec<Vec<(usize, (u32, u32))>>,
    words: HashMap<u32, u32>,
    counts: HashMap<(u32, u32), u32>,
}

/// Reads the content words and two-word phrases of `story`, counted once per sentence.
pub fn frequency(story: &[Sentence]) -> Frequency {
    let mut out = Frequency {
        distinct: story.iter().map(distinct).collect(),
        phrases: story.iter().map(phrases).collect(),
        words: HashMap::default(),
        counts: HashMap::default(),
    };
    for (words, phrases) in out.distinct.iter().zip(&out.phrases) {
        for &w in words {
            *out.words.entry(w).or_default() += 1;
        }
        let mut seen: Vec<(u32, u32)> = phrases.iter().map(|&(_, p)| p).collect();
        sorting::sort(&mut seen);
        seen.dedup();
        for p in seen {
            *out.counts.entry(p).or_default() += 1;
        }
    }
    out
}

/// For each story sentence of each article, the articles in which it has a counterpart:
/// a row of bits per sentence, so asking costs the same with a hundred articles as with two.
pub struct Counterparts {
    /// Words of 64 bits in a sentence's row.
    width: usize,
    /// Each article's rows, one after another.
    bits: Vec<Vec<u64>>,
}

impl Counterparts {
    /// No counterparts yet for the sentences of `stories`.
    pub fn new(stories: &[Vec<Sentence>]) -> Counterparts {
        let width = stories.len().div_ceil(64);
        Counterparts {
            width,
            bits: stories.iter().map(|s| vec![0; s.len() * width]).collect(),
        }
    }

    /// Records that sentence `s` of article `a` has a counterpart in article `other`.
    pub fn add(&mut self, a: usize, s: usize, other: usize) {
        self.bits[a][s * self.width + other / 64] |= 1 << (other % 64);
    }

    /// Whether sentence `s` of article `a` has a counterpart in article `other`.
    pub fn has(&self, a: usize, s: usize, other: usize) -> bool {
        self.bits[a][s * self.width + other / 64] & (1 << (other % 64)) != 0
    }
}

/// Marks in `counterparts` the related sentences `(s, t)` of articles `x` and `y` that
/// cover each other (see the module's comment), and returns the pairs where either covers
/// the other.
pub fn covered(
    ctx: &Ctx,
    x: usize,
    y: usize,
    related: &[(usize, usize)],
    frequency: &[Frequency],
    counterparts: &mut Counterparts,
) -> Vec<(usize, usize)> {
    let (fx, fy) = (&frequency[x], &frequency[y]);
    let mut pairs = Vec::new();
    for &(s, t) in related {
        let (done_x, done_y) = (counterparts.has(x, s, y), counterparts.has(y, t, x));
        if done_x && done_y {
            continue;
        }
        let (wx, wy) = (&fx.distinct[s], &fy.distinct[t]);
        let shared = in_both(wx, wy).count();
        let plain = |n: usize| {
            shared >= COVER_MANY || shared >= COVER_WORDS && shared as f64 >= COVER_SHARE * n as f64
        };
        let (mut cx, mut cy) = (plain(wx.len()), plain(wy.len()));
        if !(cx || done_x) || !(cy || done_y) {
            let anchored = |f: &Frequency, w: &u32| f.words.get(w) == Some(&1);
            let anchored_words = shared >= COVER_WORDS
                && in_both(wx, wy)
                    .filter(|w| anchored(fx, w) && anchored(fy, w))
                    .count()
                    >= ANCHOR_WORDS;
            // A phrase each article has in this sentence only: with a third shared word,
            // or on its own when neither word is a name ("prolonged unrest", but not
            // "daughter Sigrid": a shared name tells who, not what was said of them).
            let (sx, text) = (&ctx.stories[x][s], ctx.docs[x].text());
            let theirs = &fy.phrases[t];
            let anchored_phrase = fx.phrases[s].iter().any(|&(i, p)| {
                let unique = theirs.iter().any(|(_, q)| *q == p)
                    && fx.counts.get(&p) == Some(&1)
                    && fy.counts.get(&p) == Some(&1);
                let named = [i - 1, i]
                    .iter()
                    .any(|&w| text[sx.spans[w].clone()].starts_with(char::is_uppercase));
                unique && (shared >= COVER_WORDS || !named)
            });
            // Words each article has in this sentence only cover a sentence of which they
            // are a fair share: a long sentence with one clause in common says more.
            let covers = |n: usize| {
                anchored_words && shared as f64 >= ANCHORED_SHARE * n as f64 || anchored_phrase
            };
            cx |= covers(wx.len());
            cy |= covers(wy.len());
        }
        if cx && !done_x {
            counterparts.add(x, s, y);
        }
        if cy && !done_y {
            counterparts.add(y, t, x);
        }
        if cx || cy {
            pairs.push((s, t));
        }
    }
    pairs
}

/// Story claims with no counterpart in some other article with text, a run of them in one
/// paragraph lacking from the same articles as one finding. `counterparts` has the
/// articles in which each sentence has a counterpart.
pub fn sentences(
    ctx: &Ctx,
    counterparts: &Counterparts,
    sources: &[Vec<Option<Source>>],
) -> Vec<Finding> {
    let with_text: Vec<usize> = ctx.with_text().collect();
    let mut all = Vec::new();
    for &has in &with_text {
        let mut out: Vec<(usize, Finding)> = Vec::new();
        let mut omitted = |run: (usize, usize, Vec<usize>)| {
            let checkable = checkable(ctx, has, (run.0, run.1), sources);
            (checkable.len(), omitted(ctx, has, run, &checkable))
        };
        let doc = &ctx.docs[has];
        // The current run: its first and last sentence and the articles it is lacking from.
        let mut run: Option<(usize, usize, Vec<usize>)> = None;
        for (pos, s) in ctx.stories[has].iter().enumerate() {
            let claim = (0..s.words.len()).filter(|&i| s.is_content(i)).count() >= CLAIM_WORDS
                && closes_sentence(&doc.text()[s.range.clone()]);
            let lacking: Vec<usize> = with_text
                .iter()
                .copied()
                .filter(|&o| claim && o != has && !counterparts.has(has, pos, o))
                .collect();
            let joins = run.as_ref().is_some_and(|(_, last, missing)| {
                *last + 1 == pos
                    && *missing == lacking
                    && !doc.text()[ctx.stories[has][*last].range.end..s.range.start].contains('\n')
            });
            if joins {
                if let Some(r) = run.as_mut() {
                    r.1 = pos;
                }
                continue;
            }
            out.extend(run.take().map(&mut omitted));
            if !lacking.is_empty() {
                run = Some((pos, pos, lacking));
            }
        }
        out.extend(run.take().map(&mut omitted));
        // What a checker can check first: passages with more numbers, names, quotes and
        // sources ahead, in text order among equals.
        sorting::sort_by_key(&mut out, |(rank, _)| std::cmp::Reverse(*rank));
        all.extend(out.into_iter().map(|(_, f)| f));
    }
    all
}

/// What a checker can check in sentences `first..=last` of article `has`: a number or a
/// date, a name, a quote, a source credited.
fn checkable(
    ctx: &Ctx,
    has: usize,
    (first, last): (usize, usize),
    sources: &[Vec<Option<Source>>],
) -> Vec<&'static str> {
    let story = &ctx.stories[has];
    let range = story[first].range.start..story[last].range.end;
    let positions = first..=last;
    let mut out = Vec::new();
    if positions
        .clone()
        .any(|s| !ctx.quantities[has][s].is_empty() || !ctx.dates[has][s].is_empty())
    {
        out.push("a number or a date");
    }
    if ctx
        .mentions_in(has, &range)
        .any(|m| m.kind.is_name() && m.entity.is_some() && !m.boilerplate)
    {
        out.push("a name");
    }
    if ctx.docs[has]
        .quotes
        .iter()
        .any(|q| q.range.start < range.end && range.start < q.range.end)
    {
        out.push("a quote");
    }
    if positions.into_iter().any(|s| {
        sources[has][s]
            .as_ref()
            .is_some_and(|src| src.kind != SourceKind::Fact)
    }) {
        out.push("a source");
    }
    out
}

/// The finding for sentences `first..=last` of article `has`, lacking from `lacking`.
fn omitted(
    ctx: &Ctx,
    has: usize,
    (first, last, lacking): (usize, usize, Vec<usize>),
    checkable: &[&str],
) -> Finding {
    let story = &ctx.stories[has];
    let range = story[first].range.start..story[last].range.end;
    let what = if first == last {
        "This sentence".to_string()
    } else {
        format!("These {} sentences", last - first + 1)
    };
    let mut f = finding(
        FindingKind::OmissionSentence,
        &[has],
        vec![(has, range)],
        format!(
            "{what} of {} {} no counterpart in {}",
            ctx.label(has),
            if first == last { "has" } else { "have" },
            ctx.labels(&lacking)
        ),
    );
    f.missing = lacking;
    f.wording.why = if checkable.is_empty() {
        "no sentence there shares enough of its words".into()
    } else {
        format!(
            "no sentence there shares enough of its words; it gives {}",
            super::join(checkable)
        )
    };
    f
}

/// Whether `sentence` ends as a sentence does: with a full stop, a question or exclamation
/// mark, an ellipsis or a colon, or a closing quote or bracket after one.
pub(super) fn closes_sentence(sentence: &str) -> bool {
    sentence
        .trim_end()
        .trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', ')', ']'])
        .ends_with(['.', '!', '?', '\u{2026}', ':'])
}

/// The distinct content words of `s`, sorted.
fn distinct(s: &Sentence) -> Vec<u32> {
    let mut w: Vec<u32> = (0..s.ids.len())
        .filter(|&i| s.is_content(i))
        .map(|i| s.ids[i])
        .collect();
    sorting::sort(&mut w);
    w.dedup();
    w
}

/// The pairs of neighbouring words of `s` that both carry content, each with the index of
/// its second word.
fn phrases(s: &Sentence) -> Vec<(usize, (u32, u32))> {
    (1..s.ids.len())
        .filter(|&i| s.is_content(i - 1) && s.is_content(i))
        .map(|i| (i, (s.ids[i - 1], s.ids[i])))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::closes_sentence;

    #[test]
    fn headlines_and_labels_close_no_sentence() {
        for (line, closes) in [
            ("Gunfire heard at base near capital", false),
            ("5 min read", false),
            ("The mayor resigned.", true),
            ("\u{201c}We are safe,\u{201d} she said.", true),
            ("She said: \u{201c}We are safe.\u{201d}", true),
            ("Was it arson?", true),
        ] {
            assert_eq!(closes_sentence(line), closes, "{line}");
        }
    }
}
