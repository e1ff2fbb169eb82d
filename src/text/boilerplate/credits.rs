//! Bylines and the wire credit block.
//!
//! A credit block names people after role phrases: "(Reporting by Ana Lobo and Kofi
//! Mensah; Additional reporting by Jo Park in Nairobi; Writing by Sam Reyes; Editing by
//! Lee Grant)". It is a line of its own (in parentheses or not) or a parenthesis closing a
//! paragraph. A byline is a short line "By Ana Lobo and Kofi Mensah" near the top.
//!
//! A name is a run of two to six capitalised words, which may hold a particle ("Ana de
//! Lobo"); what follows it ("in Nairobi") is left out. Without parentheses a credit line
//! must hold nothing but names and places, so "Reporting by the state broadcaster
//! suggested ..." stays a sentence.

use super::role_phrase::role_phrases;
use super::{Byline, BylineRole};
use crate::lexicon::WordList::{NameParticles, NotBylineNames, TimestampWords};
use std::ops::Range;

/// A role phrase: "Reporting by", "Additional reporting by", "Writing and editing by".
/// Most words in a credit block: a long wire credit names a handful of people and places.
const CREDIT_WORDS: usize = 60;

/// Most words in a byline line, the outlet and a timestamp included.
const BYLINE_WORDS: usize = 16;

/// Fewest and most capitalised words in a person's name, and most words with its particles
/// ("Ana Lobo", "Ana de Lobo"): a longer run of capitals is a heading or an organisation.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=6;

/// Most characters in a name word that ends with a stop: an initial or a short form ("A.",
/// "Jr."), not a word that ends a sentence.
const INITIAL_CHARS: usize = 3;

/// The bylines of a wire credit line ("(Reporting by ...; Editing by ...)"), or `None`
/// when `line` is not one. A credit in parentheses counts even when it names nobody.
pub(super) fn credit_line(text: &str, line: Range<usize>) -> Option<Vec<Byline>> {
    let s = &text[line.clone()];
    // "-- Reporting by ..."
    let bare = s.trim_start_matches(['-', ' ']);
    let inner = bare
        .strip_prefix('(')
        .and_then(|b| b.strip_suffix(')'))
        .or_else(|| bare.strip_prefix('[').and_then(|b| b.strip_suffix(']')));
    let parenthesised = inner.is_some();
    let mut start = line.end - bare.len() + usize::from(parenthesised);
    let inner = inner.unwrap_or(bare);
    let trimmed = inner.trim();
    start += inner.len() - inner.trim_start().len();
    if trimmed.split_whitespace().count() > CREDIT_WORDS {
        return None;
    }
    let range = start..start + trimmed.len();
    let bylines = credited(text, range, !parenthesised)?;
    (parenthesised || !bylines.is_empty()).then_some(bylines)
}

/// A wire credit in parentheses at the end of a paragraph, naming someone: its range
/// (parentheses included) and bylines.
pub(super) fn trailing(text: &str, line: Range<usize>) -> Option<(Range<usize>, Vec<Byline>)> {
    let s = &text[line.clone()];
    let body = s.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let inner = &body[open + 1..];
    let lead = inner.len() - inner.trim_start().len();
    if open == 0 || inner.split_whitespace().count() > CREDIT_WORDS {
        return None;
    }
    let start = line.start + open + 1 + lead;
    // Inside a sentence it must name someone: "(reporting by local media)" is a source.
    let bylines = credited(text, start..line.start + body.len(), false)?;
    (!bylines.is_empty()).then_some((line.start + open..line.end, bylines))
}

/// The people a credit in `range` names, when it opens with a role phrase. When `strict`,
/// anything but names and places makes it no credit.
fn credited(text: &str, range: Range<usize>, strict: bool) -> Option<Vec<Byline>> {
    let s = &text[range.clone()];
    let roles = role_phrases(s);
    if roles.first()?.start != 0 {
        return None;
    }
    let mut out = Vec::new();
    for (i, m) in roles.iter().enumerate() {
        let end = roles.get(i + 1).map_or(s.len(), |next| next.start);
        let role = role_of(&s[m.clone()]);
        for piece in pieces(s, m.end..end) {
            let words = &s[piece.clone()];
            match name_len(words) {
                Some(len) if !strict || is_place_tail(&words[len..]) => out.push(Byline {
                    name: range.start + piece.start..range.start + piece.start + len,
                    role,
                }),
                None if !strict || is_place(words) => {}
                _ => return None,
            }
        }
    }
    Some(out)
}

