//! Input: what a caller hands the analyser, the limits it enforces, and the checks that
//! turn odd input into diagnostics instead of failures.

use crate::calendar::iso_date;
use crate::error::Error;
use crate::report::{Diagnostic, Level};
use serde::Deserialize;

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

/// The diagnostics for one article's input.
pub(crate) fn check_article(id: &str, input: &ArticleInput) -> Vec<Diagnostic> {
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
            "empty",
            format!("Article {id} is empty: paste its text or remove it."),
        );
        return out;
    }
    if text.len() > MAX_ARTICLE_BYTES {
        warn(
            "truncated",
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
            "binary",
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
            "markup",
            format!("Article {id} contains HTML markup; it was read as plain text, tags and all. Copy the article from the rendered page instead of its source."),
        );
    }
    if !input.published.is_empty() && !is_iso_date(&input.published) {
        warn(
            "bad_date",
            format!(
                "Article {id}'s publication date {:?} is not a date like 2024-03-05; it was ignored.",
                input.published
            ),
        );
    }
    out
}

/// Whether `s` is a real calendar date written `YYYY-MM-DD`.
pub(crate) fn is_iso_date(s: &str) -> bool {
    let mut parts = s.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let num = |p: &str| p.parse::<u32>().unwrap_or(0);
    iso_date(num(y), num(m), num(d)).is_some()
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
        check_article("a", &input).iter().map(|d| d.code).collect()
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
