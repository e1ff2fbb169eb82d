//! Helpers shared by the integration tests that run the whole pipeline on short original
//! articles.

// Each test crate uses some of these helpers.
#![allow(dead_code)]

use parallax::notation::{self, Item};
use parallax::{analyze, ArticleInput, ArticleSpan, Input, Report};

/// The Report for articles given as (text, publication date), labelled "Paper 1", ...
pub fn report_dated(articles: &[(&str, &str)]) -> Report {
    analyze(&Input {
        articles: articles
            .iter()
            .enumerate()
            .map(|(i, (text, published))| ArticleInput {
                label: format!("Paper {}", i + 1),
                text: text.to_string(),
                published: published.to_string(),
            })
            .collect(),
    })
    .expect("the articles analyse")
}

/// The Report for `texts`, all published on `published`.
pub fn report(texts: &[&str], published: &str) -> Report {
    let dated: Vec<(&str, &str)> = texts.iter().map(|t| (*t, published)).collect();
    report_dated(&dated)
}

/// The words a span of a finding points at, with its article's id.
pub fn words_at(r: &Report, texts: &[&str], s: &ArticleSpan) -> (String, String) {
    let a = r
        .articles
        .iter()
        .position(|x| x.id == s.article)
        .expect("a span names an article of the report");
    (
        s.article.clone(),
        texts[a][s.span.start..s.span.end].to_string(),
    )
}

/// Article `i` of `r` as its text (`text`) with its mentions in the test notation
/// (`parallax::notation`): `[KIND text]`, or `[KIND text=value]`.
pub fn annotated(r: &Report, i: usize, text: &str) -> String {
    let items: Vec<Item> = r.articles[i].mentions.iter().map(Item::from).collect();
    notation::print(text, &items).expect("mentions never cross")
}

/// The findings of `kind` in `r` between two articles, as the words of their first two
/// spans (article A's, then article B's).
pub fn pairs_of_kind(r: &Report, texts: &[&str], kind: &str) -> Vec<(String, String)> {
    r.findings
        .iter()
        .filter(|f| f.kind.as_str() == kind)
        .map(|f| {
            (
                words_at(r, texts, &f.spans[0]).1,
                words_at(r, texts, &f.spans[1]).1,
            )
        })
        .collect()
}

/// An expected pair of words as owned strings, for comparing with [`pairs_of_kind`].
pub fn owned_pairs(want: &Option<(&str, &str)>) -> Vec<(String, String)> {
    want.iter()
        .map(|(x, y)| (x.to_string(), y.to_string()))
        .collect()
}

/// One case of a finding between two articles: what it checks, article A, article B, and
/// the words the finding must point at in each (or `None`: no such finding).
pub type PairCase = (
    &'static str,
    &'static str,
    &'static str,
    Option<(&'static str, &'static str)>,
);

/// Runs each case (both articles published on `published`) and checks that the findings of
/// `kind` are exactly the one expected, or none.
pub fn check_pair_cases(cases: &[PairCase], kind: &str, published: &str) {
    for (what, a, b, want) in cases {
        let texts = [*a, *b];
        let r = report(&texts, published);
        assert_eq!(pairs_of_kind(&r, &texts, kind), owned_pairs(want), "{what}");
    }
}

/// The seed pair (the wire story, then the other outlet's article) from `../shared/seeds/`,
/// when it is on this machine.
pub fn seeds() -> Option<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let read = |prefix: &str| -> Option<String> {
        let entry = std::fs::read_dir(&dir)
            .ok()?
            .filter_map(Result::ok)
            .find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
        std::fs::read_to_string(entry.path()).ok()
    };
    Some((read("reuters")?, read("presstv")?))
}
