//! Outlets an article credits, through the public `analyze` API on original sentences:
//! a masthead after "the", a name an outlet noun stands before, and never a person.

mod common;

use common::report;

/// The words each `sourcing/outlet` finding of the first article points at.
fn credited(texts: &[&str]) -> Vec<String> {
    let r = report(texts, "2025-03-04");
    r.findings
        .iter()
        .filter(|f| f.kind.as_str() == "sourcing/outlet")
        .flat_map(|f| &f.spans)
        .filter(|s| s.article == "a")
        .map(|s| texts[0][s.span.start..s.span.end].to_string())
        .collect()
}

#[test]
fn outlets_are_credited_however_the_recogniser_typed_them() {
    let other = "The Varno bridge reopened to traffic on Monday after repairs.";
    assert_eq!(
        credited(&[
            "The Varno bridge reopened on Monday after repairs, the state news agency Kelvapress reported.",
            other
        ]),
        ["Kelvapress"]
    );
    assert_eq!(
        credited(&[
            "Traffic on the Varno bridge had doubled since 2021, the Dornvale Courier reported.",
            other
        ]),
        ["Dornvale Courier"]
    );
    assert_eq!(
        credited(&[
            "The bank tried to lower the price in February but was rebuffed, the Haldenport Ledger reported.",
            other
        ]),
        ["Haldenport Ledger"]
    );
    // A cue before an outlet noun and its modifier ("told state broadcaster Kelva One").
    assert_eq!(
        credited(&[
            "A foreman who led miners out told state broadcaster Kelva One Television the water came without warning.",
            other
        ]),
        ["Kelva One Television"]
    );
}

#[test]
fn a_person_who_reported_something_is_no_outlet() {
    let other = "The Varno bridge reopened to traffic on Monday after repairs.";
    assert!(credited(&[
        "The bridge reopened on Monday, engineer Maren Holt reported.",
        other
    ])
    .is_empty());
}
