//! Grouping name mentions into entities, on the mentions alone (the linker's rules, apart
//! from the documents they come from).
//!
//! Mentions first group on their normalised text (Unicode NFKC, case, possessive, a leading
//! "the" and spacing ignored); a group's demonym ("Norwegians") groups with its country.
//! Groups then merge where a reader would: one person's full name with a first name
//! shortened ("Jon Whitcombe" = "Jonathan Whitcombe", "Kathy" = "Kathleen") or accents
//! dropped, when no one else has that surname; a surname with the one person whose name
//! ends in it, accents folded ("Keita" = "Ibrahim Boubacar Keita", "Ibáñez" = "Pepe
//! Ibanez"); an acronym with the one name it abbreviates ("UN"
//! = "United Nations"), and a rare form with a more frequent one it is a misspelling of
//! ("Mail" for "Mali"), unless the rare form is a known name in its own right. Misspellings
//! are kept as variants, for the comparison to flag. It works on any number of articles.

use super::nearby::Nearby;
use super::{variants, Entity, Variant};
use crate::extract::ner;
use crate::extract::Kind;
use crate::lexicon::WordList::InitialsSkip;
use crate::sorting;
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// A name mention as the linker sees it.
#[derive(Debug, Clone, Copy)]
pub struct NameMention<'a> {
    /// The mention's text as written.
    pub text: &'a str,
    /// Its kind from the extractor.
    pub kind: Kind,
    /// For a group, the country it points to.
    pub country: Option<&'a str>,
    /// The sentence it stands in, when known: two forms in one sentence ("Dornbach and
    /// Dornbeck") are two names, never one name and its misspelling.
    pub sentence: Option<usize>,
}

