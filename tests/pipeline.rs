//! End-to-end tests of the core pipeline through its public entry point, `analyze`: the
//! Report's shape, its offsets on hard Unicode, and its promises on any input.

mod common;

use common::annotated;
use parallax::{analyze, ArticleInput, Input, Kind, Report, MAX_ARTICLES};
use proptest::prelude::*;

fn article(label: &str, text: &str) -> ArticleInput {
    ArticleInput {
        label: label.into(),
        text: text.into(),
        published: String::new(),
    }
}

fn report(texts: &[&str]) -> Report {
    let articles = texts.iter().map(|t| article("", t)).collect();
    analyze(&Input { articles }).expect("valid request")
}

#[test]
fn two_articles_share_and_differ() {
    let texts = [
        "Fire crews in Port Selwyn fought the blaze on Monday. Mayor Ines Varga thanked 40 firefighters.",
        "Mayor Ines Varga met crews in Port Selwyn after the fire. The Harbour Trust paid €2.5m for repairs.",
    ];
    let r = report(&texts);
    assert_eq!(
        annotated(&r, 0, texts[0]),
        "Fire crews in [LOC Port Selwyn] fought the blaze on [DATE Monday]. Mayor [PER Ines Varga=Mayor] thanked [QUANTITY 40 firefighters=40 firefighters]."
    );
    assert_eq!(
        annotated(&r, 1, texts[1]),
        "Mayor [PER Ines Varga=Mayor] met crews in [LOC Port Selwyn] after the fire. The [ORG Harbour Trust] paid [QUANTITY €2.5m=2500000 EUR] for repairs."
    );
    let shared: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.kind.as_str() == "agreement/entity")
        .map(|f| r.entities[f.entity.unwrap()].canonical.as_str())
        .collect();
    assert_eq!(shared, ["Port Selwyn", "Ines Varga"]);
    let only_b: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.kind.as_str() == "omission/entity" && f.articles == ["b"])
        .map(|f| r.entities[f.entity.unwrap()].canonical.as_str())
        .collect();
    assert_eq!(only_b, ["Harbour Trust"]);
}

#[test]
fn entity_mentions_point_back_at_their_mentions() {
    let r = report(&[
        "Lena Ortiz met Omar Haddad. Later Lena Ortiz left.",
        "Lena Ortiz stayed.",
    ]);
    for entity in &r.entities {
        for per_article in &entity.mentions {
            let article = r
                .articles
                .iter()
                .find(|a| a.id == per_article.article)
                .unwrap();
            for &i in &per_article.indexes {
                assert_eq!(article.mentions[i].entity, Some(entity.id));
            }
        }
    }
    let lena = r
        .entities
        .iter()
        .find(|e| e.canonical == "Lena Ortiz")
        .unwrap();
    assert_eq!(lena.mentions.len(), 2);
    assert_eq!(lena.mentions[0].indexes.len(), 2);
}

#[test]
fn utf16_offsets_survive_emoji_and_euro() {
    let text = "🙂🙂 €3 raised. Amira Solberg said so in Tromsø on Friday.";
    let r = report(&[text]);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for m in &r.articles[0].mentions {
        let slice = String::from_utf16(&utf16[m.span.start_utf16..m.span.end_utf16]).unwrap();
        assert_eq!(slice, m.text);
        assert_eq!(&text[m.span.start..m.span.end], m.text);
    }
    assert!(r.articles[0]
        .mentions
        .iter()
        .any(|m| m.text == "Tromsø" && m.kind == Kind::Place));
    assert_eq!(r.articles[0].utf16_len, utf16.len());
}

#[test]
fn spans_point_into_the_pasted_text_not_the_normalised_copy() {
    // CRLF, a no-break space, a soft hyphen, a curly apostrophe and NFD accents: all are
    // normalised for analysis, and every span still slices the text as pasted.
    let text = "Mayor Ine\u{301}s Varga\r\nvisited the quay in Port\u{a0}Sel\u{ad}wyn\u{2019}s harbour on 3\u{a0}May 2024.";
    let r = report(&[text]);
    assert_eq!(
        annotated(&r, 0, text),
        "Mayor [PER Ine\u{301}s Varga=Mayor]\r\nvisited the quay in [LOC Port\u{a0}Sel\u{ad}wyn]\u{2019}s harbour on [DATE 3\u{a0}May 2024=2024-05-03]."
    );
    for m in &r.articles[0].mentions {
        assert_eq!(m.text, &text[m.span.start..m.span.end]);
    }
}

