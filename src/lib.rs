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

mod calendar;
pub mod compare;
mod error;
pub mod extract;
mod input;
pub mod link;
pub mod offsets;
pub mod report;
pub mod text;
pub mod wasm;

pub use error::Error;
pub use input::{ArticleInput, Input, MAX_ARTICLES, MAX_ARTICLE_BYTES};
pub use report::{Diagnostic, Entity, Finding, Kind, Mention, Report};

use compare::{ArticleRef, EntityPresence};
use input::{analysed_part, article_id, check_article, is_iso_date};
use link::NameMention;
use offsets::Utf16Map;
use report::{Article, EntityMentions, Level};

/// Analyses and compares the articles of `input`.
///
/// Fails only when the request itself is unusable (see [`Error`]); problems with an
/// article's text are reported in [`Report::diagnostics`].
pub fn analyze(input: &Input) -> Result<Report, Error> {
    input.validate()?;
    let mut diagnostics = Vec::new();
    let mut articles = Vec::with_capacity(input.articles.len());
    for (i, given) in input.articles.iter().enumerate() {
        let id = article_id(i);
        diagnostics.extend(check_article(&id, given));
        articles.push(analyze_article(id, given));
    }

    // Link: every name mention of every article.
    let names: Vec<Vec<NameMention>> = articles
        .iter()
        .map(|a| {
            a.mentions
                .iter()
                .filter(|m| m.kind.is_name())
                .map(|m| NameMention {
                    text: &m.text,
                    kind: m.kind,
                })
                .collect()
        })
        .collect();
    let (linked, assignment) = link::link(&names);
    let counts: Vec<Vec<usize>> = linked
        .iter()
        .map(|l| l.mentions.iter().map(Vec::len).collect())
        .collect();
    let mut entities: Vec<Entity> = Vec::with_capacity(linked.len());
    for (id, l) in linked.into_iter().enumerate() {
        entities.push(Entity {
            id,
            kind: l.kind,
            canonical: l.canonical,
            mentions: Vec::new(),
        });
    }
    for (a, article) in articles.iter_mut().enumerate() {
        let mut next_name = assignment[a].iter();
        for (index, mention) in article.mentions.iter_mut().enumerate() {
            if !mention.kind.is_name() {
                continue;
            }
            let entity = *next_name.next().expect("one assignment per name mention");
            mention.entity = Some(entity);
            let per_article = &mut entities[entity].mentions;
            match per_article.last_mut() {
                Some(m) if m.article == article.id => m.indexes.push(index),
                _ => per_article.push(EntityMentions {
                    article: article.id.clone(),
                    indexes: vec![index],
                }),
            }
        }
    }

    // Compare.
    let refs: Vec<ArticleRef> = articles
        .iter()
        .zip(&input.articles)
        .map(|(a, given)| ArticleRef {
            id: &a.id,
            label: &a.label,
            has_text: !given.text.trim().is_empty(),
        })
        .collect();
    let presence: Vec<EntityPresence> = entities
        .iter()
        .zip(&counts)
        .map(|(e, c)| EntityPresence {
            entity: e.id,
            name: &e.canonical,
            counts: c,
        })
        .collect();
    let findings = compare::entity_overlap(&refs, &presence);
    if articles.len() > 1 && refs.iter().filter(|r| r.has_text).count() < 2 {
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
        diagnostics,
    })
}

/// Runs the text and extract stages on one article.
fn analyze_article(id: String, given: &ArticleInput) -> Article {
    let text = given.text.as_str();
    let part = analysed_part(text);
    let map = Utf16Map::new(text);
    let sentences = text::sentences(part);
    let mentions = extract::extract(part, &sentences)
        .into_iter()
        .map(|f| Mention {
            span: map.span(f.range.clone()),
            text: text[f.range].to_string(),
            kind: f.kind,
            value: f.value,
            source: f.source,
            entity: None,
        })
        .collect();
    let label = given.label.trim();
    Article {
        label: if label.is_empty() {
            format!("Article {}", id.to_uppercase())
        } else {
            label.chars().take(200).collect()
        },
        id,
        published: is_iso_date(&given.published).then(|| given.published.clone()),
        bytes: text.len(),
        utf16_len: map.utf16_len(),
        analysed_utf16_len: map.utf16(part.len()),
        sentences: sentences.into_iter().map(|r| map.span(r)).collect(),
        mentions,
    }
}
