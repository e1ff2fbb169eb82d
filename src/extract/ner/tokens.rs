//! Tokens as the recogniser's training data has them (Penn Treebank style, as in
//! CoNLL-2003): punctuation split off words, "'s" and "n't" split from their word,
//! abbreviations ("U.S.", "Corp.", "M.") and numbers ("1,000", "6-4") kept whole. Built
//! from the article's atoms: the runs between white space are joined from them, and only
//! each run's ends are read again to split it.

use crate::lexicon::WordList::DottedWords;
use crate::text::Tokens;
use std::ops::Range;

/// Opening marks split off the front of a word.
const OPENING: &[char] = &[
    '"', '\'', '(', '[', '{', '“', '‘', '«', '„', '‹', '$', '£', '€', '#',
];
/// Closing marks split off the end of a word.
const CLOSING: &[char] = &[
    '"', '\'', ')', ']', '}', '”', '’', '»', '›', ',', ';', ':', '!', '?', '%',
];
/// Clitics split off the end of a word ("Mali's" is "Mali" + "'s"), lower-case forms.
const CLITICS: &[&str] = &["'s", "n't", "'re", "'m", "'ve", "'ll", "'d"];

/// The tokens of the byte range `range` of the text of `tokens`, as byte ranges into it:
/// the atoms joined into runs without white space, each run split as the training data
/// splits it. A range that cuts an atom is read afresh.
pub fn tokens(tokens: &Tokens, range: Range<usize>) -> Vec<Range<usize>> {
    let text = tokens.text();
    if tokens.cuts_atom(&range) {
        let part = Tokens::new(&text[range.clone()]);
        let mut out = self::tokens(&part, 0..range.len());
        for r in &mut out {
            *r = r.start + range.start..r.end + range.start;
        }
        return out;
    }
    let mut out = Vec::new();
    let mut chunk: Option<Range<usize>> = None;
    for a in &tokens.atoms()[tokens.within(&range)] {
        match chunk.as_mut() {
            Some(c) if a.glued() => c.end = a.end(),
            _ => {
                if let Some(c) = chunk.replace(a.range()) {
                    split_slashes(text, c, &mut out);
                }
            }
        }
    }
    if let Some(c) = chunk {
        split_slashes(text, c, &mut out);
    }
    out
}

/// Splits a chunk at each slash between two letters, a token of its own ("Kojo
/// Antwi-Boasiako/Kente FM" is a photographer and an outlet), then each part as a word;
/// slashes between digits stay ("24/7", "18/08/2020").
fn split_slashes(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let chunk = &text[r.clone()];
    let mut start = r.start;
    for (i, _) in chunk.match_indices('/') {
        let before = chunk[..i].chars().next_back();
        let after = chunk[i + 1..].chars().next();
        if before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic) {
            split_chunk(text, start..r.start + i, out);
            out.push(r.start + i..r.start + i + 1);
            start = r.start + i + 1;
        }
    }
    split_chunk(text, start..r.end, out);
}

/// Splits one whitespace-free chunk into tokens.
fn split_chunk(text: &str, mut r: Range<usize>, out: &mut Vec<Range<usize>>) {
    // Opening marks, one token each.
    while let Some(c) = text[r.clone()].chars().next() {
        if r.len() > c.len_utf8() && OPENING.contains(&c) && !is_clitic(&text[r.clone()]) {
            out.push(r.start..r.start + c.len_utf8());
            r.start += c.len_utf8();
        } else {
            break;
        }
    }
    // Closing marks and clitics, collected from the end and emitted after the word.
    let mut tail = Vec::new();
    loop {
        let word = &text[r.clone()];
        let Some(c) = word.chars().next_back() else {
            break;
        };
        if word.len() > c.len_utf8() && CLOSING.contains(&c) {
            // "Reuters'" ends in a possessive mark, not a quote; both split alike.
            tail.push(r.end - c.len_utf8()..r.end);
            r.end -= c.len_utf8();
            continue;
        }
        if c == '.' && word.len() > 1 {
            if word.ends_with("...") && word.len() > 3 {
                tail.push(r.end - 3..r.end);
                r.end -= 3;
                continue;
            }
            if !keeps_full_stop(&word[..word.len() - 1]) {
                tail.push(r.end - 1..r.end);
                r.end -= 1;
                continue;
            }
        }
        if let Some(n) = CLITICS
            .iter()
            .find(|cl| {
                word.len() > cl.len()
                    && word.is_char_boundary(word.len() - cl.len())
                    && word[word.len() - cl.len()..].eq_ignore_ascii_case(cl)
            })
            .map(|cl| cl.len())
        {
            tail.push(r.end - n..r.end);
            r.end -= n;
            continue;
        }
        break;
    }
    if !r.is_empty() {
        out.push(r);
    }
    out.extend(tail.into_iter().rev());
}

fn is_clitic(word: &str) -> bool {
    CLITICS.iter().any(|c| word.eq_ignore_ascii_case(c))
}

/// Whether `word` (without its final full stop) is an abbreviation that keeps it: a
/// single letter ("M."), dotted letters ("U.S"), or a listed short form ("Corp").
fn keeps_full_stop(word: &str) -> bool {
    let letters = word.chars().all(|c| c.is_alphabetic() || c == '.');
    (letters && word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || (letters && word.contains('.') && !word.ends_with('.'))
        || DottedWords.contains_folded(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<&str> {
        tokens(&Tokens::new(text), 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn splits_like_the_training_data() {
        assert_eq!(
            show("\"Mali's army,\" said Acme Corp. (U.S.) on Tuesday."),
            [
                "\"", "Mali", "'s", "army", ",", "\"", "said", "Acme", "Corp.", "(", "U.S.", ")",
                "on", "Tuesday", "."
            ]
        );
        assert_eq!(
            show("It didn't cost $1,000 in 6-4 sets..."),
            ["It", "did", "n't", "cost", "$", "1,000", "in", "6-4", "sets", "..."]
        );
        assert_eq!(
            show("M. Keita met the Reuters' team."),
            ["M.", "Keita", "met", "the", "Reuters", "'", "team", "."]
        );
        assert_eq!(show("“Bamako” — 15%"), ["“", "Bamako", "”", "—", "15", "%"]);
        assert_eq!(show("O'Brien 's"), ["O'Brien", "'s"]);
        assert_eq!(
            show("Photo: Kojo Antwi-Boasiako/Kente FM, 24/7."),
            [
                "Photo",
                ":",
                "Kojo",
                "Antwi-Boasiako",
                "/",
                "Kente",
                "FM",
                ",",
                "24/7",
                "."
            ]
        );
        assert!(show("  \n ").is_empty());
    }

    #[test]
    fn offsets_point_into_the_whole_text() {
        let text = "xx Keita's";
        let t = tokens(&Tokens::new(text), 3..text.len());
        assert_eq!(t, [3..8, 8..10]);
        // A range that cuts an atom is read on its own.
        let t = tokens(&Tokens::new(text), 4..text.len());
        assert_eq!(t, [4..8, 8..10]);
    }
}