#[test]
fn terminal_escapes_and_control_characters_form_no_mention_or_quote() {
    // Text copied from a terminal: colours around and inside words, a window title with a
    // date, a quote and a name in it, a C1 control sequence, NUL and DEL. None of it is a
    // name, date, number or quote, and no escape joins the words around it; what is
    // around them reads as it does without them, with spans on the text as pasted (the
    // notation writes a bracket of the text as `\[`).
    let text = "\u{1b}[1mMayor Ines\u{0}Varga\u{1b}[0m thanked \u{1b}[31m40\u{1b}[0m firefighters \
                in Port Selwyn\u{1b}[K on Monday.\u{1b}]0;\"Go home,\" said Lena Ortiz on 2024-09-14\u{7} \
                \u{9b}12m\u{7f}";
    let r = report(&[text]);
    assert_eq!(
        annotated(&r, 0, text),
        "\u{1b}\\[1mMayor [PER Ines\u{0}Varga=Mayor]\u{1b}\\[0m thanked \u{1b}\\[31m[QUANTITY 40\u{1b}\\[0m firefighters=40 firefighters] \
         in [LOC Port Selwyn]\u{1b}\\[K on [DATE Monday].\u{1b}\\]0;\"Go home,\" said Lena Ortiz on 2024-09-14\u{7} \
         \u{9b}12m\u{7f}"
    );
    assert!(
        r.articles[0].quotes.is_empty(),
        "{:?}",
        r.articles[0].quotes
    );
}

#[test]
fn boilerplate_is_reported_and_kept_out_of_comparison() {
    let r = report(&[
        "Gazette / World\nLINDMARK (Wire) - Crews reached Port Selwyn on Friday.\nSHARE THIS ARTICLE\n(Reporting by Ana Lobo; Editing by Lee Grant)",
        "Crews reached Port Selwyn.",
    ]);
    let a = &r.articles[0];
    let kinds: Vec<&str> = a.boilerplate.iter().map(|b| b.kind.as_str()).collect();
    assert_eq!(kinds, ["navigation", "share", "wire_credit"]);
    let bylines: Vec<String> = a
        .bylines
        .iter()
        .map(|b| format!("{}:{}", b.role.as_str(), b.name.text))
        .collect();
    assert_eq!(bylines, ["reporting:Ana Lobo", "editing:Lee Grant"]);
    let dateline = a.dateline.as_ref().expect("a dateline");
    assert_eq!(
        (
            dateline.place.text.as_str(),
            dateline.source.as_ref().unwrap().text.as_str()
        ),
        ("LINDMARK", "Wire")
    );
    // Names in boilerplate are shown but neither linked nor compared.
    for m in &a.mentions {
        assert_eq!(
            m.boilerplate,
            m.entity.is_none() && m.kind.is_name(),
            "{}",
            m.text
        );
    }
    let only_a: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.kind.as_str() == "omission/entity")
        .map(|f| r.entities[f.entity.unwrap()].canonical.as_str())
        .collect();
    assert_eq!(only_a, ["LINDMARK", "Wire"]);
}

#[test]
fn requests_out_of_bounds_are_refused_with_a_reason() {
    let none = analyze(&Input { articles: vec![] }).unwrap_err();
    assert!(none.to_string().contains("at least one"), "{none}");
    let many = Input {
        articles: vec![article("", "x"); MAX_ARTICLES + 1],
    };
    let err = analyze(&many).unwrap_err();
    assert!(err.to_string().contains("at most 20"), "{err}");
}

#[test]
fn labels_and_dates_carry_through() {
    let input = Input {
        articles: vec![
            ArticleInput {
                label: "  Gazette ".into(),
                text: "Text.".into(),
                published: "2024-03-05".into(),
            },
            ArticleInput {
                label: String::new(),
                text: "Text.".into(),
                published: "yesterday".into(),
            },
        ],
    };
    let r = analyze(&input).unwrap();
    assert_eq!(r.articles[0].label, "Gazette");
    assert_eq!(r.articles[0].published.as_deref(), Some("2024-03-05"));
    assert_eq!(r.articles[1].label, "Article B");
    assert_eq!(r.articles[1].published, None);
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.code.as_str() == "bad_date" && d.article.as_deref() == Some("b")));
}

#[test]
fn one_text_among_empties_says_nothing_was_compared() {
    let r = report(&["Oslo is cold.", "   "]);
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["empty", "nothing_to_compare"]);
    assert!(r.findings.is_empty());
}

