//! Normalisation with a map back to the original: every later stage reads the normalised
//! text, and every span it reports is mapped back to the text the user pasted.
//!
//! What changes: line breaks become `\n` (CRLF, CR, NEL, U+2028/9); text is put in Unicode
//! NFC; odd spaces (no-break, thin, ideographic, tab, ...) become ' '; soft hyphens,
//! zero-width spaces, word joiners and byte-order marks go; every dash and the minus sign
//! become '-'; the apostrophes ’ and ʼ become '\''. Double quotes and ‘ are left as they
//! are, so the quote finder can pair marks by glyph. A terminal escape sequence (`ESC [31m`,
//! see `escapes`) becomes one ' ', and so does every other control character (C0, DEL,
//! C1): they separate what stands around them and never join or form a word, a number or a
//! quote. Like tokenizers' `NormalizedString`,
//! each normalised byte records the original range it came from, so no edit loses the map.

use super::escapes;
use std::ops::Range;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// A normalised text and, for each of its bytes, the original byte range it came from.
#[derive(Debug, Clone)]
pub struct Normalized {
    text: String,
    /// For each byte of `text`: the original range of the character(s) it came from.
    origin: Vec<(u32, u32)>,
    original_len: usize,
}

impl Normalized {
    /// Normalises `original` (at most `u32::MAX` bytes; inputs are capped far below).
    pub fn new(original: &str) -> Self {
        let mut out = Normalized {
            text: String::with_capacity(original.len()),
            origin: Vec::with_capacity(original.len()),
            original_len: original.len(),
        };
        let mut chars = original.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if let Some(len) = escapes::sequence_len(&original[start..]) {
                out.push_char(Some(' '), start..start + len);
                while chars.next_if(|&(i, _)| i < start + len).is_some() {}
                continue;
            }
            if c == '\r' && chars.next_if(|&(_, n)| n == '\n').is_some() {
                out.push_char(Some('\n'), start..start + 2);
                continue;
            }
            // A starter and the combining marks after it compose as a unit.
            let mut end = start + c.len_utf8();
            while let Some(&(i, next)) = chars.peek() {
                if canonical_combining_class(next) == 0 {
                    break;
                }
                end = i + next.len_utf8();
                chars.next();
            }
            let cluster = &original[start..end];
            if cluster.len() == c.len_utf8() {
                out.push_char(fold(c), start..end);
            } else if is_nfc_quick(cluster.chars()) == IsNormalized::Yes {
                for (i, ch) in cluster.char_indices() {
                    out.push_char(fold(ch), start + i..start + i + ch.len_utf8());
                }
            } else {
                for ch in cluster.nfc() {
                    out.push_char(fold(ch), start..end);
                }
            }
        }
        out
    }

    fn push_char(&mut self, c: Option<char>, from: Range<usize>) {
        if let Some(c) = c {
            self.text.push(c);
            let pair = (from.start as u32, from.end as u32);
            self.origin.extend(std::iter::repeat_n(pair, c.len_utf8()));
        }
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The length in bytes of the original text.
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// The original byte range that the normalised range `range` came from. An empty range
    /// maps to an empty range at the corresponding original position.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        let start = self.origin_start(range.start);
        if range.is_empty() {
            return start..start;
        }
        start..self.origin[range.end - 1].1 as usize
    }

    fn origin_start(&self, at: usize) -> usize {
        self.origin
            .get(at)
            .map_or(self.original_len, |&(s, _)| s as usize)
    }
}

