//! Which pronoun a person takes, when the text shows it: an honorific before the name
//! ("Mr", "Ms"), or the first "he" or "she" (or "himself", "herself") after the person
//! who opens a sentence, in that sentence and outside quotes ("Varga met Tomas Reyes, but
//! she left early" makes Varga "she"), up to a relative clause or a clause with a subject of
//! its own ("..., but the runner herself was bullish"). Possessives are left out: "Varga
//! thanked Reyes for his help" says nothing of Varga. A person shown both ways is left
//! unknown.

use super::super::tokens::{Names, Tokens};
use super::super::Speaker;
use super::{Context, SUBJECT_AFTER};
use crate::lexicon::TableList;
use crate::lexicon::WordList::Determiners;
use crate::text::Tokens as Atoms;
use std::collections::HashMap;
use std::ops::Range;

/// The pronoun each person takes, by the lower-cased last word of their name.
pub type Genders = HashMap<String, &'static str>;

/// The pronoun an honorific gives ("Ms" -> "she").
fn honorific(word: &str) -> Option<&'static str> {
    TableList::Honorifics.value(word)
}

/// The subject pronoun a word is, reflexives included.
fn subject_pronoun(word: &str) -> Option<&'static str> {
    match word {
        "he" | "himself" => Some("he"),
        "she" | "herself" => Some("she"),
        _ => None,
    }
}

/// The lower-cased last word of `text[range]`.
pub fn surname(text: &str, range: &Range<usize>) -> String {
    text[range.clone()]
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// The pronouns the people of the text of `atoms` take, read from its `sentences`;
/// `in_quote` tells whether a byte range lies in a quote.
pub fn genders(
    atoms: &Atoms,
    sentences: &[Range<usize>],
    names: &Names,
    in_quote: impl Fn(&Range<usize>) -> bool,
) -> Genders {
    let text = atoms.text();
    let mut found: HashMap<String, Option<&'static str>> = HashMap::new();
    let mut note = |name: String, pronoun: &'static str| {
        let entry = found.entry(name).or_insert(Some(pronoun));
        if *entry != Some(pronoun) {
            *entry = None;
        }
    };
    for sentence in sentences {
        let people: Vec<Range<usize>> = names
            .before(sentence.end)
            .take_while(|m| m.range.start >= sentence.start)
            .filter(|m| !in_quote(&m.range) && names.is_person(m))
            .map(|m| m.range.clone())
            .collect();
        // Honorifics.
        for m in &people {
            let before = text[sentence.start..m.start]
                .trim_end()
                .trim_end_matches('.');
            let word = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_lowercase();
            if let Some(p) = honorific(&word) {
                note(surname(text, m), p);
            }
        }
        let Some(subject) = people.last() else {
            continue;
        };
        if text[sentence.start..subject.start]
            .split_whitespace()
            .count()
            > SUBJECT_AFTER
        {
            continue;
        }
        let t = Tokens::new(atoms, subject.end..sentence.end, names);
        // A relative clause, or a clause of its own with another subject ("..., but the
        // runner herself was bullish"), says nothing of the subject's pronoun.
        let other_subject = |v: usize| {
            matches!(
                t.lower(v),
                "but" | "while" | "whereas" | "although" | "though" | "and"
            ) && v + 1 < t.len()
                && (Determiners.contains(t.lower(v + 1)) || t.mention(v + 1).is_some())
        };
        let pronoun = (0..t.len())
            .take_while(|&v| !matches!(t.lower(v), "who" | "whom" | "whose") && !other_subject(v))
            .filter(|&v| !in_quote(&t.range(v, v + 1)))
            .find_map(|v| subject_pronoun(t.lower(v)));
        if let Some(p) = pronoun {
            note(surname(text, subject), p);
        }
    }
    found
        .into_iter()
        .filter_map(|(name, p)| Some((name, p?)))
        .collect()
}

impl Context<'_> {
    /// Whether a speaker may be the person `pronoun` ("he", "she") stands for: nothing in
    /// the text gives them the other one.
    pub(super) fn may_be(&self, pronoun: &str, s: &Speaker) -> bool {
        self.genders
            .get(&surname(self.text, &s.range))
            .is_none_or(|p| *p == pronoun)
    }
}