#[test]
fn report_serialises_with_the_documented_field_names() {
    let r = report(&[
        "Omar Haddad flew to Lindmark on 3 May 2024.",
        "They reached Lindmark.",
    ]);
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["schema_version"], "5");
    let m = &json["articles"][0]["mentions"][0];
    for field in ["span", "text", "kind", "value", "source", "entity"] {
        assert!(m.get(field).is_some(), "mention lacks {field}: {m}");
    }
    for field in ["start", "end", "start_utf16", "end_utf16"] {
        assert!(m["span"].get(field).is_some(), "span lacks {field}");
    }
    let date = json["articles"][0]["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == "DATE")
        .unwrap();
    assert_eq!(date["value"], "2024-05-03");
    assert_eq!(json["findings"][0]["family"], "agreement");
    for field in [
        "id", "family", "kind", "articles", "missing", "spans", "summary", "why", "diff",
    ] {
        assert!(
            json["findings"][0].get(field).is_some(),
            "finding lacks {field}"
        );
    }
    let pair = &json["pairs"][0];
    assert_eq!(pair["articles"], serde_json::json!(["a", "b"]));
    for field in ["words", "reuse", "aligned"] {
        assert!(pair.get(field).is_some(), "pair lacks {field}");
    }
    for field in ["aliases", "variants"] {
        assert!(
            json["entities"][0].get(field).is_some(),
            "entity lacks {field}"
        );
    }
    assert!(json["articles"][0]["sourcing"].get("named").is_some());
    assert!(json["articles"][0]["speech_sourcing"]
        .get("documents")
        .is_some());
    assert!(json["articles"][0]["speech"].is_array());
    assert!(json["findings"][0]["spans"][0].get("claimed_by").is_some());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any text: no panic, every span on character boundaries inside the text, mentions
    /// in order and disjoint, UTF-16 offsets consistent with the bytes.
    #[test]
    fn any_text_gives_valid_spans(a in "\\PC{0,120}", b in "(?s).{0,80}") {
        let r = report(&[&a, &b]);
        for (article, text) in r.articles.iter().zip([&a, &b]) {
            let mut last_end = 0;
            for m in &article.mentions {
                prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
                prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
                prop_assert!(m.span.start >= last_end);
                last_end = m.span.end;
                prop_assert_eq!(&text[m.span.start..m.span.end], m.text.as_str());
                prop_assert_eq!(m.span.start_utf16, text[..m.span.start].encode_utf16().count());
                prop_assert_eq!(m.span.end_utf16, text[..m.span.end].encode_utf16().count());
            }
            for s in &article.sentences {
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
            for e in &article.speech {
                let mut spans = vec![&e.cue.span, &e.content];
                spans.extend(e.source.as_ref().map(|s| &s.span));
                for s in spans {
                    prop_assert!(s.start < s.end && s.end <= text.len());
                    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                    prop_assert_eq!(s.end_utf16, text[..s.end].encode_utf16().count());
                }
            }
        }
    }

    /// Capitalised words mixed with punctuation, dates and numbers: the worst case for the
    /// rules, still valid.
    #[test]
    fn newsy_text_gives_valid_spans(words in proptest::collection::vec(
        "(Mr\\.|The|Kati|Aug\\.|18|2020|in|June|€|1,200|“|”|\\.|,|'s|-|\n|Ölund|🙂|said|according to|she|reportedly)", 0..60)) {
        let text = words.join(" ");
        let r = report(&[&text]);
        for m in &r.articles[0].mentions {
            prop_assert_eq!(&text[m.span.start..m.span.end], m.text.as_str());
        }
        for e in &r.articles[0].speech {
            prop_assert_eq!(&text[e.cue.span.start..e.cue.span.end], e.cue.text.as_str());
            prop_assert!(text.is_char_boundary(e.content.start) && text.is_char_boundary(e.content.end));
        }
    }
}

#[test]
fn an_undated_article_reads_its_dates_against_another_articles_date() {
    // Article B gives no publication date and no year: "March 5" is placed only through
    // article A's date, and then its "Thursday" is seen to disagree (5 March 2024 was a
    // Tuesday). A diagnostic says whose date was borrowed.
    let r = common::report_dated(&[
        (
            "The council closed the old bridge for repairs.",
            "2024-03-05",
        ),
        (
            "The council voted on Thursday, March 5, to close the old bridge.",
            "",
        ),
    ]);
    let b = &r.articles[1];
    let anchor = b
        .anchor
        .as_ref()
        .expect("article b reads its dates against a's");
    assert_eq!(
        (anchor.date.as_str(), anchor.from.as_str()),
        ("2024-03-05", "article")
    );
    let notes: Vec<(&str, &str)> = r
        .diagnostics
        .iter()
        .map(|d| (d.article.as_deref().unwrap_or(""), d.code.as_str()))
        .collect();
    assert_eq!(notes, [("b", "borrowed_date")]);
    assert!(r.diagnostics[0]
        .message
        .contains("Tuesday 5 March 2024, the date of Paper 1"));
    assert!(
        r.findings
            .iter()
            .any(|f| f.kind.as_str() == "conflict/weekday"),
        "{:#?}",
        r.findings
    );
}