/// The normalised form of one character; `None` drops it.
fn fold(c: char) -> Option<char> {
    Some(match c {
        '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => '\n',
        '\t'
        | '\u{a0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200a}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}' => ' ',
        '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' => return None,
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => '-',
        '\u{2019}' | '\u{2bc}' => '\'',
        c if c.is_control() => ' ',
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// (name, input, expected normalised text)
    const CASES: &[(&str, &str, &str)] = &[
        ("ascii unchanged", "Plain text.", "Plain text."),
        ("crlf and cr", "a\r\nb\rc", "a\nb\nc"),
        (
            "odd spaces",
            "15\u{a0}km\u{2009}away\tnow",
            "15 km away now",
        ),
        (
            "soft hyphen and zero width",
            "Bam\u{ad}ako\u{200b}!\u{feff}",
            "Bamako!",
        ),
        (
            "dashes",
            "BAMAKO (Wire) \u{2013} 2019\u{2014}2021 \u{2212}5",
            "BAMAKO (Wire) - 2019-2021 -5",
        ),
        ("apostrophes", "Mali\u{2019}s and \u{2bc}x", "Mali's and 'x"),
        (
            "quotes kept",
            "\u{201c}Yes\u{201d} \u{2018}no\u{2019}",
            "\u{201c}Yes\u{201d} \u{2018}no'",
        ),
        ("nfd to nfc", "e\u{301}le\u{301}gant", "\u{e9}l\u{e9}gant"),
        (
            "escape sequences separate",
            "\u{1b}[31mMali\u{1b}[0m 14\u{1b}[1mkm\u{1b}]0;title\u{7}.",
            " Mali  14 km .",
        ),
        (
            "control characters separate",
            "Ba\u{0}mako\u{7f}31\u{9b}m\u{1}\u{85}x\u{c}y",
            "Ba mako 31  \nx y",
        ),
        (
            "emoji kept",
            "\u{1f44d}\u{1f3fd} ok",
            "\u{1f44d}\u{1f3fd} ok",
        ),
    ];

    #[test]
    fn table() {
        for (name, input, expected) in CASES {
            assert_eq!(Normalized::new(input).as_str(), *expected, "case {name}");
        }
    }

    #[test]
    fn nfd_maps_each_composed_letter_to_its_whole_cluster() {
        // "élégant" in NFD: e + U+0301 is 3 bytes, composed é is 2.
        let original = "e\u{301}le\u{301}gant";
        let n = Normalized::new(original);
        let origins: Vec<(u32, u32)> = n.origin.clone();
        assert_eq!(
            origins,
            [
                (0, 3),
                (0, 3),
                (3, 4),
                (4, 7),
                (4, 7),
                (7, 8),
                (8, 9),
                (9, 10),
                (10, 11)
            ]
        );
        let gant = n.as_str().find("gant").unwrap();
        assert_eq!(&original[n.to_original(gant..gant + 4)], "gant");
        assert_eq!(&original[n.to_original(0..n.as_str().len())], original);
    }

    #[test]
    fn spans_over_removed_and_folded_characters_map_back_whole() {
        let original = "Ba\u{ad}mako\r\nKati \u{2013} Mali\u{2019}s";
        let n = Normalized::new(original);
        let text = n.as_str();
        assert_eq!(text, "Bamako\nKati - Mali's");
        let bamako = 0..6;
        assert_eq!(&original[n.to_original(bamako)], "Ba\u{ad}mako");
        let dash = text.find('-').unwrap();
        assert_eq!(&original[n.to_original(dash..dash + 1)], "\u{2013}");
        let mali = text.find("Mali's").unwrap();
        assert_eq!(&original[n.to_original(mali..mali + 6)], "Mali\u{2019}s");
        assert_eq!(
            n.to_original(text.len()..text.len()),
            original.len()..original.len()
        );
    }

    #[test]
    fn an_escape_sequence_maps_back_whole_and_the_rest_keeps_its_offsets() {
        let original = "\u{1b}[1mKati\u{1b}[0m, 3\u{1b}[31mkm \u{1b}]8;;u\u{1b}\\\u{e9}t\u{e9}";
        let n = Normalized::new(original);
        let text = n.as_str();
        assert_eq!(text, " Kati , 3 km  \u{e9}t\u{e9}");
        for word in ["Kati", "3", "km", "\u{e9}t\u{e9}"] {
            let at = text.find(word).unwrap();
            assert_eq!(&original[n.to_original(at..at + word.len())], word);
        }
        let escapes: Vec<&str> = text
            .match_indices(' ')
            .map(|(at, _)| &original[n.to_original(at..at + 1)])
            .collect();
        assert_eq!(
            escapes,
            [
                "\u{1b}[1m",
                "\u{1b}[0m",
                " ",
                "\u{1b}[31m",
                " ",
                "\u{1b}]8;;u\u{1b}\\"
            ]
        );
    }

    proptest! {
        /// Any char-boundary range of the normalised text maps to a char-boundary range of
        /// the original, in order, and the whole maps to (nearly) the whole; escape
        /// sequences, cut short or whole, among the input.
        #[test]
        fn ranges_map_to_char_boundaries_in_order(original in "(\\PC|\r|\n|\u{ad}|\u{301}|\u{2019}|\u{1b}|\u{9b}|\u{9c}|\u{7}|\u{0}|\\[|\\]|\\\\|;|1|m){0,60}") {
            let n = Normalized::new(&original);
            let text = n.as_str();
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let mut last = 0..0;
            for w in bounds.windows(2) {
                let r = n.to_original(w[0]..w[1]);
                prop_assert!(r.start <= r.end && r.end <= original.len());
                prop_assert!(original.is_char_boundary(r.start) && original.is_char_boundary(r.end));
                // Each character comes after the last one's source, or from the same
                // source (one cluster normalised into several characters).
                prop_assert!(r.start >= last.end || r == last, "out of order: {r:?} after {last:?}");
                last = r;
            }
            for &a in &bounds {
                for &b in &bounds {
                    if a <= b {
                        let r = n.to_original(a..b);
                        prop_assert!(original.is_char_boundary(r.start) && original.is_char_boundary(r.end));
                    }
                }
            }
        }
    }
}
