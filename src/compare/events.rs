//! Which articles report the same event. Articles pasted together are usually about one
//! event; when some are about another (a second fire in another city that week), comparing
//! their numbers would set one event's toll against the other's. Two articles are about the
//! same event when they name the same people, places or bodies, tell the same sentences or
//! carry the same quote; the events are the groups joined by such links. An article too
//! short to tell joins the group it shares most with.

use super::align::{AlignmentClass, Match};
use super::maps::{HashMap, HashSet};
use super::quotes::spelling_folded;
use super::Ctx;

/// Entities named in both articles that tie them to one event on their own.
const SHARED_NAMES: usize = 3;
/// Entities an article must name, and story sentences it must have, to be told apart from
/// the others: a short article shares too little with anything to say it is elsewhere.
const MIN_NAMES: usize = 5;
const MIN_SENTENCES: usize = 4;
/// Matching sentences (not each naming only its own entities) that tie two articles to one
/// event on their own.
const SHARED_SENTENCES: usize = 2;
/// Words in a row inside quotation marks that two articles about different events do not
/// share: two reporters quoting one person on one event.
const SHARED_QUOTE: usize = 6;

/// The events: groups of the articles with text, each in input order, ordered by their
/// first article. One group holding every article when all report the same event.
pub fn groups(ctx: &Ctx, matches: &HashMap<(usize, usize), Vec<Match>>) -> Vec<Vec<usize>> {
    let with_text: Vec<usize> = ctx.with_text().collect();
    // The entities each article names in its story (linking leaves boilerplate out), as a
    // sorted list of ids.
    let mut named: Vec<Vec<usize>> = vec![Vec::new(); ctx.docs.len()];
    for (id, e) in ctx.entities.iter().enumerate() {
        for (a, ms) in e.mentions.iter().enumerate() {
            if !ms.is_empty() {
                named[a].push(id);
            }
        }
    }
    // The entities named in sentence `s` of article `a`.
    let entities_in = |a: usize, s: usize| -> Vec<usize> {
        let range = &ctx.stories[a][s].range;
        ctx.mentions_in(a, range)
            .filter(|m| range.start <= m.range.start && m.range.end <= range.end)
            .filter_map(|m| m.entity)
            .collect()
    };
    // Names in common, and sentences told alike, unless each names its own things and
    // none in common (two fires told in one template, each with its own town and people,
    // are two events).
    let links = |x: usize, y: usize| {
        let (x, y) = (x.min(y), x.max(y));
        let shared = named[x]
            .iter()
            .filter(|e| named[y].binary_search(e).is_ok())
            .count();
        let told = matches.get(&(x, y)).map_or(0, |ms| {
            ms.iter()
                .filter(|m| {
                    let (ours, theirs) = (entities_in(x, m.x), entities_in(y, m.y));
                    m.class == AlignmentClass::Identical
                        || ours.is_empty()
                        || theirs.is_empty()
                        || ours.iter().any(|e| theirs.contains(e))
                })
                .count()
        });
        (shared, told)
    };
    let quoted: Vec<HashSet<Vec<String>>> =
        (0..ctx.docs.len()).map(|a| quoted_runs(ctx, a)).collect();
    let quote_shared = |x: usize, y: usize| quoted[x].iter().any(|run| quoted[y].contains(run));
    // Only articles with enough in them can be told apart: those join on strong links; a
    // short one then joins the group it shares most with.
    let (long, short): (Vec<usize>, Vec<usize>) = with_text
        .iter()
        .partition(|&&a| named[a].len() >= MIN_NAMES && ctx.stories[a].len() >= MIN_SENTENCES);
    let mut parent: Vec<usize> = (0..ctx.docs.len()).collect();
    for (i, &x) in long.iter().enumerate() {
        for &y in &long[i + 1..] {
            let (shared, sentences) = links(x, y);
            if shared >= SHARED_NAMES || sentences >= SHARED_SENTENCES || quote_shared(x, y) {
                join(&mut parent, x, y);
            }
        }
    }
    for &s in &short {
        // The article it shares most with (the first on a tie), among those placed so far.
        let best = with_text
            .iter()
            .copied()
            .filter(|&o| o != s && (long.contains(&o) || o < s))
            .max_by_key(|&o| {
                let (shared, sentences) = links(s, o);
                (shared + sentences, std::cmp::Reverse(o))
            });
        if let Some(o) = best {
            join(&mut parent, s, o);
        }
    }
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut index: HashMap<usize, usize> = HashMap::default();
    for &a in &with_text {
        let r = root(&mut parent, a);
        let g = *index.entry(r).or_insert_with(|| {
            out.push(Vec::new());
            out.len() - 1
        });
        out[g].push(a);
    }
    out
}

/// Every run of `SHARED_QUOTE` words inside the quotes of article `a`'s story, each word
/// as the quote comparison reads it (see [`spelling_folded`]).
fn quoted_runs(ctx: &Ctx, a: usize) -> HashSet<Vec<String>> {
    let doc = &ctx.docs[a];
    let tokens = doc.tokens();
    let mut runs = HashSet::default();
    for quote in doc
        .quotes
        .iter()
        .filter(|q| ctx.sentence_at(a, q.content.start).is_some())
    {
        let words: Vec<String> = tokens
            .words(quote.content.clone())
            .iter()
            .map(|w| spelling_folded(&tokens.lower_word(w)))
            .collect();
        runs.extend(words.windows(SHARED_QUOTE).map(<[String]>::to_vec));
    }
    runs
}

/// Puts `x` and `y` in one group, named by its first article.
fn join(parent: &mut [usize], x: usize, y: usize) {
    let (rx, ry) = (root(parent, x), root(parent, y));
    parent[rx.max(ry)] = rx.min(ry);
}

/// The root of `a`'s group, shortening the path on the way.
fn root(parent: &mut [usize], a: usize) -> usize {
    let mut r = a;
    while parent[r] != r {
        r = parent[r];
    }
    let mut x = a;
    while parent[x] != r {
        let next = parent[x];
        parent[x] = r;
        x = next;
    }
    r
}
