//! Entities across articles: an entity named by every article with text is an agreement;
//! one named by some but not all is an omission by the others. Works for any number of
//! articles.

use crate::report::{ArticleSpan, Family, Finding};

/// What the comparison needs to know of one entity.
#[derive(Debug, Clone, Copy)]
pub struct EntityPresence<'a> {
    /// The entity's index in the Report.
    pub entity: usize,
    /// Its name, for the summary.
    pub name: &'a str,
    /// How many mentions it has in each article (in article order).
    pub counts: &'a [usize],
    /// Its first mention in each article that names it, which the finding points at.
    pub first: &'a [ArticleSpan],
}

/// The articles being compared, in order.
#[derive(Debug, Clone, Copy)]
pub struct ArticleRef<'a> {
    /// Its id ("a", "b", ...).
    pub id: &'a str,
    /// Its label, for summaries.
    pub label: &'a str,
    /// Whether it has any text; an empty article omits nothing.
    pub has_text: bool,
}

/// Agreement and omission findings for `entities` across `articles`. Nothing is compared
/// when fewer than two articles have text. Agreements come first, then omissions, each
/// by mentions in all articles (most first), then by entity order.
pub fn entity_overlap(articles: &[ArticleRef], entities: &[EntityPresence]) -> Vec<Finding> {
    let with_text: Vec<usize> = (0..articles.len())
        .filter(|&i| articles[i].has_text)
        .collect();
    if with_text.len() < 2 {
        return Vec::new();
    }
    let mut rows: Vec<(bool, usize, Finding)> = entities
        .iter()
        .map(|e| {
            let (carry, miss): (Vec<usize>, Vec<usize>) = with_text
                .iter()
                .partition(|&&i| e.counts.get(i).copied().unwrap_or(0) > 0);
            let ids = |idx: &[usize]| idx.iter().map(|&i| articles[i].id.to_string()).collect();
            let all = miss.is_empty();
            let summary = if all {
                match carry.len() {
                    2 => format!("{} is named in both articles", e.name),
                    n => format!("{} is named in all {n} articles", e.name),
                }
            } else {
                let labels = |idx: &[usize]| {
                    idx.iter()
                        .map(|&i| articles[i].label)
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                format!(
                    "{} is named only in {}, not in {}",
                    e.name,
                    labels(&carry),
                    labels(&miss)
                )
            };
            let finding = Finding {
                id: String::new(),
                family: if all {
                    Family::Agreement
                } else {
                    Family::Omission
                },
                kind: if all {
                    "agreement/entity"
                } else {
                    "omission/entity"
                },
                entity: Some(e.entity),
                articles: ids(&carry),
                missing: ids(&miss),
                spans: e.first.to_vec(),
                summary,
                why: String::new(),
                diff: Vec::new(),
                sides: Vec::new(),
            };
            (all, e.counts.iter().sum(), finding)
        })
        .collect();
    rows.sort_by(|x, y| y.0.cmp(&x.0).then(y.1.cmp(&x.1)));
    rows.into_iter().map(|(_, _, f)| f).collect()
}

/// An `entity/variant` finding for each misspelt mention: it points at the misspelling and
/// at the entity's first correctly spelled mention in each article that has one.
pub fn variants(ctx: &super::Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for e in ctx.entities {
        let misspelt = |art: &str, i: usize| {
            e.variants
                .iter()
                .any(|w| w.article == art && w.mention == i)
        };
        for v in &e.variants {
            let Some(a) = ctx.articles.iter().position(|x| x.id == v.article) else {
                continue;
            };
            let mut spans = vec![(a, ctx.articles[a].mentions[v.mention].span)];
            let mut carrying = vec![a];
            for ms in &e.mentions {
                let Some(b) = ctx.articles.iter().position(|x| x.id == ms.article) else {
                    continue;
                };
                if let Some(&i) = ms.indexes.iter().find(|&&i| !misspelt(&ms.article, i)) {
                    spans.push((b, ctx.articles[b].mentions[i].span));
                    carrying.push(b);
                }
            }
            let mut f = super::finding(
                ctx,
                Family::Variant,
                "entity/variant",
                &carrying,
                spans,
                format!(
                    "\u{201c}{}\u{201d} in {} looks like a misspelling of {}",
                    v.text,
                    ctx.label(a),
                    e.canonical
                ),
            );
            f.entity = Some(e.id);
            f.why = v.why.clone();
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art<'a>(id: &'a str, label: &'a str, has_text: bool) -> ArticleRef<'a> {
        ArticleRef {
            id,
            label,
            has_text,
        }
    }

    #[test]
    fn shared_and_unique_with_three_articles() {
        let articles = [
            art("a", "Gazette", true),
            art("b", "Herald", true),
            art("c", "Wire", true),
        ];
        let entities = [
            EntityPresence {
                entity: 0,
                name: "Kati",
                counts: &[1, 2, 1],
                first: &[],
            },
            EntityPresence {
                entity: 1,
                name: "Oslo",
                counts: &[0, 1, 0],
                first: &[],
            },
            EntityPresence {
                entity: 2,
                name: "Lind",
                counts: &[3, 1, 0],
                first: &[],
            },
        ];
        let found = entity_overlap(&articles, &entities);
        let brief: Vec<String> = found
            .iter()
            .map(|f| {
                let e = f.entity.unwrap();
                format!("{} e{e} in {:?} not {:?}", f.kind, f.articles, f.missing)
            })
            .collect();
        assert_eq!(
            brief,
            [
                r#"agreement/entity e0 in ["a", "b", "c"] not []"#,
                r#"omission/entity e2 in ["a", "b"] not ["c"]"#,
                r#"omission/entity e1 in ["b"] not ["a", "c"]"#,
            ]
        );
        assert_eq!(found[0].summary, "Kati is named in all 3 articles");
        assert_eq!(
            found[2].summary,
            "Oslo is named only in Herald, not in Gazette, Wire"
        );
    }

    #[test]
    fn empty_articles_neither_agree_nor_omit() {
        let articles = [
            art("a", "A", true),
            art("b", "B", false),
            art("c", "C", true),
        ];
        let entities = [EntityPresence {
            entity: 0,
            name: "Kati",
            counts: &[1, 0, 1],
            first: &[],
        }];
        let found = entity_overlap(&articles, &entities);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].family, Family::Agreement);
        assert_eq!(found[0].articles, vec!["a", "c"]);
    }

    #[test]
    fn one_article_compares_nothing() {
        let articles = [art("a", "A", true), art("b", "B", false)];
        let entities = [EntityPresence {
            entity: 0,
            name: "Kati",
            counts: &[1, 0],
            first: &[],
        }];
        assert!(entity_overlap(&articles, &entities).is_empty());
    }
}
