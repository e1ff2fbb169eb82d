//! The one conversion from the pipeline's typed values to the Report: byte ranges of the
//! normalised text become spans of the pasted text in bytes and UTF-16 code units (one
//! [`Utf16Map`] per article, built here and nowhere else), article indexes become ids,
//! values become their strings, finding ids are numbered.

use super::offsets::{Span, Utf16Map};
use super::{
    Anchor, Article, ArticleSpan, Boilerplate, Byline, Dateline, Diagnostic, Entity,
    EntityMentions, EntityVariant, Finding, Mention, Pair, Quote, Report, Reported, Side, Snippet,
    Sourcing, Speaker, SpeechSourcing, SCHEMA_VERSION,
};
use crate::compare::{self, Compared};
use crate::document::Document;
use crate::extract::quotes::{self, SpeakerKind};
use crate::extract::speech::{self, SourceKind};
use crate::input::article_id;
use crate::link;
use crate::sorting;
use std::ops::Range;

/// Builds the Report from the analysed documents, their linked entities, what the
/// comparison found and the diagnostics of the input.
pub fn build(
    docs: &[Document],
    entities: &[link::Entity],
    compared: Compared,
    diagnostics: Vec<Diagnostic>,
) -> Report {
    let ids: Vec<String> = (0..docs.len()).map(article_id).collect();
    let spans: Vec<Spans> = docs.iter().map(Spans::new).collect();
    Report {
        schema_version: SCHEMA_VERSION,
        articles: spans
            .iter()
            .zip(&ids)
            .map(|(s, id)| article(s, id))
            .collect(),
        entities: entities
            .iter()
            .enumerate()
            .map(|(id, e)| entity(id, e, &ids, docs))
            .collect(),
        findings: compared
            .findings
            .into_iter()
            .enumerate()
            .map(|(i, f)| finding(i, f, &ids, &spans))
            .collect(),
        pairs: compared.pairs.into_iter().map(|p| pair(p, &ids)).collect(),
        diagnostics,
    }
}

/// One document's ranges as spans of its pasted text.
struct Spans<'d> {
    doc: &'d Document<'d>,
    utf16: Utf16Map,
}

impl<'d> Spans<'d> {
    fn new(doc: &'d Document<'d>) -> Self {
        Spans {
            doc,
            utf16: Utf16Map::new(doc.original),
        }
    }

    fn span(&self, range: Range<usize>) -> Span {
        self.utf16.span(self.doc.text.to_original(range))
    }

    fn snippet(&self, range: Range<usize>) -> Snippet {
        let span = self.span(range);
        Snippet {
            text: self.doc.original[span.start..span.end].to_string(),
            span,
        }
    }
}

fn article(s: &Spans, id: &str) -> Article {
    let doc = s.doc;
    Article {
        id: id.to_string(),
        label: doc.label.clone(),
        published: doc.published.map(|d| d.iso()),
        bytes: doc.original.len(),
        utf16_len: s.utf16.utf16_len(),
        analysed_utf16_len: s.utf16.utf16(doc.text.original_len()),
        anchor: doc.anchor.map(|a| Anchor {
            date: a.date.iso(),
            from: a.from,
        }),
        sentences: doc.sentences.iter().map(|r| s.span(r.clone())).collect(),
        boilerplate: doc
            .boilerplate
            .iter()
            .map(|b| Boilerplate {
                span: s.span(b.range.clone()),
                kind: b.kind,
            })
            .collect(),
        dateline: doc.dateline.as_ref().map(|d| Dateline {
            span: s.span(d.range.clone()),
            place: s.snippet(d.place.clone()),
            source: d.source.clone().map(|r| s.snippet(r)),
        }),
        bylines: doc
            .bylines
            .iter()
            .map(|b| Byline {
                name: s.snippet(b.name.clone()),
                role: b.role,
            })
            .collect(),
        mentions: doc
            .mentions
            .iter()
            .map(|m| {
                let Snippet { text, span } = s.snippet(m.range.clone());
                Mention {
                    span,
                    text,
                    kind: m.kind,
                    value: m.value.as_ref().map(ToString::to_string),
                    source: m.source,
                    entity: m.entity,
                    boilerplate: m.boilerplate,
                }
            })
            .collect(),
        quotes: doc.quotes.iter().map(|q| quote(s, q)).collect(),
        sourcing: sourcing(&doc.quotes),
        speech: doc.speech.iter().map(|r| reported(s, r)).collect(),
        speech_sourcing: speech_sourcing(&doc.speech),
    }
}

