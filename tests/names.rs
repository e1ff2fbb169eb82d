//! The recogniser through the public `names` API, on original sentences that reproduce
//! what the tools our users would otherwise pick get wrong (see PEERS.md): first names
//! outside any lexicon, sentence-initial capitals, long organisation names, "the" kept
//! out of spans, and offsets that slice the text as JavaScript counts it.

use parallax::notation::{self, Item, Tag};
use parallax::{names, Kind};

/// Runs the recogniser on the plain text of `annotated` (the test notation) and checks
/// that it finds exactly the names marked there, with their kinds and spans.
fn check(annotated: &str) {
    let text = notation::parse(annotated).expect("valid notation").text;
    let items: Vec<Item> = names(&text)
        .mentions
        .into_iter()
        .map(|m| Item {
            range: m.span.start..m.span.end,
            tag: Tag::Mention(m.kind),
            value: None,
        })
        .collect();
    assert_eq!(notation::print(&text, &items).unwrap(), annotated);
}

#[test]
fn first_names_from_anywhere_are_people() {
    check("[PER Priya Raman], [PER Ngozi Okafor] and [PER Marisol Vega] signed the letter on behalf of nurses.");
}

#[test]
fn capitals_that_open_sentences_are_not_names() {
    check("Gunfire was heard across the city before dawn. Residents said they stayed indoors.");
}

#[test]
fn long_organisation_names_stay_whole_and_leave_the_out() {
    check(
        "Officials from the [ORG International Committee of the Red Cross] met the [ORG Federal \
         Emergency Management Agency].",
    );
}

#[test]
fn spans_are_utf16_offsets_into_the_text() {
    let text = "🚒 Tomasz Wójcik, a volunteer with Médecins Sans Frontières, arrived in Kraków.";
    let found = names(text);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let kinds: Vec<Kind> = found.mentions.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, [Kind::Person, Kind::Organisation, Kind::Place]);
    for m in &found.mentions {
        let slice = String::from_utf16(&utf16[m.span.start_utf16..m.span.end_utf16]).unwrap();
        assert_eq!(slice, m.text);
        assert_eq!(&text[m.span.start..m.span.end], m.text);
    }
    assert!(found.tokens >= 14, "{} tokens", found.tokens);
}
