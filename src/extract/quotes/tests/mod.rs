//! Tests of quote finding: tables of sentences in the test notation (see
//! [`crate::notation`]), and a property test that any text yields well-formed quotes.
//!
//! An input marks its name mentions, which the finder is handed, so the tables do not
//! hang on the name finder (`[PER Ana Lobo]`, `[ORG Lindmark Times]`, `[LOC Kati]`,
//! `[GROUP Norwegians]`, `[NAME Lower Kessel]`), and the quotes expected: the content
//! inside the marks, valued `speaker|kind|via|partial` with `-` for nothing, as the quote
//! evaluation set writes them: `“[QUOTE The road is closed,=Ana Lobo|named|-|false]”
//! [PER Ana Lobo] said.`

mod attribution;
mod classes;
mod marks;
mod properties;
mod styles;

use super::{find, Quote, SpeakerKind};
use crate::extract::Found;
use crate::notation::{parse, print, Annotated, Item, Tag};
use crate::text::sentences;

/// A quote as a QUOTE item: its content, valued `speaker|kind|via|partial`.
fn quote_item(text: &str, q: &Quote) -> Item {
    let (speaker, kind) = q.speaker.as_ref().map_or(("-", "-"), |s| {
        let kind = match s.kind {
            SpeakerKind::Named => "named",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Institutional => "institutional",
            SpeakerKind::Outlet => "outlet",
        };
        (&text[s.range.clone()], kind)
    });
    let via = q.via.clone().map_or("-", |r| &text[r]);
    Item {
        range: q.content.clone(),
        tag: Tag::Quote,
        value: Some(format!("{speaker}|{kind}|{via}|{}", q.partial)),
    }
}

/// The quotes found in `text` given the name mentions `names`, written with the names in
/// the notation.
fn annotated(text: &str, names: &[Found]) -> String {
    let quotes = find(&crate::text::Tokens::new(text), &sentences(text), names);
    let items: Vec<Item> = quotes
        .iter()
        .map(|q| quote_item(text, q))
        .chain(names.iter().map(Found::to_item))
        .collect();
    print(text, &items).unwrap_or_else(|e| format!("(the quotes cross the names: {e})"))
}

/// The name mentions of an input in the notation, as the name finder would hand them on.
fn mentions(input: &Annotated) -> Vec<Found> {
    input
        .items
        .iter()
        .filter_map(|item| match item.tag {
            Tag::Mention(kind) => Some(Found {
                range: item.range.clone(),
                kind,
                value: None,
                source: crate::extract::Source::Recogniser,
            }),
            Tag::Quote => None,
        })
        .collect()
}

/// Runs a table of (name, input in the notation): the finder, handed the input's name
/// mentions, must find the input's quotes. Reports every failing case, by name.
fn run(cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for (name, want) in cases {
        let input = parse(want).unwrap_or_else(|e| panic!("{name}: {e}"));
        let got = annotated(&input.text, &mentions(&input));
        if got != *want {
            failures.push(format!("{name}:\n  got  {got}\n  want {want}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn with_the_name_finder() {
    // End to end with the sibling name finder instead of hand-made mentions.
    let text =
        "Mayor Ines Varga visited Port Selwyn on Monday. \"The harbour will reopen,\" she said.";
    let names = super::super::entities::find(&crate::text::Tokens::new(text), &sentences(text));
    let quotes: Vec<Item> = find(&crate::text::Tokens::new(text), &sentences(text), &names)
        .iter()
        .map(|q| quote_item(text, q))
        .collect();
    assert_eq!(
        print(text, &quotes).unwrap(),
        "Mayor Ines Varga visited Port Selwyn on Monday. \"[QUOTE The harbour will reopen,=Ines Varga|named|-|false]\" she said."
    );
}
