//! Compare: the fourth stage. Sets the articles side by side and says what they share,
//! where they disagree, what some leave out and how they word it.
//!
//! - `entities`: which entities every article names and which only some do.
//! - `align`: matching sentences per pair of articles (identical, edited, paraphrase) with
//!   word-level differences, and the share of each article's text reused from the other.
//! - `quotes`: the same quote identical, altered or re-attributed; quotes some leave out.
//! - `facts`: numbers and dates about the same thing that agree (however written) or
//!   conflict; numbers some leave out.
//! - `framing`: labels and hedges that differ in matching sentences; outlets credited.
//!
//! Everything works for any number of articles: candidates come from indexes, and every
//! finding names the articles that carry it.

mod align;
mod diff;
mod entities;
mod facts;
mod framing;
mod quotes;
mod sentences;

pub use entities::{entity_overlap, ArticleRef, EntityPresence};

use crate::offsets::{Span, Utf16Map};
use crate::report::{AlignedSentences, Article, ArticleSpan, Entity, Family, Finding, Pair};
use sentences::Sentence;

/// What the comparison hands on: findings (without ids) and one summary per pair.
pub struct Compared {
    /// Every finding, grouped by what found it.
    pub findings: Vec<Finding>,
    /// Each pair of articles with text, in input order.
    pub pairs: Vec<Pair>,
}

/// The articles being compared, as the parts of the comparison see them.
pub struct Ctx<'a> {
    /// The analysed articles.
    pub articles: &'a [Article],
    /// Their pasted texts.
    pub texts: &'a [&'a str],
    /// The linked entities.
    pub entities: &'a [Entity],
    /// The story sentences of each article.
    pub stories: Vec<Vec<Sentence>>,
    /// Each article's byte to UTF-16 map, for spans the comparison cuts itself.
    pub utf16: Vec<Utf16Map>,
}

impl Ctx<'_> {
    /// Indexes of the articles with text.
    pub fn with_text(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.articles.len()).filter(|&a| !self.texts[a].trim().is_empty())
    }

    /// An article's label.
    pub fn label(&self, a: usize) -> &str {
        &self.articles[a].label
    }

    /// Labels joined for a sentence: "A", "A and B", "A, B and C".
    pub fn labels(&self, articles: &[usize]) -> String {
        let names: Vec<&str> = articles.iter().map(|&a| self.label(a)).collect();
        match names.as_slice() {
            [] => String::new(),
            [one] => (*one).to_string(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        }
    }

    /// "in A" or "in A and B".
    pub fn carried_by(&self, articles: &[usize]) -> String {
        format!("in {}", self.labels(articles))
    }

    /// The Report span of byte range `bytes` of article `a`.
    pub fn span(&self, a: usize, bytes: std::ops::Range<usize>) -> Span {
        self.utf16[a].span(bytes)
    }

    /// The entity of the name mention at `span` in article `a`, if any.
    pub fn entity_at(&self, a: usize, span: Option<Span>) -> Option<usize> {
        let span = span?;
        self.articles[a]
            .mentions
            .iter()
            .find(|m| m.span == span)
            .and_then(|m| m.entity)
    }
}

/// A finding with no id yet, carried by `articles`, pointing at `spans`.
pub fn finding(
    ctx: &Ctx,
    family: Family,
    kind: &'static str,
    articles: &[usize],
    spans: Vec<(usize, Span)>,
    summary: String,
) -> Finding {
    let mut carrying: Vec<usize> = articles.to_vec();
    carrying.sort_unstable();
    carrying.dedup();
    Finding {
        id: String::new(),
        family,
        kind,
        entity: None,
        articles: carrying
            .iter()
            .map(|&a| ctx.articles[a].id.clone())
            .collect(),
        missing: Vec::new(),
        spans: spans
            .into_iter()
            .map(|(a, span)| ArticleSpan {
                article: ctx.articles[a].id.clone(),
                span,
            })
            .collect(),
        summary,
        why: String::new(),
        diff: Vec::new(),
    }
}

