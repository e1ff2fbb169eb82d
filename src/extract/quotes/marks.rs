//! Quote marks paired into quote spans by glyph.
//!
//! `“` closes with `”`, `„` with `“` or `”`, `«` with `»`, `‘` or an opening `'` with a
//! closing `'`, and a straight `"` with the next straight `"` (or a stray `”`); `”` and
//! `»` with text after and none before open too (`”...”`, `»...«`). Whether a
//! straight mark opens or closes is read from its neighbours: white space before and a
//! letter after opens, a letter before and white space or punctuation after closes. An
//! apostrophe inside a word ("don't") is no mark at all, and one after a plural ("workers'
//! union") closes a single quote only when nothing better does in its paragraph.
//!
//! Marks that find no partner are skipped, so one stray mark costs one quote, not the
//! rest of the article. Marks of the other family inside a quote (‘...’ inside “...”) are
//! part of it. A paragraph that opens a quote and never closes it continues into the next
//! paragraph when that one opens with the same kind of mark; the span then runs from the
//! first opening mark to the last closing one.

use crate::lexicon::WordList::Elisions;
use std::ops::Range;

/// How many marks past an opening one are searched for its partner.
const MAX_MARKS: usize = 200;
/// How many paragraphs one quote may run over.
const MAX_PARAGRAPHS: usize = 12;

/// A quote found by its marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// From the opening mark to the closing mark, both included.
    pub range: Range<usize>,
    /// Inside the marks.
    pub content: Range<usize>,
    /// How many paragraphs it runs over.
    pub paragraphs: usize,
}

/// One quote mark and what its neighbours say about it.
#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    glyph: char,
    /// Index of its paragraph.
    paragraph: usize,
    /// Whether it is the first thing in its paragraph.
    first: bool,
    /// Whether it may open: nothing or white space or an opening bracket before, text after.
    left: bool,
    /// Whether it may close: text before, nothing or white space or punctuation after.
    right: bool,
    /// Whether it follows a plural and precedes a word, like the mark of "workers' union".
    possessive: bool,
    /// Whether it opens its line or follows punctuation ("said: “", ". “"), as a quote
    /// that runs on into the next paragraph does; a fragment inside the reporter's
    /// sentence ('were “tilted') does not.
    introduced: bool,
}

