//! Offsets: the one place where byte offsets become UTF-16 offsets.
//!
//! Inside Rust every span is a byte range into the text the user pasted. JavaScript indexes
//! strings in UTF-16 code units, so every span that crosses to the page carries both. The
//! conversion lives here alone, so highlights cannot drift after an emoji or a "€" (the
//! nlprule web demo's bug: it added Rust char counts to JS string lengths).

use serde::Serialize;
use std::ops::Range;

/// A span of an article's original text, in both offset systems.
///
/// `start..end` are UTF-8 byte offsets (Rust, the CLI); `start_utf16..end_utf16` are UTF-16
/// code-unit offsets (JavaScript's `String.prototype.slice`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// UTF-16 offset of the first code unit.
    pub start_utf16: usize,
    /// UTF-16 offset one past the last code unit.
    pub end_utf16: usize,
}

/// Converts byte offsets of one text to UTF-16 offsets.
///
/// Built once per article in O(n); each lookup is a binary search over the text's
/// non-ASCII characters only, so ASCII-heavy news text costs almost nothing.
#[derive(Debug, Clone)]
pub struct Utf16Map {
    /// For each non-ASCII character: (byte offset just after it, UTF-16 offset just after it).
    after_wide: Vec<(u32, u32)>,
    len: usize,
}

impl Utf16Map {
    /// Indexes `text`. Texts longer than `u32::MAX` bytes are not supported (inputs are
    /// capped far below that before analysis).
    pub fn new(text: &str) -> Self {
        let mut after_wide = Vec::new();
        let mut utf16 = 0u32;
        for (i, c) in text.char_indices() {
            utf16 += c.len_utf16() as u32;
            if !c.is_ascii() {
                after_wide.push(((i + c.len_utf8()) as u32, utf16));
            }
        }
        Utf16Map {
            after_wide,
            len: text.len(),
        }
    }

    /// The UTF-16 offset of byte offset `byte`, which must lie on a character boundary of
    /// the indexed text (every span the core produces does; debug builds check the bound).
    pub fn utf16(&self, byte: usize) -> usize {
        debug_assert!(
            byte <= self.len,
            "byte offset {byte} past text end {}",
            self.len
        );
        // The last non-ASCII character ending at or before `byte` fixes the offset; every
        // byte after it is ASCII and counts one code unit.
        let n = self
            .after_wide
            .partition_point(|&(b, _)| b as usize <= byte);
        match n {
            0 => byte,
            _ => {
                let (b, u) = self.after_wide[n - 1];
                u as usize + (byte - b as usize)
            }
        }
    }

    /// The span for byte range `range`, with its UTF-16 offsets.
    pub fn span(&self, range: Range<usize>) -> Span {
        Span {
            start: range.start,
            end: range.end,
            start_utf16: self.utf16(range.start),
            end_utf16: self.utf16(range.end),
        }
    }

    /// The length of the whole text in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        self.utf16(self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn euro_and_emoji_shift_utf16_offsets() {
        // "€" is 3 bytes and 1 UTF-16 unit; "🙂" is 4 bytes and 2 units.
        let text = "€5 🙂 Oslo";
        let map = Utf16Map::new(text);
        let oslo = text.find("Oslo").unwrap();
        assert_eq!(oslo, 10);
        let span = map.span(oslo..oslo + 4);
        assert_eq!((span.start_utf16, span.end_utf16), (6, 10));
        assert_eq!(map.utf16_len(), 10);
    }

    #[test]
    fn ascii_offsets_are_unchanged() {
        let map = Utf16Map::new("plain text");
        assert_eq!(map.span(6..10).start_utf16, 6);
        assert_eq!(map.utf16_len(), 10);
    }

    proptest! {
        #[test]
        fn matches_a_direct_count_at_every_boundary(text in "\\PC{0,40}") {
            let map = Utf16Map::new(&text);
            for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
                prop_assert_eq!(map.utf16(i), text[..i].encode_utf16().count());
            }
        }
    }
}
