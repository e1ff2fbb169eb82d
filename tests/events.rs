//! Articles about different events, pasted together: the Report says so (a
//! `different_events` diagnostic) and compares each article only with those about its own
//! event. `tests/events/` holds two sets written blind, each five articles about each of two
//! events of one kind (two fires in one week, two strikes in one month), so that the events
//! share words and units but not people or places.

use parallax::{analyze, ArticleInput, Input, Report};
use serde::Deserialize;
use std::fs;
use std::path::Path;

#[derive(Deserialize)]
struct Set {
    article: Vec<Article>,
}

#[derive(Deserialize)]
struct Article {
    label: String,
    event: String,
    #[serde(default)]
    published: String,
    text: String,
}

/// The articles of the sets named, interleaved (one of each set in turn), with their events.
fn articles(names: &[&str]) -> (Vec<ArticleInput>, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/events");
    let sets: Vec<Set> = names
        .iter()
        .map(|n| toml::from_str(&fs::read_to_string(dir.join(n)).unwrap()).unwrap())
        .collect();
    let longest = sets.iter().map(|s| s.article.len()).max().unwrap_or(0);
    let (mut inputs, mut events) = (Vec::new(), Vec::new());
    for i in 0..longest {
        for a in sets.iter().filter_map(|s| s.article.get(i)) {
            inputs.push(ArticleInput {
                label: a.label.clone(),
                text: a.text.clone(),
                published: a.published.clone(),
            });
            events.push(a.event.clone());
        }
    }
    (inputs, events)
}

/// The messages of the diagnostics of `r` with `code`.
fn notes<'r>(r: &'r Report, code: &str) -> Vec<&'r str> {
    r.diagnostics
        .iter()
        .filter(|d| d.code.as_str() == code)
        .map(|d| d.message.as_str())
        .collect()
}

/// The event of each article a finding or pair of `r` names, by article id.
fn event_of<'e>(r: &Report, events: &'e [String], id: &str) -> &'e str {
    let i = r.articles.iter().position(|a| a.id == id).unwrap();
    &events[i]
}

#[test]
fn twenty_articles_about_four_events_are_compared_event_by_event() {
    let (inputs, events) = articles(&["fires.toml", "strikes.toml"]);
    assert_eq!(inputs.len(), 20);
    let r = analyze(&Input { articles: inputs }).unwrap();
    let warnings = notes(&r, "different_events");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("4 different events"),
        "{}",
        warnings[0]
    );
    // No finding and no pair summary joins articles about different events.
    for f in &r.findings {
        let mut named: Vec<&str> = f
            .articles
            .iter()
            .chain(&f.missing)
            .chain(f.spans.iter().map(|s| &s.article))
            .map(|id| event_of(&r, &events, id))
            .collect();
        named.dedup();
        named.sort_unstable();
        named.dedup();
        assert_eq!(named.len(), 1, "{} joins {named:?}", f.wording.summary);
    }
    for p in &r.pairs {
        let [x, y] = &p.articles;
        assert_eq!(event_of(&r, &events, x), event_of(&r, &events, y));
    }
    // A number conflict sets articles against each other: none stands on two of its sides
    // (a strike's demand and its offer, each article giving both, are two facts).
    for f in r
        .findings
        .iter()
        .filter(|f| f.kind.as_str() == "conflict/quantity")
    {
        let mut on_sides: Vec<&String> = f.sides.iter().flat_map(|s| &s.articles).collect();
        let all = on_sides.len();
        on_sides.sort_unstable();
        on_sides.dedup();
        assert_eq!(on_sides.len(), all, "{}", f.wording.summary);
    }
    // An undated article reads its dates against an article about its own event.
    let borrowed = notes(&r, "borrowed_date");
    assert!(!borrowed.is_empty());
    for message in borrowed {
        let of = |label_first: bool| {
            r.articles
                .iter()
                .position(|a| {
                    if label_first {
                        message.starts_with(&format!("{} has no", a.label))
                    } else {
                        message.contains(&format!("the date of {}.", a.label))
                    }
                })
                .unwrap_or_else(|| panic!("no article named in {message}"))
        };
        assert_eq!(events[of(true)], events[of(false)], "{message}");
    }
    // Each event's articles are still compared with each other.
    for event in ["kelmar-linden-court-fire", "sarnholm-port-strike"] {
        assert!(
            r.pairs
                .iter()
                .any(|p| event_of(&r, &events, &p.articles[0]) == event),
            "no pair compared for {event}"
        );
    }
}

#[test]
fn two_fires_in_two_cities_are_not_compared() {
    let (inputs, _) = articles(&["fires.toml"]);
    let r = analyze(&Input {
        articles: inputs.into_iter().take(2).collect(),
    })
    .unwrap();
    assert!(notes(&r, "different_events")
        .iter()
        .any(|m| m.contains("2 different")));
    assert!(
        r.findings
            .iter()
            .all(|f| f.articles.len() < 2 && f.missing.is_empty()),
        "{:?}",
        r.findings
            .iter()
            .map(|f| &f.wording.summary)
            .collect::<Vec<_>>()
    );
}

#[test]
fn every_comparison_set_reports_one_event() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/compare");
    let mut dirs = vec![root.clone()];
    let mut checked = 0;
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            let set: toml::Table = toml::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
            let articles = set["article"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| ArticleInput {
                    label: a["label"].as_str().unwrap().into(),
                    text: a["text"].as_str().unwrap().into(),
                    published: a
                        .get("published")
                        .and_then(|p| p.as_str())
                        .unwrap_or("")
                        .into(),
                })
                .collect();
            let r = analyze(&Input { articles }).unwrap();
            assert!(
                r.diagnostics
                    .iter()
                    .all(|d| d.code.as_str() != "different_events"),
                "{} read as different events",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} sets found");
}
