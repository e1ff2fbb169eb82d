//! The document: one article as every stage after extraction reads it, and the currency of
//! the pipeline. [`read`] runs the text and extract stages on one article and gathers what
//! they found; link writes each name's entity into it; compare reads it; the Report is
//! built from it at the end.
//!
//! Every range in a document is a byte range of the normalised text ([`Document::text`]);
//! values are typed ([`Value`]); [`Document::as_written`] gives the words of a range as the
//! user pasted them, for what a reader sees. Nothing here knows UTF-16 or the Report.

use crate::calendar::Date;
use crate::extract::dates::{self, WeekdayConflict};
use crate::extract::quotes::{self, Quote};
use crate::extract::speech::{self, Reporting};
use crate::extract::{self, Found, Kind, Source, Value};
use crate::input::{analysed_part, ArticleInput};
use crate::sorting;
use crate::text::boilerplate::{Block, Boilerplate, Byline, Dateline};
use crate::text::{self, Atoms, Normalized, Tokens};
use crate::vocabulary::vocabulary;
use std::ops::Range;

/// One article, analysed.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// Its position in the input.
    pub index: usize,
    /// The label to show: the one given, or "Article A".
    pub label: String,
    /// The publication date given with it, when valid.
    pub published: Option<Date>,
    /// The text as pasted, all of it (past the analysed part too).
    pub original: &'a str,
    /// The analysed part, normalised, with its map back to `original`.
    pub text: Normalized,
    /// The atoms of `text`, read once: [`Document::tokens`] gives every later stage its
    /// words from them.
    pub atoms: Atoms,
    /// The date relative dates were resolved against, and where it came from.
    pub anchor: Option<Anchor>,
    /// Sentences (and headline or paragraph lines), in order.
    pub sentences: Vec<Range<usize>>,
    /// Stretches that are not the story, in order.
    pub boilerplate: Vec<Block>,
    /// The dateline that opens the story, if any.
    pub dateline: Option<Dateline>,
    /// People the article credits.
    pub bylines: Vec<Byline>,
    /// Everything the extractors found, in text order, never overlapping.
    pub mentions: Vec<Mention>,
    /// Direct quotes outside boilerplate, in text order.
    pub quotes: Vec<Quote>,
    /// The reporting events (direct, indirect and mixed reported speech), by cue.
    pub speech: Vec<Reporting>,
    /// Weekdays that disagree with a date in their sentence, outside boilerplate.
    pub weekday_conflicts: Vec<WeekdayConflict>,
}

/// The date an article's relative dates were resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// The date.
    pub date: Date,
    /// Where it came from.
    pub from: AnchorSource,
}

vocabulary! {
    /// Where an article's anchor date came from.
    pub enum AnchorSource {
        /// The publication date given with the article.
        Input = "input",
        /// The first full date in the text (a caption or a dateline often carries one).
        Text = "text",
        /// Another article's date: this one has neither, and the articles are about one
        /// event, so a reader would read "Thursday" against the other's date.
        Article = "article",
    }
}

/// A stretch of text that names something: a name, a date, a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where it stands.
    pub range: Range<usize>,
    /// What it is.
    pub kind: Kind,
    /// Its typed value, when the extractor can tell.
    pub value: Option<Value>,
    /// What found it.
    pub source: Source,
    /// Whether it stands in boilerplate: shown, but not linked or compared.
    pub boilerplate: bool,
    /// Its entity, once linked (names outside boilerplate only).
    pub entity: Option<usize>,
}

impl Mention {
    /// A mention of what an extractor found, not yet linked.
    pub fn new(found: Found, boilerplate: bool) -> Mention {
        Mention {
            range: found.range,
            kind: found.kind,
            value: found.value,
            source: found.source,
            boilerplate,
            entity: None,
        }
    }

    /// Whether it is a name that links into an entity: a name kind, outside boilerplate.
    pub fn is_linked_name(&self) -> bool {
        self.kind.is_name() && !self.boilerplate
    }
}

/// For each article, the date it borrows when it has none of its own, and the index of the
/// article it comes from: an article with a publication date given, else one with a full
/// date in its text, the one that shares the most capitalised words with it (names: an
/// article about another event shares few), the first on a tie. `None` for an article with
/// a date, and for all when no article has one or only one has text.
pub fn borrowed_anchors(docs: &[Document]) -> Vec<Option<(Date, usize)>> {
    let mut out = vec![None; docs.len()];
    if docs.iter().filter(|d| d.has_text()).count() < 2 {
        return out;
    }
    let names: Vec<Vec<&str>> = docs.iter().map(|d| capitalised(d.text())).collect();
    for source in [AnchorSource::Input, AnchorSource::Text] {
        let donors: Vec<(usize, Date)> = docs
            .iter()
            .enumerate()
            .filter_map(|(i, d)| d.anchor.filter(|a| a.from == source).map(|a| (i, a.date)))
            .collect();
        if donors.is_empty() {
            continue;
        }
        for (i, d) in docs.iter().enumerate() {
            if d.anchor.is_some() || !d.has_text() {
                continue;
            }
            let shared = |j: usize| {
                names[j]
                    .iter()
                    .filter(|w| names[i].binary_search(w).is_ok())
                    .count()
            };
            let best = donors
                .iter()
                .max_by_key(|&&(j, _)| (shared(j), std::cmp::Reverse(j)));
            out[i] = best.map(|&(j, date)| (date, j));
        }
        break;
    }
    out
}

/// The distinct capitalised words of four letters or more in `text`, sorted.
fn capitalised(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && w.starts_with(char::is_uppercase))
        .collect();
    sorting::sort(&mut out);
    out.dedup();
    out
}

