//! Sentence splitting: after `.`, `!` or `?` (and any closing quotes or brackets) when
//! white space and a capital, digit or opening quote follow, unless the word before the
//! stop is a known abbreviation or an initial ("J.", "J.K."); and at every line break,
//! since headlines, captions and list items rarely end with a stop.

use crate::lexicon::WordList::Abbreviations;
use std::ops::Range;

/// The sentences of `text` as byte ranges, trimmed of surrounding white space, in order.
/// Blank stretches yield no sentence.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        split_line(text, line_start, line_start + line.len(), &mut out);
        line_start += line.len();
    }
    out
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let line = &text[start..end];
    let mut sentence_start = 0;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let quoted = quoted_stretches(&chars);
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            // Take the whole run of stops and closing marks: `?!`, `."`, `.)`, `...”`.
            let mut j = i + 1;
            while j < chars.len() && is_closing(chars[j].1) {
                j += 1;
            }
            let stop_end = chars.get(j).map_or(line.len(), |&(b, _)| b);
            // A stop inside a quote that closes later on the line ends a sentence of the
            // speaker's, not the reporter's: `"Yes. We will," she said.` is one sentence.
            let inside_quote = quoted.iter().any(|q| q.start < i && j <= q.end);
            if j < chars.len()
                && !inside_quote
                && chars[j].1.is_whitespace()
                && starts_sentence(&line[stop_end..])
                && !(c == '.' && before_is_abbreviation(&line[..at]))
            {
                push_trimmed(text, start + sentence_start, start + stop_end, out);
                sentence_start = stop_end;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start + sentence_start, end, out);
}

/// The stretches of a line (as char indexes, opening mark to closing mark) inside double
/// quotes that close on the same line: “ with ”, and a straight " that opens after a space
/// with the next straight " that follows a non-space.
fn quoted_stretches(chars: &[(usize, char)]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, &(_, c)) in chars.iter().enumerate() {
        match (open, c) {
            (None, '“') => open = Some((i, c)),
            (None, '"')
                if i == 0 || chars[i - 1].1.is_whitespace() || "([".contains(chars[i - 1].1) =>
            {
                open = Some((i, c))
            }
            (Some((o, '“')), '”') => {
                out.push(o..i);
                open = None;
            }
            // A straight mark after a space opens a quote; the stray one before it did not.
            (Some(_), '"') if chars[i - 1].1.is_whitespace() => open = Some((i, c)),
            (Some((o, '"')), '"') => {
                out.push(o..i);
                open = None;
            }
            _ => {}
        }
    }
    out
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '…'
    )
}

/// Whether the text after a stop (starting with white space) opens a new sentence.
fn starts_sentence(rest: &str) -> bool {
    rest.trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "\"“‘'(«[".contains(c))
}

/// Whether the word just before a stop is an abbreviation or a single-letter initial.
fn before_is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || "(\"“‘'".contains(c))
        .next()
        .unwrap_or("");
    let mut letters = word.chars();
    let single_letter =
        matches!((letters.next(), letters.next()), (Some(c), None) if c.is_alphabetic());
    single_letter || initials(word) || Abbreviations.contains(&word.to_lowercase())
}

/// Whether `word` (before its last stop) is run-together initials, capitals joined by stops:
/// "J.K" of "J.K. Amponsah".
fn initials(word: &str) -> bool {
    let mut parts = word.split('.');
    parts.clone().count() >= 2
        && parts.all(|p| {
            let mut c = p.chars();
            matches!((c.next(), c.next()), (Some(c), None) if c.is_uppercase())
        })
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let piece = &text[start..end];
    let trimmed = piece.trim_start();
    let s = start + (piece.len() - trimmed.len());
    let e = s + trimmed.trim_end().len();
    if e > s {
        out.push(s..e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    /// (name, input, expected sentences)
    const CASES: &[(&str, &str, &[&str])] = &[
        (
            "two plain",
            "It rained. The river rose.",
            &["It rained.", "The river rose."],
        ),
        (
            "title abbreviation",
            "Mr. Osei spoke. He left.",
            &["Mr. Osei spoke.", "He left."],
        ),
        (
            "month abbreviation",
            "On Aug. 18 it began.",
            &["On Aug. 18 it began."],
        ),
        (
            "initials",
            "J. R. Mensah won. Fans cheered.",
            &["J. R. Mensah won.", "Fans cheered."],
        ),
        (
            "run-together initials",
            "K.T. Ramaswamy won. Fans cheered.",
            &["K.T. Ramaswamy won.", "Fans cheered."],
        ),
        (
            "acronym with stops",
            "The U.S. team won. They flew home.",
            &["The U.S. team won.", "They flew home."],
        ),
        (
            "decimal",
            "It grew 3.5 percent. Good.",
            &["It grew 3.5 percent.", "Good."],
        ),
        (
            "quote closes sentence",
            "\"We are ready.\" She smiled.",
            &["\"We are ready.\"", "She smiled."],
        ),
        (
            "curly quote",
            "“Stay home.” The embassy wrote.",
            &["“Stay home.”", "The embassy wrote."],
        ),
        (
            "lower-case after stop",
            "He said no. and left",
            &["He said no. and left"],
        ),
        (
            "question and exclamation",
            "Why? Nobody knows! Fine.",
            &["Why?", "Nobody knows!", "Fine."],
        ),
        (
            "headline line",
            "Storm hits coast\nThe storm came.",
            &["Storm hits coast", "The storm came."],
        ),
        ("blank lines", "\n\n  One.  \n\n", &["One."]),
        (
            "ellipsis",
            "Wait... Then it ended.",
            &["Wait...", "Then it ended."],
        ),
        (
            "quote spanning sentences",
            "“Yes. We will go,” she said. Then she left.",
            &["“Yes. We will go,” she said.", "Then she left."],
        ),
        (
            "straight quote spanning sentences",
            "He said: \"No. Not now.\" They waited.",
            &["He said: \"No. Not now.\"", "They waited."],
        ),
        (
            "unclosed quote does not swallow the line",
            "“We tried. It failed. Nobody came.",
            &["“We tried.", "It failed.", "Nobody came."],
        ),
        (
            "stray straight mark",
            "\"Talks failed, it said. \"We go,\" she said.",
            &["\"Talks failed, it said.", "\"We go,\" she said."],
        ),
        (
            "bullet list",
            "- First point\n- Second point",
            &["- First point", "- Second point"],
        ),
    ];

    #[test]
    fn table() {
        for (name, input, expected) in CASES {
            assert_eq!(&split(input), expected, "case {name}: {input:?}");
        }
    }
}
