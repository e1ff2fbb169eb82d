//! A different person or body named in the same role: "the inquiry headed by Judge A"
//! in one article, "headed by Judge B" in another. Two names conflict when they are of
//! one kind (people, or organisations), each article names only its own (so it is not
//! two people each article mentions), neither is someone speaking (unless a clause on the
//! name gives its role: "said Ana Holm, who is leading the rescue"), and the words around
//! them share at least two stems of what they did, one of them a role or an act ("led
//! the emergency response" / "leading the response"; verbs of one role, "led" and
//! "directing", count as one stem: `data/compare/role-verbs.tsv`; so do words of one act,
//! "inquiry" and "probe": `data/compare/act-words.tsv`; two stems of the story alone,
//! "pipeline" and "crude", say nothing of a role), or one stem and the same title
//! ("director"), or one stem in sentences an amount ties to one fact ("soldiers plucked
//! about 60 people from rooftops overnight" / "officers rescued sixty people overnight").

use super::about::{sentence_of, stem, words_of};
use super::align::in_both;
use super::finding::{finding, Finding, FindingKind};
use super::maps::{HashMap, HashSet};
use super::sentences::Sentence;
use super::Ctx;
use crate::document::Mention;
use crate::extract::{Kind, Source, Value};
use crate::lexicon::TableList::{ActWords, RoleVerbs};
use crate::lexicon::WordList::ReportingParticiples;
use crate::link::Entity;
use crate::sorting;

/// Stems the words around two names must share to put them in one role.
const SHARED_STEMS: usize = 2;
/// Words after a name within which a reporting verb makes it a speaker ("Vasko said").
const SPEAKER_REACH: usize = 2;
/// Words either side of a name that may say what it did: an apposition and a verb
/// ("Marit Holloway, the district fire chief leading the emergency response").
const ROLE_REACH: usize = 9;
/// Words after a name within which a clause on it opens with "who", and words after
/// "who" within which a role's verb makes the name its agent.
const WHO_REACH: usize = 4;
/// Letters a stem must have to count: a word of what was done, not a month or a number.
const STEM_LETTERS: usize = 5;
/// Names of one article beyond which a stem around them is too common to look names up
/// by: looked up by it, every name would be read for every other, work that grows with the
/// square of the names. Such a stem still counts as shared between two names found by
/// another.
const MAX_STEM_NAMES: usize = 64;

/// A name that can fill a role: its article, mention and entity.
struct Named<'c> {
    article: usize,
    mention: &'c Mention,
    entity: usize,
    /// The stems around it, each with the word it comes from.
    stems: Vec<(&'c str, &'c str)>,
    /// The same stems as numbers (see [`number_stems`]), sorted, each once.
    ids: Vec<u32>,
    /// Of those numbers, the ones that stand for a role or an act (a verb of
    /// `RoleVerbs`, a word of `ActWords`), sorted.
    roles: Vec<u32>,
    title: Option<String>,
}

