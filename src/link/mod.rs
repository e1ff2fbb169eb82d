//! Link: the third stage. Groups name mentions from all articles into canonical entities.
//!
//! For now two mentions are the same entity when their normalised text is equal
//! (Unicode NFKC, case, possessive, a leading "the" and spacing ignored), in any article.
//! Surnames, acronyms, demonyms and spelling variants come with the comparison issue.
//! It hands on the entities and, for each article, each mention's entity.

use crate::report::Kind;
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// A name mention as the linker sees it.
#[derive(Debug, Clone, Copy)]
pub struct NameMention<'a> {
    /// The mention's text as written.
    pub text: &'a str,
    /// Its kind from the extractor.
    pub kind: Kind,
}

/// An entity the linker built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linked {
    /// Its kind: the most frequent typed kind of its mentions, else [`Kind::Name`].
    pub kind: Kind,
    /// Its most frequent written form (the longest on a tie, then the first seen).
    pub canonical: String,
    /// For each article, the positions (in that article's input slice) of its mentions.
    pub mentions: Vec<Vec<usize>>,
}

/// Links the name mentions of each article. Returns the entities in order of first
/// appearance, and for each article a vector giving each mention's entity index.
pub fn link(articles: &[Vec<NameMention>]) -> (Vec<Linked>, Vec<Vec<usize>>) {
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut assignment = Vec::with_capacity(articles.len());
    for (a, mentions) in articles.iter().enumerate() {
        let mut ids = Vec::with_capacity(mentions.len());
        for (m, mention) in mentions.iter().enumerate() {
            let id = *by_key.entry(key(mention.text)).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[id].push((a, m));
            ids.push(id);
        }
        assignment.push(ids);
    }
    let entities = groups
        .iter()
        .map(|members| {
            let mut per_article = vec![Vec::new(); articles.len()];
            let mut kinds: HashMap<Kind, usize> = HashMap::new();
            let mut forms: Vec<(&str, usize)> = Vec::new();
            for &(a, m) in members {
                per_article[a].push(m);
                let mention = articles[a][m];
                if mention.kind != Kind::Name {
                    *kinds.entry(mention.kind).or_default() += 1;
                }
                match forms.iter_mut().find(|(f, _)| *f == mention.text) {
                    Some((_, n)) => *n += 1,
                    None => forms.push((mention.text, 1)),
                }
            }
            // Highest count first; ties broken by the smaller kind code, for determinism.
            let kind = kinds
                .into_iter()
                .max_by(|x, y| x.1.cmp(&y.1).then(y.0.cmp(&x.0)))
                .map_or(Kind::Name, |(k, _)| k);
            let canonical = forms
                .iter()
                .enumerate()
                .max_by(|(i, x), (j, y)| {
                    x.1.cmp(&y.1).then(x.0.len().cmp(&y.0.len())).then(j.cmp(i))
                })
                .map(|(_, (f, _))| f.to_string())
                .unwrap_or_default();
            Linked {
                kind,
                canonical,
                mentions: per_article,
            }
        })
        .collect();
    (entities, assignment)
}

/// The text two mentions must share to be linked.
fn key(text: &str) -> String {
    let folded: String = text.nfkc().flat_map(char::to_lowercase).collect();
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let mut joined = words.join(" ");
    for suffix in ["'s", "’s"] {
        if let Some(stripped) = joined.strip_suffix(suffix) {
            joined = stripped.to_string();
        }
    }
    match joined.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => joined,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str, kind: Kind) -> NameMention<'_> {
        NameMention { text, kind }
    }

    #[test]
    fn links_across_articles_on_normalised_text() {
        let a = vec![
            m("Kati", Kind::Place),
            m("Norwegian Embassy", Kind::Organisation),
        ];
        let b = vec![
            m("the Norwegian  embassy", Kind::Name),
            m("KATI", Kind::Name),
            m("Oslo", Kind::Place),
        ];
        let (entities, ids) = link(&[a, b]);
        assert_eq!(entities.len(), 3);
        assert_eq!(ids, vec![vec![0, 1], vec![1, 0, 2]]);
        assert_eq!(entities[0].kind, Kind::Place);
        assert_eq!(entities[1].kind, Kind::Organisation);
        assert_eq!(entities[0].mentions, vec![vec![0], vec![1]]);
        assert_eq!(entities[2].mentions, vec![vec![], vec![2]]);
    }

    #[test]
    fn canonical_is_the_most_frequent_form_and_kind_the_majority() {
        let a = vec![
            m("Lindmark", Kind::Place),
            m("LINDMARK", Kind::Organisation),
            m("Lindmark", Kind::Place),
        ];
        let (entities, _) = link(&[a]);
        assert_eq!(entities[0].canonical, "Lindmark");
        assert_eq!(entities[0].kind, Kind::Place);
    }

    #[test]
    fn compatibility_forms_and_case_fold_together() {
        assert_eq!(key("ＴＨＥ Ｕｎｉｔｅｄ Nations"), "united nations");
        assert_eq!(key("Mali’s"), "mali");
        assert_eq!(key("Jean-Paul"), "jean paul");
    }
}
