//! Names spelled two ways across articles, through the public `analyze` API on original
//! sentences: a slip shows where matching sentences differ, even when the slip is itself a
//! real place name, and two look-alike names side by side are two names.

mod common;

use common::{report, words_at};
use parallax::Report;

/// The words each `entity/variant` finding points at, by article.
fn variants(r: &Report, texts: &[&str]) -> Vec<Vec<(String, String)>> {
    r.findings
        .iter()
        .filter(|f| f.kind.as_str() == "entity/variant")
        .map(|f| {
            let mut at: Vec<(String, String)> =
                f.spans.iter().map(|s| words_at(r, texts, s)).collect();
            at.sort();
            at
        })
        .collect()
}

#[test]
fn a_slip_shows_where_matching_sentences_differ() {
    let texts = [
        "Shelters opened at the Wendle sports hall and at a school in neighbouring Dunmere on Monday night.",
        "Shelters opened at the Wendle sports hall and at a school in Dunmore on Monday night.",
    ];
    let r = report(&texts, "2025-02-11");
    let found = variants(&r, &texts);
    assert_eq!(
        found,
        [[
            ("a".to_string(), "Dunmere".to_string()),
            ("b".to_string(), "Dunmore".to_string())
        ]],
        "{:#?}",
        r.findings
    );
}

#[test]
fn two_look_alike_names_side_by_side_are_two_names() {
    let texts = [
        "Buses took residents of Harnbach and Harnbeck to the Wendle sports hall on Monday night.",
        "Buses took residents of Harnbeck and Harnbach to the Wendle sports hall on Monday night.",
    ];
    let r = report(&texts, "2025-02-11");
    assert!(variants(&r, &texts).is_empty(), "{:#?}", r.findings);
}

#[test]
fn a_slip_the_linker_caught_is_reported_once() {
    let texts = [
        "Soldiers seized a base near Bamako in Mali on Tuesday. The base lies 15 km from Mail's capital, officials said. Mali has faced unrest for years.",
        "Soldiers seized a base near Bamako in Mali on Tuesday. The base lies 15 km from Mali's capital, officials said.",
    ];
    let r = report(&texts, "2025-02-11");
    let found = variants(&r, &texts);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains(&("a".to_string(), "Mail".to_string())),
        "{found:?}"
    );
}
