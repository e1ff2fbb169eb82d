//! Tests of quote finding: tables of marked-up sentences with compact expectations, and a
//! property test that any text yields well-formed quotes.
//!
//! Inputs mark their name mentions by hand, so the tables do not hang on the name
//! finder: `[Ana Lobo]` is a person, `{Lindmark Times}` an organisation, `<Kati>` a place,
//! `~Norwegians~` a group and `^Lower Kessel^` a name of no known kind. Each quote shows as `content|speaker|kind|via|partial`,
//! with `-` for nothing.

mod attribution;
mod classes;
mod marks;
mod properties;
mod styles;

use super::{find, Quote, SpeakerKind};
use crate::extract::Found;
use crate::extract::Kind;
use crate::text::sentences;

/// The text of `marked` without its markup, and the mentions the markup names.
fn parse(marked: &str) -> (String, Vec<Found>) {
    let mut text = String::new();
    let mut names = Vec::new();
    let mut open: Option<(usize, Kind)> = None;
    for c in marked.chars() {
        let opens = match c {
            '[' => Some(Kind::Person),
            '{' => Some(Kind::Organisation),
            '<' => Some(Kind::Place),
            '~' => Some(Kind::Group),
            '^' => Some(Kind::Name),
            _ => None,
        };
        match (open.take(), opens) {
            (None, Some(kind)) => open = Some((text.len(), kind)),
            (Some((start, kind)), _) if matches!(c, ']' | '}' | '>' | '~' | '^') => {
                names.push(Found {
                    range: start..text.len(),
                    kind,
                    value: None,
                    source: crate::extract::Source::Recogniser,
                })
            }
            (still, _) => {
                open = still;
                text.push(c);
            }
        }
    }
    (text, names)
}

/// A quote in the table notation `content|speaker|kind|via|partial`.
fn show(text: &str, q: &Quote) -> String {
    let (speaker, kind) = q.speaker.as_ref().map_or(("-", "-"), |s| {
        let kind = match s.kind {
            SpeakerKind::Named => "named",
            SpeakerKind::Anonymous => "anon",
            SpeakerKind::Institutional => "inst",
            SpeakerKind::Outlet => "outlet",
        };
        (&text[s.range.clone()], kind)
    });
    let via = q.via.clone().map_or("-", |r| &text[r]);
    let partial = if q.partial { "partial" } else { "full" };
    format!(
        "{}|{speaker}|{kind}|{via}|{partial}",
        &text[q.content.clone()]
    )
}

/// Runs a table of (marked-up input, expected quotes), reporting every failing case.
fn run(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (marked, expected) in cases {
        let (text, names) = parse(marked);
        let got: Vec<String> = find(&text, &sentences(&text), &names)
            .iter()
            .map(|q| show(&text, q))
            .collect();
        if got != *expected {
            failures.push(format!(
                "input: {marked:?}\n  expected: {expected:?}\n       got: {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn markup_parses() {
    let (text, names) = parse("[Ana Lobo] met {Lindmark Times} in <Kati>.");
    assert_eq!(text, "Ana Lobo met Lindmark Times in Kati.");
    let shown: Vec<(&str, Kind)> = names
        .iter()
        .map(|f| (&text[f.range.clone()], f.kind))
        .collect();
    assert_eq!(
        shown,
        [
            ("Ana Lobo", Kind::Person),
            ("Lindmark Times", Kind::Organisation),
            ("Kati", Kind::Place)
        ]
    );
}

#[test]
fn with_the_name_finder() {
    // End to end with the sibling name finder instead of hand-made mentions.
    let text =
        "Mayor Ines Varga visited Port Selwyn on Monday. \"The harbour will reopen,\" she said.";
    let sentences = sentences(text);
    let names = super::super::entities::find(text, &sentences);
    let got: Vec<String> = find(text, &sentences, &names)
        .iter()
        .map(|q| show(text, q))
        .collect();
    assert_eq!(got, ["The harbour will reopen,|Ines Varga|named|-|full"]);
}
