//! Helpers shared by the integration tests that run the whole pipeline on short original
//! articles.

use parallax::{analyze, ArticleInput, Input, Report};

/// The Report for `texts`, labelled "Paper 1", "Paper 2", ... and published on `published`.
pub fn report(texts: &[&str], published: &str) -> Report {
    analyze(&Input {
        articles: texts
            .iter()
            .enumerate()
            .map(|(i, t)| ArticleInput {
                label: format!("Paper {}", i + 1),
                text: t.to_string(),
                published: published.into(),
            })
            .collect(),
    })
    .expect("the articles analyse")
}