/// The conflicting names across every pair of articles; `tied` holds the pairs of story
/// sentences, as (article, position) each, that give an amount of one fact.
pub fn conflicts(ctx: &Ctx, tied: &HashSet<[(usize, usize); 2]>) -> Vec<Finding> {
    let with_text: Vec<usize> = ctx.with_text().collect();
    let labels: Vec<String> = ctx.docs.iter().map(|d| d.label.to_lowercase()).collect();
    let outlet: Vec<bool> = ctx.entities.iter().map(|e| is_outlet(e, &labels)).collect();
    let mut named: Vec<Vec<Named>> = (0..ctx.docs.len())
        .map(|a| candidates(ctx, a, &outlet))
        .collect();
    number_stems(&mut named);
    // Sentences tied to one fact put two names in its role only when each is the one name
    // of its kind there ("Bosses at Northgate are offering 7 percent, and Interior Minister
    // Holm ..." names two bodies; which one offered is the words' to say).
    let sentence = |n: &Named| {
        let s = ctx.sentence_at(n.article, n.mention.range.start)?;
        let kind = ctx.entities[n.entity].kind;
        let alone = ctx
            .mentions_in(n.article, &ctx.stories[n.article][s].range)
            .filter(|o| o.kind.is_name())
            .all(|o| o.entity == Some(n.entity) || o.kind != kind);
        alone.then_some((n.article, s))
    };
    // Read once per name, not once per pair of names.
    let sentences: Vec<Vec<Option<(usize, usize)>>> = named
        .iter()
        .map(|ns| ns.iter().map(sentence).collect())
        .collect();
    let one_fact = |(m, p): (&Named, usize), (n, q): (&Named, usize)| match (
        sentences[m.article][p],
        sentences[n.article][q],
    ) {
        (Some(p), Some(q)) => tied.contains(&[p, q]),
        _ => false,
    };
    // For each article, its names by the stems around them: a name can only conflict with
    // one that shares a stem (both rules below need one), so those are looked up, not
    // searched for among every name of the other article.
    let by_stem: Vec<HashMap<u32, Vec<usize>>> = named
        .iter()
        .map(|ns| {
            let mut index: HashMap<u32, Vec<usize>> = HashMap::default();
            for (q, n) in ns.iter().enumerate() {
                for &id in &n.ids {
                    index.entry(id).or_default().push(q);
                }
            }
            index.retain(|_, names| names.len() <= MAX_STEM_NAMES);
            index
        })
        .collect();
    let mut out = Vec::new();
    let mut seen: HashSet<(usize, usize)> = HashSet::default();
    for (i, &x) in with_text.iter().enumerate() {
        for &y in &with_text[i + 1..] {
            for (p, m) in named[x].iter().enumerate() {
                if names(ctx, y, m.entity) {
                    continue;
                }
                // The names of `y` sharing a stem with `m`, in order (the best is the last
                // of the highest, as over all of them).
                let mut near: Vec<usize> = m
                    .ids
                    .iter()
                    .filter_map(|id| by_stem[y].get(id))
                    .flatten()
                    .copied()
                    .collect();
                sorting::sort(&mut near);
                near.dedup();
                let best = near
                    .into_iter()
                    .map(|q| (q, &named[y][q]))
                    .filter(|(_, n)| {
                        n.entity != m.entity
                            && ctx.entities[n.entity].kind == ctx.entities[m.entity].kind
                            && !names(ctx, x, n.entity)
                    })
                    .map(|(q, n)| (shared(m, n), q, n))
                    .filter(|&(s, q, n)| {
                        (s >= SHARED_STEMS && shared_role(m, n))
                            || (s >= 1
                                && (m.title.is_some() && m.title == n.title
                                    || one_fact((m, p), (n, q))))
                    })
                    .max_by_key(|(s, _, n)| (*s, std::cmp::Reverse(n.mention.range.start)));
                let Some((_, _, n)) = best else {
                    continue;
                };
                let key = (m.entity.min(n.entity), m.entity.max(n.entity));
                if !seen.insert(key) {
                    continue;
                }
                out.push(conflict(ctx, m, n));
            }
        }
    }
    out
}

