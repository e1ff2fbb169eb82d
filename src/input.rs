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

/// The most bytes of all the articles of one request that are analysed (the page's and
/// [`crate::analyze`]'s budget; batch use has none): shared out so that every article up to
/// an equal part is read whole and the longer ones get equal parts of the rest. Past it
/// the work, the report and the page's memory would grow beyond what a browser tab holds
/// comfortably; 2 MiB is about 350,000 words, some hundred long articles.
pub const MAX_REQUEST_BYTES: usize = 2 << 20;

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

/// How many bytes of each article are analysed: each at most [`MAX_ARTICLE_BYTES`], and
/// with a `budget` all together at most that, shared out from the shortest article up, each
/// taking all it has or an equal part of what is left.
pub(crate) fn analysed_lengths(input: &Input, budget: Option<usize>) -> Vec<usize> {
    let lengths: Vec<usize> = input
        .articles
        .iter()
        .map(|a| a.text.len().min(MAX_ARTICLE_BYTES))
        .collect();
    let Some(budget) = budget else {
        return lengths;
    };
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    crate::sorting::sort_by_key(&mut order, |&i| lengths[i]);
    let mut left = budget;
    let mut out = vec![0; lengths.len()];
    for (k, &i) in order.iter().enumerate() {
        let share = left / (order.len() - k);
        out[i] = lengths[i].min(share);
        left -= out[i];
    }
    out
}

/// The part of `text` that is analysed: its first `limit` bytes, cut back to a character
/// boundary.
pub(crate) fn analysed_part(text: &str, limit: usize) -> &str {
    if text.len() <= limit {
        return text;
    }
    let mut end = limit;
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
        /// The articles together are longer than one request analyses; the longer ones
        /// were analysed only in part.
        OverBudget = "over_budget",
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
pub(crate) fn diagnostics(input: &Input, analysed: &[usize]) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = over_budget(input, analysed).into_iter().collect();
    out.extend(
        input
            .articles
            .iter()
            .enumerate()
            .flat_map(|(i, given)| check_article(&article_id(i), given, analysed[i])),
    );
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

/// The note that the articles together are longer than [`MAX_REQUEST_BYTES`], so that the
/// longer ones were analysed only in part (`analysed` bytes of each): none when every
/// article was read up to [`MAX_ARTICLE_BYTES`].
fn over_budget(input: &Input, analysed: &[usize]) -> Option<Diagnostic> {
    let cut: Vec<usize> = (0..analysed.len())
        .filter(|&i| analysed[i] < input.articles[i].text.len().min(MAX_ARTICLE_BYTES))
        .collect();
    if cut.is_empty() {
        return None;
    }
    let total: usize = input.articles.iter().map(|a| a.text.len()).sum();
    let ids: Vec<String> = cut.iter().map(|&i| article_id(i)).collect();
    let each = cut.iter().map(|&i| analysed[i]).max().unwrap_or(0);
    Some(Diagnostic {
        level: Level::Warning,
        article: None,
        code: DiagnosticCode::OverBudget,
        message: format!(
            "The articles together are {}: more than the {} Parallax analyses at a time, so only the first {} or so of article{} {} {} analysed. To have everything read, compare fewer or shorter articles (an extract of each is enough).",
            size(total),
            size(MAX_REQUEST_BYTES),
            size(each),
            if ids.len() == 1 { "" } else { "s" },
            ids.join(", "),
            if ids.len() == 1 { "was" } else { "were" },
        ),
    })
}

/// `bytes` for a reader: "2.0 MiB", "340 KiB", "900 bytes".
fn size(bytes: usize) -> String {
    const KIB: usize = 1 << 10;
    const MIB: usize = 1 << 20;
    match bytes {
        b if b >= MIB => format!("{:.1} MiB", b as f64 / MIB as f64),
        b if b >= KIB => format!("{} KiB", b / KIB),
        b => format!("{b} bytes"),
    }
}

/// The diagnostics for one article's input, of which `analysed` bytes are analysed.
fn check_article(id: &str, input: &ArticleInput, analysed: usize) -> Vec<Diagnostic> {
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
    if text.len() > analysed {
        let advice = match analysed < MAX_ARTICLE_BYTES {
            true => "The articles together are more than Parallax analyses at a time",
            false => "Paste one article per box",
        };
        warn(
            DiagnosticCode::Truncated,
            format!(
                "Article {id} is {} bytes long; only the first {analysed} bytes were analysed. {advice}.",
                text.len(),
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
        check_article("a", &input, input.text.len().min(MAX_ARTICLE_BYTES))
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
        let part = analysed_part(&text, MAX_ARTICLE_BYTES);
        assert!(part.len() <= MAX_ARTICLE_BYTES && part.len() > MAX_ARTICLE_BYTES - 3);
        assert!(part.chars().all(|c| c == '€'));
    }

    /// A request of articles `lengths` bytes long.
    fn request(lengths: &[usize]) -> Input {
        Input {
            articles: lengths
                .iter()
                .map(|&n| ArticleInput {
                    text: "w".repeat(n),
                    ..ArticleInput::default()
                })
                .collect(),
        }
    }

    #[test]
    fn the_budget_reads_short_articles_whole_and_shares_the_rest() {
        let mib = 1 << 20;
        // Within the budget, everything up to an article's own limit.
        let small = request(&[1000, 5000, 3 * mib]);
        assert_eq!(
            analysed_lengths(&small, Some(MAX_REQUEST_BYTES)),
            [1000, 5000, mib]
        );
        assert!(diagnostics(&small, &[1000, 5000, mib])
            .iter()
            .all(|d| d.code != DiagnosticCode::OverBudget));
        // Past it: the short ones whole, the long ones equal parts of what is left, the
        // total exactly the budget.
        let big = request(&[mib, 200, mib, mib]);
        let share = (MAX_REQUEST_BYTES - 200) / 3;
        let lengths = analysed_lengths(&big, Some(MAX_REQUEST_BYTES));
        assert_eq!(lengths, [share, 200, share, share]);
        assert!(lengths.iter().sum::<usize>() <= MAX_REQUEST_BYTES);
        // No budget: each article up to its own limit.
        assert_eq!(analysed_lengths(&big, None), [mib, 200, mib, mib]);
        // One note for the request naming the articles cut, and one for each of them.
        let notes = diagnostics(&big, &lengths);
        let over: Vec<&Diagnostic> = notes
            .iter()
            .filter(|d| d.code == DiagnosticCode::OverBudget)
            .collect();
        assert_eq!(over.len(), 1);
        assert!(over[0].article.is_none());
        assert!(
            over[0].message.contains("3.0 MiB")
                && over[0].message.contains("2.0 MiB")
                && over[0].message.contains("articles a, c, d were analysed"),
            "{}",
            over[0].message
        );
        let cut: Vec<&str> = notes
            .iter()
            .filter(|d| d.code == DiagnosticCode::Truncated)
            .filter_map(|d| d.article.as_deref())
            .collect();
        assert_eq!(cut, ["a", "c", "d"]);
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
