//! Compare: the fourth stage. Sets the articles side by side and says what they share,
//! where they disagree, what some leave out and how they word it.
//!
//! - `finding`: the findings' kinds and families, and weekdays at odds with a date.
//! - `events`: which articles report the same event; each event is compared on its own.
//! - `entities`: which entities every article names and which only some do.
//! - `align`: matching sentences per pair of articles (identical, edited, paraphrase) with
//!   word-level differences, and the share of each article's text reused from the other.
//! - `quotes`: the same quote identical, altered or re-attributed; quotes some leave out.
//! - `spellings`: a name spelled two ways where matching sentences differ.
//! - `facts` and `dates`: numbers and dates about the same thing that agree (however
//!   written) or conflict; numbers some leave out.
//! - `omissions`: story claims with no counterpart in another article, a paragraph's run
//!   as one finding.
//! - `frames`: amounts and days of one fact wherever they stand, joined by the words said
//!   of them.
//! - `tied`: amounts that agree in sentences tied to one claim by another value.
//! - `sides`: one finding per fact across all articles, its values in sides that agree.
//! - `attribution`: where each sentence says its claim comes from; the same claim credited
//!   to a different kind of source.
//! - `credited`: those differences joined into one finding per claim across all articles.
//! - `framing`: labels and hedges that differ in matching sentences; outlets credited.
//! - `maps`: hash maps and sets with a fast hash for the comparison's own keys.
//!
//! Everything works for any number of articles: candidates come from indexes, and every
//! finding names the articles that carry it.

use crate::sorting;
mod about;
mod align;
mod attribution;
mod claimed;
mod counts;
mod credited;
mod dates;
mod diff;
mod entities;
mod events;
mod facts;
mod finding;
mod frames;
mod framing;
pub(crate) mod maps;
mod names;
mod omissions;
mod quotes;
mod rounded;
mod sentences;
mod sides;
mod sourcing;
mod spellings;
mod tied;

pub use align::{AlignedSentences, AlignmentClass};
pub use diff::{DiffOp, DiffPiece};
pub use finding::{Family, Finding, FindingKind, Side, Wording};

use crate::document::{Document, Mention};
use crate::extract::{DateValue, Kind, Value};
use crate::link::Entity;
use crate::progress::{Counter, Progress, Stage};
use maps::{HashMap, HashSet};
use sentences::Sentence;
use std::borrow::Cow;

/// What the comparison hands on: findings and one summary per pair.
pub struct Compared {
    /// Every finding, grouped by what found it.
    pub findings: Vec<Finding>,
    /// Each pair of articles with text about one event, in input order.
    pub pairs: Vec<Pair>,
    /// The events the articles report, as groups of articles, when there is more than one
    /// (see `events`); articles are compared only within their group.
    pub events: Vec<Vec<usize>>,
}

/// Two documents side by side.
#[derive(Debug, Clone)]
pub struct Pair {
    /// The two documents, in input order.
    pub articles: [usize; 2],
    /// Words of story text (boilerplate left out) in each.
    pub words: [usize; 2],
    /// For each, the share of its words that stand in passages also in the other.
    pub reuse: [f64; 2],
    /// Sentences that match, each once, in the first document's order.
    pub aligned: Vec<AlignedSentences>,
}

/// The documents being compared, as the parts of the comparison see them.
pub struct Ctx<'a> {
    /// The analysed, linked documents.
    pub docs: &'a [Document<'a>],
    /// The linked entities.
    pub entities: &'a [Entity],
    /// The story sentences of each document.
    pub stories: Vec<Vec<Sentence>>,
    /// How many times each word (by id, see `sentences::number`) is written in all stories.
    pub written: Vec<usize>,
    /// For each mention of each document, its amount if it is a story quantity.
    pub amounts: Vec<Vec<Option<facts::Amount>>>,
    /// For each story sentence of each document, the indexes of the quantities inside it
    /// that have an amount.
    pub quantities: Vec<Vec<Vec<usize>>>,
    /// For each story sentence of each document, the indexes of the dates inside it.
    pub dates: Vec<Vec<Vec<usize>>>,
    /// For each document, each story date that is a day or a month, by its byte range: its
    /// words as written and its value in words ("2025-06-13"), read once and borrowed by
    /// every judgement of it (see [`Ctx::date_end`]).
    pub shown_dates: Vec<ShownDates<'a>>,
    /// For each story sentence of each document, its framing labels (category, words).
    pub labels: Vec<Vec<framing::Terms>>,
    /// For each story sentence of each document, its hedges (words).
    pub hedges: Vec<Vec<framing::Terms>>,
    /// For each document, whether it is about the event being compared.
    pub in_event: Vec<bool>,
}

