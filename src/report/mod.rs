//! The Report: everything the page, the CLI and (later) the exports show, in one
//! serialisable value, built once at the end of the pipeline by [`build`] from the
//! documents, the entities and what the comparison found. Every finding points at the
//! articles it concerns, and every mention at an exact span of the text the user pasted,
//! in bytes and in UTF-16 code units. `docs/report.md` documents it field by field; bump
//! [`SCHEMA_VERSION`] on any change a consumer could notice.

mod build;
pub mod offsets;

pub use crate::compare::{
    AlignedSentences, AlignmentClass, DiffOp, DiffPiece, Family, FindingKind, Wording,
};
pub use crate::document::AnchorSource;
pub use crate::extract::quotes::SpeakerKind;
pub use crate::extract::speech::{Form, SourceKind, Tense, Voice};
pub use crate::extract::{Kind, Source};
pub use crate::input::{Diagnostic, DiagnosticCode, Level};
pub use crate::text::boilerplate::{BlockKind, BylineRole};
pub use build::build;
use offsets::Span;
use serde::Serialize;

/// The version of the Report's shape, carried in every Report.
pub const SCHEMA_VERSION: &str = "5";

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
    /// Each pair of articles with text: how much text they share and which sentences match.
    pub pairs: Vec<Pair>,
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
    /// Who its quotes come from, counted by kind of speaker.
    pub sourcing: Sourcing,
    /// Its reporting events: direct, indirect and mixed reported speech, by cue.
    pub speech: Vec<Reported>,
    /// How many of its reporting events credit each kind of source.
    pub speech_sourcing: SpeechSourcing,
}

/// One reporting event: who is said to have said what, with which cue.
#[derive(Debug, Clone, Serialize)]
pub struct Reported {
    /// The cue ("said", "according to", "reportedly").
    pub cue: Snippet,
    /// The cue's base form ("say" for "said").
    pub lemma: &'static str,
    /// The cue verb's tense.
    pub tense: Tense,
    /// Active ("police said") or passive ("is believed to").
    pub voice: Voice,
    /// Whether the cue is negated ("did not say").
    pub negated: bool,
    /// Where the source is named in the sentence (a pronoun as written); none when the text
    /// gives none.
    pub source: Option<Snippet>,
    /// The name a pronoun or a description as source refers to.
    pub refers_to: Option<Snippet>,
    /// The source's entity, when it (or what it refers to) is a linked name.
    pub entity: Option<usize>,
    /// The kind of source.
    pub kind: SourceKind,
    /// What is reported: inside the marks for a direct quote, else the reported clause.
    pub content: Span,
    /// Direct, indirect or mixed.
    pub form: Form,
}

/// How many of an article's reporting events credit each kind of source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SpeechSourcing {
    /// Named people.
    pub named: usize,
    /// Unnamed people or groups.
    pub anonymous: usize,
    /// Institutions speaking as such.
    pub institutional: usize,
    /// Documents and data.
    pub documents: usize,
    /// Other news outlets.
    pub outlet: usize,
    /// No source given ("it was reported", "reportedly").
    pub unspecified: usize,
}

/// How many of an article's quotes come from each kind of source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Sourcing {
    /// Named people.
    pub named: usize,
    /// Unnamed sources ("a security source").
    pub anonymous: usize,
    /// Institutions speaking as such ("the embassy", "the ministry").
    pub institutional: usize,
    /// Other news outlets, as speaker or as the outlet credited ("Reuters quoted ...").
    pub outlet: usize,
    /// Quotes with no speaker found.
    pub unattributed: usize,
}

/// The date an article's relative dates ("on Tuesday", "yesterday") were resolved against.
#[derive(Debug, Clone, Serialize)]
pub struct Anchor {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Where it came from.
    pub from: AnchorSource,
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
    /// What it is.
    pub kind: BlockKind,
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
    /// What they are credited for.
    pub role: BylineRole,
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
    /// What kind of source it is.
    pub kind: SpeakerKind,
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
    /// Why it is there: the rule or model that found it.
    pub source: Source,
    /// Index into [`Report::entities`], for names outside boilerplate.
    pub entity: Option<usize>,
    /// Whether it stands in boilerplate (a caption, a credit block): shown, but left out
    /// of linking and comparison.
    pub boilerplate: bool,
}

/// One thing named in one or more articles, with all its mentions.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    /// Its index in [`Report::entities`].
    pub id: usize,
    /// Its kind, by majority of its typed mentions.
    pub kind: Kind,
    /// The name to show: its fullest, most frequent correctly spelled form.
    pub canonical: String,
    /// The other forms it is written in ("Keita", "UN", "Norwegians").
    pub aliases: Vec<String>,
    /// Its mentions, per article that names it, in article order.
    pub mentions: Vec<EntityMentions>,
    /// Mentions that misspell it ("Mail" for Mali), each with why it is read as this entity.
    pub variants: Vec<EntityVariant>,
}

/// A mention that misspells its entity's name.
#[derive(Debug, Clone, Serialize)]
pub struct EntityVariant {
    /// The article's id.
    pub article: String,
    /// Index into that article's `mentions`.
    pub mention: usize,
    /// The misspelt form.
    pub text: String,
    /// Why it is read as the same entity.
    pub why: String,
}

/// The mentions of one entity in one article.
#[derive(Debug, Clone, Serialize)]
pub struct EntityMentions {
    /// The article's id.
    pub article: String,
    /// Indexes into that article's `mentions`.
    pub indexes: Vec<usize>,
}

/// One thing the comparison found.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// "f1", "f2", ... stable within one Report.
    pub id: String,
    /// Its family.
    pub family: Family,
    /// The finer grain, `family/what`, e.g. `agreement/entity`.
    pub kind: FindingKind,
    /// The entity it is about, if any.
    pub entity: Option<usize>,
    /// The articles that carry it.
    pub articles: Vec<String>,
    /// The articles (with text) that do not.
    pub missing: Vec<String>,
    /// The spans it points at, each in its article.
    pub spans: Vec<ArticleSpan>,
    /// What it says in words: `summary`, `why` and `diff`, as fields of the finding.
    #[serde(flatten)]
    pub wording: Wording,
    /// For a conflict: the values that agree with each other, one side each, so that with
    /// many articles it says which articles say what. Empty for other findings.
    pub sides: Vec<Side>,
}

/// One side of a conflict: a value and the articles (and spans) that give it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// The value read back: "at least 14 deaths", "15000 m", "2020-08-18".
    pub value: String,
    /// The articles that give it, in input order.
    pub articles: Vec<String>,
    /// Indexes into the finding's `spans` of the words that give it.
    pub spans: Vec<usize>,
}

/// Two articles side by side.
#[derive(Debug, Clone, Serialize)]
pub struct Pair {
    /// The two articles' ids, in input order.
    pub articles: [String; 2],
    /// Words of story text (boilerplate left out) in each.
    pub words: [usize; 2],
    /// For each article, the share of its words that stand in passages (five words or
    /// more) also found in the other: `reuse[1]` is how much of the second article's text
    /// is taken from the first, as Churnalism reports it.
    pub reuse: [f64; 2],
    /// Sentences that match, each once, in the first article's order.
    pub aligned: Vec<AlignedSentences>,
}

/// A span in a named article.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleSpan {
    /// The article's id.
    pub article: String,
    /// The span in that article.
    pub span: Span,
    /// The reporting event (an index into that article's `speech`) whose content holds
    /// the span: who the article credits with it.
    pub claimed_by: Option<usize>,
}