/// The longest line, in bytes, read as a header line (a timestamp, "Published 18 August
/// 2020") rather than a sentence of the story.
const HEADER_LINE: usize = 80;

/// Whether the date at byte range `date` of `text` stands where a page gives its own date:
/// in the dateline, in page furniture, or on a short line of its own. A full date in a
/// sentence of the story is the day of some event, not of the article.
fn in_header(text: &str, found: &Boilerplate, date: Range<usize>) -> bool {
    let within = |r: &Range<usize>| r.start <= date.start && date.end <= r.end;
    let line_start = text[..date.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[date.end..]
        .find('\n')
        .map_or(text.len(), |i| date.end + i);
    found.dateline.as_ref().is_some_and(|d| within(&d.range))
        || found.blocks.iter().any(|b| within(&b.range))
        || line_end - line_start <= HEADER_LINE
}

/// Runs the text stage on article `index` of the input, its first `limit` bytes (see
/// [`crate::input`]'s budget): the normalised text, its atoms,
/// boilerplate, sentences and the article's own anchor date (the publication date given,
/// else the first full date in its header: see [`in_header`]). Mentions and quotes come with [`Document::extract`],
/// once every article's own date is known (an undated article borrows another's).
pub fn read(index: usize, given: &ArticleInput, limit: usize) -> Document<'_> {
    let original = given.text.as_str();
    let normalized = Normalized::new(analysed_part(original, limit));
    let text = normalized.as_str();
    let atoms = Atoms::read(text);
    let found_boilerplate = text::boilerplate(text);
    let sentences = text::sentences(text);
    let published = given.published_date();
    let anchor = match published {
        Some(date) => Some(Anchor {
            date,
            from: AnchorSource::Input,
        }),
        None => dates::anchor_from_text(&Tokens::over(text, &atoms), |date| {
            in_header(text, &found_boilerplate, date)
        })
        .map(|date| Anchor {
            date,
            from: AnchorSource::Text,
        }),
    };
    let label = given.label.trim();
    Document {
        index,
        label: if label.is_empty() {
            format!("Article {}", crate::input::article_id(index).to_uppercase())
        } else {
            label.chars().take(MAX_LABEL_CHARS).collect()
        },
        published,
        original,
        anchor,
        sentences,
        dateline: found_boilerplate.dateline,
        bylines: found_boilerplate.bylines,
        boilerplate: found_boilerplate.blocks,
        mentions: Vec::new(),
        quotes: Vec::new(),
        speech: Vec::new(),
        weekday_conflicts: Vec::new(),
        text: normalized,
        atoms,
    }
}

/// The longest label kept, in characters: longer ones are cut (a label is a name, not a
/// text).
const MAX_LABEL_CHARS: usize = 200;

impl Document<'_> {
    /// Runs the extract stage: names, dates, numbers, quotes, reported speech and weekday
    /// conflicts, the relative dates read against the article's own anchor, else against
    /// `borrowed` (another article's date, see [`borrowed_anchors`]).
    pub fn extract(&mut self, borrowed: Option<Date>) {
        if self.anchor.is_none() {
            self.anchor = borrowed.map(|date| Anchor {
                date,
                from: AnchorSource::Article,
            });
        }
        let anchor_date = self.anchor.map(|a| a.date);
        let tokens = Tokens::over(self.text.as_str(), &self.atoms);
        let blocks = &self.boilerplate;
        let in_boilerplate = |r: &Range<usize>| {
            blocks
                .iter()
                .any(|b| b.range.start <= r.start && r.end <= b.range.end)
        };
        let found = extract::extract(
            &tokens,
            &self.sentences,
            anchor_date,
            self.dateline.as_ref(),
        );
        self.weekday_conflicts =
            dates::weekday_conflicts(&tokens, &self.sentences, &found, anchor_date)
                .into_iter()
                .filter(|c| !in_boilerplate(&c.weekday))
                .collect();
        let names: Vec<Found> = found
            .iter()
            .filter(|f| f.kind.is_name() && !in_boilerplate(&f.range))
            .cloned()
            .collect();
        self.quotes = quotes::find(&tokens, &self.sentences, &names)
            .into_iter()
            .filter(|q| !in_boilerplate(&q.range))
            .collect();
        self.speech = speech::find(
            &tokens,
            &self.sentences,
            &self.quotes,
            &names,
            in_boilerplate,
        );
        self.mentions = found
            .into_iter()
            .map(|f| {
                let boilerplate = in_boilerplate(&f.range);
                Mention::new(f, boilerplate)
            })
            .collect();
    }

    /// The normalised text every range points into.
    pub fn text(&self) -> &str {
        self.text.as_str()
    }

    /// The normalised text with its atoms, read once when the article was read: where a
    /// later stage takes its words.
    pub fn tokens(&self) -> Tokens<'_> {
        Tokens::over(self.text.as_str(), &self.atoms)
    }

    /// The words of normalised range `range` as the user pasted them.
    pub fn as_written(&self, range: Range<usize>) -> &str {
        &self.original[self.text.to_original(range)]
    }

    /// Whether the article has any text at all (an empty one omits nothing).
    pub fn has_text(&self) -> bool {
        !self.original.trim().is_empty()
    }

    /// The entity of the linked mention standing exactly at `range`, if any (a quote's
    /// speaker is named by a mention).
    pub fn entity_at(&self, range: &Range<usize>) -> Option<usize> {
        let at = self
            .mentions
            .partition_point(|m| m.range.start < range.start);
        self.mentions
            .get(at)
            .filter(|m| m.range == *range)
            .and_then(|m| m.entity)
    }
}