impl Ctx<'_> {
    /// Indexes of the documents with text.
    pub fn with_text(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.docs.len()).filter(|&a| self.in_event[a] && self.docs[a].has_text())
    }

    /// A document's label.
    pub fn label(&self, a: usize) -> &str {
        &self.docs[a].label
    }

    /// Labels joined for a sentence: "A", "A and B", "A, B and C".
    pub fn labels(&self, articles: &[usize]) -> String {
        joined(articles.iter().map(|&a| self.label(a)))
    }

    /// The mentions of document `a` that overlap `range`, by binary search (a document's
    /// mentions are in text order).
    pub fn mentions_in<'s>(
        &'s self,
        a: usize,
        range: &'s std::ops::Range<usize>,
    ) -> impl Iterator<Item = &'s Mention> + 's {
        let ms = &self.docs[a].mentions;
        ms[overlapping(ms, range)]
            .iter()
            .filter(move |m| m.range.end > range.start)
    }

    /// The position in article `a`'s story of the sentence holding byte `at`.
    pub fn sentence_at(&self, a: usize, at: usize) -> Option<usize> {
        let story = &self.stories[a];
        let i = story.partition_point(|s| s.range.end <= at);
        story.get(i).filter(|s| s.range.start <= at).map(|_| i)
    }

    /// Date `m` of article `a`, whose value is `value`, as written and in words: read from
    /// `shown_dates`, else afresh.
    pub fn date_end(&self, a: usize, m: &Mention, value: DateValue) -> (&str, Cow<'_, str>) {
        match self.shown_dates[a].get(&(m.range.start, m.range.end)) {
            Some((text, shown)) => (text, Cow::Borrowed(shown)),
            None => (
                self.docs[a].as_written(m.range.clone()),
                value.to_string().into(),
            ),
        }
    }

    /// "in A" or "in A and B".
    pub fn carried_by(&self, articles: &[usize]) -> String {
        format!("in {}", self.labels(articles))
    }
}

/// A document's story dates that are days or months, by byte range: each as written and
/// its value in words (see `Ctx::shown_dates`).
pub type ShownDates<'a> = HashMap<(usize, usize), (&'a str, String)>;

