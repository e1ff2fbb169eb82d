//! The recogniser through the public `names` API, on original sentences that reproduce
//! what the tools our users would otherwise pick get wrong (see PEERS.md): first names
//! outside any lexicon, sentence-initial capitals, long organisation names, "the" kept
//! out of spans, and offsets that slice the text as JavaScript counts it.

use parallax::{names, Kind};

fn shown(text: &str) -> Vec<(String, Kind)> {
    names(text)
        .mentions
        .into_iter()
        .map(|m| (m.text, m.kind))
        .collect()
}

fn of(kind: Kind, names: &[&str]) -> Vec<(String, Kind)> {
    names.iter().map(|n| (n.to_string(), kind)).collect()
}

#[test]
fn first_names_from_anywhere_are_people() {
    assert_eq!(
        shown("Priya Raman, Ngozi Okafor and Marisol Vega signed the letter on behalf of nurses."),
        of(
            Kind::Person,
            &["Priya Raman", "Ngozi Okafor", "Marisol Vega"]
        )
    );
}

#[test]
fn capitals_that_open_sentences_are_not_names() {
    assert!(shown(
        "Gunfire was heard across the city before dawn. Residents said they stayed indoors."
    )
    .is_empty());
}

#[test]
fn long_organisation_names_stay_whole_and_leave_the_out() {
    assert_eq!(
        shown(
            "Officials from the International Committee of the Red Cross met the Federal \
             Emergency Management Agency."
        ),
        of(
            Kind::Organisation,
            &[
                "International Committee of the Red Cross",
                "Federal Emergency Management Agency"
            ]
        )
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
