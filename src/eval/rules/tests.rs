//! The scorer's rules: multisets, both forms of a case, the shares of found spans, minimums.

use super::*;

fn case(text: &str, expect: &[&str]) -> Case {
    Case {
        text: text.into(),
        published: "2024-03-08".into(),
        expect: expect.iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn items_count_as_hits_false_alarms_and_misses_as_multisets() {
    let set = Set {
        case: vec![
            case(
                "Talks resumed on 4 March 2024.",
                &["4 March 2024=2024-03-04"],
            ),
            // Expected twice, found once: one hit, one miss.
            case(
                "Talks resumed on 4 March 2024.",
                &["4 March 2024=2024-03-04", "4 March 2024=2024-03-04"],
            ),
            // Found, not expected: a false alarm.
            case("Talks resumed on 4 March 2024.", &[]),
        ],
    };
    let s = score_set("dates", SETS[0].read, &set).unwrap();
    assert_eq!((s.cases, s.items), (3, 3));
    assert_eq!((s.hits, s.false_alarms, s.misses), (2, 1, 1));
    assert_eq!(
        s.errors,
        [
            "  case 2: missed \"4 March 2024=2024-03-04\"",
            "  case 3: false alarm \"4 March 2024=2024-03-04\"",
        ]
    );
    assert!((s.precision() - 2.0 / 3.0).abs() < 1e-9);
    assert!((s.f1() - 2.0 / 3.0).abs() < 1e-9);
    // Both found spans were paired with an expected item, and both had the right value.
    assert_eq!((s.spanned, s.right_value), (2, 2));
    let row = table(&[s], false);
    assert!(row.ends_with(
        "dates            3      3       0.667   0.667   0.667         2   1.000       -       -\n"
    ));
}

#[test]
fn found_spans_are_scored_for_value_speaker_and_kind() {
    let mut s = SetScore::default();
    let expect = [
        "Tuesday=2020-08-18".to_owned(),
        "June=2020-06".to_owned(),
        "May=2020-05".to_owned(),
    ];
    let found = ["June=2019-06".to_owned(), "Tuesday=2020-08-18".to_owned()];
    tally_values(&mut s, &expect, &found);
    assert_eq!((s.spanned, s.right_value), (2, 1));
    let mut q = SetScore::default();
    let expect = ["We stay.|Ana Lobo|named|-|false".to_owned()];
    let found = ["We stay.|judge|anonymous|-|false".to_owned()];
    tally_values(&mut q, &expect, &found);
    assert_eq!(
        (q.spanned, q.right_value, q.right_speaker, q.right_kind),
        (1, 0, 0, 0)
    );
    let found = ["We stay.|Ana Lobo|named|Daily Post|false".to_owned()];
    let mut q = SetScore::default();
    tally_values(&mut q, &expect, &found);
    assert_eq!(
        (q.spanned, q.right_value, q.right_speaker, q.right_kind),
        (1, 0, 1, 1)
    );
}

fn case_file(text: Option<&str>, expect: Option<&[&str]>, annotated: Option<&str>) -> CaseFile {
    CaseFile {
        text: text.map(str::to_owned),
        published: String::new(),
        expect: expect.map(|e| e.iter().map(|x| x.to_string()).collect()),
        annotated: annotated.map(str::to_owned),
    }
}

#[test]
fn both_forms_of_a_case_read_alike() {
    let date: &[Tag] = &[Tag::Mention(Kind::Date)];
    let plain = read_case(
        date,
        case_file(
            Some("Shops shut on Tuesday, not in June."),
            Some(&["Tuesday=2020-08-18", "June=-"]),
            None,
        ),
    )
    .unwrap();
    let annotated = read_case(
        date,
        case_file(
            None,
            None,
            Some("Shops shut on [DATE Tuesday=2020-08-18], not in [DATE June]."),
        ),
    )
    .unwrap();
    assert_eq!(
        (plain.text, plain.expect),
        (annotated.text, annotated.expect)
    );
    let quote = read_case(
        &[Tag::Quote],
        case_file(
            None,
            None,
            Some("“[QUOTE We stay,=Ana Lobo|named|-|false]” Ana Lobo said."),
        ),
    )
    .unwrap();
    assert_eq!(quote.expect, ["We stay,|Ana Lobo|named|-|false"]);
}

#[test]
fn a_case_in_neither_form_or_with_stray_items_is_refused() {
    let date: &[Tag] = &[Tag::Mention(Kind::Date)];
    for (case, why) in [
        (
            case_file(Some("x"), Some(&[]), Some("x")),
            "either text and expect, or annotated",
        ),
        (
            case_file(Some("x"), None, None),
            "either text and expect, or annotated",
        ),
        (
            case_file(None, None, Some("[LOC Kati] on [DATE Monday]")),
            "\"Kati\" is a LOC item; this set's items are DATE",
        ),
        (
            case_file(None, None, Some("on [DATE Monday")),
            "never closed",
        ),
    ] {
        let e = read_case(date, case).unwrap_err();
        assert!(e.contains(why), "{e}");
    }
    let e = read_case(
        &[Tag::Quote],
        case_file(None, None, Some("“[QUOTE Go=Ana Lobo]”")),
    )
    .unwrap_err();
    assert!(
        e.contains("needs its value, SPEAKER|KIND|VIA|PARTIAL"),
        "{e}"
    );
}

#[test]
fn minimums_apply_to_every_set_or_to_one() {
    let scores = [
        SetScore {
            name: "dates",
            hits: 9,
            misses: 1,
            ..SetScore::default()
        },
        SetScore {
            name: "quotes",
            hits: 1,
            false_alarms: 1,
            ..SetScore::default()
        },
    ];
    let mut m = Minimums::default();
    m.add("0.9").unwrap();
    assert_eq!(m.below(&scores), ["quotes F1 0.667 < 0.9"]);
    m.add("dates=0.99").unwrap();
    assert_eq!(m.below(&scores).len(), 2);
    assert!(m
        .add("people=0.9")
        .unwrap_err()
        .contains("no set \"people\""));
    assert!(m.add("high").unwrap_err().contains("is not a number"));
}
