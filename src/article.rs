//! One article through the text and extract stages: normalise, find boilerplate, split
//! sentences, extract mentions and quotes, and map every span back to the pasted text.

use crate::calendar::Date;
use crate::extract::{self, dates, quotes, Found};
use crate::input::{analysed_part, is_iso_date, ArticleInput};
use crate::offsets::{Span, Utf16Map};
use crate::report::{
    Anchor, Article, Boilerplate, Byline, Dateline, Mention, Quote, Snippet, Sourcing, Speaker,
};
use crate::text::{self, boilerplate as bp, Normalized};
use std::ops::Range;

/// Maps ranges of the normalised text to spans of the pasted text.
struct Spans<'t> {
    original: &'t str,
    normalized: &'t Normalized,
    utf16: Utf16Map,
}

impl Spans<'_> {
    fn span(&self, range: Range<usize>) -> Span {
        self.utf16.span(self.normalized.to_original(range))
    }

    fn snippet(&self, range: Range<usize>) -> Snippet {
        let span = self.span(range);
        Snippet {
            text: self.original[span.start..span.end].to_string(),
            span,
        }
    }
}

/// A weekday and a calendar date in one sentence of an article that disagree.
pub(crate) struct WeekdayConflict {
    /// The weekday.
    pub weekday: Span,
    /// The date.
    pub date: Span,
    /// Why they disagree, in words.
    pub message: String,
}

/// Runs the text and extract stages on one article. Mentions come back unlinked.
pub(crate) fn analyze(id: String, given: &ArticleInput) -> (Article, Vec<WeekdayConflict>) {
    let original = given.text.as_str();
    let part = analysed_part(original);
    let normalized = Normalized::new(part);
    let text = normalized.as_str();
    let spans = Spans {
        original,
        normalized: &normalized,
        utf16: Utf16Map::new(original),
    };

    let boiler = text::boilerplate(text);
    let sentences = text::sentences(text);
    let in_boilerplate = |r: &Range<usize>| {
        boiler
            .blocks
            .iter()
            .any(|b| b.range.start <= r.start && r.end <= b.range.end)
    };
    let published = is_iso_date(&given.published).then(|| given.published.clone());
    // Relative dates read against the publication date, else the first full date in the
    // text (a caption or a dateline often carries one).
    let anchor = match published.as_deref().and_then(Date::parse_iso) {
        Some(date) => Some((date, "input")),
        None => dates::anchor_from_text(text).map(|date| (date, "text")),
    };

    let found: Vec<Found> = extract::extract(
        text,
        &sentences,
        anchor.map(|(d, _)| d),
        boiler.dateline.as_ref(),
    );
    let conflicts = dates::weekday_conflicts(text, &sentences, &found, anchor.map(|(d, _)| d))
        .into_iter()
        .filter(|c| !in_boilerplate(&c.weekday))
        .map(|c| WeekdayConflict {
            weekday: spans.span(c.weekday),
            date: spans.span(c.date),
            message: c.message,
        })
        .collect();
    let names: Vec<Found> = found
        .iter()
        .filter(|f| f.kind.is_name() && !in_boilerplate(&f.range))
        .cloned()
        .collect();
    let quotes: Vec<Quote> = quotes::find(text, &sentences, &names)
        .into_iter()
        .filter(|q| !in_boilerplate(&q.range))
        .map(|q| quote(&spans, q))
        .collect();
    let mentions = found
        .into_iter()
        .map(|f| {
            let boilerplate = in_boilerplate(&f.range);
            let span = spans.span(f.range);
            Mention {
                boilerplate,
                text: original[span.start..span.end].to_string(),
                span,
                kind: f.kind,
                value: f.value.map(|v| v.to_string()),
                source: f.source.as_str(),
                entity: None,
            }
        })
        .collect();

    let label = given.label.trim();
    let article = Article {
        label: if label.is_empty() {
            format!("Article {}", id.to_uppercase())
        } else {
            label.chars().take(200).collect()
        },
        id,
        published,
        bytes: original.len(),
        utf16_len: spans.utf16.utf16_len(),
        analysed_utf16_len: spans.utf16.utf16(part.len()),
        anchor: anchor.map(|(date, from)| Anchor {
            date: date.iso(),
            from,
        }),
        sentences: sentences.into_iter().map(|r| spans.span(r)).collect(),
        boilerplate: boiler
            .blocks
            .iter()
            .map(|b| Boilerplate {
                span: spans.span(b.range.clone()),
                kind: block_kind(b.kind),
            })
            .collect(),
        dateline: boiler.dateline.map(|d| Dateline {
            span: spans.span(d.range),
            place: spans.snippet(d.place),
            source: d.source.map(|s| spans.snippet(s)),
        }),
        bylines: boiler
            .bylines
            .into_iter()
            .map(|b| Byline {
                name: spans.snippet(b.name),
                role: byline_role(b.role),
            })
            .collect(),
        mentions,
        sourcing: Sourcing::of(&quotes),
        quotes,
    };
    (article, conflicts)
}

fn quote(spans: &Spans, q: quotes::Quote) -> Quote {
    Quote {
        span: spans.span(q.range),
        content: spans.span(q.content),
        speaker: q.speaker.map(|s| Speaker {
            name: spans.snippet(s.range),
            kind: match s.kind {
                quotes::SpeakerKind::Named => "named",
                quotes::SpeakerKind::Anonymous => "anonymous",
                quotes::SpeakerKind::Institutional => "institutional",
                quotes::SpeakerKind::Outlet => "outlet",
            },
            entity: None,
        }),
        partial: q.partial,
        via: q.via.map(|v| spans.snippet(v)),
    }
}

fn block_kind(kind: bp::BlockKind) -> &'static str {
    use bp::BlockKind::*;
    match kind {
        Navigation => "navigation",
        Share => "share",
        Subscribe => "subscribe",
        Follow => "follow",
        MirrorAddress => "mirror_address",
        RelatedLinks => "related_links",
        Caption => "caption",
        Copyright => "copyright",
        WireCredit => "wire_credit",
    }
}

fn byline_role(role: bp::BylineRole) -> &'static str {
    use bp::BylineRole::*;
    match role {
        Reporting => "reporting",
        AdditionalReporting => "additional_reporting",
        Writing => "writing",
        Editing => "editing",
    }
}
