//! The test notation: a text with what was found in it written inline, each item as
//! `[KIND text]` or `[KIND text=value]`:
//!
//! ```text
//! [PER Ines Varga] spoke in [LOC Kati] on [DATE Tuesday=2020-08-18] to [QUANTITY 14 people=14 deaths (at least)]
//! ```
//!
//! KIND is a mention kind as the Report serialises it (`PER`, `ORG`, `LOC`, `MISC`,
//! `NAME`, `DATE`, `QUANTITY`, `GROUP`) or `QUOTE`: a quote's content (inside its marks),
//! valued `SPEAKER|KIND|VIA|PARTIAL` as the quote evaluation set writes it, `-` for none:
//! `“[QUOTE We will rebuild.=Ines Varga|named|-|false]” [PER Ines Varga] said.`
//!
//! Items nest (a name inside a quote) but never cross, and have text. `\[`, `\]` and `\\`
//! write a bracket or a backslash anywhere; `\=` writes an equals sign inside an item's
//! text, where a bare one starts the value (elsewhere `=` needs no escape).
//!
//! [`parse`] reads an annotated string into its plain text and items with byte ranges, and
//! says where and why a string is malformed; [`print`] writes a text and items back, and
//! what it writes parses back to the same text and items. The unit tables, the pipeline
//! tests, the evaluation sets and `parallax analyze --format text` all use it. No
//! dependencies: the notation is plain text.

use crate::report::{Kind, Mention};
use crate::sorting;
use std::fmt;
use std::ops::Range;

/// What an item is: a mention of some kind, or a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// A mention: a name, a date, a quantity.
    Mention(Kind),
    /// A quote's content.
    Quote,
}

/// The code of a quote item.
const QUOTE: &str = "QUOTE";

impl Tag {
    /// The code written in the notation: a mention kind's code as the Report writes it
    /// (`PER`, ...), or `QUOTE`.
    pub fn code(self) -> &'static str {
        match self {
            Tag::Quote => QUOTE,
            Tag::Mention(kind) => kind.as_str(),
        }
    }

    /// The tag a code names, if any.
    pub fn from_code(code: &str) -> Option<Tag> {
        if code == QUOTE {
            return Some(Tag::Quote);
        }
        Kind::from_name(code).map(Tag::Mention)
    }
}

/// One item: where it stands in the plain text, what it is, and its value if it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Byte range in the plain text; never empty.
    pub range: Range<usize>,
    /// What it is.
    pub tag: Tag,
    /// Its value: after `=` in the notation.
    pub value: Option<String>,
}

impl From<&Mention> for Item {
    /// A Report mention as an item: its byte span, kind and value.
    fn from(m: &Mention) -> Item {
        Item {
            range: m.span.start..m.span.end,
            tag: Tag::Mention(m.kind),
            value: m.value.clone(),
        }
    }
}

/// An annotated string read: the plain text, and its items in the order they open (by
/// start, an enclosing item before those inside it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotated {
    /// The text without the notation.
    pub text: String,
    /// The items.
    pub items: Vec<Item>,
}

/// Why a string is not valid notation, or items cannot be written in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Byte offset: in the annotated string for [`parse`], in the text for [`print`].
    at: usize,
    /// The annotated string just before `at`, for [`parse`]; empty for [`print`].
    after: String,
    why: String,
}

impl Error {
    /// The byte offset of the problem: in the annotated string for [`parse`], in the plain
    /// text for [`print`].
    pub fn offset(&self) -> usize {
        self.at
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.after.is_empty() {
            write!(f, "at byte {}: {}", self.at, self.why)
        } else {
            write!(
                f,
                "at byte {} (after {:?}): {}",
                self.at, self.after, self.why
            )
        }
    }
}

impl std::error::Error for Error {}

/// An item being read: where it opened in the annotated string, its index in the output,
/// and its value once `=` was read.
struct Open {
    at: usize,
    index: usize,
    value: Option<String>,
}