/// The names of article `a` that can fill a role: people and organisations outside
/// boilerplate, linked, not speaking.
fn candidates<'c>(ctx: &'c Ctx, a: usize, outlet: &[bool]) -> Vec<Named<'c>> {
    let doc = &ctx.docs[a];
    doc.mentions
        .iter()
        .filter(|m| matches!(m.kind, Kind::Person | Kind::Organisation) && m.is_linked_name())
        .filter(|m| m.source != Source::Dateline)
        .filter_map(|m| {
            let entity = m.entity?;
            if !matches!(ctx.entities[entity].kind, Kind::Person | Kind::Organisation)
                || outlet[entity]
            {
                return None;
            }
            let s = sentence_of(ctx, a, m)?;
            let after = s
                .spans
                .iter()
                .position(|r| r.start >= m.range.end)
                .unwrap_or(s.words.len());
            let speaking = doc
                .quotes
                .iter()
                .any(|q| q.speaker.as_ref().is_some_and(|s| s.range == m.range))
                || (after..(after + SPEAKER_REACH).min(s.words.len())).any(|i| s.is_reporting(i));
            // Someone speaking fills no role by that ("Mayor Ruiz said", "was ordered on
            // Sunday, the ministry said"), unless the name is the agent of a role's verb
            // ("led by its chief officer, Gideon Marsh, who said ..."; "said Ana Holm, who
            // is leading the rescue").
            if speaking && !agent_of_role(s, m) {
                return None;
            }
            let title = match &m.value {
                Some(Value::Role(r)) => Some(r.to_lowercase()),
                _ => None,
            };
            // Stems of words long enough to say what was done ("inquiry", "ordered"), not
            // "june" or "five", no reporting words, and none of another name's, a number's
            // or a date's words (a name tells who, not what: "of the Meridian Relief
            // Collective"; "7 percent" tells how much). A verb of a
            // role stands for its role ("led" and "directing" -> lead).
            let mut in_mention = vec![false; s.words.len()];
            for n in ctx
                .mentions_in(a, &s.range)
                .filter(|n| n.kind.is_name() || matches!(n.kind, Kind::Quantity | Kind::Date))
            {
                let (first, last) = words_of(s, n);
                in_mention[first..last].fill(true);
            }
            let stems = around(s, m, &in_mention)
                .into_iter()
                .filter_map(|(w, word)| match role_of(word) {
                    Some(role) => Some((role, word)),
                    None => (w.chars().count() >= STEM_LETTERS
                        && w.chars().all(char::is_alphabetic)
                        && !ReportingParticiples
                            .words()
                            .iter()
                            .any(|p| p.starts_with(w)))
                    .then_some((w, word)),
                })
                .collect();
            Some(Named {
                article: a,
                mention: m,
                entity,
                stems,
                ids: Vec::new(),
                roles: Vec::new(),
                title,
            })
        })
        .collect()
}

/// Whether name `m` of sentence `s` is the agent of a role's verb: the verb, then "by"
/// within [`ROLE_REACH`] words before the name ("led by the trust's chief officer, Gideon
/// Marsh"), or a clause on the name that opens with "who" within [`WHO_REACH`] words after
/// it and holds the verb within as many words after that ("said Tamara Orlov, who is
/// leading the rescue").
fn agent_of_role(s: &Sentence, m: &Mention) -> bool {
    let (first, last) = words_of(s, m);
    let from = first.saturating_sub(ROLE_REACH);
    let by = (from..first).any(|i| {
        RoleVerbs.value(&s.words[i]).is_some() && s.words.get(i + 1).is_some_and(|w| w == "by")
    });
    let end = s.words.len();
    let who = (last..(last + WHO_REACH).min(end))
        .find(|&i| s.words[i] == "who")
        .is_some_and(|i| {
            (i + 1..(i + 1 + WHO_REACH).min(end)).any(|k| RoleVerbs.value(&s.words[k]).is_some())
        });
    by || who
}

/// The content words within [`ROLE_REACH`] words either side of name `m` in `s`, as
/// (stem, word), leaving out reporting words and the words of other mentions, which are
/// not counted in the reach either ("Colonel Ivan Holm of the Fire and Rescue Corps, who
/// is directing the rescue" reaches "rescue").
fn around<'s>(s: &'s Sentence, m: &Mention, in_mention: &[bool]) -> Vec<(&'s str, &'s str)> {
    let (first, last) = words_of(s, m);
    let reach = |positions: &mut dyn Iterator<Item = usize>| -> Vec<usize> {
        positions
            .filter(|&i| !in_mention[i])
            .take(ROLE_REACH)
            .collect()
    };
    let mut picked = reach(&mut (0..first).rev());
    picked.reverse();
    picked.extend(reach(&mut (last..s.words.len())));
    picked
        .into_iter()
        .filter(|&i| s.is_content(i) && !s.is_reporting(i))
        .map(|i| (stem(&s.words[i]), s.words[i].as_str()))
        .collect()
}

