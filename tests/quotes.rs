//! A quote is credited to someone else only when its speakers are different people: one
//! person named in full in one article and by a first name or a surname in the other, or
//! with a short form or a diminutive of the first name, is one speaker; two readings of "he said" are not
//! a change of speaker. Cases as data, through the public `analyze` API, on original
//! sentences.

mod common;

use common::{check_pair_cases, PairCase};

/// (what it checks, article A, article B, the re-attribution expected).
const CASES: &[PairCase] = &[
    (
        "a first name alone is the person named in full",
        "Relatives waited outside. \"He sat in that corridor for hours asking for water,\" Sigrid Halvorsen said.",
        "His daughter Sigrid said: \"He sat in that corridor for hours asking for water.\"",
        None,
    ),
    (
        "a short form of the first name is one speaker",
        "\"We walked away because the price had become too high,\" chief executive Frederik Aalund said.",
        "Freddie Aalund spoke to reporters. \"We walked away because the price had become too high,\" Aalund said.",
        None,
    ),
    (
        "a diminutive that is no prefix of the full first name is one speaker",
        "\"We will not vote for a budget that shuts the clinic,\" party leader Katarína Dvorak told reporters.",
        "Katka Dvorak, the party's leader, was blunt: \"We will not vote for a budget that shuts the clinic.\"",
        None,
    ),
    (
        "two readings of one pronoun",
        "Tomas Pritchard was freed on Friday. \"I never stopped believing we would get home,\" he said.",
        "A father of two was among those freed. \"I never stopped believing we would get home,\" he said.",
        None,
    ),
    (
        "two different people",
        "\"The water rose faster than anyone expected,\" foreman Miroslav Ondracek said.",
        "\"The water rose faster than anyone expected,\" union leader Jana Pokorna said.",
        Some((
            "The water rose faster than anyone expected,",
            "The water rose faster than anyone expected,",
        )),
    ),
];

/// (what it checks, article A, article B, the alteration expected): a quote that stops
/// where the speaker's sentence or clause does is the speaker's words, not an altered quote.
const ALTERED: &[PairCase] = &[
    (
        "a quote cut where the speaker's next clause begins",
        "\"Passenger safety is our only concern, and every decision we take follows from that,\" the operator's director, Ilse Brandvik, said.",
        "Director Ilse Brandvik said: \"Passenger safety is our only concern.\"",
        None,
    ),
    (
        "a quote cut before a clause that qualifies it",
        "\"We will reopen the line on Monday, but only if the inspectors agree,\" Ilse Brandvik said.",
        "Ilse Brandvik said: \"We will reopen the line on Monday.\"",
        Some((
            "We will reopen the line on Monday, but only if the inspectors agree,",
            "We will reopen the line on Monday.",
        )),
    ),
    (
        "a word changed inside the quote",
        "\"Passenger safety is our only concern,\" Ilse Brandvik said.",
        "\"Passenger safety is our main concern,\" Ilse Brandvik said.",
        Some((
            "Passenger safety is our only concern,",
            "Passenger safety is our main concern,",
        )),
    ),
];

#[test]
fn quotes_cut_at_a_clause_are_not_altered() {
    check_pair_cases(ALTERED, "quote/altered", "2025-03-12");
}

#[test]
fn quotes_change_speaker_only_between_different_people() {
    check_pair_cases(CASES, "quote/reattributed", "2025-03-12");
}
