//! Parallax reads news articles about the same event and shows what they share and where
//! they differ: the entities each names, the dates and numbers each gives, and (as the
//! project grows) reused text, altered quotes, conflicting facts, omissions and framing.
//!
//! The core is pure Rust and knows nothing of JavaScript. One function, [`analyze`], runs
//! the pipeline: [`text`] (sentences, words) -> [`extract`] (names, dates, numbers) ->
//! [`link`] (one entity for each thing named, across articles) -> [`compare`] (what every
//! article names, what only some do) -> a serialisable [`Report`]. Two thin adapters sit on
//! top: `wasm` for the page and the `parallax` command-line tool.
//!
//! ```
//! use parallax::{analyze, ArticleInput, Input, Kind};
//!
//! let input = Input {
//!     articles: vec![
//!         ArticleInput { label: "Gazette".into(), text: "Ships left Port Selwyn on Friday.".into(), ..Default::default() },
//!         ArticleInput { label: "Herald".into(), text: "Crews in Port Selwyn counted 12 ships.".into(), ..Default::default() },
//!     ],
//! };
//! let report = analyze(&input).unwrap();
//! let a = &report.articles[0];
//! assert_eq!(a.mentions[0].text, "Port Selwyn");
//! assert_eq!(a.mentions[0].kind, Kind::Place);
//! assert_eq!(report.findings[0].kind, "agreement/entity");
//! ```
//!
//! # Untrusted input
//! Any text is accepted: empty, binary, markup, any Unicode. Odd input yields a Report with
//! [`Diagnostic`]s, never a panic; only a request with no articles or more than
//! [`MAX_ARTICLES`] is refused. Each article is analysed up to [`MAX_ARTICLE_BYTES`].
//! Every span lies on character boundaries of the text as given.
#![deny(missing_docs)]

mod article;
mod calendar;
pub mod compare;
mod error;
#[cfg(feature = "eval")]
pub mod eval;
pub mod extract;
mod input;
pub mod link;
mod linking;
pub mod names;
pub mod notation;
pub mod offsets;
pub mod report;
pub mod text;
#[cfg(feature = "wasm")]
pub mod wasm;

pub use error::Error;
pub use input::{ArticleInput, Input, MAX_ARTICLES, MAX_ARTICLE_BYTES, MAX_BATCH_ARTICLES};
pub use names::{names, Names};
pub use report::{ArticleSpan, Diagnostic, Entity, Finding, Kind, Mention, Report};

use compare::{ArticleRef, EntityPresence};
use input::{article_id, check_article};
use report::{Family, Level};

/// Analyses and compares the articles of `input`.
///
/// Fails only when the request itself is unusable (see [`Error`]); problems with an
/// article's text are reported in [`Report::diagnostics`].
pub fn analyze(input: &Input) -> Result<Report, Error> {
    analyze_up_to(input, MAX_ARTICLES)
}

/// [`analyze`] for batch use (the command line): up to [`MAX_BATCH_ARTICLES`] articles.
pub fn analyze_batch(input: &Input) -> Result<Report, Error> {
    analyze_up_to(input, MAX_BATCH_ARTICLES)
}

fn analyze_up_to(input: &Input, limit: usize) -> Result<Report, Error> {
    input.validate(limit)?;
    let mut diagnostics = Vec::new();
    let mut articles = Vec::with_capacity(input.articles.len());
    let mut findings = Vec::new();
    for (i, given) in input.articles.iter().enumerate() {
        let id = article_id(i);
        diagnostics.extend(check_article(&id, given));
        let (article, conflicts) = article::analyze(id.clone(), given);
        findings.extend(conflicts.into_iter().map(|c| {
            Finding {
                id: String::new(),
                family: Family::Conflict,
                kind: "conflict/weekday",
                entity: None,
                articles: vec![id.clone()],
                missing: Vec::new(),
                spans: [c.weekday, c.date]
                    .map(|span| ArticleSpan {
                        article: id.clone(),
                        span,
                    })
                    .to_vec(),
                summary: c.message,
                why: "a weekday and a date in one sentence disagree".into(),
                diff: Vec::new(),
                sides: Vec::new(),
            }
        }));
        articles.push(article);
    }

    let texts: Vec<&str> = input.articles.iter().map(|a| a.text.as_str()).collect();
    linking::add_misspelt_names(&mut articles, &texts);
    let mut entities = linking::link_articles(&mut articles);
    findings.extend(entity_findings(&articles, &input.articles, &mut entities));
    let compared = compare::compare(&articles, &texts, &entities);
    findings.extend(compared.findings);
    dedup(&mut findings);
    for (i, finding) in findings.iter_mut().enumerate() {
        finding.id = format!("f{}", i + 1);
    }
    let refs_with_text = input
        .articles
        .iter()
        .filter(|a| !a.text.trim().is_empty())
        .count();
    if articles.len() > 1 && refs_with_text < 2 {
        diagnostics.push(Diagnostic {
            level: Level::Info,
            article: None,
            code: "nothing_to_compare",
            message: "Fewer than two articles have text, so nothing was compared. Paste another article to compare.".into(),
        });
    }

    Ok(Report {
        schema_version: report::SCHEMA_VERSION,
        articles,
        entities,
        findings,
        pairs: compared.pairs,
        diagnostics,
    })
}

/// Agreement and omission findings for the linked entities.
fn entity_findings(
    articles: &[report::Article],
    inputs: &[ArticleInput],
    entities: &mut [Entity],
) -> Vec<Finding> {
    let refs: Vec<ArticleRef> = articles
        .iter()
        .zip(inputs)
        .map(|(a, given)| ArticleRef {
            id: &a.id,
            label: &a.label,
            has_text: !given.text.trim().is_empty(),
        })
        .collect();
    let counts: Vec<Vec<usize>> = entities
        .iter()
        .map(|e| {
            articles
                .iter()
                .map(|a| {
                    e.mentions
                        .iter()
                        .find(|m| m.article == a.id)
                        .map_or(0, |m| m.indexes.len())
                })
                .collect()
        })
        .collect();
    let firsts: Vec<Vec<ArticleSpan>> = entities
        .iter()
        .map(|e| {
            e.mentions
                .iter()
                .map(|m| {
                    let article = articles
                        .iter()
                        .find(|a| a.id == m.article)
                        .expect("known id");
                    ArticleSpan {
                        article: m.article.clone(),
                        span: article.mentions[m.indexes[0]].span,
                    }
                })
                .collect()
        })
        .collect();
    let presence: Vec<EntityPresence> = entities
        .iter()
        .zip(&counts)
        .zip(&firsts)
        .map(|((e, c), first)| EntityPresence {
            entity: e.id,
            name: &e.canonical,
            counts: c,
            first,
        })
        .collect();
    compare::entity_overlap(&refs, &presence)
}

/// Drops findings of the same kind over the same spans (two routes to one fact).
fn dedup(findings: &mut Vec<Finding>) {
    let mut seen = std::collections::HashSet::new();
    let keep: Vec<bool> = findings
        .iter()
        .map(|f| {
            let mut spans: Vec<(&str, usize, usize)> = f
                .spans
                .iter()
                .map(|s| (s.article.as_str(), s.span.start, s.span.end))
                .collect();
            spans.sort_unstable();
            seen.insert((f.kind, spans))
        })
        .collect();
    let mut keep = keep.into_iter();
    findings.retain(|_| keep.next().unwrap_or(true));
}
