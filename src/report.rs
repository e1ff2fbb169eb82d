//! The Report: everything the page, the CLI and (later) the exports show, in one
//! serialisable value. Every finding points at the articles it concerns, and every mention
//! at an exact span of the text the user pasted. `docs/report.md` documents it field by
//! field; bump [`SCHEMA_VERSION`] on any change a consumer could notice.

use crate::offsets::Span;
use serde::Serialize;

/// The version of the Report's shape, carried in every Report.
pub const SCHEMA_VERSION: &str = "1";

/// The result of analysing and comparing a set of articles.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: &'static str,
    /// The articles, in input order.
    pub articles: Vec<Article>,
    /// Canonical entities across all articles; `entities[i].id == i`.
    pub entities: Vec<Entity>,
    /// Everything the comparison found, one flat list.
    pub findings: Vec<Finding>,
    /// Non-fatal problems with the input, in words a reader can act on.
    pub diagnostics: Vec<Diagnostic>,
}

/// One analysed article.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// "a", "b", ... in input order.
    pub id: String,
    /// The outlet label given with the input, or "Article A" when none was.
    pub label: String,
    /// Publication date as `YYYY-MM-DD`, when one was given and valid.
    pub published: Option<String>,
    /// Length of the pasted text in UTF-8 bytes.
    pub bytes: usize,
    /// Length of the pasted text in UTF-16 code units (JavaScript's `length`).
    pub utf16_len: usize,
    /// How much of the text was analysed, in UTF-16 code units: less than `utf16_len` only
    /// when the text was over the size limit (a `truncated` diagnostic says so).
    pub analysed_utf16_len: usize,
    /// The date relative dates were resolved against, and where it came from.
    pub anchor: Option<Anchor>,
    /// Sentences (and headline or paragraph lines), in order.
    pub sentences: Vec<Span>,
    /// Stretches that are not the story (share widgets, captions, credit blocks, ...):
    /// shown greyed, left out of extraction and comparison.
    pub boilerplate: Vec<Boilerplate>,
    /// The dateline that opens the story ("LINDMARK (Wire) -"), if any.
    pub dateline: Option<Dateline>,
    /// People the article credits (from "By ..." lines and wire credit blocks).
    pub bylines: Vec<Byline>,
    /// Everything the extractors found, in text order, never overlapping; those in
    /// boilerplate say so and are not compared.
    pub mentions: Vec<Mention>,
    /// Direct quotes, in text order.
    pub quotes: Vec<Quote>,
}

/// The date an article's relative dates ("on Tuesday", "yesterday") were resolved against.
#[derive(Debug, Clone, Serialize)]
pub struct Anchor {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `input` (the publication date given) or `text` (the first full date in the text).
    pub from: &'static str,
}

/// A piece of text with its span.
#[derive(Debug, Clone, Serialize)]
pub struct Snippet {
    /// The text as pasted.
    pub text: String,
    /// Where it stands.
    pub span: Span,
}

/// A stretch of boilerplate.
#[derive(Debug, Clone, Serialize)]
pub struct Boilerplate {
    /// Where it stands.
    pub span: Span,
    /// `navigation`, `share`, `subscribe`, `follow`, `mirror_address`, `related_links`,
    /// `caption`, `copyright` or `wire_credit`.
    pub kind: &'static str,
}

/// A dateline: the place (and source) a story was filed from.
#[derive(Debug, Clone, Serialize)]
pub struct Dateline {
    /// The whole dateline, dash included.
    pub span: Span,
    /// The place, as written.
    pub place: Snippet,
    /// The agency or outlet in parentheses, when given.
    pub source: Option<Snippet>,
}

/// A person the article credits.
#[derive(Debug, Clone, Serialize)]
pub struct Byline {
    /// The person's name.
    pub name: Snippet,
    /// `reporting`, `additional_reporting`, `writing` or `editing`.
    pub role: &'static str,
}

/// A direct quote and who said it.
#[derive(Debug, Clone, Serialize)]
pub struct Quote {
    /// The quote, marks included.
    pub span: Span,
    /// What was said, inside the marks.
    pub content: Span,
    /// Who said it, when the text says.
    pub speaker: Option<Speaker>,
    /// Whether it quotes a fragment inside the reporter's own sentence.
    pub partial: bool,
    /// The outlet credited with reporting it ("Wire quoted a source as saying ...").
    pub via: Option<Snippet>,
}