/// Compares the linked documents `docs`, whose entities are `entities`, telling `progress`
/// as each article's comparison with the articles after it starts.
pub fn compare<'a>(
    docs: &'a [Document<'a>],
    entities: &'a [Entity],
    progress: &mut dyn Progress,
) -> Compared {
    let mut stories: Vec<Vec<Sentence>> = docs.iter().map(sentences::story).collect();
    let written = sentences::number(&mut stories);
    let mut ctx = Ctx {
        docs,
        entities,
        stories,
        written,
        amounts: docs.iter().map(facts::amounts).collect(),
        quantities: Vec::new(),
        dates: Vec::new(),
        shown_dates: Vec::new(),
        labels: Vec::new(),
        hedges: Vec::new(),
        in_event: vec![true; docs.len()],
    };
    for (a, story) in ctx.stories.iter().enumerate() {
        let inside = mentions_inside(story, &docs[a]);
        let amounts = &ctx.amounts[a];
        let doc = &docs[a];
        ctx.quantities.push(
            inside
                .iter()
                .map(|ms| {
                    ms.iter()
                        .copied()
                        .filter(|&i| amounts[i].is_some())
                        .collect()
                })
                .collect(),
        );
        ctx.dates.push(
            inside
                .iter()
                .map(|ms| {
                    ms.iter()
                        .copied()
                        .filter(|&i| {
                            let m = &doc.mentions[i];
                            m.kind == Kind::Date && !m.boilerplate && !is_stamp(doc, m)
                        })
                        .collect()
                })
                .collect(),
        );
    }
    ctx.shown_dates = ctx
        .dates
        .iter()
        .zip(docs)
        .map(|(dates, doc)| {
            dates
                .iter()
                .flatten()
                .filter_map(|&i| {
                    let m = &doc.mentions[i];
                    match &m.value {
                        Some(Value::Date(p @ (DateValue::Day(_) | DateValue::Month(..)))) => {
                            let written = doc.as_written(m.range.clone());
                            Some(((m.range.start, m.range.end), (written, p.to_string())))
                        }
                        _ => None,
                    }
                })
                .collect()
        })
        .collect();
    ctx.labels = ctx
        .stories
        .iter()
        .map(|story| story.iter().map(framing::labels_of).collect())
        .collect();
    ctx.hedges = ctx
        .stories
        .iter()
        .map(|story| story.iter().map(framing::hedges_of).collect())
        .collect();
    let mut out = Compared {
        findings: finding::weekdays(&ctx),
        pairs: Vec::new(),
        events: Vec::new(),
    };
    let alignment = align::align(&ctx.stories);
    let reuse = align::reuse_all(&ctx.stories);
    let frequency: Vec<omissions::Frequency> = ctx
        .stories
        .iter()
        .map(|s| omissions::frequency(s))
        .collect();
    let events = events::groups(&ctx, &alignment.matches);
    let sources: Vec<Vec<Option<attribution::Source>>> = (0..docs.len())
        .map(|a| attribution::sources(&ctx, a))
        .collect();
    // Each article with text is in one event: counted once, event by event.
    let mut compared = Counter::new(progress, Stage::Compare, events.iter().map(Vec::len).sum());
    for event in &events {
        ctx.in_event = (0..docs.len()).map(|a| event.contains(&a)).collect();
        compare_event(
            &ctx,
            &alignment,
            &reuse,
            &frequency,
            &sources,
            &mut out,
            &mut compared,
        );
    }
    if events.len() > 1 {
        out.events = events;
    }
    finding::dedup(&mut out.findings);
    claimed::credit(&ctx, &mut out.findings);
    out
}

