//! Tables for the linker: normalised keys, surnames, acronyms, demonyms, misspellings.

use super::merge::*;
use crate::extract::Kind;

fn m(text: &str, kind: Kind) -> NameMention<'_> {
    NameMention {
        text,
        kind,
        country: None,
        sentence: None,
    }
}

fn group<'a>(text: &'a str, country: &'a str) -> NameMention<'a> {
    NameMention {
        text,
        kind: Kind::Group,
        country: Some(country),
        sentence: None,
    }
}

#[test]
fn links_across_articles_on_normalised_text() {
    let a = vec![
        m("Kati", Kind::Place),
        m("Norwegian Embassy", Kind::Organisation),
    ];
    let b = vec![
        m("the Norwegian  embassy", Kind::Name),
        m("KATI", Kind::Name),
        m("Oslo", Kind::Place),
    ];
    let (found, ids) = entities(&[a, b]);
    assert_eq!(found.len(), 3);
    assert_eq!(ids, vec![vec![0, 1], vec![1, 0, 2]]);
    assert_eq!(found[0].kind, Kind::Place);
    assert_eq!(found[1].kind, Kind::Organisation);
    assert_eq!(found[0].mentions, vec![vec![0], vec![1]]);
    assert_eq!(found[2].mentions, vec![vec![], vec![2]]);
}

#[test]
fn surnames_acronyms_and_demonyms_join_their_entity() {
    let a = vec![
        m("Ibrahim Boubacar Keita", Kind::Person),
        m("Keita", Kind::Person),
        m("United Nations", Kind::Organisation),
        m("Norway", Kind::Place),
    ];
    let b = vec![
        m("Keita", Kind::Misc),
        m("UN", Kind::Organisation),
        group("Norwegians", "Norway"),
    ];
    let (found, ids) = entities(&[a, b]);
    assert_eq!(ids, vec![vec![0, 0, 1, 2], vec![0, 1, 2]]);
    assert_eq!(found[0].canonical, "Ibrahim Boubacar Keita");
    assert_eq!(found[0].aliases, ["Keita"]);
    assert_eq!(found[0].kind, Kind::Person);
    assert_eq!(found[1].canonical, "United Nations");
    assert_eq!(found[2].canonical, "Norway");
    assert_eq!(found[2].kind, Kind::Place);
    assert!(found.iter().all(|e| e.variants.is_empty()));
}

#[test]
fn a_derived_word_is_not_a_misspelling() {
    let a = vec![
        m("Ashkar", Kind::Place),
        m("Ashkari", Kind::Misc),
        m("Ashkar", Kind::Place),
    ];
    let (found, _) = entities(&[a]);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|e| e.variants.is_empty()));
}

#[test]
fn an_ambiguous_surname_stays_apart() {
    let a = vec![
        m("Ana Lobo", Kind::Person),
        m("Rui Lobo", Kind::Person),
        m("Lobo", Kind::Person),
    ];
    let (found, ids) = entities(&[a]);
    assert_eq!(found.len(), 3);
    assert_eq!(ids[0][2], 2);
}

#[test]
fn misspellings_join_the_frequent_form_and_are_flagged() {
    let a = vec![
        m("Mali", Kind::Place),
        m("Mail", Kind::Person),
        m("Mali", Kind::Place),
        m("Okafor", Kind::Person),
    ];
    let b = vec![
        m("Mali", Kind::Place),
        m("Okafur", Kind::Person),
        m("Bali", Kind::Place),
    ];
    let (found, ids) = entities(&[a, b]);
    assert_eq!(ids[0][1], ids[0][0], "Mail is Mali");
    assert_eq!(found[0].canonical, "Mali");
    assert_eq!(found[0].kind, Kind::Place);
    assert_eq!(found[0].variants.len(), 1);
    assert!(
        found[0].variants[0].why.contains("differs from"),
        "{}",
        found[0].variants[0].why
    );
    // Okafor and Okafur are named once each: the form seen first is the name.
    assert_eq!(ids[0][3], ids[1][1]);
    let okafor = &found[ids[0][3]];
    assert_eq!(
        (okafor.canonical.as_str(), okafor.variants.len()),
        ("Okafor", 1)
    );
    // Bali is a known place, never a misspelling of Mali.
    assert_ne!(ids[1][2], ids[1][0]);
}