/// Reads an annotated string into its plain text and items.
///
/// # Errors
/// Where the notation is malformed, with the offset and the reason: a `[` without a known
/// kind and a space after it, an item never closed, a `]` that closes nothing, a `[` in a
/// value, an escape of a character that needs none, an item without text.
pub fn parse(annotated: &str) -> Result<Annotated, Error> {
    let fail = |at: usize, why: String| {
        let from = annotated[..at]
            .char_indices()
            .rev()
            .nth(15)
            .map_or(0, |(i, _)| i);
        Err(Error {
            at,
            after: annotated[from..at].to_owned(),
            why,
        })
    };
    let mut text = String::new();
    let mut items: Vec<Item> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut chars = annotated.char_indices();
    while let Some((at, c)) = chars.next() {
        let in_value = stack.last().is_some_and(|o| o.value.is_some());
        let c = match c {
            '\\' => match chars.next() {
                Some((_, e @ ('[' | ']' | '=' | '\\'))) => e,
                Some((_, e)) => {
                    return fail(
                        at,
                        format!("{e:?} needs no escape (write \\\\ for a backslash)"),
                    )
                }
                None => {
                    return fail(
                        at,
                        "the string ends in an escape: write \\\\ for a backslash".into(),
                    )
                }
            },
            '[' if in_value => {
                return fail(
                    at,
                    "a value cannot hold an item: write \\[ for a bracket".into(),
                )
            }
            '[' => {
                let rest = &annotated[at + 1..];
                let code = &rest[..rest
                    .find(|c: char| !c.is_ascii_uppercase())
                    .unwrap_or(rest.len())];
                let Some(tag) =
                    Tag::from_code(code).filter(|_| rest[code.len()..].starts_with(' '))
                else {
                    return fail(at, format!(
                        "[ opens an item but {code:?} and a space do not follow: the kinds are PER, ORG, LOC, MISC, NAME, DATE, QUANTITY, GROUP and QUOTE (write \\[ for a bracket)"
                    ));
                };
                // The code and the space are ASCII: skip them.
                chars.nth(code.len());
                items.push(Item {
                    range: text.len()..text.len(),
                    tag,
                    value: None,
                });
                stack.push(Open {
                    at,
                    index: items.len() - 1,
                    value: None,
                });
                continue;
            }
            ']' => {
                let Some(open) = stack.pop() else {
                    return fail(at, "] closes no item (write \\] for a bracket)".into());
                };
                let item = &mut items[open.index];
                if open.value.is_none() {
                    item.range.end = text.len();
                }
                if item.range.is_empty() {
                    return fail(open.at, format!("the {} item has no text", item.tag.code()));
                }
                item.value = open.value;
                continue;
            }
            '=' if !stack.is_empty() && !in_value => {
                let open = stack.last_mut().expect("an item is open");
                items[open.index].range.end = text.len();
                open.value = Some(String::new());
                continue;
            }
            c => c,
        };
        match stack.last_mut().and_then(|o| o.value.as_mut()) {
            Some(value) => value.push(c),
            None => text.push(c),
        }
    }
    if let Some(open) = stack.last() {
        let code = items[open.index].tag.code();
        return fail(
            open.at,
            format!("the {code} item opened here is never closed with ]"),
        );
    }
    Ok(Annotated { text, items })
}

/// Writes `text` with `items` in the notation: the inverse of [`parse`]. Items are written
/// by start, an item before those it encloses (of two with one range, the first given
/// encloses the other).
///
/// # Errors
/// When an item is empty, reaches past the text or off a character boundary, or crosses
/// another item.
pub fn print(text: &str, items: &[Item]) -> Result<String, Error> {
    let fail = |at: usize, why: String| {
        Err(Error {
            at,
            after: String::new(),
            why,
        })
    };
    for item in items {
        let Range { start, end } = item.range;
        if start >= end || end > text.len() {
            return fail(
                start,
                format!(
                    "the {} item {start}..{end} is empty or reaches past the text ({} bytes)",
                    item.tag.code(),
                    text.len()
                ),
            );
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return fail(
                start,
                format!(
                    "the {} item {start}..{end} does not lie on character boundaries",
                    item.tag.code()
                ),
            );
        }
    }
    let mut order: Vec<&Item> = items.iter().collect();
    sorting::sort_by_key(&mut order, |item| {
        (item.range.start, std::cmp::Reverse(item.range.end))
    });
    let mut out = String::with_capacity(text.len() + 16 * items.len());
    let mut at = 0;
    let mut open: Vec<&Item> = Vec::new();
    for item in order {
        while let Some(last) = open
            .last()
            .filter(|last| last.range.end <= item.range.start)
        {
            close(text, last, &mut at, open.len(), &mut out);
            open.pop();
        }
        if let Some(last) = open.last().filter(|last| last.range.end < item.range.end) {
            return fail(
                item.range.start,
                format!(
                    "the {} item {:?} crosses the {} item {:?}: items may nest but not cross",
                    item.tag.code(),
                    item.range,
                    last.tag.code(),
                    last.range
                ),
            );
        }
        escape_text(&text[at..item.range.start], open.len(), &mut out);
        at = item.range.start;
        out.push('[');
        out.push_str(item.tag.code());
        out.push(' ');
        open.push(item);
    }
    while let Some(last) = open.last() {
        close(text, last, &mut at, open.len(), &mut out);
        open.pop();
    }
    escape_text(&text[at..], 0, &mut out);
    Ok(out)
}

