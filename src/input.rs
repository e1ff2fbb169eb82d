//! Input: what a caller hands the analyser, the limits it enforces, and the checks that
//! turn odd input into diagnostics instead of failures.

use crate::calendar::Date;
use crate::document::Document;
use crate::error::Error;
use crate::vocabulary::vocabulary;
use serde::{Deserialize, Serialize};

/// The most articles one request may compare.
pub const MAX_ARTICLES: usize = 20;

/// The most articles one batch request may compare (the command line's limit): the
/// comparison's cost grows close to linearly, so batches of hundreds are fine natively.
pub const MAX_BATCH_ARTICLES: usize = 1000;

/// The most bytes of one article that are analysed; the rest is kept but not analysed, and
/// a `truncated` diagnostic says so. About 150,000 words: far past any news article.
pub const MAX_ARTICLE_BYTES: usize = 1 << 20;

/// A request: the articles to analyse and compare, in order.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Input {
    /// The articles; ids "a", "b", ... follow this order.
    pub articles: Vec<ArticleInput>,
}

/// One article as pasted.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ArticleInput {
    /// The outlet or a name for the article; empty for "Article A".
    #[serde(default)]
    pub label: String,
    /// The article's text exactly as pasted.
    #[serde(default)]
    pub text: String,
    /// The publication date as `YYYY-MM-DD`; empty when unknown.
    #[serde(default)]
    pub published: String,
}

impl ArticleInput {
    /// The publication date, when one is given and is a real date written `YYYY-MM-DD`.
    pub fn published_date(&self) -> Option<Date> {
        Date::parse_iso(&self.published)
    }
}

impl Input {
    /// Refuses requests the analyser cannot serve: none or too many articles.
    pub(crate) fn validate(&self, limit: usize) -> Result<(), Error> {
        match self.articles.len() {
            0 => Err(Error::no_articles()),
            n if n > limit => Err(Error::too_many_articles(n, limit)),
            _ => Ok(()),
        }
    }
}

/// The id of the article at `index`: "a", "b", ... "z", then "aa", "ab", ... as
/// spreadsheet columns are named.
pub(crate) fn article_id(index: usize) -> String {
    let mut n = index + 1;
    let mut id = Vec::new();
    while n > 0 {
        n -= 1;
        id.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    id.reverse();
    String::from_utf8(id).expect("ASCII letters")
}

/// The part of `text` that is analysed: all of it, or its first [`MAX_ARTICLE_BYTES`]
/// bytes cut back to a character boundary.
pub(crate) fn analysed_part(text: &str) -> &str {
    if text.len() <= MAX_ARTICLE_BYTES {
        return text;
    }
    let mut end = MAX_ARTICLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Worth knowing; results are complete.
    Info,
    /// Results are partial or may mislead.
    Warning,
}

vocabulary! {
    /// What a diagnostic is about, as a stable code for tests and styling.
    pub enum DiagnosticCode {
        /// The article has no text.
        Empty = "empty",
        /// Only the first part of the article was analysed.
        Truncated = "truncated",
        /// The text looks like binary data.
        Binary = "binary",
        /// The text holds HTML markup.
        Markup = "markup",
        /// The publication date is not a date.
        BadDate = "bad_date",
        /// Fewer than two articles have text.
        NothingToCompare = "nothing_to_compare",
        /// An article had no date of its own; its relative dates were read against another
        /// article's.
        BorrowedDate = "borrowed_date",
        /// The articles report different events; each is compared only with those about
        /// its own.
        DifferentEvents = "different_events",
    }
}

/// A non-fatal problem with the input.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub level: Level,
    /// The article it concerns, if one.
    pub article: Option<String>,
    /// What it is about.
    pub code: DiagnosticCode,
    /// What happened and what to do, in words.
    pub message: String,
}

/// The diagnostics for a request: each article's, then whether there is anything to
/// compare.
pub(crate) fn diagnostics(input: &Input) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = input
        .articles
        .iter()
        .enumerate()
        .flat_map(|(i, given)| check_article(&article_id(i), given))
        .collect();
    let with_text = input
        .articles
        .iter()
        .filter(|a| !a.text.trim().is_empty())
        .count();
    if input.articles.len() > 1 && with_text < 2 {
        out.push(Diagnostic {
            level: Level::Info,
            article: None,
            code: DiagnosticCode::NothingToCompare,
            message: "Fewer than two articles have text, so nothing was compared. Paste another article to compare.".into(),
        });
    }
    out
}