/// Compares the articles of one event (`ctx.in_event`), adding to `out`, telling `compared`
/// as each article's pairs start.
fn compare_event(
    ctx: &Ctx,
    alignment: &align::Alignment,
    reuse: &HashMap<(usize, usize), f64>,
    frequency: &[omissions::Frequency],
    sources: &[Vec<Option<attribution::Source>>],
    out: &mut Compared,
    compared: &mut Counter,
) {
    let docs = ctx.docs;
    let findings = &mut out.findings;
    findings.extend(entities::overlap(ctx));
    findings.extend(entities::variants(ctx));
    let with_text: Vec<usize> = ctx.with_text().collect();
    // Each article's values with the words said of them, read once for all its pairs.
    let frames: Vec<Option<frames::Frames>> = (0..docs.len())
        .map(|a| with_text.contains(&a).then(|| frames::read(ctx, a)))
        .collect();
    let mut judged = Vec::new();
    // For each pair of articles, the sentences that tell one claim: those that cover each
    // other or hold values judged about one fact, and those that match one to one.
    let mut claim_pairs: HashMap<(usize, usize), ClaimPairs> = HashMap::default();
    let mut counterparts = omissions::Counterparts::new(&ctx.stories);
    for (i, &x) in with_text.iter().enumerate() {
        compared.step();
        for &y in &with_text[i + 1..] {
            let aligned = alignment
                .matches
                .get(&(x, y))
                .map(Vec::as_slice)
                .unwrap_or_default();
            let related = alignment
                .related
                .get(&(x, y))
                .map(Vec::as_slice)
                .unwrap_or_default();
            let (sx, sy) = (&ctx.stories[x], &ctx.stories[y]);
            for m in aligned {
                counterparts.add(x, m.x, y);
                counterparts.add(y, m.y, x);
            }
            let covered = omissions::covered(ctx, x, y, related, frequency, &mut counterparts);
            let claims = claim_pairs.entry((x, y)).or_default();
            claims.covered.extend(covered);
            claims.close.extend(aligned.iter().map(|m| (m.x, m.y)));
            let shares = [
                reuse.get(&(x, y)).copied().unwrap_or(0.0),
                reuse.get(&(y, x)).copied().unwrap_or(0.0),
            ];
            // With many articles, only pairs that share something are summarised; with two
            // or three, every pair is.
            if aligned.is_empty() && shares == [0.0, 0.0] && with_text.len() > 3 {
                continue;
            }
            out.pairs.push(Pair {
                articles: [x, y],
                words: [
                    sx.iter().map(|s| s.words.len()).sum(),
                    sy.iter().map(|s| s.words.len()).sum(),
                ],
                reuse: shares,
                aligned: aligned
                    .iter()
                    .map(|m| AlignedSentences {
                        a: sx[m.x].index,
                        b: sy[m.y].index,
                        class: m.class,
                        similarity: (m.similarity * 1000.0).round() / 1000.0,
                        diff: if m.class == AlignmentClass::Identical {
                            Vec::new()
                        } else {
                            align::diff(&sx[m.x], &docs[x], &sy[m.y], &docs[y])
                        },
                    })
                    .collect(),
            });
            findings.extend(spellings::in_matching_sentences(ctx, x, y, aligned));
            judged.extend(facts::in_matching_sentences(ctx, x, y, aligned));
            judged.extend(facts::in_related_sentences(ctx, x, y, related, aligned));
            if let (Some(fx), Some(fy)) = (&frames[x], &frames[y]) {
                judged.extend(frames::judged(ctx, (x, fx), (y, fy)));
            }
            findings.extend(framing::in_matching_sentences(ctx, x, y, aligned, related));
        }
    }
    findings.extend(omissions::sentences(ctx, &counterparts, sources));
    judged.extend(counts::tolls(ctx));
    let mut times = about::Times::default();
    judged.retain(|j| times.same_time(ctx, j));
    let ties = tied::ties(ctx, &judged, &alignment.related);
    let agreeing = tied::agreements(ctx, &ties);
    judged.extend(agreeing.into_iter().filter(|j| times.same_time(ctx, j)));
    for j in &judged {
        let [p, q] = [&j.ends[0], &j.ends[1]]
            .map(|e| (e.article, ctx.sentence_at(e.article, e.range.start)));
        if let ((x, Some(s)), (y, Some(t))) = (p, q) {
            let key = if x < y {
                ((x, y), (s, t))
            } else {
                ((y, x), (t, s))
            };
            let claims = claim_pairs.entry(key.0).or_default();
            claims.covered.push(key.1);
            // A day in common ties sentences loosely (much of a story happens on one
            // day); an amount of one fact ties them to it.
            if j.fact == sides::Fact::Quantity {
                claims.one_fact.push(key.1);
            }
        }
    }
    let mut differences = Vec::new();
    // Each sentence's claim, the words outside its source, read once for all its pairs.
    let claims: Vec<Vec<Vec<&str>>> = (0..ctx.docs.len())
        .map(|a| sourcing::claims(ctx, a, &sources[a]))
        .collect();
    let mut keys: Vec<&(usize, usize)> = claim_pairs.keys().collect();
    sorting::sort(&mut keys);
    for &(x, y) in keys {
        let ClaimPairs {
            covered,
            close,
            one_fact,
        } = &claim_pairs[&(x, y)];
        let mut all: Vec<(usize, usize)> = covered.iter().chain(close).copied().collect();
        sorting::sort(&mut all);
        all.dedup();
        let related = alignment
            .related
            .get(&(x, y))
            .map(Vec::as_slice)
            .unwrap_or_default();
        differences.extend(sourcing::differences(
            ctx,
            x,
            y,
            (&all, close, related),
            sources,
            &claims,
        ));
        // Hedges in sentences that tell one claim without matching (matching ones are
        // compared with their labels). `close` is in order (the matches are, each first
        // sentence once), so both lists are searched by halves.
        let mut apart: Vec<(usize, usize)> = covered
            .iter()
            .filter(|p| close.binary_search(p).is_err())
            .copied()
            .collect();
        sorting::sort(&mut apart);
        apart.dedup();
        let mut one_fact = one_fact.clone();
        sorting::sort(&mut one_fact);
        for (s, t) in apart {
            let told = if one_fact.binary_search(&(s, t)).is_ok() {
                framing::Told::OneFact
            } else {
                framing::Told::Covering
            };
            findings.extend(framing::hedges(ctx, x, y, (s, t), told));
        }
    }
    findings.extend(credited::findings(ctx, &differences));
    let rounded = rounded::agreements(ctx, &judged);
    judged.extend(rounded.into_iter().filter(|j| times.same_time(ctx, j)));
    findings.extend(sides::findings(ctx, &judged));
    findings.extend(quotes::compare(ctx));
    // Sentences tied to one fact by an amount, both ways round, for names in one role.
    let tied: HashSet<[(usize, usize); 2]> = claim_pairs
        .iter()
        .flat_map(|(&(x, y), c)| c.one_fact.iter().map(move |&(s, t)| [(x, s), (y, t)]))
        .flat_map(|[p, q]| [[p, q], [q, p]])
        .collect();
    findings.extend(names::conflicts(ctx, &tied));
    findings.extend(counts::omitted_quantities(ctx));
    findings.extend(framing::outlets(ctx));
}

