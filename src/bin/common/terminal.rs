//! Output for a terminal: the characters of the input that a terminal would obey instead
//! of showing, written out so they are seen and not run. Articles, labels and file names
//! are the user's data and may carry escape sequences (colour, cursor moves, a cleared
//! screen, a changed window title), a carriage return that lets later text overwrite a
//! line, or bidirectional overrides that reorder it. A literal backslash is left as it is,
//! so `\x1b` in the output may also be those four characters in the input; the JSON
//! Report is exact.

use std::fmt::Write;

/// Whether `c` is a bidirectional embedding, override or isolate (U+202A to U+202E,
/// U+2066 to U+2069): a terminal that reorders text would show the rest of the line in
/// another order than it is written.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` for a terminal: every control character but line feed and tab (C0, DEL, C1)
/// written as `\x1b` (below U+0080) or `\u{9b}`, and every bidirectional control as
/// `\u{202e}`. A carriage return before a line feed is a line end and is dropped; any other
/// is shown as `\x0d`.
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' if chars.peek() == Some(&'\n') => {}
            c if c.is_control() && c.is_ascii() => {
                write!(out, "\\x{:02x}", u32::from(c)).expect("writing to a String")
            }
            c if c.is_control() || is_bidi_control(c) => {
                write!(out, "\\u{{{:x}}}", u32::from(c)).expect("writing to a String")
            }
            c => out.push(c),
        }
    }
    out
}

/// `json` (as serde_json writes it) with DEL, the C1 controls and the bidirectional
/// controls written as `\u` escapes too: serde_json escapes only U+0000 to U+001F, and a
/// terminal may obey the others. The JSON's value is unchanged: these characters can only
/// stand inside its strings, and the line feeds that lay it out are left.
pub fn json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if (c.is_control() && c != '\n') || is_bidi_control(c) {
            write!(out, "\\u{:04x}", u32::from(c)).expect("writing to a String");
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, input, what a terminal is given)
    const VISIBLE: &[(&str, &str, &str)] = &[
        ("plain", "Bamako, 14 km\n\tnext", "Bamako, 14 km\n\tnext"),
        ("colour", "\u{1b}[31mred\u{1b}[0m", "\\x1b[31mred\\x1b[0m"),
        ("title", "\u{1b}]0;owned\u{7}", "\\x1b]0;owned\\x07"),
        ("nul and del", "a\u{0}b\u{7f}", "a\\x00b\\x7f"),
        ("c1 csi", "\u{9b}2J", "\\u{9b}2J"),
        (
            "bidi",
            "abc\u{202e}fed\u{2066}x\u{2069}",
            "abc\\u{202e}fed\\u{2066}x\\u{2069}",
        ),
        ("crlf", "one\r\ntwo", "one\ntwo"),
        ("lone cr", "shown\rhidden", "shown\\x0dhidden"),
        ("emoji and accents", "é €5 \u{1f44d}", "é €5 \u{1f44d}"),
    ];

    #[test]
    fn visible_table() {
        for (name, input, expected) in VISIBLE {
            assert_eq!(visible(input), *expected, "case {name}");
        }
    }

    #[test]
    fn json_escapes_what_serde_json_leaves() {
        let value = "\u{1b}[2J\u{7f}\u{9b}\u{202e}ok";
        let written = serde_json::to_string_pretty(&[value]).unwrap();
        assert!(written.contains('\u{9b}'), "serde_json writes C1 raw");
        let safe = json(&written);
        assert_eq!(safe, "[\n  \"\\u001b[2J\\u007f\\u009b\\u202eok\"\n]");
        assert_eq!(serde_json::from_str::<[String; 1]>(&safe).unwrap(), [value]);
    }
}
