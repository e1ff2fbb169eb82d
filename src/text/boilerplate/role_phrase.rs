//! The role phrases that open a credit block: "Reporting by", "Additional reporting by",
//! "Writing and editing by", "Reported, compiled & edited by" (ASCII letters in any case,
//! between word boundaries). A hand-written matcher for the one pattern the credit finder needs,
//! so the page does not carry a regular-expression engine (about 190 KB of gzipped wasm) for
//! it; a property test holds it to the regex it replaced.

use std::ops::Range;

/// The role words, each a literal but "additional reporting", whose two words may be parted
/// by any run of white space. At any position at most one can match: none is a prefix of
/// another followed by the same letter.
const ROLES: [&str; 7] = [
    "reporting",
    "reported",
    "compiled",
    "writing",
    "written",
    "editing",
    "edited",
];

/// Every role phrase in `s`, left to right, not overlapping: a role word, then any number
/// of further role words each after a comma, "and" or "&" (white space around them
/// optional), then white space and "by" ending a word. The ranges are byte ranges of `s`.
pub(super) fn role_phrases(s: &str) -> Vec<Range<usize>> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match phrase_at(bytes, at) {
            Some(end) => {
                out.push(at..end);
                at = end;
            }
            None => at += 1,
        }
    }
    out
}

/// The end of the role phrase that starts at byte `i`, if one does.
fn phrase_at(s: &[u8], i: usize) -> Option<usize> {
    if i > 0 && is_word(s[i - 1]) {
        return None;
    }
    let mut end = role_at(s, i)?;
    // As many further role words as follow. Backing off to fewer never helps: what follows a
    // role word that another one follows is a joiner, never white space and "by".
    loop {
        let after = skip_spaces(s, end);
        let Some(joined) = joiner_at(s, after) else {
            break;
        };
        let Some(next) = role_at(s, skip_spaces(s, joined)) else {
            break;
        };
        end = next;
    }
    by_after(s, end)
}

/// The end of the role word at byte `i`, if one starts there.
fn role_at(s: &[u8], i: usize) -> Option<usize> {
    if let Some(end) = word_at(s, i, "additional") {
        let gap = skip_spaces(s, end);
        if gap > end {
            if let Some(role) = word_at(s, gap, "reporting") {
                return Some(role);
            }
        }
    }
    ROLES.iter().find_map(|role| word_at(s, i, role))
}

/// The end of "," "and" or "&" at byte `i`, if one is there.
fn joiner_at(s: &[u8], i: usize) -> Option<usize> {
    match s.get(i) {
        Some(b',' | b'&') => Some(i + 1),
        _ => word_at(s, i, "and"),
    }
}

/// The end of white space and "by" ending a word after byte `i`, if they follow it.
fn by_after(s: &[u8], i: usize) -> Option<usize> {
    let by = skip_spaces(s, i);
    if by == i {
        return None;
    }
    let end = word_at(s, by, "by")?;
    (end == s.len() || !is_word(s[end])).then_some(end)
}

/// The end of `word` (lower-case ASCII) at byte `i` of `s`, in any case.
fn word_at(s: &[u8], i: usize, word: &str) -> Option<usize> {
    let end = i + word.len();
    (end <= s.len() && s[i..end].eq_ignore_ascii_case(word.as_bytes())).then_some(end)
}

/// The first byte at or after `i` that is not ASCII white space.
fn skip_spaces(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    i
}

/// ASCII white space: space, tab, line feed, vertical tab, form feed, carriage return.
fn is_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// An ASCII word byte: a letter, a digit or "_" (any other byte, UTF-8 ones included, ends a word).
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::role_phrases;
    use proptest::prelude::*;
    use regex::Regex;

    /// The pattern this module replaces, as the credit finder wrote it.
    fn reference() -> Regex {
        let role = r"(?:additional\s+reporting|reporting|reported|compiled|writing|written|editing|edited)";
        Regex::new(&format!(
            r"(?i-u)\b{role}(?:\s*(?:,|and|&)\s*{role})*\s+by\b"
        ))
        .unwrap()
    }

    #[test]
    fn cases() {
        for (text, want) in [
            ("Reporting by Ana Lima", vec!["Reporting by"]),
            (
                "Additional  reporting by X; Editing by Y",
                vec!["Additional  reporting by", "Editing by"],
            ),
            ("Writing and editing by Z", vec!["Writing and editing by"]),
            (
                "reported, compiled & edited BY the desk",
                vec!["reported, compiled & edited BY"],
            ),
            ("Misreporting by them", vec![]),
            ("Reporting bystanders", vec![]),
            ("Reporting and by Q", vec![]),
            (
                "Reporting and editing\nby R",
                vec!["Reporting and editing\nby"],
            ),
        ] {
            let got: Vec<&str> = role_phrases(text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// Texts made of role words, joiners, "by", look-alikes, spaces and other bytes.
    fn texts() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "reporting",
            "Reporting",
            "REPORTED",
            "additional",
            "Additional",
            "compiled",
            "writing",
            "written",
            "Editing",
            "edited",
            "by",
            "BY",
            "bye",
            "and",
            "AND",
            "&",
            ",",
            " ",
            "  ",
            "\n",
            "\t",
            "\u{b}",
            "x",
            "é",
            "_",
            "1",
            "ly",
            "mis",
        ]);
        prop::collection::vec(pieces, 0..16).prop_map(|parts| parts.concat())
    }

    proptest! {
        #[test]
        fn matches_the_regex_it_replaces(text in texts()) {
            let want: Vec<_> = reference().find_iter(&text).map(|m| m.range()).collect();
            prop_assert_eq!(role_phrases(&text), want);
        }
    }
}
