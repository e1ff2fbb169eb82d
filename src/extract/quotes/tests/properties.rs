//! Property tests: on any text, finding quotes never panics and every range it returns
//! lies inside the text on character boundaries, content inside its quote, quotes in
//! order and apart.

use super::{find, mentions, parse};
use crate::text::sentences;
use proptest::prelude::*;
use std::ops::Range;

/// Words, names, verbs and every kind of quote mark, for news-like text.
fn token() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "“",
        "”",
        "„",
        "«",
        "»",
        "‘",
        "'",
        "\"",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        "-",
        "?",
        "!",
        "said",
        "says",
        "told",
        "according to",
        "quoted",
        "as saying",
        "he",
        "she",
        "they",
        "it",
        "the",
        "a",
        "spokesman",
        "governor",
        "Governor",
        "ministry",
        "police",
        "source",
        "who",
        "Reuters",
        "state TV",
        "[PER Ana Lobo]",
        "[PER Tomas Berg]",
        "[ORG Lindmark Times]",
        "[LOC Kati]",
        "[GROUP Norwegians]",
        "workers'",
        "don't",
        "Mali's",
        "'90s",
        "We are ready",
        "flawless",
        "From",
        "Chairwoman",
        "Okafor",
        "Okafor said",
        "[NAME Upper Kessel]",
        "Graffiti",
        "reads",
        "reading",
        "citing",
        "quoting",
        "chanted",
        "him",
        "her",
        "was",
        "Mr",
        "é",
        "日本",
        "🙂",
    ])
}

/// The names the sibling name finder sees in `text`.
fn found_names(text: &str) -> Vec<crate::extract::Found> {
    crate::extract::entities::find(&crate::text::Tokens::new(text), &sentences(text))
}

fn check(text: &str, names: &[crate::extract::Found]) -> Result<(), TestCaseError> {
    let inside = |r: &Range<usize>| r.start <= r.end && text.get(r.clone()).is_some();
    let quotes = find(&crate::text::Tokens::new(text), &sentences(text), names);
    let mut end = 0;
    for q in &quotes {
        prop_assert!(inside(&q.range), "quote {:?}", q.range);
        prop_assert!(inside(&q.content), "content {:?}", q.content);
        prop_assert!(q.range.start < q.content.start && q.content.end < q.range.end);
        prop_assert!(
            q.range.start >= end,
            "overlap or out of order at {:?}",
            q.range
        );
        end = q.range.end;
        if let Some(s) = &q.speaker {
            prop_assert!(
                inside(&s.range) && s.range.start < s.range.end,
                "speaker {:?}",
                s.range
            );
        }
        if let Some(v) = &q.via {
            prop_assert!(inside(v) && v.start < v.end, "via {:?}", v);
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_text_gives_sound_quotes(text in "\\PC{0,200}") {
        check(&text, &[])?;
        check(&text, &found_names(&text))?;
    }

    #[test]
    fn news_like_text_gives_sound_quotes(tokens in prop::collection::vec(token(), 0..60)) {
        let input = parse(&tokens.concat()).expect("the tokens are valid notation");
        let text = input.text.as_str();
        check(text, &mentions(&input))?;
        check(text, &found_names(text))?;
    }

    #[test]
    fn odd_sentences_and_names_are_tolerated(
        text in "[ a-zA-Z\"“”'‘.:\n]{0,80}",
        cuts in prop::collection::vec((0usize..100, 0usize..100), 0..6),
    ) {
        // Sentence and name ranges that do not fit the text must not break anything.
        let ranges: Vec<Range<usize>> = cuts.iter().map(|&(a, b)| a..b).collect();
        let names: Vec<crate::extract::Found> = ranges
            .iter()
            .map(|r| crate::extract::Found {
                range: r.clone(),
                kind: crate::extract::Kind::Person,
                value: None,
                source: crate::extract::Source::Recogniser,
            })
            .collect();
        let quotes = find(&crate::text::Tokens::new(&text), &ranges, &names);
        for q in &quotes {
            prop_assert!(text.get(q.range.clone()).is_some());
        }
    }
}
