//! Terminal escape sequences in pasted text: where one starts and how long it is, so the
//! normaliser can make the whole sequence one separator. Text copied from a terminal or a
//! log carries them (`ESC [31m` colours, `ESC ]0;title BEL` sets a window title); read as
//! text, `ESC [31m` would be the quantity 31 m. This module finds sequences and nothing
//! else; lone control characters are the normaliser's.
//!
//! The forms, after ECMA-48: a control sequence (`ESC [` or C1 `CSI`, parameter bytes
//! 0x30-0x3F, intermediate bytes 0x20-0x2F, one final byte 0x40-0x7E); a control string
//! (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _` or their C1 forms, then text up to BEL or
//! the string terminator `ESC \` or C1 `ST`); `ESC`, intermediate bytes and a final byte
//! 0x30-0x7E (`ESC (B`); `ESC` and one byte 0x30-0x7E (`ESC c`). A sequence cut short
//! ends where it stops being one; a control string also ends at a control character or
//! line break, so an unterminated one never swallows more than the rest of its line.

/// The length in bytes of the escape sequence at the start of `rest`, if one starts there.
pub fn sequence_len(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let (start, string) = match rest.chars().next()? {
        '\u{1b}' => match *bytes.get(1)? {
            b'[' => (2, false),
            b']' | b'P' | b'X' | b'^' | b'_' => (2, true),
            0x20..=0x2f => {
                let end = 1 + run(&bytes[1..], 0x20..=0x2f);
                return Some(
                    end + usize::from(bytes.get(end).is_some_and(|b| (0x30..=0x7e).contains(b))),
                );
            }
            0x30..=0x7e => return Some(2),
            _ => return None,
        },
        '\u{9b}' => (2, false),
        '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => (2, true),
        _ => return None,
    };
    if string {
        return Some(start + string_len(&rest[start..]));
    }
    let params = start + run(&bytes[start..], 0x30..=0x3f);
    let end = params + run(&bytes[params..], 0x20..=0x2f);
    Some(end + usize::from(bytes.get(end).is_some_and(|b| (0x40..=0x7e).contains(b))))
}

/// How many bytes at the start of `bytes` fall in `range`.
fn run(bytes: &[u8], range: std::ops::RangeInclusive<u8>) -> usize {
    bytes.iter().take_while(|b| range.contains(b)).count()
}

/// The length of a control string's text and its terminator (BEL, `ESC \` or C1 `ST`), or
/// of its text up to the first other control character when it has none.
fn string_len(text: &str) -> usize {
    for (i, c) in text.char_indices() {
        match c {
            '\u{7}' | '\u{9c}' => return i + c.len_utf8(),
            '\u{1b}' if text[i + 1..].starts_with('\\') => return i + 2,
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') => return i,
            _ => {}
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, text, length of the sequence at its start)
    const CASES: &[(&str, &str, Option<usize>)] = &[
        ("colour", "\u{1b}[31mred", Some(5)),
        ("reset", "\u{1b}[0m", Some(4)),
        ("no parameters", "\u{1b}[m.", Some(3)),
        ("private and intermediate", "\u{1b}[?25h x", Some(6)),
        ("intermediate byte", "\u{1b}[1 q", Some(5)),
        ("cut short", "\u{1b}[31", Some(4)),
        ("cut by a letter outside the range", "\u{1b}[31é", Some(4)),
        ("c1 control sequence", "\u{9b}2Jx", Some(4)),
        (
            "title ended by bel",
            "\u{1b}]0;Mali 2024\u{7}rest",
            Some(14),
        ),
        (
            "hyperlink ended by st",
            "\u{1b}]8;;https://x.test/\u{1b}\\link",
            Some(22),
        ),
        ("c1 osc and st", "\u{9d}0;t\u{9c}x", Some(7)),
        (
            "unterminated string stops at the line end",
            "\u{1b}]0;title\nNext line",
            Some(9),
        ),
        (
            "unterminated string stops at a control",
            "\u{1b}P1;2\u{1b}[0m",
            Some(5),
        ),
        ("character set", "\u{1b}(Babc", Some(3)),
        ("reset terminal", "\u{1b}cabc", Some(2)),
        ("string terminator alone", "\u{1b}\\abc", Some(2)),
        ("lone escape at the end", "\u{1b}", None),
        ("escape before a line break", "\u{1b}\nx", None),
        ("escape before a letter outside ascii", "\u{1b}é", None),
        ("no escape", "[31m", None),
        ("other control", "\u{7}x", None),
    ];

    #[test]
    fn table() {
        for (name, text, expected) in CASES {
            assert_eq!(sequence_len(text), *expected, "case {name}: {text:?}");
        }
    }
}