/// The note that `doc`'s relative dates were read against `date`, the date of `from`.
pub(crate) fn borrowed_date(doc: &Document, from: &Document, date: Date) -> Diagnostic {
    Diagnostic {
        level: Level::Info,
        article: Some(article_id(doc.index)),
        code: DiagnosticCode::BorrowedDate,
        message: format!(
            "{} has no publication date and no full date in its text, so its relative dates (\u{201c}Thursday\u{201d}, \u{201c}yesterday\u{201d}) were read against {}, the date of {}. Add its publication date above if it was published on another day.",
            doc.label,
            date.long(),
            from.label
        ),
    }
}

/// The note that the articles report different events: `events` groups the documents
/// about each (see `compare::events`).
pub(crate) fn different_events(docs: &[Document], events: &[Vec<usize>]) -> Diagnostic {
    let groups: Vec<String> = events
        .iter()
        .map(|g| {
            let labels: Vec<&str> = g.iter().map(|&a| docs[a].label.as_str()).collect();
            format!("({})", labels.join(", "))
        })
        .collect();
    Diagnostic {
        level: Level::Warning,
        article: None,
        code: DiagnosticCode::DifferentEvents,
        message: format!(
            "These articles seem to report {} different events: they name almost none of the same people, places or bodies and tell no sentence alike. Each article is compared only with those about its own event: {}.",
            events.len(),
            groups.join("; ")
        ),
    }
}

/// The diagnostics for one article's input.
fn check_article(id: &str, input: &ArticleInput) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut warn = |code, message: String| {
        out.push(Diagnostic {
            level: Level::Warning,
            article: Some(id.to_string()),
            code,
            message,
        })
    };
    let text = &input.text;
    if text.trim().is_empty() {
        warn(
            DiagnosticCode::Empty,
            format!("Article {id} is empty: paste its text or remove it."),
        );
        return out;
    }
    if text.len() > MAX_ARTICLE_BYTES {
        warn(
            DiagnosticCode::Truncated,
            format!(
                "Article {id} is {} bytes long; only the first {} bytes were analysed. Paste one article per box.",
                text.len(),
                MAX_ARTICLE_BYTES
            ),
        );
    }
    let odd = text
        .chars()
        .filter(|&c| c == '\u{fffd}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t')))
        .count();
    if odd * 100 > text.chars().count().min(100_000) {
        warn(
            DiagnosticCode::Binary,
            format!("Article {id} looks like binary data ({odd} control or unreadable characters): results will mean little. Paste the article's text."),
        );
    }
    let lower = text.to_ascii_lowercase();
    if [
        "<script", "<html", "<body", "<div", "<p>", "<img", "<iframe",
    ]
    .iter()
    .any(|tag| lower.contains(tag))
    {
        warn(
            DiagnosticCode::Markup,
            format!("Article {id} contains HTML markup; it was read as plain text, tags and all. Copy the article from the rendered page instead of its source."),
        );
    }
    if !input.published.is_empty() && input.published_date().is_none() {
        warn(
            DiagnosticCode::BadDate,
            format!(
                "Article {id}'s publication date {:?} is not a date like 2024-03-05; it was ignored.",
                input.published
            ),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str, published: &str) -> Vec<&'static str> {
        let input = ArticleInput {
            label: String::new(),
            text: text.to_string(),
            published: published.to_string(),
        };
        check_article("a", &input)
            .iter()
            .map(|d| d.code.as_str())
            .collect()
    }

    #[test]
    fn diagnostics_name_the_problem() {
        assert_eq!(codes("  \n\t ", ""), ["empty"]);
        assert_eq!(codes("Plain news.", ""), Vec::<&str>::new());
        assert_eq!(codes("\u{0}\u{1}\u{2}ab", ""), ["binary"]);
        assert_eq!(codes("Hi <script>alert(1)</script>", ""), ["markup"]);
        assert_eq!(codes("News.", "2021-02-29"), ["bad_date"]);
        assert_eq!(codes("News.", "2024-02-29"), Vec::<&str>::new());
        assert_eq!(codes(&"word ".repeat(300_000), ""), ["truncated"]);
    }

    #[test]
    fn truncation_keeps_whole_characters() {
        let text = "€".repeat(MAX_ARTICLE_BYTES); // 3 bytes each
        let part = analysed_part(&text);
        assert!(part.len() <= MAX_ARTICLE_BYTES && part.len() > MAX_ARTICLE_BYTES - 3);
        assert!(part.chars().all(|c| c == '€'));
    }

    #[test]
    fn ids_follow_input_order() {
        assert_eq!(article_id(0), "a");
        assert_eq!(article_id(MAX_ARTICLES - 1), "t");
        assert_eq!(
            [
                article_id(25),
                article_id(26),
                article_id(27),
                article_id(701),
                article_id(702)
            ],
            ["z", "aa", "ab", "zz", "aaa"]
        );
    }
}