/// Links the name mentions of each article. Returns the entities in order of first
/// appearance (their mentions as positions in `articles`), and for each article a vector
/// giving each mention's entity index.
pub fn entities(articles: &[Vec<NameMention>]) -> (Vec<Entity>, Vec<Vec<usize>>) {
    // Group on the normalised key.
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut assignment: Vec<Vec<usize>> = Vec::with_capacity(articles.len());
    for (a, mentions) in articles.iter().enumerate() {
        let mut ids = Vec::with_capacity(mentions.len());
        for (m, mention) in mentions.iter().enumerate() {
            let k = match (mention.kind, mention.country) {
                (Kind::Group, Some(country)) => key(country),
                _ => key(mention.text),
            };
            let id = *by_key.entry(k.clone()).or_insert_with(|| {
                groups.push(Group {
                    key: k,
                    members: Vec::new(),
                });
                groups.len() - 1
            });
            groups[id].members.push((a, m));
            ids.push(id);
        }
        assignment.push(ids);
    }

    // Merge groups: one person named two ways, surnames, acronyms, misspellings.
    // `parent[g]` is where g went.
    let mut parent: Vec<usize> = (0..groups.len()).collect();
    let mut variant_of: HashMap<usize, String> = HashMap::new();
    let kind_of = |g: &Group| majority_kind(g.members.iter().map(|&(a, m)| articles[a][m].kind));
    let people: Vec<usize> = (0..groups.len())
        .filter(|&g| kind_of(&groups[g]) == Kind::Person && groups[g].key.contains(' '))
        .collect();
    // Each group's last word with accents folded, computed once.
    let surnames: Vec<String> = groups
        .iter()
        .map(|g| fold(g.key.rsplit(' ').next().unwrap_or("")))
        .collect();
    let surname = |g: usize| surnames[g].as_str();
    // The people by surname, each list in the order of `people`: a surname's holders are
    // looked up, not searched for among every person.
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::new();
    for &h in &people {
        by_surname.entry(surname(h)).or_default().push(h);
    }
    let namesakes_of = |g: usize| by_surname.get(surname(g)).into_iter().flatten().copied();
    for &g in &people {
        // Every other full name with this surname; merged only when all of them are one
        // person's (a shortened or accent-free first name), so two people never join.
        let namesakes: Vec<usize> = namesakes_of(g).filter(|&h| h != g).collect();
        let all_one = namesakes.iter().enumerate().all(|(i, &h)| {
            one_person(&groups[g].key, &groups[h].key)
                && namesakes[i + 1..]
                    .iter()
                    .all(|&k| one_person(&groups[h].key, &groups[k].key))
        });
        if namesakes.is_empty() || !all_one {
            continue;
        }
        for h in namesakes {
            let (rg, rh) = (find(&parent, g), find(&parent, h));
            if rg != rh {
                parent[rh.max(rg)] = rh.min(rg);
            }
        }
    }
    // The groups by their initials, each list in ascending order.
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    for (h, group) in groups.iter().enumerate() {
        by_initials.entry(initials(&group.key)).or_default().push(h);
    }
    for g in 0..groups.len() {
        let words: Vec<&str> = groups[g].key.split(' ').collect();
        if words.len() != 1 {
            continue;
        }
        let word = words[0];
        let text_of = |g: usize| articles[groups[g].members[0].0][groups[g].members[0].1].text;
        let candidates: Vec<usize> = if is_acronym(text_of(g)) {
            by_initials
                .get(word)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&h| h != g)
                .collect()
        } else if matches!(kind_of(&groups[g]), Kind::Person | Kind::Name | Kind::Misc) {
            // The people (merged above) whose surname this is, accents folded. (A first
            // name alone is not joined: the recogniser types too many places and outlets
            // as people, and "Dornholm" would join "Dornholm Courier".)
            let mut roots: Vec<usize> = namesakes_of(g)
                .filter(|&h| h != g)
                .map(|h| find(&parent, h))
                .collect();
            sorting::sort(&mut roots);
            roots.dedup();
            roots
        } else {
            Vec::new()
        };
        if let [only] = candidates[..] {
            parent[g] = only;
        }
    }
    // Misspellings: a group merges into a more frequent one a letter or two away, or into
    // a person whose surname it misspells ("Ferant" beside "Lidia Ferrant").
    let lists = ner::shipped_lists();
    // The forms a misspelling is measured against, indexed by spelling (see `nearby`):
    // every group's whole name, and each person's surname (for one-word forms).
    let is_person: Vec<bool> = groups.iter().map(|g| kind_of(g) == Kind::Person).collect();
    let whole_names = Nearby::new(
        groups
            .iter()
            .enumerate()
            .map(|(h, group)| (h as u32, group.key.as_str())),
    );
    let surnames_as_written = Nearby::new(
        groups
            .iter()
            .enumerate()
            .filter(|&(h, _)| is_person[h])
            .map(|(h, group)| (h as u32, group.key.rsplit(' ').next().unwrap_or(""))),
    );
    // Mentions under each root, kept up to date as groups merge.
    let mut total = vec![0usize; groups.len()];
    for (g, group) in groups.iter().enumerate() {
        total[find(&parent, g)] += group.members.len();
    }
    for g in 0..groups.len() {
        if parent[g] != g {
            continue;
        }
        let form = articles[groups[g].members[0].0][groups[g].members[0].1].text;
        let limit = variants::allowed_edits(groups[g].key.chars().count());
        if limit == 0 || lists.knows_name(form) {
            continue;
        }
        let single = !groups[g].key.contains(' ');
        let size = |h: usize| total[find(&parent, h)];
        let sentences = |h: usize| {
            groups[h]
                .members
                .iter()
                .filter_map(|&(a, m)| Some((a, articles[a][m].sentence?)))
        };
        let beside = |h: usize| sentences(h).any(|s| sentences(g).any(|t| s == t));
        let first_seen = |g: usize| groups[g].members[0];
        let mine = size(g);
        // Every group whose form (below) may be within `limit` edits of this one: a
        // one-word form is measured against a person's surname, else against the whole
        // name. The index returns each such group and more; the distance decides. A form
        // among a crowd of names alike is taken for no misspelling (`nearby::CROWD`).
        let key = groups[g].key.as_str();
        let Some(whole) = whole_names.candidates(key, limit) else {
            continue;
        };
        let surnames = match single {
            true => match surnames_as_written.candidates(key, limit) {
                Some(found) => found,
                None => continue,
            },
            false => Vec::new(),
        };
        let mut near: Vec<usize> = whole
            .into_iter()
            .map(|h| h as usize)
            .filter(|&h| !(single && is_person[h]))
            .chain(surnames.into_iter().map(|h| h as usize))
            .collect();
        sorting::sort(&mut near);
        let best = near
            .into_iter()
            .filter(|&h| {
                h != g
                    && groups[h].key.chars().next() == groups[g].key.chars().next()
                    && find(&parent, h) != g
            })
            .filter(|&h| {
                // The more frequent form is the name; on a tie, a known name, else the
                // form seen first.
                let known = || {
                    let (a, m) = first_seen(h);
                    lists.knows_name(articles[a][m].text)
                };
                size(h) > mine || (size(h) == mine && (first_seen(h) < first_seen(g) || known()))
            })
            .filter(|&h| !beside(h))
            .filter_map(|h| {
                // Compare with the whole name, or for a one-word form with a person's surname.
                let whole = groups[h].key.as_str();
                let surname = whole.rsplit(' ').next().unwrap_or(whole);
                let other = if single && is_person[h] {
                    surname
                } else {
                    whole
                };
                let derived =
                    is_derived(&groups[g].key, other) || is_derived(other, &groups[g].key);
                let same_start = other.chars().next() == groups[g].key.chars().next();
                (!derived && same_start && other != groups[g].key)
                    .then(|| variants::distance(&groups[g].key, other, limit))
                    .flatten()
                    .map(|d| (d, h, other.to_string()))
            })
            .min_by_key(|(d, h, _)| (*d, std::cmp::Reverse(size(*h)), *h));
        if let Some((d, h, _)) = best {
            let target = articles[groups[h].members[0].0][groups[h].members[0].1].text;
            let edits = if d == 1 { "one letter" } else { "two letters" };
            variant_of.insert(
                g,
                format!(
                    "\u{201c}{form}\u{201d} differs from \u{201c}{target}\u{201d} by {edits} and is not a known name; \u{201c}{target}\u{201d} is named {} time(s), \u{201c}{form}\u{201d} {mine}",
                    size(h)
                ),
            );
            let r = find(&parent, h);
            parent[g] = r;
            total[r] += total[g];
        }
    }
    let root = |g: usize| find(&parent, g);

    // Number the merged entities in order of first appearance.
    let mut number: HashMap<usize, usize> = HashMap::new();
    let mut members: Vec<Vec<(usize, usize, usize)>> = Vec::new(); // (article, mention, group)
    for (a, ids) in assignment.iter_mut().enumerate() {
        for (m, id) in ids.iter_mut().enumerate() {
            let g = *id;
            let r = root(g);
            let n = *number.entry(r).or_insert_with(|| {
                members.push(Vec::new());
                members.len() - 1
            });
            members[n].push((a, m, g));
            *id = n;
        }
    }
    let entities = members
        .iter()
        .map(|ms| build(articles, ms, &variant_of))
        .collect();
    (entities, assignment)
}

