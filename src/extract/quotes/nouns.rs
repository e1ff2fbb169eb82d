//! Nouns that type a speaker, compared against lower-cased words: job titles, and the
//! nouns for people, institutions, documents and news outlets (lists in `data/quotes/`).

use crate::lexicon::{TableList, WordList};

/// Whether `list` holds `word` or, for a plural, its singular ("witnesses", "sources").
pub fn has_noun(list: WordList, word: &str) -> bool {
    list.contains(word)
        || word.strip_suffix("es").is_some_and(|w| list.contains(w))
        || word.strip_suffix('s').is_some_and(|w| list.contains(w))
}

/// The title a word stands for, also in the plural or through its short form ("gov" ->
/// "governor").
pub fn title(word: &str) -> Option<&'static str> {
    let titles = WordList::JobTitles;
    titles
        .get(word)
        .or_else(|| word.strip_suffix('s').and_then(|w| titles.get(w)))
        .or_else(|| TableList::TitleAbbreviations.value(word))
}
