//! The glue between the link stage and the Report: runs [`link::link`] on every article's
//! name mentions (boilerplate left out), writes each mention's entity, builds the
//! Report's entities with their aliases and misspelt variants, and points each quote's
//! speaker at its entity.

use crate::link::{self, NameMention};
use crate::offsets::Utf16Map;
use crate::report::{Article, Entity, EntityMentions, EntityVariant, Kind, Mention};
use std::collections::HashMap;

/// Links the name mentions of `articles` in place and returns the entities.
pub fn link_articles(articles: &mut [Article]) -> Vec<Entity> {
    // Positions (in `mentions`) of the linkable mentions of each article.
    let positions: Vec<Vec<usize>> = articles
        .iter()
        .map(|a| {
            a.mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.kind.is_name() && !m.boilerplate)
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    let names: Vec<Vec<NameMention>> = articles
        .iter()
        .zip(&positions)
        .map(|(a, ps)| {
            ps.iter()
                .map(|&i| {
                    let m = &a.mentions[i];
                    NameMention {
                        text: &m.text,
                        kind: m.kind,
                        value: m.value.as_deref(),
                        sentence: Some(a.sentences.partition_point(|s| s.end <= m.span.start)),
                    }
                })
                .collect()
        })
        .collect();
    let (linked, assignment) = link::link(&names);
    let mut entities: Vec<Entity> = linked
        .into_iter()
        .enumerate()
        .map(|(id, l)| Entity {
            id,
            kind: l.kind,
            canonical: l.canonical,
            aliases: l.aliases,
            mentions: l
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, ms)| !ms.is_empty())
                .map(|(a, ms)| EntityMentions {
                    article: articles[a].id.clone(),
                    indexes: ms.iter().map(|&m| positions[a][m]).collect(),
                })
                .collect(),
            variants: l
                .variants
                .into_iter()
                .map(|v| {
                    let index = positions[v.article][v.mention];
                    EntityVariant {
                        article: articles[v.article].id.clone(),
                        mention: index,
                        text: articles[v.article].mentions[index].text.clone(),
                        why: v.why,
                    }
                })
                .collect(),
        })
        .collect();
    for e in &mut entities {
        e.variants
            .sort_by(|x, y| (&x.article, x.mention).cmp(&(&y.article, y.mention)));
    }
    for (a, article) in articles.iter_mut().enumerate() {
        for (&pos, &entity) in positions[a].iter().zip(&assignment[a]) {
            article.mentions[pos].entity = Some(entity);
        }
        let Article {
            quotes, mentions, ..
        } = article;
        for quote in quotes.iter_mut() {
            if let Some(speaker) = &mut quote.speaker {
                let at = mentions.partition_point(|m| m.span.start < speaker.name.span.start);
                speaker.entity = mentions
                    .get(at)
                    .filter(|m| m.span == speaker.name.span)
                    .and_then(|m| m.entity);
            }
        }
    }
    entities
}

/// Adds a mention for each capitalised word that the recogniser passed over but that
/// looks like a misspelling of a name the articles use at least twice ("Mail's capital"
/// beside four "Mali"): a word inside a sentence (or opening one, if no word list has it),
/// one edit from that name, and not a known name itself. The linker then joins it to the name as a variant.
pub fn add_misspelt_names(articles: &mut [Article], texts: &[&str]) {
    let mut names: HashMap<String, (usize, Kind)> = HashMap::new();
    for m in articles.iter().flat_map(|a| &a.mentions) {
        if m.kind.is_name()
            && m.kind != Kind::Group
            && !m.boilerplate
            && !m.text.contains(' ')
            && m.text.chars().count() >= 4
        {
            names.entry(m.text.to_lowercase()).or_insert((0, m.kind)).0 += 1;
        }
    }
    names.retain(|_, (n, _)| *n >= 2);
    if names.is_empty() {
        return;
    }
    let lists = crate::extract::ner::shipped_lists();
    for (article, text) in articles.iter_mut().zip(texts) {
        let utf16 = Utf16Map::new(text);
        let mut added = Vec::new();
        for sentence in &article.sentences {
            let Some(body) = text.get(sentence.start..sentence.end) else {
                continue;
            };
            for (i, w) in crate::text::words(body, 0..body.len())
                .into_iter()
                .enumerate()
            {
                let word = w.text.trim_end_matches("'s").trim_end_matches("\u{2019}s");
                // A sentence opens with a capital: there, only a word the word list lacks.
                if i == 0 && lists.knows_word(word) {
                    continue;
                }
                let mut chars = word.chars();
                let capitalised =
                    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
                let start = sentence.start + w.start;
                let range = start..start + word.len();
                // Mentions are in text order: only the last one starting before the word's
                // end can cover it.
                let after = article
                    .mentions
                    .partition_point(|m| m.span.start < range.end);
                let covered = after > 0 && article.mentions[after - 1].span.end > range.start;
                if !capitalised || covered || word.chars().count() < 4 || lists.knows_name(word) {
                    continue;
                }
                let lower = word.to_lowercase();
                let target = names
                    .iter()
                    .find(|(name, _)| **name != lower && crate::link::is_misspelling(&lower, name));
                if let Some((_, &(_, kind))) = target {
                    added.push(Mention {
                        span: utf16.span(range),
                        text: word.to_string(),
                        kind,
                        value: None,
                        source: "rule:misspelling",
                        entity: None,
                        boilerplate: false,
                    });
                }
            }
        }
        if !added.is_empty() {
            article.mentions.extend(added);
            article.mentions.sort_by_key(|m| (m.span.start, m.span.end));
        }
    }
}