fn reported(s: &Spans, r: &speech::Reporting) -> Reported {
    // The first linked name inside `range`; mentions are in text order, never overlapping.
    let entity_in = |range: &Range<usize>| {
        let mentions = &s.doc.mentions;
        let from = mentions.partition_point(|m| m.range.start < range.start);
        mentions[from..]
            .iter()
            .take_while(|m| m.range.end <= range.end)
            .find_map(|m| m.entity)
    };
    Reported {
        cue: s.snippet(r.cue.clone()),
        lemma: r.lemma,
        tense: r.tense,
        voice: r.voice,
        negated: r.negated,
        source: r.source.clone().map(|x| s.snippet(x)),
        refers_to: r.refers_to.clone().map(|x| s.snippet(x)),
        entity: r
            .refers_to
            .as_ref()
            .or(r.source.as_ref())
            .and_then(entity_in),
        kind: r.kind,
        content: s.span(r.content.clone()),
        form: r.form,
    }
}

/// Counts the kinds of source of reporting events `speech`.
fn speech_sourcing(speech: &[speech::Reporting]) -> SpeechSourcing {
    let mut out = SpeechSourcing::default();
    for r in speech {
        *match r.kind {
            SourceKind::Named => &mut out.named,
            SourceKind::Anonymous => &mut out.anonymous,
            SourceKind::Institutional => &mut out.institutional,
            SourceKind::Documents => &mut out.documents,
            SourceKind::Outlet => &mut out.outlet,
            SourceKind::Unspecified => &mut out.unspecified,
        } += 1;
    }
    out
}

fn quote(s: &Spans, q: &quotes::Quote) -> Quote {
    Quote {
        span: s.span(q.range.clone()),
        content: s.span(q.content.clone()),
        speaker: q.speaker.as_ref().map(|sp| Speaker {
            name: s.snippet(sp.range.clone()),
            kind: sp.kind,
            entity: s.doc.entity_at(&sp.range),
        }),
        partial: q.partial,
        via: q.via.clone().map(|v| s.snippet(v)),
    }
}

/// Counts the speakers of `quotes`; a quote credited via another outlet counts as an
/// outlet's.
fn sourcing(quotes: &[quotes::Quote]) -> Sourcing {
    let mut out = Sourcing::default();
    for q in quotes {
        match (q.via.is_some(), q.speaker.as_ref().map(|sp| sp.kind)) {
            (true, _) | (_, Some(SpeakerKind::Outlet)) => out.outlet += 1,
            (_, Some(SpeakerKind::Named)) => out.named += 1,
            (_, Some(SpeakerKind::Anonymous)) => out.anonymous += 1,
            (_, Some(SpeakerKind::Institutional)) => out.institutional += 1,
            (_, None) => out.unattributed += 1,
        }
    }
    out
}

fn entity(id: usize, e: &link::Entity, ids: &[String], docs: &[Document]) -> Entity {
    let mut variants: Vec<EntityVariant> = e
        .variants
        .iter()
        .map(|v| EntityVariant {
            article: ids[v.article].clone(),
            mention: v.mention,
            text: docs[v.article]
                .as_written(docs[v.article].mentions[v.mention].range.clone())
                .to_string(),
            why: v.why.clone(),
        })
        .collect();
    sorting::sort_by(&mut variants, |x, y| {
        (&x.article, x.mention).cmp(&(&y.article, y.mention))
    });
    Entity {
        id,
        kind: e.kind,
        canonical: e.canonical.clone(),
        aliases: e.aliases.clone(),
        mentions: e
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, ms)| !ms.is_empty())
            .map(|(a, ms)| EntityMentions {
                article: ids[a].clone(),
                indexes: ms.clone(),
            })
            .collect(),
        variants,
    }
}

fn finding(i: usize, f: compare::Finding, ids: &[String], spans: &[Spans]) -> Finding {
    let names = |articles: &[usize]| articles.iter().map(|&a| ids[a].clone()).collect();
    Finding {
        id: format!("f{}", i + 1),
        family: f.kind.family(),
        kind: f.kind,
        entity: f.entity,
        articles: names(&f.articles),
        missing: names(&f.missing),
        spans: f
            .spans
            .into_iter()
            .map(|(a, range)| ArticleSpan {
                article: ids[a].clone(),
                claimed_by: spans[a].doc.speech.iter().position(|r| r.credits(&range)),
                span: spans[a].span(range),
            })
            .collect(),
        wording: f.wording,
        sides: f
            .sides
            .into_iter()
            .map(|side| Side {
                value: side.value,
                articles: names(&side.articles),
                spans: side.spans,
            })
            .collect(),
    }
}

fn pair(p: compare::Pair, ids: &[String]) -> Pair {
    Pair {
        articles: p.articles.map(|a| ids[a].clone()),
        words: p.words,
        reuse: p.reuse,
        aligned: p.aligned,
    }
}
