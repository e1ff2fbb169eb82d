//! Title-case headlines ("Chile Seals Lithium Deal With Atacama Communities") read as a
//! sentence. The recogniser learnt from a corpus whose headlines are in capitals, so a line
//! where every word is capitalised reads to it as one long name. Before tagging, such a
//! line's ordinary words are lowered: a word the article writes in lower case elsewhere, or
//! one the word list knows only as an ordinary word, unless the article also writes it
//! capitalised inside a sentence ("Stone" of "Will Stone").

use super::Lexicons;
use std::collections::HashSet;

/// Fewest words with letters in a title-case line.
const MIN_WORDS: usize = 3;
/// Words this long or longer are content words, which title case capitalises.
const CONTENT_LETTERS: usize = 4;

/// For each sentence of `sentences`, the words to tag instead when it is a title-case line,
/// with its ordinary words lowered; `None` for every other sentence.
pub fn recase(sentences: &[Vec<&str>], lists: &Lexicons) -> Vec<Option<Vec<String>>> {
    let titles: Vec<bool> = sentences.iter().map(|s| title_case(s)).collect();
    if !titles.contains(&true) {
        return vec![None; sentences.len()];
    }
    // How the rest of the article writes each word: in lower case, or capitalised inside
    // a sentence.
    let (mut lower, mut named) = (HashSet::new(), HashSet::new());
    for (s, _) in sentences.iter().zip(&titles).filter(|(_, t)| !**t) {
        for (i, w) in s.iter().enumerate() {
            if w.chars().next().is_some_and(char::is_lowercase) {
                lower.insert(w.to_lowercase());
            } else if i > 0 && capitalised(w) {
                named.insert(w.to_lowercase());
            }
        }
    }
    let ordinary = |w: &str| {
        let key = w.to_lowercase();
        !named.contains(&key) && (lower.contains(&key) || lists.words.code(&key) == 1)
    };
    sentences
        .iter()
        .zip(&titles)
        .map(|(s, &title)| {
            let lowered = s
                .iter()
                .map(|w| {
                    if capitalised(w) && ordinary(w) {
                        w.to_lowercase()
                    } else {
                        (*w).to_owned()
                    }
                })
                .collect::<Vec<_>>();
            let changed = lowered.iter().zip(s).any(|(a, b)| a != b);
            (title && changed).then_some(lowered)
        })
        .collect()
}

/// Whether `w` starts with a capital and has a lower-case letter (not an all-capitals word).
fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase)
}

/// Whether a sentence is a title-case line: enough words, no stop at its end, and every
/// content word capitalised.
fn title_case(words: &[&str]) -> bool {
    let lettered: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let content: Vec<&&str> = lettered
        .iter()
        .copied()
        .filter(|w| w.chars().count() >= CONTENT_LETTERS)
        .collect();
    let ends_a_sentence = words.last().is_some_and(|w| matches!(*w, "." | "!" | "?"));
    lettered.len() >= MIN_WORDS
        && !ends_a_sentence
        && content.len() >= 2
        && content.iter().all(|w| capitalised(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_lines_lose_the_capitals_of_their_ordinary_words() {
        let lists = Lexicons::parse("Chile\n", "seals\ndeal\nstone\nStone\nwith\n");
        let sentences: Vec<Vec<&str>> = vec![
            "Chile Seals Lithium Deal With Stone".split(' ').collect(),
            "The government of Chile signed a lithium deal , Will Stone said ."
                .split(' ')
                .collect(),
            "Ruth Obi".split(' ').collect(),
        ];
        let recased = recase(&sentences, &lists);
        assert_eq!(
            recased[0].as_deref(),
            Some(&["Chile", "seals", "lithium", "deal", "with", "Stone"].map(String::from)[..])
        );
        assert_eq!(recased[1], None);
        assert_eq!(recased[2], None);
    }
}