/// Writes the rest of `item`'s text from `at`, its value and its `]`; `depth` counts the
/// items open, this one included.
fn close(text: &str, item: &Item, at: &mut usize, depth: usize, out: &mut String) {
    escape_text(&text[*at..item.range.end], depth, out);
    *at = item.range.end;
    if let Some(value) = &item.value {
        out.push('=');
        for c in value.chars() {
            if matches!(c, '[' | ']' | '\\') {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out.push(']');
}

/// Writes plain text inside `depth` open items: brackets and backslashes escaped, and
/// inside an item the equals sign too.
fn escape_text(text: &str, depth: usize, out: &mut String) {
    for c in text.chars() {
        if matches!(c, '[' | ']' | '\\') || (c == '=' && depth > 0) {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn item(range: Range<usize>, tag: Tag, value: Option<&str>) -> Item {
        Item {
            range,
            tag,
            value: value.map(str::to_owned),
        }
    }

    #[test]
    fn codes_are_the_serialised_kinds() {
        for &kind in Kind::ALL {
            let code = kind.as_str();
            assert_eq!(serde_json::to_value(kind).unwrap(), code);
            assert_eq!(Tag::from_code(code), Some(Tag::Mention(kind)));
            assert_eq!(Tag::Mention(kind).code(), code);
        }
        assert_eq!(Tag::from_code("QUOTE"), Some(Tag::Quote));
        assert_eq!(Tag::from_code("PERSON"), None);
    }

    #[test]
    fn reads_items_with_and_without_values() {
        let a = parse("[PER Ines Varga] spoke in [LOC Kati] on [DATE Tuesday=2020-08-18] to [QUANTITY 14 people=14 deaths (at least)].").unwrap();
        assert_eq!(a.text, "Ines Varga spoke in Kati on Tuesday to 14 people.");
        assert_eq!(
            a.items,
            [
                item(0..10, Tag::Mention(Kind::Person), None),
                item(20..24, Tag::Mention(Kind::Place), None),
                item(28..35, Tag::Mention(Kind::Date), Some("2020-08-18")),
                item(
                    39..48,
                    Tag::Mention(Kind::Quantity),
                    Some("14 deaths (at least)")
                ),
            ]
        );
    }

    #[test]
    fn items_nest_and_escapes_write_the_notation_s_own_characters() {
        let annotated = r"“[QUOTE We met [PER Ana Lobo] at 5\\6 \[sic\]\=ok=Ana Lobo|named|-|false]” she said \[it\] = so.";
        let a = parse(annotated).unwrap();
        assert_eq!(
            a.text,
            r"“We met Ana Lobo at 5\6 [sic]=ok” she said [it] = so."
        );
        let start = "“".len();
        assert_eq!(
            a.items,
            [
                item(
                    start..start + 31,
                    Tag::Quote,
                    Some("Ana Lobo|named|-|false")
                ),
                item(start + 7..start + 15, Tag::Mention(Kind::Person), None),
            ]
        );
        assert_eq!(print(&a.text, &a.items).unwrap(), annotated);
    }

    #[test]
    fn malformed_notation_is_explained_where_it_is() {
        for (annotated, at, why) in [
            ("Talks [Per Varga]", 6, r#""P" and a space do not follow"#),
            (
                "Talks [PERSON Varga]",
                6,
                r#""PERSON" and a space do not follow"#,
            ),
            (
                "Talks [PER Varga",
                6,
                "the PER item opened here is never closed",
            ),
            ("Talks] on", 5, "] closes no item"),
            ("[DATE Monday=a[b]", 14, "a value cannot hold an item"),
            (r"5 \\ 6 \n", 7, "'n' needs no escape"),
            (r"trailing \", 9, "ends in an escape"),
            ("an [PER =x] empty item", 3, "the PER item has no text"),
        ] {
            let e = parse(annotated).unwrap_err();
            assert_eq!(e.offset(), at, "{annotated:?}: {e}");
            assert!(e.to_string().contains(why), "{annotated:?}: {e}");
        }
        let e = parse("Mayor Ines Varga met [Per Tomas Reyes]").unwrap_err();
        assert!(
            e.to_string()
                .starts_with(r#"at byte 21 (after " Ines Varga met "):"#),
            "{e}"
        );
    }

    #[test]
    fn items_that_cannot_be_written_are_refused() {
        let per = |range| item(range, Tag::Mention(Kind::Person), None);
        let e = print("Ines Varga", &[per(0..4), per(2..10)]).unwrap_err();
        assert!(e.to_string().contains("crosses the PER item 0..4"), "{e}");
        assert_eq!(e.offset(), 2);
        assert!(print("Ines", &[per(2..2)]).is_err());
        assert!(print("Ines", &[per(0..5)]).is_err());
        let e = print("Inès", &[per(0..3)]).unwrap_err();
        assert!(e.to_string().contains("character boundaries"), "{e}");
    }

    #[test]
    fn items_with_one_range_nest_in_the_order_given() {
        let items = [
            item(0..4, Tag::Mention(Kind::Place), Some("a")),
            item(0..4, Tag::Mention(Kind::Person), None),
        ];
        let printed = print("Kati", &items).unwrap();
        assert_eq!(printed, "[LOC [PER Kati]=a]");
        assert_eq!(parse(&printed).unwrap().items, items);
    }

    /// A text from characters the notation treats specially and some that are not ASCII.
    fn text() -> impl Strategy<Value = String> {
        let chars = vec![
            'a', 'B', ' ', '[', ']', '=', '\\', '|', 'é', '€', '🙂', '\n',
        ];
        proptest::collection::vec(prop::sample::select(chars), 1..40)
            .prop_map(|cs| cs.into_iter().collect())
    }

    /// Whether two ranges overlap without one holding the other.
    fn cross(x: &Range<usize>, y: &Range<usize>) -> bool {
        x.start < y.start && y.start < x.end && x.end < y.end
            || y.start < x.start && x.start < y.end && y.end < x.end
    }

    /// Items on `text`'s character boundaries that nest but never cross, in any order.
    fn items(text: &str, picks: &[(usize, usize, usize, Option<String>)]) -> Vec<Item> {
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let tags: Vec<Tag> = Kind::ALL
            .iter()
            .map(|k| Tag::Mention(*k))
            .chain([Tag::Quote])
            .collect();
        let mut out: Vec<Item> = Vec::new();
        for (a, b, t, value) in picks {
            let (a, b) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
            let range = a.min(b)..a.max(b);
            if !range.is_empty() && !out.iter().any(|o| cross(&o.range, &range)) {
                out.push(Item {
                    range,
                    tag: tags[t % tags.len()],
                    value: value.clone(),
                });
            }
        }
        out
    }

    proptest! {
        #[test]
        fn what_print_writes_parse_reads_back(
            text in text(),
            picks in proptest::collection::vec(
                (0usize..64, 0usize..64, 0usize..9, proptest::option::of(text())),
                0..6,
            ),
        ) {
            let items = items(&text, &picks);
            let printed = print(&text, &items).unwrap();
            let read = parse(&printed).unwrap();
            let mut want = items.clone();
            want.sort_by_key(|i| (i.range.start, std::cmp::Reverse(i.range.end)));
            prop_assert_eq!(read.text, text);
            prop_assert_eq!(read.items, want);
        }

        #[test]
        fn any_string_parses_or_fails_cleanly_and_reads_the_same_once_printed(
            pieces in proptest::collection::vec(
                prop::sample::select(vec!["[PER ", "[QUOTE ", "[DATE ", "]", "=", "\\", "\\[", "[", "a", " ", "é"]),
                0..30,
            )
        ) {
            if let Ok(read) = parse(&pieces.concat()) {
                let again = parse(&print(&read.text, &read.items).unwrap()).unwrap();
                prop_assert_eq!(again, read);
            }
        }
    }
}
