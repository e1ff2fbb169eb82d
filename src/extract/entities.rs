//! Names from the learned recogniser ([`super::ner`]) as extractor output: people,
//! organisations, places and other names, with two refinements the Report wants. A
//! nationality or demonym the model calls MISC ("Malian", "Norwegians") becomes a group
//! pointing to its country, and a title just before a person ("President", "Prime
//! Minister") becomes that person's role, kept out of the name.

use super::ner::{self, labels::TYPES};
use super::{groups, Found, Source, Value};
use crate::extract::Kind;
use crate::lexicon::TableList::{self, Honorifics};
use crate::lexicon::WordList::NameTitles;
use crate::text::boilerplate::Dateline;
use crate::text::Tokens;
use std::ops::Range;

/// All names in the text of `tokens`, tagging its sentences as one document.
pub fn find(tokens: &Tokens, sentences: &[Range<usize>]) -> Vec<Found> {
    find_counting(tokens, sentences).0
}

/// [`find`], also returning how many tokens the recogniser read.
pub fn find_counting(tokens: &Tokens, sentences: &[Range<usize>]) -> (Vec<Found>, usize) {
    let text = tokens.text();
    let spans: Vec<Vec<Range<usize>>> = sentences
        .iter()
        .map(|s| ner::tokens::tokens(tokens, s.clone()))
        .collect();
    let words: Vec<Vec<&str>> = spans
        .iter()
        .map(|s| s.iter().map(|r| &text[r.clone()]).collect())
        .collect();
    // Title-case headlines are tagged with their ordinary words lowered; an article
    // without one is tagged as it is.
    let recased = ner::headline::recase(&words, ner::shipped_lists());
    let tagged: Option<Vec<Vec<&str>>> = recased.iter().any(Option::is_some).then(|| {
        words
            .iter()
            .zip(&recased)
            .map(|(w, r)| match r {
                Some(r) => r.iter().map(String::as_str).collect(),
                None => w.clone(),
            })
            .collect()
    });
    let model_tags = ner::shipped().tag(tagged.as_deref().unwrap_or(&words));
    let tags = ner::document::retag(&words, &model_tags);
    let mut out = Vec::new();
    for (sentence, tags) in spans.iter().zip(&tags) {
        for (t, tokens) in ner::labels::spans(tags) {
            out.push(mention(
                text,
                &sentence[..tokens.end],
                tokens.start,
                TYPES[t],
            ));
        }
    }
    (out, words.iter().map(Vec::len).sum())
}

/// The place and source of a dateline ("LINDMARK (Wire) -", "KISUMU, Kenya —"), which the
/// dateline finder has already read: a place, the region or country written after it, and
/// an organisation.
pub fn dateline(text: &str, d: &Dateline) -> Vec<Found> {
    let place = |range| Found {
        range,
        kind: Kind::Place,
        value: None,
        source: Source::Dateline,
    };
    let mut out = vec![place(d.place.clone())];
    out.extend(dateline_region(text, d).map(place));
    out.extend(d.source.clone().map(|range| Found {
        range,
        kind: Kind::Organisation,
        value: None,
        source: Source::Dateline,
    }));
    out
}