/// Compares `articles` (pasted texts `texts`, entities linked).
pub fn compare(articles: &[Article], texts: &[&str], entities: &[Entity]) -> Compared {
    let ctx = Ctx {
        articles,
        texts,
        entities,
        stories: articles
            .iter()
            .zip(texts)
            .map(|(a, t)| sentences::story(a, t))
            .collect(),
        utf16: texts.iter().map(|t| Utf16Map::new(t)).collect(),
    };
    let mut findings = entities::variants(&ctx);
    let alignment = align::align(&ctx.stories);
    let with_text: Vec<usize> = ctx.with_text().collect();
    let mut pairs = Vec::new();
    for (i, &x) in with_text.iter().enumerate() {
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
            pairs.push(Pair {
                articles: [articles[x].id.clone(), articles[y].id.clone()],
                words: [
                    sx.iter().map(|s| s.words.len()).sum(),
                    sy.iter().map(|s| s.words.len()).sum(),
                ],
                reuse: align::reuse(sx, sy),
                aligned: aligned
                    .iter()
                    .map(|m| AlignedSentences {
                        a: sx[m.x].index,
                        b: sy[m.y].index,
                        class: m.class,
                        similarity: (m.similarity * 1000.0).round() / 1000.0,
                        diff: if m.class == "identical" {
                            Vec::new()
                        } else {
                            align::diff(&sx[m.x], texts[x], &sy[m.y], texts[y])
                        },
                    })
                    .collect(),
            });
            findings.extend(facts::in_matching_sentences(&ctx, x, y, aligned));
            findings.extend(facts::in_related_sentences(&ctx, x, y, related, aligned));
            findings.extend(framing::in_matching_sentences(&ctx, x, y, aligned, related));
            findings.extend(omitted_sentences(&ctx, x, y, aligned));
        }
    }
    findings.extend(facts::tolls(&ctx));
    findings.extend(quotes::compare(&ctx));
    findings.extend(facts::omitted_quantities(&ctx));
    findings.extend(framing::outlets(&ctx));
    Compared { findings: merge_agreements(&ctx, findings), pairs }
}

/// Joins agreements that share a span into one finding across all their articles: with
/// three articles, "about 30", "some 30" and "roughly 30" are one agreement, not three.
fn merge_agreements(ctx: &Ctx, findings: Vec<Finding>) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::with_capacity(findings.len());
    for f in findings {
        let joins = |g: &Finding| {
            g.kind == f.kind
                && matches!(f.kind, "agreement/quantity" | "agreement/date")
                && g.spans.iter().any(|s| f.spans.iter().any(|t| s.article == t.article && s.span == t.span))
        };
        match out.iter_mut().find(|g| joins(g)) {
            Some(g) => {
                for s in f.spans {
                    if !g.spans.iter().any(|t| t.article == s.article && t.span == s.span) {
                        g.spans.push(s);
                    }
                }
                g.spans.sort_by(|p, q| (&p.article, p.span.start).cmp(&(&q.article, q.span.start)));
                let ids: Vec<usize> = g.spans.iter().filter_map(|s| ctx.articles.iter().position(|a| a.id == s.article)).collect();
                let mut carrying = ids.clone();
                carrying.dedup();
                g.articles = carrying.iter().map(|&a| ctx.articles[a].id.clone()).collect();
                let quoted: Vec<String> = g
                    .spans
                    .iter()
                    .zip(&ids)
                    .map(|(s, &a)| format!("\u{201c}{}\u{201d} in {}", &ctx.texts[a][s.span.start..s.span.end], ctx.label(a)))
                    .collect();
                g.summary = format!("{} agree", join(&quoted));
            }
            None => out.push(f),
        }
    }
    out
}

/// "x", "x and y", "x, y and z".
fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Sentences of each article of a pair with no match in the other.
fn omitted_sentences(ctx: &Ctx, x: usize, y: usize, aligned: &[align::Match]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (has, lacks, matched) in [
        (x, y, aligned.iter().map(|m| m.x).collect::<Vec<_>>()),
        (y, x, aligned.iter().map(|m| m.y).collect()),
    ] {
        for (pos, s) in ctx.stories[has].iter().enumerate() {
            if matched.contains(&pos)
                || s.words.iter().filter(|w| sentences::is_content(w)).count() < 4
            {
                continue;
            }
            let span = ctx.articles[has].sentences[s.index];
            let mut f = finding(
                ctx,
                Family::Omission,
                "omission/sentence",
                &[has],
                vec![(has, span)],
                format!(
                    "This sentence of {} has no counterpart in {}",
                    ctx.label(has),
                    ctx.label(lacks)
                ),
            );
            f.missing = vec![ctx.articles[lacks].id.clone()];
            f.why = format!(
                "no sentence of {} shares enough of its words",
                ctx.label(lacks)
            );
            out.push(f);
        }
    }
    out
}