/// `text` without accents: "ibáñez" -> "ibanez".
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// Endings that make a short form of a first name: "Kathy" from "Kath(leen)", "Roz" from
/// "Ro(salind)".
const SHORT_FORM_ENDINGS: &[&str] = &["ie", "y", "z"];

/// How many letters shorter a short form of a first name is at least: closer forms are
/// spellings of one name ("Anneli", "Annelie").
const SHORTER_BY: usize = 2;

/// How many letters shorter the stem of a short form with an ending is at least ("fred" of
/// "Freddie" against "Frederik"; "mar" of "Mary" against "Marya" is too close: a spelling).
const STEM_SHORTER_BY: usize = 3;

/// Whether two full-name keys with one surname name one person: their first names are
/// equal with accents folded, or one is a short form of the other whose stem is two
/// letters shorter or more ("jon" of "jonathan", "kathy" of "kathleen", "freddie" of
/// "frederik"; "anneli" against "annelie" is a spelling, for the misspelling rule to flag). Middle names are not compared.
fn one_person(a: &str, b: &str) -> bool {
    let first = |k: &str| fold(k.split(' ').next().unwrap_or(""));
    let (x, y) = (first(a), first(b));
    let (short, long) = if x.chars().count() <= y.chars().count() {
        (x, y)
    } else {
        (y, x)
    };
    let stem_of = |s: &str, by: usize| -> bool {
        s.chars().count() >= 2
            && long.starts_with(s)
            && long.chars().count() >= s.chars().count() + by
    };
    if short == long {
        return true;
    }
    stem_of(&short, SHORTER_BY)
        || SHORT_FORM_ENDINGS
            .iter()
            .filter_map(|e| short.strip_suffix(e))
            .any(|s| stem_of(s, STEM_SHORTER_BY) || stem_of(undoubled(s), STEM_SHORTER_BY))
}

/// A short form's stem with a doubled last letter made single: "fredd" of "Freddie" is
/// "fred" of "Frederik", "robb" of "Robbie" is "rob" of "Robert".
fn undoubled(stem: &str) -> &str {
    let mut rev = stem.char_indices().rev();
    match (rev.next(), rev.next()) {
        (Some((i, last)), Some((_, before))) if last == before => &stem[..i],
        _ => stem,
    }
}

/// Whether `longer` is `shorter` with letters added at the end ("Ashkari" from "Ashkar",
/// "Irani" from "Iran"): a derived word or another name, not a misspelling. A doubled last
/// letter is a slip of the keyboard, not a derivation ("Kestrell" for "Kestrel").
fn is_derived(longer: &str, shorter: &str) -> bool {
    let Some(added) = longer.strip_prefix(shorter) else {
        return false;
    };
    let doubled = added.chars().count() == 1 && shorter.ends_with(added);
    !doubled
}

