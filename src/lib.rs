//! Parallax reads news articles about the same event and shows what they share and where
//! they differ: the entities each names, the dates and numbers each gives, reused text,
//! quotes altered or credited to someone else, facts in conflict, what some leave out and
//! how each words the story.
//!
//! The core is pure Rust and knows nothing of JavaScript. One function, [`analyze`], runs
//! the pipeline: [`text`] (normalisation, boilerplate, sentences, atoms) and [`extract`]
//! (names, dates, numbers, quotes) read each article into a typed [`document::Document`];
//! [`link`] gives one entity to each thing named across the documents; [`compare`] says
//! what they share, where they differ and what some leave out; and [`report::build`] turns
//! all of it into the serialisable [`Report`], once, at the end. Two thin adapters sit on
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
//! assert_eq!(report.findings[0].kind.as_str(), "agreement/entity");
//! ```
//!
//! # Untrusted input
//! Any text is accepted: empty, binary, markup, any Unicode. Odd input yields a Report with
//! [`Diagnostic`]s, never a panic; only a request with no articles or more than
//! [`MAX_ARTICLES`] is refused. Each article is analysed up to [`MAX_ARTICLE_BYTES`], and
//! all of them together up to [`MAX_REQUEST_BYTES`] ([`analyze_batch`] has no such budget);
//! a diagnostic says what was left out.
//! Every span lies on character boundaries of the text as given.
#![deny(missing_docs)]

mod calendar;
pub mod compare;
pub mod document;
mod error;
#[cfg(feature = "eval")]
pub mod eval;
pub mod extract;
mod input;
mod lexicon;
pub mod link;
pub mod names;
pub mod notation;
pub mod progress;
pub mod report;
mod sorting;
pub mod text;
mod vocabulary;
#[cfg(feature = "wasm")]
pub mod wasm;

pub use error::Error;
pub use input::{
    ArticleInput, Input, MAX_ARTICLES, MAX_ARTICLE_BYTES, MAX_BATCH_ARTICLES, MAX_REQUEST_BYTES,
};
pub use names::{names, Names};
pub use progress::{Progress, Stage};
pub use report::{ArticleSpan, Diagnostic, Entity, Finding, Kind, Mention, Report, Reported};

/// Analyses and compares the articles of `input`.
///
/// Fails only when the request itself is unusable (see [`Error`]); problems with an
/// article's text are reported in [`Report::diagnostics`].
pub fn analyze(input: &Input) -> Result<Report, Error> {
    analyze_with(input, &mut progress::Silent)
}

/// [`analyze`], telling `progress` as it starts each article of each [`Stage`] (the page's
/// progress bar).
pub fn analyze_with(input: &Input, progress: &mut dyn Progress) -> Result<Report, Error> {
    analyze_up_to(input, MAX_ARTICLES, Some(MAX_REQUEST_BYTES), progress)
}

/// [`analyze`] for batch use (the command line): up to [`MAX_BATCH_ARTICLES`] articles,
/// with no budget for all of them together (each still up to [`MAX_ARTICLE_BYTES`]).
pub fn analyze_batch(input: &Input) -> Result<Report, Error> {
    analyze_up_to(input, MAX_BATCH_ARTICLES, None, &mut progress::Silent)
}

/// The pipeline: each article read into a document (text), an undated one given the date of
/// the dated article it shares most names with, each extracted, the documents linked, then compared, and the Report
/// built from all of it; `progress` is told as each article of each stage starts.
fn analyze_up_to(
    input: &Input,
    limit: usize,
    budget: Option<usize>,
    progress: &mut dyn Progress,
) -> Result<Report, Error> {
    input.validate(limit)?;
    let n = input.articles.len();
    let analysed = input::analysed_lengths(input, budget);
    let mut docs: Vec<document::Document> = input
        .articles
        .iter()
        .enumerate()
        .map(|(i, given)| {
            progress.step(Stage::Text, i, n);
            document::read(i, given, analysed[i])
        })
        .collect();
    let mut diagnostics = input::diagnostics(input, &analysed);
    // An article with no date of its own reads its relative dates against another's.
    let borrowed = document::borrowed_anchors(&docs);
    for i in 0..docs.len() {
        progress.step(Stage::Extract, i, n);
        let borrows = borrowed[i];
        docs[i].extract(borrows.map(|(date, _)| date));
        if let Some((date, from)) = borrows {
            diagnostics.push(input::borrowed_date(&docs[i], &docs[from], date));
        }
    }
    let entities = link::link(&mut docs, progress);
    let compared = compare::compare(&docs, &entities, progress);
    if !compared.events.is_empty() {
        diagnostics.push(input::different_events(&docs, &compared.events));
    }
    Ok(report::build(&docs, &entities, compared, diagnostics))
}
