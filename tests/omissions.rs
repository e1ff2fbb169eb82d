//! Omitted sentences (`omission/sentence`) through the public `analyze` API on original
//! articles: a claim one article carries and the other does not is listed once, a run of
//! them in one paragraph as one passage; a headline or a paraphrase that says the same in
//! other words is not listed.

mod common;

use common::{report, words_at};

/// The omitted passages expected: the article that has each and its first words.
type Passages = &'static [(&'static str, &'static str)];

/// (what it checks, article A, article B, the omitted passages expected).
const CASES: &[(&str, &str, &str, Passages)] = &[
    (
        "a headline is not a claim",
        "Ferry runs aground off Lindmark as storm closes harbour\n\n\
         The ferry Aldra ran aground off Lindmark on Tuesday, the coastguard said.",
        "The coastguard said the ferry Aldra ran aground off Lindmark on Tuesday.",
        &[],
    ),
    (
        "a paraphrase anchored by a phrase only those two sentences have",
        "The coastguard said the ferry Aldra ran aground off Lindmark on Tuesday.\n\n\
         Harbour officials fear that prolonged closure of the port could cost local traders dearly.",
        "The ferry Aldra ran aground off Lindmark on Tuesday, the coastguard said.\n\n\
         Traders are anxious about a prolonged closure.",
        &[],
    ),
    (
        "a claim only one carries, and a run of two in one paragraph as one passage",
        "The ferry Aldra ran aground off Lindmark on Tuesday, the coastguard said.\n\n\
         Divers inspected the hull on Wednesday morning and found a long crack below the waterline. \
         Salvage crews hope to refloat the vessel at high tide next week.\n\n\
         The operator has cancelled all sailings to the islands until further notice.",
        "The coastguard said the ferry Aldra ran aground off Lindmark on Tuesday.",
        &[("a", "Divers inspected"), ("a", "The operator")],
    ),
    (
        "a long sentence that shares only one clause still says more",
        "The coastguard said the ferry Aldra ran aground off Lindmark on Tuesday.\n\n\
         A formal inquiry into the grounding opens on March 18.",
        "The coastguard said the ferry Aldra ran aground off Lindmark on Tuesday.\n\n\
         The crew's union said its members had warned of faulty radar for months and would ask \
         the inquiry, which opens on 18 March, to hear from the deck officers.",
        &[("b", "The crew's union")],
    ),
];

#[test]
fn each_claim_only_one_article_carries_is_listed_once() {
    for (what, a, b, want) in CASES {
        let texts = [*a, *b];
        let r = report(&texts, "2025-03-05");
        let got: Vec<(String, String)> = r
            .findings
            .iter()
            .filter(|f| f.kind.as_str() == "omission/sentence")
            .map(|f| words_at(&r, &texts, &f.spans[0]))
            .collect();
        assert_eq!(got.len(), want.len(), "{what}: {got:?}");
        for ((article, words), (id, start)) in got.iter().zip(want.iter()) {
            assert_eq!(article, id, "{what}: {got:?}");
            assert!(words.starts_with(start), "{what}: {got:?}");
        }
    }
    // The run of two sentences in one paragraph is one passage covering both.
    let texts = [CASES[2].1, CASES[2].2];
    let r = report(&texts, "2025-03-05");
    let passage = r
        .findings
        .iter()
        .find(|f| f.kind.as_str() == "omission/sentence")
        .expect("an omission");
    let (_, words) = words_at(&r, &texts, &passage.spans[0]);
    assert!(words.ends_with("next week."), "{words}");
    assert!(
        passage.wording.summary.starts_with("These 2 sentences"),
        "{}",
        passage.wording.summary
    );
}

#[test]
fn omissions_a_checker_can_check_come_first() {
    let texts = [
        "The coastguard said the ferry Aldra ran aground off Lindmark on Tuesday.\n\n\
         The mood along the quay was sombre and quiet for much of the evening.\n\n\
         Harbourmaster Ilse Varga said 212 passengers were taken off by lifeboat.",
        "The ferry Aldra ran aground off Lindmark on Tuesday, the coastguard said.",
    ];
    let r = report(&texts, "2025-03-05");
    let omitted: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.kind.as_str() == "omission/sentence")
        .collect();
    let first: Vec<String> = omitted
        .iter()
        .map(|f| words_at(&r, &texts, &f.spans[0]).1)
        .collect();
    assert_eq!(omitted.len(), 2, "{first:?}");
    assert!(first[0].starts_with("Harbourmaster"), "{first:?}");
    assert!(
        omitted[0]
            .wording
            .why
            .ends_with("it gives a number or a date, a name and a source"),
        "{}",
        omitted[0].wording.why
    );
    assert!(
        !omitted[1].wording.why.contains("it gives"),
        "{}",
        omitted[1].wording.why
    );
}

#[test]
fn a_vague_amount_only_one_article_gives_is_listed_but_never_set_against_a_number() {
    let vague = "Dozens of protesters gathered outside the Lindmark court on Monday, police said.";
    let silent = "Protesters gathered outside the Lindmark court on Monday, police said.";
    let counted = "About 40 protesters gathered outside the Lindmark court on Monday, police said.";
    let quantity_findings = |texts: [&str; 2]| {
        let r = report(&texts, "2025-03-05");
        r.findings
            .iter()
            .filter(|f| {
                f.kind.as_str().contains("quantity") || f.kind.as_str().starts_with("conflict")
            })
            .map(|f| {
                (
                    f.kind.as_str().to_owned(),
                    words_at(&r, &texts, &f.spans[0]).1,
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        quantity_findings([vague, silent]),
        [(
            "omission/quantity".to_owned(),
            "Dozens of protesters".to_owned()
        )]
    );
    // The other article counts protesters: "dozens" is no omission there and meets no
    // number (no conflict, no agreement); the figure is one the first article does not give.
    assert_eq!(
        quantity_findings([vague, counted]),
        [(
            "omission/quantity".to_owned(),
            "About 40 protesters".to_owned()
        )]
    );
}
