//! Tests of boilerplate detection: one table of pasted-page snippets and what each holds,
//! and properties that hold on any text.

mod cases;

use super::*;
use cases::CASES;
use proptest::prelude::*;

/// Renders what [`detect`] found as `Kind: text` lines: the blocks (line breaks shown as
/// `⏎`), then the bylines (`Role: name`), then the dateline
/// (`Dateline: whole dateline [place|source]`).
fn render(text: &str) -> Vec<String> {
    let found = detect(text);
    let mut out: Vec<String> = found
        .blocks
        .iter()
        .map(|b| format!("{:?}: {}", b.kind, text[b.range.clone()].replace('\n', "⏎")))
        .collect();
    out.extend(
        found
            .bylines
            .iter()
            .map(|b| format!("{:?}: {}", b.role, &text[b.name.clone()])),
    );
    if let Some(d) = &found.dateline {
        let source = d.source.clone().map_or("", |s| &text[s]);
        out.push(format!(
            "Dateline: {} [{}|{source}]",
            &text[d.range.clone()],
            &text[d.place.clone()]
        ));
    }
    out
}

/// A story paragraph to put after the furniture in the cases below.
const STORY: &str =
    "Water rose above the old bridge on Tuesday night, and the council closed two roads.";

#[test]
fn cases() {
    for (name, input, expected) in CASES {
        assert_eq!(render(input), *expected, "case {name:?}, input: {input:?}");
    }
}

#[test]
fn a_whole_page() {
    let page = format!(
        "World / Africa\n\
         Floods close schools in Lindmark\n\
         Pupils wait outside a closed school in Lindmark on Monday. (Photo by Ines Varga/Wire)\n\
         By Ana Lobo and Kofi Mensah\n\
         SHARE THIS ARTICLE\n\
         LINDMARK (Wire) - {STORY}\n\
         \n\
         Read more:\n\
         Flood toll rises to 12\n\
         \n\
         {STORY}\n\
         (Reporting by Ana Lobo; Editing by Lee Grant)\n\
         © 2024 Wire"
    );
    assert_eq!(
        render(&page),
        [
            "Navigation: World / Africa",
            "Caption: Pupils wait outside a closed school in Lindmark on Monday. (Photo by Ines Varga/Wire)",
            "Share: SHARE THIS ARTICLE",
            "RelatedLinks: Read more:⏎Flood toll rises to 12",
            "WireCredit: (Reporting by Ana Lobo; Editing by Lee Grant)",
            "Copyright: © 2024 Wire",
            "Reporting: Ana Lobo",
            "Reporting: Kofi Mensah",
            "Reporting: Ana Lobo",
            "Editing: Lee Grant",
            "Dateline: LINDMARK (Wire) - [LINDMARK|Wire]",
        ]
    );
}

#[test]
fn the_dateline_is_sought_only_near_the_top() {
    let page = format!("{STORY}\n{STORY}\n{STORY}\nGENEVA (Wire) - Talks resumed.");
    assert_eq!(detect(&page).dateline, None);
}

/// Checks the promises of [`Boilerplate`] on `text`.
fn check_ranges(text: &str) -> Result<(), TestCaseError> {
    let found = detect(text);
    let on_boundaries = |r: &Range<usize>| {
        r.start <= r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    let mut last_end = 0;
    for b in &found.blocks {
        prop_assert!(
            on_boundaries(&b.range) && b.range.start < b.range.end,
            "{:?}",
            b
        );
        prop_assert!(
            b.range.start >= last_end,
            "blocks overlap or are out of order: {:?}",
            found.blocks
        );
        last_end = b.range.end;
    }
    let mut last_end = 0;
    for b in &found.bylines {
        prop_assert!(
            on_boundaries(&b.name) && b.name.start < b.name.end,
            "{:?}",
            b
        );
        prop_assert!(
            b.name.start >= last_end,
            "bylines out of order: {:?}",
            found.bylines
        );
        last_end = b.name.end;
    }
    if let Some(d) = &found.dateline {
        prop_assert!(on_boundaries(&d.range) && on_boundaries(&d.place));
        prop_assert!(d.range.start == d.place.start && d.place.end <= d.range.end);
        prop_assert!(text[d.range.clone()].ends_with('-'), "{:?}", d);
        if let Some(s) = &d.source {
            prop_assert!(on_boundaries(s) && d.place.end <= s.start && s.end < d.range.end);
        }
    }
    Ok(())
}

/// Pieces of pasted news pages, to be strung together at random.
const TOKENS: &[&str] = &[
    "LINDMARK",
    "PORT SELWYN",
    "SÃO",
    ", Norland",
    ", March 4",
    " (Wire)",
    " (",
    ")",
    " - ",
    "-",
    "\n",
    "\n\n",
    " ",
    "By ",
    "BY ",
    "Ana Lobo",
    " and ",
    ", ",
    "; ",
    "(Reporting by ",
    "Additional reporting by ",
    "Editing by ",
    " in Nairobi",
    "Share this article",
    "Follow us on ",
    "Telegram",
    "X/Twitter",
    "Subscribe",
    "Read more:",
    "Related:",
    "© 2024",
    "All rights reserved",
    "www.lmk.tv",
    "https://a.b",
    "can also be accessed at the following alternate addresses:",
    "World / Africa",
    "Home > News",
    "(Photo by I. Varga/Wire)",
    "Image: ",
    "File photo",
    "Watch",
    "2:31",
    "é",
    "🙂",
    "\"",
    "text",
    "The river rose.",
    "Police said ",
    ".",
    ":",
    "|",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..40).prop_map(|t| t.concat())
}

proptest! {
    #[test]
    fn any_text_gives_ranges_in_order_on_boundaries(text in "\\PC{0,200}") {
        check_ranges(&text)?;
    }

    #[test]
    fn news_like_text_gives_ranges_in_order_on_boundaries(text in news_like()) {
        check_ranges(&text)?;
    }
}