/// The group `g` was merged into, following merges to the end.
fn find(parent: &[usize], mut g: usize) -> usize {
    while parent[g] != g {
        g = parent[g];
    }
    g
}

/// Whether lower-cased `word` is within the edits a misspelling of `name` may have (and
/// starts with the same letter).
pub fn is_misspelling(word: &str, name: &str) -> bool {
    let limit = variants::allowed_edits(word.chars().count());
    limit > 0
        && word.chars().next() == name.chars().next()
        && variants::distance(word, name, limit).is_some()
}

/// Mentions sharing one normalised key.
struct Group {
    key: String,
    members: Vec<(usize, usize)>,
}

/// One entity from its mentions (article, mention, group).
fn build(
    articles: &[Vec<NameMention>],
    ms: &[(usize, usize, usize)],
    variant_of: &HashMap<usize, String>,
) -> Entity {
    let mut per_article = vec![Vec::new(); articles.len()];
    let mut forms: Vec<(&str, usize, bool, Kind)> = Vec::new();
    let mut variants = Vec::new();
    for &(a, m, g) in ms {
        per_article[a].push(m);
        let mention = articles[a][m];
        let misspelt = variant_of.get(&g);
        if let Some(why) = misspelt {
            variants.push(Variant {
                article: a,
                mention: m,
                why: why.clone(),
            });
        }
        match forms.iter_mut().find(|(f, ..)| *f == mention.text) {
            Some((_, n, ..)) => *n += 1,
            None => forms.push((mention.text, 1, misspelt.is_some(), mention.kind)),
        }
    }
    let spelled: Vec<Kind> = ms
        .iter()
        .filter(|&&(_, _, g)| !variant_of.contains_key(&g))
        .map(|&(a, m, _)| articles[a][m].kind)
        .collect();
    let typed: Vec<Kind> = spelled
        .iter()
        .copied()
        .filter(|k| *k != Kind::Group)
        .collect();
    let kind = if typed.is_empty() {
        majority_kind(spelled.into_iter())
    } else {
        majority_kind(typed.into_iter())
    };
    // The fullest correctly spelled form, not a demonym, then the most frequent, then the
    // longest, then the first seen.
    let canonical = forms
        .iter()
        .enumerate()
        .max_by(|(i, x), (j, y)| {
            (
                !x.2,
                x.3 != Kind::Group,
                x.0.split_whitespace().count(),
                x.1,
                x.0.len(),
            )
                .cmp(&(
                    !y.2,
                    y.3 != Kind::Group,
                    y.0.split_whitespace().count(),
                    y.1,
                    y.0.len(),
                ))
                .then(j.cmp(i))
        })
        .map(|(_, f)| f.0.to_string())
        .unwrap_or_default();
    let aliases = forms
        .iter()
        .map(|f| f.0.to_string())
        .filter(|f| *f != canonical)
        .collect();
    Entity {
        kind,
        canonical,
        aliases,
        mentions: per_article,
        variants,
    }
}

/// The most frequent typed kind (ties to the smaller kind), else [`Kind::Name`].
fn majority_kind(kinds: impl Iterator<Item = Kind>) -> Kind {
    let mut counts: HashMap<Kind, usize> = HashMap::new();
    for k in kinds.filter(|k| *k != Kind::Name) {
        *counts.entry(k).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|x, y| x.1.cmp(&y.1).then(y.0.cmp(&x.0)))
        .map_or(Kind::Name, |(k, _)| k)
}

/// "UN", "NATO", "U.N.": two to six capitals, dots allowed.
fn is_acronym(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| *c != '.').collect();
    /// Letters in an acronym: longer runs of capitals are headlines or shouting.
    const LETTERS: std::ops::RangeInclusive<usize> = 2..=6;
    LETTERS.contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// The initials of a multi-word key, function words skipped: "united nations" -> "un".
pub(super) fn initials(key: &str) -> String {
    let words: Vec<&str> = key
        .split(' ')
        .filter(|w| !InitialsSkip.contains(w))
        .collect();
    if words.len() < 2 {
        return String::new();
    }
    words.iter().filter_map(|w| w.chars().next()).collect()
}

/// The text two mentions must share to be linked: lower case, without full stops,
/// hyphens or a leading "the", and "&" read as "and" ("Hearth & Table" is "Hearth and
/// Table").
pub(super) fn key(text: &str) -> String {
    let folded: String = text
        .nfkc()
        .flat_map(char::to_lowercase)
        .filter(|c| *c != '.')
        .collect();
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(|w| if w == "&" { "and" } else { w })
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