/// The quotes of `text` in order, not overlapping. Quotes with no letter or digit inside
/// are left out.
pub fn pair(text: &str) -> Vec<Span> {
    let marks = marks(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < marks.len() {
        let open = marks[i];
        if !opens(open) {
            i += 1;
            continue;
        }
        match closing(&marks, i) {
            Some((j, paragraphs)) => {
                let close = marks[j];
                let content = open.at + open.glyph.len_utf8()..close.at;
                if text[content.clone()].chars().any(char::is_alphanumeric) {
                    out.push(Span {
                        range: open.at..close.at + close.glyph.len_utf8(),
                        content,
                        paragraphs,
                    });
                }
                i = j + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// The index of the mark that closes `marks[i]`, and how many paragraphs the quote runs
/// over.
fn closing(marks: &[Mark], i: usize) -> Option<(usize, usize)> {
    let open = marks[i];
    let mut paragraph = open.paragraph;
    let mut paragraphs = 1;
    let mut possessive = None;
    for (j, m) in marks.iter().enumerate().skip(i + 1).take(MAX_MARKS) {
        if m.paragraph != paragraph {
            let continues = open.introduced
                && m.paragraph == paragraph + 1
                && m.first
                && reopens(open.glyph, *m)
                && possessive.is_none()
                && paragraphs < MAX_PARAGRAPHS;
            if !continues {
                break;
            }
            paragraph = m.paragraph;
            paragraphs += 1;
            continue;
        }
        if closes(open.glyph, *m) {
            if m.possessive {
                possessive.get_or_insert(j);
                continue;
            }
            return Some((j, paragraphs));
        }
        if blocks(open.glyph, *m) {
            break;
        }
    }
    possessive.map(|j| (j, paragraphs))
}

fn is_double(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

fn is_single(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’')
}

/// Whether a mark may open a quote. A closing glyph opens only with text after it and
/// none before (Swedish `”...”`, German `»...«`, or an English opening mark mistyped).
fn opens(m: Mark) -> bool {
    match m.glyph {
        '“' | '„' | '«' | '‘' => true,
        '"' => m.left || !m.right,
        '\'' => m.left,
        '”' | '»' => m.left && !m.right,
        _ => false,
    }
}

/// Whether `m` closes a quote opened by `open`.
fn closes(open: char, m: Mark) -> bool {
    let straight_close = m.glyph == '"' && m.right && !m.left;
    match open {
        '“' => m.glyph == '”' || straight_close,
        '„' => matches!(m.glyph, '“' | '”') || straight_close,
        '«' => m.glyph == '»',
        '»' => m.glyph == '«' && m.right,
        '”' => m.glyph == '”' && m.right,
        '"' => m.glyph == '”' || (m.glyph == '"' && (m.right || !m.left)),
        _ => matches!(m.glyph, '\'' | '’') && m.right,
    }
}

/// Whether `m` shows that the quote opened by `open` was never closed: it opens another
/// quote of the same family.
fn blocks(open: char, m: Mark) -> bool {
    let same_family = if is_double(open) {
        is_double(m.glyph)
    } else {
        is_single(m.glyph)
    };
    same_family && opens(m) && !closes(open, m)
}

/// Whether `m`, first in a paragraph, carries on the quote opened by `open`.
fn reopens(open: char, m: Mark) -> bool {
    match open {
        '"' => m.glyph == '"' && m.left,
        '‘' | '\'' => m.glyph == '‘' || (m.glyph == '\'' && m.left),
        _ => m.glyph == open,
    }
}

/// Every quote mark of `text`, with its paragraph. Apostrophes inside words are left out.
/// Paragraphs are numbered in order, those without marks included, so a quote continues
/// only into the very next one.
fn marks(text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut previous: Option<&str> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if previous.take().is_some() {
                paragraph += 1;
            }
        } else {
            let wrapped = previous.is_some_and(|p| wraps(p, trimmed));
            if previous.is_some() && !wrapped {
                paragraph += 1;
            }
            let first = (!wrapped).then(|| line_start + (line.len() - line.trim_start().len()));
            collect(
                text,
                line_start..line_start + line.len(),
                first,
                paragraph,
                &mut out,
            );
            previous = Some(trimmed);
        }
        line_start += line.len();
    }
    out
}

/// Whether a line break between `before` and `after` (both trimmed) only wraps a
/// paragraph: the line stops mid-sentence and the next goes on in lower case.
fn wraps(before: &str, after: &str) -> bool {
    before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_lowercase() || c == ',')
        && after
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

/// The marks of one line into `out`; `first` is where its text begins when the line
/// opens a paragraph.
fn collect(
    text: &str,
    line: Range<usize>,
    first: Option<usize>,
    paragraph: usize,
    out: &mut Vec<Mark>,
) {
    for (offset, glyph) in text[line.clone()].char_indices() {
        if !is_double(glyph) && !is_single(glyph) {
            continue;
        }
        let at = line.start + offset;
        let before = text[..at].chars().next_back();
        let after = text[at + glyph.len_utf8()..].chars().next();
        let mut left = after.is_some_and(|c| !c.is_whitespace())
            && before.is_none_or(|c| c.is_whitespace() || "([{-/:;".contains(c) || is_mark(c));
        let right = before.is_some_and(|c| !c.is_whitespace())
            && after.is_none_or(|c| c.is_whitespace() || !c.is_alphanumeric());
        if glyph == '\'' {
            if !left && !right {
                continue;
            }
            left = left && !elides(&text[at + 1..]);
        }
        out.push(Mark {
            at,
            glyph,
            paragraph,
            first: first == Some(at),
            left,
            right,
            possessive: is_single(glyph) && right && follows_plural(text, at, glyph),
            introduced: text[line.start..at]
                .trim_end_matches([' ', '\t'])
                .chars()
                .next_back()
                .is_none_or(|c| ":,.!?;-([".contains(c) || is_mark(c)),
        });
    }
}

fn is_mark(c: char) -> bool {
    is_double(c) || is_single(c)
}

/// Whether an apostrophe before `rest` elides the start of a word ("'90s", "'em").
fn elides(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    word.starts_with(|c: char| c.is_ascii_digit()) || Elisions.contains(&word)
}

/// Whether the mark at `at` ends a plural and a word follows, as in "workers' union".
fn follows_plural(text: &str, at: usize, glyph: char) -> bool {
    let word: String = text[..at]
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    let mut after = text[at + glyph.len_utf8()..].chars();
    word.chars().count() >= 3
        && word.ends_with('s')
        && !["ss", "is", "us"].iter().any(|s| word.ends_with(s))
        && after.next() == Some(' ')
        && after.next().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, expected quote contents)
    const CASES: &[(&str, &[&str])] = &[
        ("He said “yes” and “no”.", &["yes", "no"]),
        ("Sie sagte „ja“ und ging.", &["ja"]),
        ("Il a dit « non » hier.", &[" non "]),
        ("A \"b\" c \"d\" e", &["b", "d"]),
        ("The \"best team said \"we won\" today.", &["we won"]),
        ("“Stray. Then “real,” she said.", &["real,"]),
        ("Workers' union and Mali's army, don't.", &[]),
        (
            "‘The workers' pay is late,' she said.",
            &["The workers' pay is late,"],
        ),
        ("He called it ‘flawless' and left.", &["flawless"]),
        ("'We left,' she said of the '90s.", &["We left,"]),
        (
            "“He told me ‘run’ and I ran,” she said.",
            &["He told me ‘run’ and I ran,"],
        ),
        (
            "“One.\n\n“Two.\n\n“Three,” he said.",
            &["One.\n\n“Two.\n\n“Three,"],
        ),
        ("“One.\n\nNo marks here.\n\n“Two.”", &["Two."]),
        (
            "Risks were “tilted up.\n\n“Some saw a rise,” the minutes showed.",
            &["Some saw a rise,"],
        ),
        ("He said \"we are\nready,\" and left.", &["we are\nready,"]),
        ("\"\" and \"...\" then \"ok\"", &["ok"]),
        ("“Mixed quotes,\" she said.", &["Mixed quotes,"]),
        ("”Vi är redo”, sade hon.", &["Vi är redo"]),
        ("»Wir kommen«, sagte er.", &["Wir kommen"]),
        ("Il a dit «non» hier.", &["non"]),
        ("He said ”we are ready,” and left.", &["we are ready,"]),
    ];

    #[test]
    fn table() {
        for (input, expected) in CASES {
            let got: Vec<&str> = pair(input).into_iter().map(|s| &input[s.content]).collect();
            assert_eq!(&got, expected, "input: {input:?}");
        }
    }
}
