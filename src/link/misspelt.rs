//! Misspelt names the recogniser passed over: a capitalised word that looks like a
//! misspelling of a name the articles use at least twice ("Mail's capital" beside four
//! "Mali") becomes a mention, which the linker then joins to the name as a variant.

use super::nearby::Nearby;
use super::variants;
use crate::document::{Document, Mention};
use crate::extract::{ner, Kind, Source};
use crate::sorting;
use std::collections::BTreeMap;

/// Shortest name, in characters, that a misspelling is looked for: shorter words are one
/// letter from too many others.
const MIN_CHARS: usize = 4;

/// Names written this often across the articles are the ones a slip is measured against.
const MIN_USES: usize = 2;

/// Adds to each document a mention for each capitalised word inside a sentence (or opening
/// one, if no word list has it) that no mention covers, is one edit from a one-word name
/// the articles use at least [`MIN_USES`] times, and is not a known name itself.
pub fn add_mentions(docs: &mut [Document]) {
    // Ordered, so that a word near two names is always read as the same one.
    let mut names: BTreeMap<String, (usize, Kind)> = BTreeMap::new();
    for d in docs.iter() {
        for m in &d.mentions {
            let text = &d.text()[m.range.clone()];
            if m.is_linked_name()
                && m.kind != Kind::Group
                && !text.contains(' ')
                && text.chars().count() >= MIN_CHARS
            {
                names.entry(text.to_lowercase()).or_insert((0, m.kind)).0 += 1;
            }
        }
    }
    names.retain(|_, (n, _)| *n >= MIN_USES);
    if names.is_empty() {
        return;
    }
    let lists = ner::shipped_lists();
    // The names in order, indexed by spelling: a word's possible targets are looked up
    // (see `nearby`), not searched for among every name.
    let ordered: Vec<(&String, &(usize, Kind))> = names.iter().collect();
    let index = Nearby::new(
        ordered
            .iter()
            .enumerate()
            .map(|(i, (name, _))| (i as u32, name.as_str())),
    );
    for doc in docs.iter_mut() {
        let mut added = Vec::new();
        let tokens = doc.tokens();
        for sentence in &doc.sentences {
            for (i, w) in tokens.words(sentence.clone()).into_iter().enumerate() {
                let word = w.text.trim_end_matches("'s");
                // A sentence opens with a capital: there, only a word the word list lacks.
                if i == 0 && lists.knows_word(word) {
                    continue;
                }
                let mut chars = word.chars();
                let capitalised =
                    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
                let range = w.start..w.start + word.len();
                // Mentions are in text order: only the last one starting before the word's
                // end can cover it.
                let after = doc.mentions.partition_point(|m| m.range.start < range.end);
                let covered = after > 0 && doc.mentions[after - 1].range.end > range.start;
                if !capitalised
                    || covered
                    || word.chars().count() < MIN_CHARS
                    || lists.knows_name(word)
                {
                    continue;
                }
                let lower = word.to_lowercase();
                // The first name in order that this word misspells (none among a crowd
                // of names alike: see `nearby::CROWD`).
                let target = index
                    .candidates(&lower, variants::allowed_edits(lower.chars().count()))
                    .into_iter()
                    .flatten()
                    .map(|i| ordered[i as usize])
                    .find(|(name, _)| **name != lower && super::is_misspelling(&lower, name));
                if let Some((_, &(_, kind))) = target {
                    added.push(Mention {
                        range,
                        kind,
                        value: None,
                        source: Source::Misspelling,
                        boilerplate: false,
                        entity: None,
                    });
                }
            }
        }
        if !added.is_empty() {
            doc.mentions.extend(added);
            sorting::sort_by_key(&mut doc.mentions, |m| (m.range.start, m.range.end));
        }
    }
}
