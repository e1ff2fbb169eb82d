//! Proper names as runs of capitalised words, typed by cue words.
//!
//! A run is a sequence of capitalised words separated only by spaces or hyphens, which
//! may hold a lower-case particle ("Bank of England", "Ahmed al Bashir"). A function word
//! that opens a sentence ("The", "But") is not a name. Titles ("President", "Mr.") are
//! cut off and make the run a person; organisation heads ("Embassy", "Ministry") make it
//! an organisation; a preposition of place before it ("in", "near") makes it a place;
//! "-ian"/"-ese" adjectives are other names (MISC). Anything else is an untyped NAME.
//! This is a stop-gap that the learned recogniser replaces.

use super::cues::{
    CALENDAR, FUNCTION_WORDS, HONORIFICS, ORGANISATION_HEADS, PARTICLES, PLACE_CUES, PLACE_FIRST,
    PLACE_HEADS, SPEECH_VERBS, TITLES,
};
use super::{groups, Found};
use crate::report::Kind;
use crate::text::{words, Word};
use std::collections::HashSet;
use std::ops::Range;

/// All names in `text`, one sentence at a time.
///
/// A lone capitalised word that opens a sentence ("Kati was quiet.") is as likely an
/// ordinary word ("Gunfire was heard."), so it is kept only when the article also uses
/// that word inside a name found elsewhere.
pub fn find(text: &str, sentences: &[Range<usize>]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut openers = Vec::new();
    // Words the article also writes in lower case are ordinary words when they open a
    // sentence: "Passenger Tomas Whitfield said" beside "212 passengers".
    let lower_case: HashSet<&str> = words(text, 0..text.len())
        .into_iter()
        .filter(|w| w.text.chars().next().is_some_and(char::is_lowercase))
        .map(|w| w.text)
        .collect();
    for sentence in sentences {
        let ws = words(text, sentence.clone());
        let mut i = 0;
        while i < ws.len() {
            let end = run_end(text, &ws, i);
            if end > i {
                let mut start = i;
                if opens_clause(text, &ws[i], sentence.start) && end - i > 1 {
                    let w = lower(&ws[i]);
                    if lower_case.contains(w.as_str())
                        || lower_case.contains(format!("{w}s").as_str())
                    {
                        start += 1;
                    }
                }
                // A lone capitalised word the article also writes in lower case is an
                // ordinary word put first in a clause ("BAMAKO (Reuters) - Gunfire was ...").
                let lone_ordinary = end - start == 1 && {
                    let w = lower(&ws[start]);
                    lower_case.contains(w.as_str()) || lower_case.contains(format!("{w}s").as_str())
                };
                if lone_ordinary {
                    i = end;
                    continue;
                }
                match name(text, &ws, start, end, sentence.start) {
                    Some(Candidate::Name(found)) => out.push(found),
                    Some(Candidate::SentenceOpener(found)) => openers.push(found),
                    None => {}
                }
                i = end;
            } else {
                i += 1;
            }
        }
    }
    let known: HashSet<String> = out
        .iter()
        .flat_map(|f| {
            text[f.range.clone()]
                .split([' ', '-'])
                .map(str::to_lowercase)
        })
        .collect();
    out.extend(
        openers
            .into_iter()
            .filter(|f| known.contains(&text[f.range.clone()].to_lowercase())),
    );
    out.sort_by_key(|f| f.range.start);
    out
}

/// A name, or a lone capitalised word opening a sentence that is a name only if the
/// article names it elsewhere.
enum Candidate {
    Name(Found),
    SentenceOpener(Found),
}

fn is_capitalised(w: &Word) -> bool {
    w.text.chars().next().is_some_and(char::is_uppercase)
}

fn lower(w: &Word) -> String {
    w.text.to_lowercase()
}

/// Whether only spaces or a hyphen stand between two words (no comma, no stop).
fn adjacent(text: &str, a: &Word, b: &Word) -> bool {
    let gap = &text[a.end..b.start];
    gap == "-"
        || (!gap.is_empty() && gap.len() <= 2 && gap.chars().all(|c| c == ' ' || c == '\u{a0}'))
        || gap == ". " && TITLES.contains(&lower(a).as_str())
}