/// Sentences of two articles that tell one claim, as (first's, second's) positions (see
/// `compare_event`).
#[derive(Default)]
struct ClaimPairs {
    /// Those that cover each other or hold values judged about one fact.
    covered: Vec<(usize, usize)>,
    /// Those that tell it closely: they match one to one.
    close: Vec<(usize, usize)>,
    /// Those that hold amounts judged about one fact.
    one_fact: Vec<(usize, usize)>,
}

/// Whether a date is when the article was filed, not when anything happened: inside the
/// dateline ("MORAVEL, June 15 (Wire) -"), or a full date with its year that is the
/// article's own date (a timestamp under the headline, "16 June 2025").
fn is_stamp(doc: &Document, m: &Mention) -> bool {
    let in_dateline = doc
        .dateline
        .as_ref()
        .is_some_and(|d| d.range.start <= m.range.start && m.range.end <= d.range.end);
    let with_year = dates::writes_year(&doc.text()[m.range.clone()]);
    let own_date = doc
        .anchor
        .is_some_and(|anchor| m.value == Some(Value::Date(DateValue::Day(anchor.date))));
    in_dateline || (with_year && own_date)
}

/// For each sentence of `story`, the indexes of the mentions of `doc` inside it.
fn mentions_inside(story: &[Sentence], doc: &Document) -> Vec<Vec<usize>> {
    let mentions = &doc.mentions;
    story
        .iter()
        .map(|s| {
            overlapping(mentions, &s.range)
                .filter(|&i| {
                    let m = &mentions[i].range;
                    s.range.start <= m.start && m.end <= s.range.end
                })
                .collect()
        })
        .collect()
}

/// The indexes of `mentions` (in text order) that may overlap `range`: from the first that
/// starts inside it, or an earlier one reaching into it, to the last that starts before its
/// end. Found by binary search, so each sentence's mentions cost a lookup, not a scan.
fn overlapping(mentions: &[Mention], range: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut from = mentions.partition_point(|m| m.range.start < range.start);
    while from > 0 && mentions[from - 1].range.end > range.start {
        from -= 1;
    }
    let to = mentions.partition_point(|m| m.range.start < range.end);
    from..to.max(from)
}

/// "x", "x and y", "x, y and z".
pub fn join<S: AsRef<str>>(items: &[S]) -> String {
    joined(items.iter().map(AsRef::as_ref))
}

/// [`join`] over an iterator, written into one string as it goes (lists of a hundred
/// articles' labels are joined for many findings).
fn joined<'s>(items: impl ExactSizeIterator<Item = &'s str>) -> String {
    let n = items.len();
    let mut out = String::new();
    for (i, item) in items.enumerate() {
        if i + 1 == n && n > 1 {
            out.push_str(" and ");
        } else if i > 0 {
            out.push_str(", ");
        }
        out.push_str(item);
    }
    out
}