/// Whether `entity` is an outlet whose article is compared (one of the lower-cased
/// `labels` names it): the source of a story is not someone in it.
fn is_outlet(entity: &Entity, labels: &[String]) -> bool {
    std::iter::once(&entity.canonical)
        .chain(&entity.aliases)
        .map(|f| f.to_lowercase())
        .any(|f| labels.iter().any(|l| l.contains(f.as_str())))
}

/// Whether article `a` names entity `e` anywhere.
fn names(ctx: &Ctx, a: usize, e: usize) -> bool {
    !ctx.entities[e].mentions[a].is_empty()
}

/// The words around `m` whose stems also stand around `n`, once each.
fn shared_words<'c>(m: &Named<'c>, n: &Named) -> Vec<&'c str> {
    let mut words: Vec<(&str, &str)> = Vec::new();
    for &(stem, word) in &m.stems {
        if n.stems.iter().any(|(s, _)| *s == stem) && !words.iter().any(|(s, _)| *s == stem) {
            words.push((stem, word));
        }
    }
    words.into_iter().map(|(_, w)| w).collect()
}

/// Gives every stem around every name a number, one per distinct stem, and each name its
/// sorted, distinct numbers: [`shared`] then compares numbers, not strings.
fn number_stems(named: &mut [Vec<Named>]) {
    let mut numbers: HashMap<&str, u32> = HashMap::default();
    for n in named.iter_mut().flatten() {
        let mut roles = Vec::new();
        let mut ids: Vec<u32> = n
            .stems
            .iter()
            .map(|&(stem, word)| {
                let next = numbers.len() as u32;
                let id = *numbers.entry(stem).or_insert(next);
                if role_of(word) == Some(stem) {
                    roles.push(id);
                }
                id
            })
            .collect();
        sorting::sort(&mut ids);
        ids.dedup();
        sorting::sort(&mut roles);
        roles.dedup();
        n.ids = ids;
        n.roles = roles;
    }
}

/// The role or act a word stands for ("directing" -> lead, "probe" -> inquiry), if any.
fn role_of(word: &str) -> Option<&'static str> {
    RoleVerbs.value(word).or_else(|| ActWords.value(word))
}

/// Whether a role or an act stands around both `m` and `n`.
fn shared_role(m: &Named, n: &Named) -> bool {
    in_both(&m.roles, &n.roles).next().is_some()
}

/// How many stems around `m` also stand around `n`, counted on their sorted numbers (this
/// runs for every pair of names across every pair of articles).
fn shared(m: &Named, n: &Named) -> usize {
    in_both(&m.ids, &n.ids).count()
}

/// The finding for `m` and `n`, named for one role.
fn conflict(ctx: &Ctx, m: &Named, n: &Named) -> Finding {
    let (x, y) = (m.article, n.article);
    let (mx, ny) = (
        ctx.docs[x].as_written(m.mention.range.clone()),
        ctx.docs[y].as_written(n.mention.range.clone()),
    );
    let mut f = finding(
        FindingKind::ConflictName,
        &[x, y],
        vec![(x, m.mention.range.clone()), (y, n.mention.range.clone())],
        format!(
            "{} names \u{201c}{mx}\u{201d} and {} names \u{201c}{ny}\u{201d} in the same role",
            ctx.label(x),
            ctx.label(y)
        ),
    );
    f.wording.why = format!(
        "the words around both say \u{201c}{}\u{201d}, and neither article names the other's",
        shared_words(m, n).join("\u{201d}, \u{201c}")
    );
    f
}