/// The region or country after a dateline's place (", Kenya" in "KISUMU, Kenya —"): the
/// capitalised words between the comma and the end of the place part (the source's
/// parenthesis, a date or the dash).
fn dateline_region(text: &str, d: &Dateline) -> Option<Range<usize>> {
    let end = d.source.as_ref().map_or(d.range.end, |s| s.start);
    let rest = text.get(d.place.end..end)?;
    let after_comma = rest.strip_prefix(',')?;
    let lead = after_comma.len() - after_comma.trim_start().len();
    let words: Vec<&str> = after_comma[lead..]
        .split(' ')
        .take_while(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
        .collect();
    let calendar = |w: &&str| {
        TableList::Months.value_folded(w).is_some() || TableList::Weekdays.value_folded(w).is_some()
    };
    if words.is_empty() || words.iter().any(calendar) {
        return None;
    }
    let start = d.place.end + 1 + lead;
    let len = words.iter().map(|w| w.len()).sum::<usize>() + words.len() - 1;
    Some(start..start + len)
}

/// The mention of tokens `first..` of `sentence` (which ends at the mention's last
/// token), of recogniser type `kind`.
fn mention(text: &str, sentence: &[Range<usize>], mut first: usize, kind: &str) -> Found {
    let last = sentence.len() - 1;
    let bare = |i: usize| {
        text[sentence[i].clone()]
            .trim_end_matches('.')
            .to_lowercase()
    };
    let mut kind = match kind {
        "PER" => Kind::Person,
        "ORG" => Kind::Organisation,
        "LOC" => Kind::Place,
        _ => Kind::Misc,
    };
    let mut value = None;
    if kind == Kind::Person {
        // Titles inside the span or just before it.
        while first < last && NameTitles.contains(&bare(first)) {
            first += 1;
        }
        let mut start = first;
        while start > 0 && NameTitles.contains(&bare(start - 1)) {
            start -= 1;
        }
        let role: Vec<&str> = (start..first)
            .filter(|&i| Honorifics.value(&bare(i)).is_none())
            .map(|i| &text[sentence[i].clone()])
            .collect();
        if !role.is_empty() {
            value = Some(Value::Role(role.join(" ")));
        }
    }
    let range = sentence[first].start..sentence[last].end;
    if kind == Kind::Misc {
        if let Some(country) = groups::country(&text[range.clone()]) {
            kind = Kind::Group;
            value = Some(Value::Country(country));
        }
    }
    Found {
        range,
        kind,
        value,
        source: Source::Recogniser,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn show(text: &str) -> Vec<String> {
        find(&Tokens::new(text), &sentences(text))
            .iter()
            .map(|f| {
                let value = f
                    .value
                    .as_ref()
                    .map(|v| format!("={v}"))
                    .unwrap_or_default();
                format!("[{:?} {}{value}]", f.kind, &text[f.range.clone()])
            })
            .collect()
    }

    #[test]
    fn types_names_with_roles_and_groups() {
        assert_eq!(
            show("President Anna Lindqvist of Sweden met Malian officials at the United Nations in Geneva."),
            [
                "[Person Anna Lindqvist=President]",
                "[Place Sweden]",
                "[Group Malian=Mali]",
                "[Organisation United Nations]",
                "[Place Geneva]"
            ]
        );
        // A form of address is no part of the name and no role.
        assert_eq!(
            show("Hajiya Binta Musa met Sir Alan Reid and Shri Anil Rao in Kano."),
            [
                "[Person Binta Musa]",
                "[Person Alan Reid]",
                "[Person Anil Rao]",
                "[Place Kano]"
            ]
        );
    }

    /// The shipped model on original sentences: a story with a headline in capitals, and
    /// the same kind of news in lower case and in capitals.
    #[test]
    fn the_shipped_model_tags_original_sentences_in_any_case() {
        let story = "FLOODS CUT OFF VILLAGES NEAR GRENOBLE\n\n\
                     Heavy rain cut off three villages near Grenoble on Sunday, officials said.\n\
                     Interior Minister Claire Dubois told France Info radio that teams from the Red Cross \
                     had reached most residents.\n\
                     The European Union offered help, and Germany sent two helicopters.";
        assert_eq!(
            show(story),
            [
                "[Place GRENOBLE]",
                "[Place Grenoble]",
                "[Person Claire Dubois=Minister]",
                "[Organisation France Info]",
                "[Organisation Red Cross]",
                "[Organisation European Union]",
                "[Place Germany]"
            ]
        );
        assert_eq!(
            show("john smith, a spokesman for the red cross, said aid reached gaza. the united nations said its envoy would fly to geneva."),
            [
                "[Person john smith]",
                "[Organisation red cross]",
                "[Place gaza]",
                "[Organisation united nations]",
                "[Place geneva]"
            ]
        );
        assert_eq!(
            show("POLICE IN NAIROBI SAID FLIGHTS TO LONDON WERE CANCELLED."),
            ["[Place NAIROBI]", "[Place LONDON]"]
        );
    }

    #[test]
    fn a_dateline_gives_its_place_and_source() {
        let text = "LINDMARK (Wire) - Crews reached the harbour on Friday.";
        let sentences = sentences(text);
        let d = crate::text::boilerplate(text).dateline.expect("a dateline");
        let mut found = dateline(text, &d);
        found.extend(find(&Tokens::new(text), &sentences[..0]));
        assert_eq!(
            super::super::annotated(text, &found),
            "[LOC LINDMARK] ([ORG Wire]) - Crews reached the harbour on Friday."
        );
        for (text, annotated) in [
            (
                "KISUMU, Kenya - Crews reached the harbour on Friday.",
                "[LOC KISUMU], [LOC Kenya] - Crews reached the harbour on Friday.",
            ),
            (
                "LONDON, Aug 18 (Wire) - Crews reached the harbour on Friday.",
                "[LOC LONDON], Aug 18 ([ORG Wire]) - Crews reached the harbour on Friday.",
            ),
        ] {
            let d = crate::text::boilerplate(text).dateline.expect("a dateline");
            assert_eq!(
                super::super::annotated(text, &dateline(text, &d)),
                annotated
            );
        }
    }
}