#[test]
fn canonical_is_the_most_frequent_form_and_kind_the_majority() {
    let a = vec![
        m("Lindmark", Kind::Place),
        m("LINDMARK", Kind::Organisation),
        m("Lindmark", Kind::Place),
    ];
    let (found, _) = entities(&[a]);
    assert_eq!(found[0].canonical, "Lindmark");
    assert_eq!(found[0].kind, Kind::Place);
}

#[test]
fn compatibility_forms_and_case_fold_together() {
    assert_eq!(key("ＴＨＥ Ｕｎｉｔｅｄ Nations"), "united nations");
    assert_eq!(key("Mali’s"), "mali");
    assert_eq!(key("Jean-Paul"), "jean paul");
    assert_eq!(key("U.N."), "un");
    assert_eq!(key("Hearth & Table"), key("Hearth and Table"));
    assert_eq!(initials("international committee of the red cross"), "icrc");
}

#[test]
fn two_look_alike_names_in_one_sentence_are_two_names() {
    let at = |text: &'static str, sentence: usize| NameMention {
        text,
        kind: Kind::Place,
        country: None,
        sentence: Some(sentence),
    };
    // "Buses ran to Harnbach and Harnbeck", then Harnbach again: two towns, not a typo.
    let a = vec![at("Harnbach", 0), at("Harnbeck", 0), at("Harnbach", 1)];
    // In another article, the rare form alone is a typo of the frequent one.
    let b = vec![at("Harnbach", 0), at("Harnbeck", 1)];
    let (found, ids) = entities(&[a]);
    assert_ne!(ids[0][0], ids[0][1], "{found:?}");
    assert!(found.iter().all(|e| e.variants.is_empty()));
    let (_, ids) = entities(&[b]);
    assert_eq!(ids[0][0], ids[0][1]);
}

#[test]
fn one_person_named_two_ways_is_one_entity_and_no_variant() {
    let a = vec![
        m("Jonathan Whitcombe", Kind::Person),
        m("Kathleen Dunmore", Kind::Person),
        m("Rosalind Achterberg", Kind::Person),
    ];
    let b = vec![
        m("Jon Whitcombe", Kind::Person),
        m("Kathy Dunmore", Kind::Person),
        m("Dunmore", Kind::Person),
        m("Roz Achterberg", Kind::Person),
        m("Achterberg", Kind::Person),
        m("Ibáñez", Kind::Person),
    ];
    let c = vec![
        m("Pepe Ibanez", Kind::Person),
        // A short form with a doubled letter before its ending.
        m("Frederik Aalstad", Kind::Person),
    ];
    let d = vec![
        m("Freddie Aalstad", Kind::Person),
        m("Aalstad", Kind::Person),
    ];
    let (found, ids) = entities(&[a, b, c, d]);
    assert_eq!(found.len(), 5, "{found:#?}");
    assert!(found.iter().all(|e| e.variants.is_empty()));
    assert_eq!(ids[1], [0, 1, 1, 2, 2, 3]);
    assert_eq!(ids[2], [3, 4]);
    assert_eq!(ids[3], [4, 4]);
}

#[test]
fn namesakes_with_different_first_names_stay_apart() {
    // "Ed" could be Edward or Edmund; Rosa is not Robert.
    let a = vec![
        m("Edward Reyes", Kind::Person),
        m("Edmund Reyes", Kind::Person),
        m("Ed Reyes", Kind::Person),
        m("Rosa Marin", Kind::Person),
        m("Robert Marin", Kind::Person),
        m("Marin", Kind::Person),
    ];
    let (found, _) = entities(&[a]);
    assert_eq!(found.len(), 6, "{found:#?}");
}

#[test]
fn names_one_letter_apart_are_a_misspelling_not_a_short_form() {
    let a = vec![
        m("Karadeniz Spor", Kind::Person),
        m("Anneli Voss", Kind::Person),
        m("Mary Dressler", Kind::Person),
    ];
    let b = vec![
        m("Karadenis Spor", Kind::Person),
        m("Annelie Voss", Kind::Person),
        m("Marya Dressler", Kind::Person),
    ];
    let (found, _) = entities(&[a, b]);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found.iter().all(|e| e.variants.len() == 1), "{found:#?}");
}