/// The index one past the last word of the capitalised run that starts at `i` (equal to
/// `i` when no run starts there).
fn run_end(text: &str, ws: &[Word], i: usize) -> usize {
    if !is_capitalised(&ws[i]) {
        return i;
    }
    let mut end = i + 1;
    while end < ws.len() && adjacent(text, &ws[end - 1], &ws[end]) {
        if is_capitalised(&ws[end]) {
            end += 1;
        } else if PARTICLES.contains(&lower(&ws[end]).as_str())
            && end + 1 < ws.len()
            && is_capitalised(&ws[end + 1])
            && adjacent(text, &ws[end], &ws[end + 1])
        {
            end += 2;
        } else {
            break;
        }
    }
    end
}

/// The name in the run `ws[start..end]`, if any, typed by its cues.
fn name(
    text: &str,
    ws: &[Word],
    start: usize,
    end: usize,
    sentence_start: usize,
) -> Option<Candidate> {
    let mut first = start;
    let mut titled = false;
    // The role a title gives the person ("Prime Minister"), honorifics aside.
    let mut role: Vec<&str> = Vec::new();
    loop {
        let w = lower(&ws[first]);
        if FUNCTION_WORDS.contains(&w.as_str()) || CALENDAR.contains(&w.as_str()) {
            first += 1;
        } else if TITLES.contains(&w.as_str()) {
            titled = true;
            if !HONORIFICS.contains(&w.as_str()) {
                role.push(ws[first].text);
            }
            first += 1;
        } else {
            break;
        }
        if first == end {
            return None;
        }
    }
    let mut last = end - 1;
    while last > first && CALENDAR.contains(&lower(&ws[last]).as_str()) {
        last -= 1;
    }
    let opens_clause = opens_clause(text, &ws[first], sentence_start);
    let len = last + 1 - first;
    let head = lower(&ws[last]);
    let head = head.trim_end_matches("'s").trim_end_matches("’s");
    let before = first.checked_sub(1).map(|i| lower(&ws[i]));
    let after = ws.get(last + 1).map(lower);

    let mut range = ws[first].start..ws[last].end;
    // "Mali's" names Mali.
    for suffix in ["'s", "’s"] {
        if text[range.clone()].ends_with(suffix) {
            range.end -= suffix.len();
        }
    }
    let country = groups::country(&text[range.clone()]);
    let kind = if titled || before.as_deref().is_some_and(|b| TITLES.contains(&b)) {
        Kind::Person
    } else if is_dateline(text, &ws[first], &ws[last]) {
        Kind::Place
    } else if ORGANISATION_HEADS.contains(&head)
        || (len >= 3
            && ORGANISATION_HEADS.contains(&lower(&ws[first]).as_str())
            && lower(&ws[first + 1]) == "of")
        || (len == 1 && is_acronym(ws[first].text))
    {
        Kind::Organisation
    } else if PLACE_HEADS.contains(&head)
        || (len >= 2 && PLACE_FIRST.contains(&lower(&ws[first]).as_str()))
        || (len <= 2 && before.as_deref().is_some_and(|b| PLACE_CUES.contains(&b)))
    {
        Kind::Place
    } else if country.is_some() {
        Kind::Group
    } else if len == 1 && is_nationality(head) {
        Kind::Misc
    } else if len >= 2 && after.as_deref().is_some_and(|a| SPEECH_VERBS.contains(&a)) {
        Kind::Person
    } else {
        Kind::Name
    };

    let found = Found {
        range,
        kind,
        value: match kind {
            Kind::Group => country.map(str::to_string),
            Kind::Person if !role.is_empty() => Some(role.join(" ")),
            _ => None,
        },
        source: "rule:capitalised",
    };
    Some(if opens_clause && len == 1 && kind == Kind::Name {
        Candidate::SentenceOpener(found)
    } else {
        Candidate::Name(found)
    })
}

/// Whether `word` is the first of its sentence, or the first after a dash (as after a
/// dateline: "LINDMARK (Wire) - Flooding ..."), where anything is capitalised.
fn opens_clause(text: &str, word: &Word, sentence_start: usize) -> bool {
    word.start == sentence_start
        || text[sentence_start..word.start]
            .trim_end()
            .ends_with(['-', '–', '—'])
}

/// Whether the run is a dateline's place: capitals opening a line, before "(" or a dash
/// ("LINDMARK (Wire) -", "PORT SELWYN -").
fn is_dateline(text: &str, first: &Word, last: &Word) -> bool {
    let line_start = text[..first.start].rfind('\n').map_or(0, |i| i + 1);
    let all_caps = !text[first.start..last.end].chars().any(char::is_lowercase);
    let after = text[last.end..].trim_start_matches([' ', ',']);
    all_caps
        && text[line_start..first.start].trim().is_empty()
        && (after.starts_with('(') || after.starts_with(['-', '–', '—']))
}

fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether `word` looks like a demonym the table lacks ("Selwynian").
fn is_nationality(word: &str) -> bool {
    ["ian", "ese", "ean", "ish", "ican", "ians", "eans", "icans"]
        .iter()
        .any(|s| word.len() > s.len() + 2 && word.ends_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    /// (input, expected names in the compact notation `[KIND text=value]`)
    const CASES: &[(&str, &[&str])] = &[
        (
            "President Amara Keita spoke.",
            &["[PER Amara Keita=President]"],
        ),
        (
            "Prime Minister Ana Lobo and Dr. Sam Reyes met.",
            &["[PER Ana Lobo=Prime Minister]", "[PER Sam Reyes=Dr]"],
        ),
        ("Then Mr. Osei left.", &["[PER Osei]"]),
        ("Later Cllr Nia Pell spoke.", &["[PER Nia Pell=Cllr]"]),
        (
            "Then former President Osei left.",
            &["[PER Osei=President]"],
        ),
        (
            "The Norwegian Embassy issued a warning.",
            &["[ORG Norwegian Embassy]"],
        ),
        ("Shots rang out in Kati on Monday.", &["[LOC Kati]"]),
        (
            "The Bank of Lindmark raised rates.",
            &["[ORG Bank of Lindmark]"],
        ),
        ("But Jonas Weller said no.", &["[PER Jonas Weller]"]),
        (
            "Officials in Port Selwyn met Sara Lind.",
            &["[LOC Port Selwyn]", "[NAME Sara Lind]"],
        ),
        (
            "Norwegians were told to stay home.",
            &["[GROUP Norwegians=Norway]"],
        ),
        ("Selwynians were told to stay home.", &["[MISC Selwynians]"]),
        (
            "Talks with Malian troops and the French ended.",
            &["[GROUP Malian=Mali]", "[GROUP French=France]"],
        ),
        ("The UN sent observers.", &["[ORG UN]"]),
        (
            "LINDMARK (Wire) - Flooding closed roads; the flooding spread.",
            &["[LOC LINDMARK]", "[NAME Wire]"],
        ),
        ("PORT SELWYN - Rain fell.", &["[LOC PORT SELWYN]"]),
        ("Storms hit. Later, Flooding and more flooding came.", &[]),
        (
            "Ships sailed into the hands of Ostrava traders.",
            &["[NAME Ostrava]"],
        ),
        ("The African Union met.", &["[ORG African Union]"]),
        ("Pan-African leaders met.", &["[NAME Pan-African]"]),
        ("Yesterday it rained.", &[]),
        ("Rain fell. Heavy winds followed.", &[]),
        (
            "Kati was calm. Troops left Kati. Gunfire stopped.",
            &["[NAME Kati]", "[NAME Kati]"],
        ),
        (
            "Keita spoke. Ibrahim Keita left.",
            &["[NAME Keita]", "[NAME Ibrahim Keita]"],
        ),
        (
            "Passenger Tomas Whitfield was calm. Two passengers left.",
            &["[NAME Tomas Whitfield]"],
        ),
        ("Flights to Mali's capital stopped.", &["[LOC Mali]"]),
        (
            "Jean-Paul Okafor arrived, Keita left.",
            &["[NAME Jean-Paul Okafor]", "[NAME Keita]"],
        ),
        ("Stocks rose in June and on Friday.", &[]),
        (
            "Boats left Port Selwyn and Lake Orn.",
            &["[LOC Port Selwyn]", "[LOC Lake Orn]"],
        ),
    ];

    #[test]
    fn table() {
        for (input, expected) in CASES {
            let got: Vec<String> = find(input, &sentences(input))
                .iter()
                .map(|f| {
                    let kind = serde_json::to_value(f.kind).unwrap();
                    let value = f
                        .value
                        .as_ref()
                        .map(|v| format!("={v}"))
                        .unwrap_or_default();
                    format!(
                        "[{} {}{value}]",
                        kind.as_str().unwrap(),
                        &input[f.range.clone()]
                    )
                })
                .collect();
            assert_eq!(&got, expected, "input: {input:?}");
        }
    }
}
