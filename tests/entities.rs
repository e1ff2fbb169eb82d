//! Entities across articles through the public entry point: which every article names
//! (agreements), which only some do (omissions, naming the articles that lack them), in
//! the order a reader checks them, and nothing compared when one article has text.

mod common;

use common::report;
use parallax::Report;

/// Each entity finding as "kind canonical in [carriers] not [missing]".
fn brief(r: &Report) -> Vec<String> {
    r.findings
        .iter()
        .filter(|f| f.kind.as_str().ends_with("/entity"))
        .map(|f| {
            let name = &r.entities[f.entity.expect("an entity finding names its entity")].canonical;
            format!(
                "{} {name} in {:?} not {:?}",
                f.kind.as_str(),
                f.articles,
                f.missing
            )
        })
        .collect()
}

#[test]
fn shared_and_unique_names_over_three_articles() {
    let r = report(
        &[
            "Ferries left Kati at dawn. Ines Varga counted them. Ines Varga waved.",
            "Ferries left Kati at dawn for Oslo. Ines Varga counted them.",
            "Ferries left Kati at dawn, the harbour office said.",
        ],
        "2024-05-02",
    );
    assert_eq!(
        brief(&r),
        [
            r#"agreement/entity Kati in ["a", "b", "c"] not []"#,
            r#"omission/entity Ines Varga in ["a", "b"] not ["c"]"#,
            r#"omission/entity Oslo in ["b"] not ["a", "c"]"#,
        ]
    );
    let oslo = r
        .findings
        .iter()
        .find(|f| f.wording.summary.starts_with("Oslo"))
        .expect("Oslo is found");
    assert_eq!(
        oslo.wording.summary,
        "Oslo is named only in Paper 2, not in Paper 1, Paper 3"
    );
    // The finding points at the first mention in each article that names it.
    let kati = &r
        .findings
        .iter()
        .find(|f| f.wording.summary.starts_with("Kati"))
        .unwrap();
    assert_eq!(kati.wording.summary, "Kati is named in all 3 articles");
    assert_eq!(kati.spans.len(), 3);
}

#[test]
fn one_article_with_text_compares_nothing() {
    let r = report(&["Ferries left Kati at dawn.", "  "], "2024-05-02");
    assert!(brief(&r).is_empty(), "{:?}", brief(&r));
}