/// Who a quote is attributed to.
#[derive(Debug, Clone, Serialize)]
pub struct Speaker {
    /// The name or noun phrase, without a leading determiner; for a pronoun, its antecedent.
    pub name: Snippet,
    /// `named`, `anonymous`, `institutional` or `outlet`.
    pub kind: &'static str,
    /// The speaker's entity, when the name is a linked mention.
    pub entity: Option<usize>,
}

/// A stretch of text that names something: a name, a date, a number.
#[derive(Debug, Clone, Serialize)]
pub struct Mention {
    /// Where it stands in the article.
    pub span: Span,
    /// The text of the span, as pasted.
    pub text: String,
    /// What it is.
    pub kind: Kind,
    /// A normalised value: an ISO 8601 date for dates, a plain number for numbers.
    pub value: Option<String>,
    /// Why it is there: the rule or model that found it, e.g. `rule:date`.
    pub source: &'static str,
    /// Index into [`Report::entities`], for names outside boilerplate.
    pub entity: Option<usize>,
    /// Whether it stands in boilerplate (a caption, a credit block): shown, but left out
    /// of linking and comparison.
    pub boilerplate: bool,
}

/// The kinds of mention. Serialised as the upper-case codes the page styles by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Kind {
    /// A person.
    #[serde(rename = "PER")]
    Person,
    /// An organisation: a company, an embassy, a ministry, an army.
    #[serde(rename = "ORG")]
    Organisation,
    /// A place: a country, a city, a region.
    #[serde(rename = "LOC")]
    Place,
    /// Another proper name: a nationality, an event, a product.
    #[serde(rename = "MISC")]
    Misc,
    /// A proper name whose type the rules could not tell.
    #[serde(rename = "NAME")]
    Name,
    /// A date, a weekday, a year, a relative day.
    #[serde(rename = "DATE")]
    Date,
    /// A quantity: an amount with its unit or counted noun ("15 km", "14 people", "€2m").
    #[serde(rename = "QUANTITY")]
    Quantity,
    /// A group named by nationality or demonym ("Norwegians", "Malian troops").
    #[serde(rename = "GROUP")]
    Group,
}

impl Kind {
    /// Whether mentions of this kind are names that link into entities.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            Kind::Person | Kind::Organisation | Kind::Place | Kind::Misc | Kind::Name | Kind::Group
        )
    }
}

/// One thing named in one or more articles, with all its mentions.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    /// Its index in [`Report::entities`].
    pub id: usize,
    /// Its kind, by majority of its typed mentions.
    pub kind: Kind,
    /// The name to show: its most frequent written form.
    pub canonical: String,
    /// Its mentions, per article that names it, in article order.
    pub mentions: Vec<EntityMentions>,
}

/// The mentions of one entity in one article.
#[derive(Debug, Clone, Serialize)]
pub struct EntityMentions {
    /// The article's id.
    pub article: String,
    /// Indexes into that article's `mentions`.
    pub indexes: Vec<usize>,
}

/// The broad family of a finding; the page groups by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Something all the articles share.
    Agreement,
    /// Something some articles carry and others leave out.
    Omission,
    /// Two statements that cannot both be true.
    Conflict,
}

/// One thing the comparison found.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// "f1", "f2", ... stable within one Report.
    pub id: String,
    /// Its family.
    pub family: Family,
    /// The finer grain, `family/what`, e.g. `agreement/entity`.
    pub kind: &'static str,
    /// The entity it is about, if any.
    pub entity: Option<usize>,
    /// The articles that carry it.
    pub articles: Vec<String>,
    /// The articles (with text) that do not.
    pub missing: Vec<String>,
    /// The spans it points at, each in its article.
    pub spans: Vec<ArticleSpan>,
    /// One sentence a reader understands.
    pub summary: String,
}

/// A span in a named article.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleSpan {
    /// The article's id.
    pub article: String,
    /// The span in that article.
    pub span: Span,
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

/// A non-fatal problem with the input.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub level: Level,
    /// The article it concerns, if one.
    pub article: Option<String>,
    /// A stable code for tests and styling: `empty`, `truncated`, `binary`, `markup`,
    /// `bad_date`, `nothing_to_compare`.
    pub code: &'static str,
    /// What happened and what to do, in words.
    pub message: String,
}