/// The people of a byline line ("By Ana Lobo and Kofi Mensah"), or `None` when `line` is
/// not one.
pub(super) fn by_line(text: &str, line: Range<usize>) -> Option<Vec<Byline>> {
    let s = &text[line.clone()];
    let rest = ["By ", "BY ", "by "]
        .iter()
        .find_map(|p| s.strip_prefix(p))?;
    if s.split_whitespace().count() > BYLINE_WORDS {
        return None;
    }
    // The outlet or a timestamp may follow a bar or a spaced dash.
    let end = ["|", "•", "·", " - ", " / "]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .unwrap_or(rest.len());
    let offset = line.start + 3;
    let mut out = Vec::new();
    for (i, piece) in pieces(rest, 0..end).into_iter().enumerate() {
        let words = &rest[piece.clone()];
        let len = name_len(words).filter(|&len| {
            let after = &words[len..];
            is_place_tail(after) || is_timestamp(after)
        });
        let Some(len) = len else {
            if i == 0 {
                return None;
            }
            break;
        };
        out.push(Byline {
            name: offset + piece.start..offset + piece.start + len,
            role: BylineRole::Reporting,
        });
        if is_timestamp(&words[len..]) {
            break;
        }
    }
    (!out.is_empty()).then_some(out)
}

fn role_of(phrase: &str) -> BylineRole {
    let lower = phrase.to_ascii_lowercase();
    if lower.starts_with("additional") {
        BylineRole::AdditionalReporting
    } else if lower.starts_with("writ") {
        BylineRole::Writing
    } else if lower.starts_with("edit") {
        BylineRole::Editing
    } else {
        BylineRole::Reporting
    }
}

/// The pieces of `s[range]` between `,`, `;`, `&` and " and ", trimmed of spaces and
/// closing stops, as ranges into `s`. Empty pieces are left out.
fn pieces(s: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut push = |from: usize, to: usize| {
        let piece = &s[from..to];
        let start = from + piece.len() - piece.trim_start_matches([' ', ':']).len();
        let trimmed = s[start..to].trim_end_matches([' ', '.', ':']);
        if !trimmed.is_empty() {
            out.push(start..start + trimmed.len());
        }
    };
    let mut from = range.start;
    let mut i = range.start;
    while i < range.end {
        let rest = &s[i..range.end];
        let sep = if rest.starts_with([',', ';', '&']) {
            1
        } else if rest.starts_with(" and ") {
            5
        } else {
            0
        };
        if sep > 0 {
            push(from, i);
            i += sep;
            from = i;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    push(from, range.end);
    out
}

/// The byte length of the person's name that opens `piece`, if one does.
fn name_len(piece: &str) -> Option<usize> {
    let mut end = 0;
    let mut names = 0;
    let mut words = 0;
    let mut at = 0;
    for word in piece.split(' ') {
        let word_end = at + word.len();
        at = word_end + 1;
        if is_name_word(word) {
            names += 1;
            words += 1;
            end = word_end;
        } else if names > 0 && NameParticles.contains(word) {
            words += 1;
        } else {
            break;
        }
    }
    (NAME_WORDS.contains(&names) && words <= *NAME_WORDS.end()).then_some(end)
}

fn is_name_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
        && word.chars().all(|c| c.is_alphabetic() || ".-'".contains(c))
        && !word.ends_with("'s")
        && (!word.ends_with('.') || word.chars().count() <= INITIAL_CHARS)
        && !NotBylineNames.contains(&word.to_lowercase())
}

/// Whether `tail` (what follows a name) is empty or a place: "in Nairobi", "at the United
/// Nations".
fn is_place_tail(tail: &str) -> bool {
    let tail = tail.trim();
    if tail.is_empty() {
        return true;
    }
    let mut words = tail.split_whitespace();
    ["in", "at", "from"].contains(&words.next().unwrap_or(""))
        && words.clone().next().is_some()
        && is_place(&words.collect::<Vec<_>>().join(" "))
}

/// Whether `words` are all capitalised or particles, like a place or region ("Norland").
fn is_place(words: &str) -> bool {
    words.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            || NameParticles.contains(w)
            || w == "the"
            || w == "of"
    })
}

/// Whether `tail` (what follows a byline's first name) is a timestamp or a date.
fn is_timestamp(tail: &str) -> bool {
    let first = tail.split_whitespace().next().unwrap_or("");
    let lower = first.to_ascii_lowercase();
    TimestampWords.contains(lower.trim_end_matches(':'))
        || first.starts_with(|c: char| c.is_ascii_digit())
}
