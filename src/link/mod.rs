//! Link: the third stage. Groups the name mentions of all the documents into entities and
//! writes each mention's entity into its document.
//!
//! First, capitalised words the recogniser passed over that misspell a name the articles
//! use are added as mentions ([`misspelt`]). Then mentions group on their normalised text
//! (Unicode NFKC, case, possessive, a leading "the" and spacing ignored); a group's demonym
//! ("Norwegians") groups with its country; and groups merge where a reader would: a surname
//! with the one full name that ends in it ("Keita" = "Ibrahim Boubacar Keita"), an acronym
//! with the one name it abbreviates ("UN" = "United Nations"), and a rare form with a more
//! frequent one it is a misspelling of ("Mail" for "Mali"), unless the rare form is a known
//! name in its own right ([`merge`]). Misspellings are kept as variants, for the comparison
//! to flag. It works on any number of articles.

mod merge;
mod misspelt;
mod nearby;
#[cfg(test)]
mod tests;
mod variants;

pub use merge::{fold, is_misspelling};

use crate::document::Document;
use crate::extract::{Kind, Value};
use crate::progress::{Progress, Stage};
use merge::NameMention;

/// One thing named in one or more documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Its kind: the most frequent typed kind of its mentions, else [`Kind::Name`].
    pub kind: Kind,
    /// The name to show: the fullest, most frequent correctly spelled form, as written.
    pub canonical: String,
    /// Every other form it is written in.
    pub aliases: Vec<String>,
    /// For each document, the indexes of its mentions of this entity.
    pub mentions: Vec<Vec<usize>>,
    /// Mentions that misspell it.
    pub variants: Vec<Variant>,
}

/// A mention written as a misspelling of its entity's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The document it is in.
    pub article: usize,
    /// Its index in that document's mentions.
    pub mention: usize,
    /// Why it is read as the same entity, in words.
    pub why: String,
}

/// Links the name mentions of `docs` (boilerplate left out), writing each one's entity,
/// and returns the entities in order of first appearance. `progress` is told as each
/// document's names are gathered.
pub fn link(docs: &mut [Document], progress: &mut dyn Progress) -> Vec<Entity> {
    misspelt::add_mentions(docs);
    // Positions (in `mentions`) of the linkable mentions of each document.
    let positions: Vec<Vec<usize>> = docs
        .iter()
        .map(|d| {
            (0..d.mentions.len())
                .filter(|&i| d.mentions[i].is_linked_name())
                .collect()
        })
        .collect();
    let names: Vec<Vec<NameMention>> = docs
        .iter()
        .zip(&positions)
        .enumerate()
        .map(|(a, (d, ps))| {
            progress.step(Stage::Link, a, docs.len());
            ps.iter()
                .map(|&i| {
                    let m = &d.mentions[i];
                    NameMention {
                        text: d.as_written(m.range.clone()),
                        kind: m.kind,
                        country: match m.value {
                            Some(Value::Country(c)) => Some(c),
                            _ => None,
                        },
                        sentence: Some(d.sentences.partition_point(|s| s.end <= m.range.start)),
                    }
                })
                .collect()
        })
        .collect();
    let (mut entities, assignment) = merge::entities(&names);
    for e in &mut entities {
        for (a, ms) in e.mentions.iter_mut().enumerate() {
            for m in ms {
                *m = positions[a][*m];
            }
        }
        for v in &mut e.variants {
            v.mention = positions[v.article][v.mention];
        }
    }
    for (a, doc) in docs.iter_mut().enumerate() {
        for (&pos, &entity) in positions[a].iter().zip(&assignment[a]) {
            doc.mentions[pos].entity = Some(entity);
        }
    }
    entities
}
