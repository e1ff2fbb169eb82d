//! Direct quotes across articles: the same quote word for word, altered (with the
//! difference inside the quote), re-attributed (a named speaker in one article, an
//! anonymous source or another outlet in the other), or carried by some articles only.
//! Quotes match when most of their words do, or when one is a stretch of the other (a
//! partial quote of a longer one).

use super::diff::{DiffOp, DiffPiece, Words};
use super::finding::{finding, Finding, FindingKind};
use super::maps::HashMap;
use super::sentences::is_content;
use super::Ctx;
use crate::extract::quotes::{Quote, SpeakerKind};
use crate::extract::Kind;
use crate::lexicon::WordList::NameTitles;
use crate::sorting;

/// A quote this short inside a longer one is a fragment of it, not an altered version.
const FRAGMENT_WORDS: usize = 5;

/// A word in more quotes than this is too common to find candidates with.
const MAX_POSTINGS: usize = 400;

/// Word overlap at which two quotes are the same quote.
const SAME_QUOTE: f64 = 0.6;

/// One quote as compared.
struct Said<'a> {
    article: usize,
    quote: &'a Quote,
    words: Vec<String>,
    /// The words as ids (equal when the words are), for the word-level difference.
    ids: Vec<u32>,
    spans: Vec<std::ops::Range<usize>>,
}

/// Quote findings for all articles.
pub fn compare(ctx: &Ctx) -> Vec<Finding> {
    let mut said: Vec<Said> = Vec::new();
    let mut interned: HashMap<String, u32> = HashMap::default();
    for a in ctx.with_text() {
        let doc = &ctx.docs[a];
        let tokens = doc.tokens();
        for quote in &doc.quotes {
            let ws = tokens.words(quote.content.clone());
            if ws.len() >= 2 {
                let words: Vec<String> = ws
                    .iter()
                    .map(|w| spelling_folded(&tokens.lower_word(w)))
                    .collect();
                let ids = words
                    .iter()
                    .map(|w| {
                        let next = interned.len() as u32;
                        *interned.entry(w.clone()).or_insert(next)
                    })
                    .collect();
                said.push(Said {
                    article: a,
                    quote,
                    words,
                    ids,
                    spans: ws.iter().map(|w| w.range()).collect(),
                });
            }
        }
    }
    // Cluster quotes of different articles that match (union-find).
    let mut parent: Vec<usize> = (0..said.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Candidates share two content words; an index of those words (the commonest left
    // out) and a dense counter keep the work to quotes that could match.
    let content: Vec<Vec<&str>> = said
        .iter()
        .map(|q| {
            let mut words: Vec<&str> = q
                .words
                .iter()
                .map(String::as_str)
                .filter(|w| is_content(w))
                .collect();
            sorting::sort(&mut words);
            words.dedup();
            words
        })
        .collect();
    let mut index: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, words) in content.iter().enumerate() {
        for &w in words {
            index.entry(w).or_default().push(i);
        }
    }
    let mut counts = vec![0u16; said.len()];
    let mut touched: Vec<usize> = Vec::new();
    for i in 0..said.len() {
        for w in &content[i] {
            let list = &index[w];
            if list.len() > MAX_POSTINGS {
                continue;
            }
            for &j in list
                .iter()
                .filter(|&&j| j > i && said[j].article != said[i].article)
            {
                if counts[j] == 0 {
                    touched.push(j);
                }
                counts[j] += 1;
            }
        }
        for j in touched.drain(..) {
            let enough = counts[j] >= 2 || said[i].words.len().min(said[j].words.len()) <= 3;
            counts[j] = 0;
            if enough
                && root(&mut parent, i) != root(&mut parent, j)
                && same_quote(&said[i].words, &said[j].words)
            {
                let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                parent[rj] = ri;
            }
        }
    }
    let mut clusters: HashMap<usize, Vec<usize>> = HashMap::default();
    for i in 0..said.len() {
        let r = root(&mut parent, i);
        clusters.entry(r).or_default().push(i);
    }
    let mut roots: Vec<usize> = clusters.keys().copied().collect();
    sorting::sort(&mut roots);
    let mut out = Vec::new();
    for r in roots {
        let members = &clusters[&r];
        // The first quote of each article in the cluster.
        let mut firsts: Vec<&Said> = Vec::new();
        for &i in members {
            if !firsts.iter().any(|s| s.article == said[i].article) {
                firsts.push(&said[i]);
            }
        }
        sorting::sort_by_key(&mut firsts, |s| s.article);
        // Word for word in every article that has it: one finding for all of them.
        let all_same = firsts.len() > 2 && firsts.windows(2).all(|w| same_words(ctx, w[0], w[1]));
        if all_same {
            let articles: Vec<usize> = firsts.iter().map(|s| s.article).collect();
            let quoted = excerpt(ctx, firsts[0]);
            let mut f = finding(
                FindingKind::QuoteIdentical,
                &articles,
                firsts
                    .iter()
                    .map(|s| (s.article, s.quote.content.clone()))
                    .collect(),
                format!(
                    "\u{201c}{quoted}\u{201d} is quoted word for word in {}",
                    ctx.labels(&articles)
                ),
            );
            f.wording.why = "the same words in every article that carries it".into();
            out.push(f);
        }
        for (k, x) in firsts.iter().enumerate() {
            for y in &firsts[k + 1..] {
                out.extend(pair(ctx, x, y, !all_same));
            }
        }
        let carrying: Vec<usize> = firsts.iter().map(|s| s.article).collect();
        let missing: Vec<usize> = ctx.with_text().filter(|a| !carrying.contains(a)).collect();
        if !missing.is_empty() && ctx.with_text().count() > 1 {
            let s = firsts[0];
            let mut f = finding(
                FindingKind::OmissionQuote,
                &carrying,
                firsts
                    .iter()
                    .map(|s| (s.article, s.quote.content.clone()))
                    .collect(),
                format!(
                    "A quote {} is not in {}",
                    ctx.carried_by(&carrying),
                    ctx.labels(&missing)
                ),
            );
            f.wording.why = format!(
                "no quote in {} shares most of the words of \u{201c}{}\u{201d}",
                ctx.labels(&missing),
                excerpt(ctx, s)
            );
            f.missing = missing;
            out.push(f);
        }
    }
    out
}

/// A quote's word as compared: lower case, the full stops of an abbreviation dropped, so
/// "U.S." and "US" are one word (a house style, not a change to what was said).
pub(super) fn spelling_folded(word: &str) -> String {
    word.replace('.', "")
}

/// Whether two quotes (as lower-cased words) are the same quote.
fn same_quote(a: &[String], b: &[String]) -> bool {
    contains(a, b) || contains(b, a) || super::align::word_overlap(a, b) >= SAME_QUOTE
}

/// Whether `short` is a stretch of `long` (of three words or more).
fn contains(long: &[String], short: &[String]) -> bool {
    short.len() >= 3 && short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// Whether `short` is whole sentences of `long` (written in `text`), word for word: a
/// reporter who quotes one sentence of a longer statement has not altered it. A sentence
/// may end where `long` goes on with a clause of its own ("..., and every decision ...";
/// "...; we will ..."): the words quoted are still the speaker's, in order.
fn sentences_of(long: &Said, short: &Said, text: &str) -> bool {
    let n = short.words.len();
    n >= 3
        && n < long.words.len()
        && long.words.windows(n).enumerate().any(|(i, w)| {
            let opens = i == 0
                || text[..long.spans[i].start]
                    .trim_end()
                    .ends_with(['.', '!', '?']);
            let closes = i + n == long.words.len() || {
                let after = text[long.spans[i + n - 1].end..].trim_start();
                after.starts_with(['.', '!', '?', ';'])
                    || after
                        .strip_prefix(',')
                        .is_some_and(|rest| rest.trim_start().starts_with("and "))
            };
            w == short.words && opens && closes
        })
}

/// Whether two versions of a quote have the same words, or one is a partial quote of
/// the other word for word, or whole sentences of it.
fn same_words(ctx: &Ctx, x: &Said, y: &Said) -> bool {
    // A fragment: marked partial, or a few words (a headline's "Far too late").
    let fragment = |s: &Said| s.quote.partial || s.words.len() <= FRAGMENT_WORDS;
    x.words == y.words
        || (fragment(y) && contains(&x.words, &y.words))
        || (fragment(x) && contains(&y.words, &x.words))
        || sentences_of(x, y, ctx.docs[x.article].text())
        || sentences_of(y, x, ctx.docs[y.article].text())
}

/// The findings for the same quote in two articles (`identical` ones only when asked).
fn pair(ctx: &Ctx, x: &Said, y: &Said, report_identical: bool) -> Vec<Finding> {
    let articles = [x.article, y.article];
    let spans = vec![
        (x.article, x.quote.content.clone()),
        (y.article, y.quote.content.clone()),
    ];
    let mut out = Vec::new();
    let identical = same_words(ctx, x, y);
    let quoted = excerpt(ctx, x);
    if identical && !report_identical {
        // Already reported for every article at once.
    } else if identical {
        let mut f = finding(
            FindingKind::QuoteIdentical,
            &articles,
            spans.clone(),
            format!(
                "\u{201c}{quoted}\u{201d} is quoted word for word in {}",
                ctx.labels(&articles)
            ),
        );
        f.wording.why = if x.words.len() == y.words.len() {
            "the same words".into()
        } else {
            "one quotes a stretch of the other, word for word".into()
        };
        out.push(f);
    } else {
        let diff = quote_diff(ctx, x, y);
        let changed = diff.iter().filter(|p| p.op != DiffOp::Same).count();
        let mut f = finding(
            FindingKind::QuoteAltered,
            &articles,
            spans.clone(),
            format!(
                "The quote \u{201c}{quoted}\u{201d} differs between {}",
                ctx.labels(&articles)
            ),
        );
        f.wording.why = format!("{changed} change(s) inside the quote; most words are the same");
        f.wording.diff = diff;
        out.push(f);
    }
    let (ax, ay) = (attribution(ctx, x), attribution(ctx, y));
    if let (Some(px), Some(py)) = (&ax, &ay) {
        if px.differs(py) {
            let mut f = finding(
                FindingKind::QuoteReattributed,
                &articles,
                spans,
                format!(
                    "\u{201c}{quoted}\u{201d} is credited to {} in {} and to {} in {}",
                    px.describe(),
                    ctx.label(x.article),
                    py.describe(),
                    ctx.label(y.article)
                ),
            );
            f.wording.why =
                "the same quote with a different speaker or a different outlet credited".into();
            out.push(f);
        }
    }
    out
}

/// A lower-case speaker without the titles before the name ("justice caroline amadi-rourke"
/// is "caroline amadi-rourke"), so that a title one article writes and the other leaves out
/// is no other speaker.
fn without_titles(speaker: &str) -> &str {
    let mut rest = speaker;
    while let Some((first, after)) = rest.split_once(' ') {
        if !NameTitles.contains(first.trim_end_matches('.')) {
            break;
        }
        rest = after;
    }
    rest
}

/// Who a quote is credited to.
#[derive(Debug)]
struct Attribution<'c> {
    speaker: &'c str,
    kind: SpeakerKind,
    entity: Option<usize>,
    via: Option<&'c str>,
    /// Whether the speaker is named in another sentence than the quote (the quote's "he
    /// said" read back to an earlier name): the weakest reading of who spoke.
    carried: bool,
}

impl Attribution<'_> {
    fn differs(&self, other: &Attribution) -> bool {
        let via_differs = self.via.map(str::to_lowercase) != other.via.map(str::to_lowercase);
        let (mine, theirs) = (
            without_titles(&self.speaker.to_lowercase()).to_owned(),
            without_titles(&other.speaker.to_lowercase()).to_owned(),
        );
        let same_name = mine == theirs
            || crate::link::is_misspelling(&mine, &theirs)
            || crate::link::is_misspelling(&theirs, &mine)
            || part_of(&mine, &theirs)
            || part_of(&theirs, &mine)
            || first_name_variant(&mine, &theirs);
        if same_name {
            // One speaker, typed or spelt two ways: re-attributed only when a named person
            // is credited through an outlet in one article alone ("a port official" with
            // or without "Coastline Press quoted" is the same unnamed source).
            return via_differs
                && (self.kind == SpeakerKind::Named || other.kind == SpeakerKind::Named);
        }
        // A named speaker in one and an unnamed source or an outlet in the other, or two
        // different named people; an unnamed source against an outlet is not a change of
        // speaker a reader can check.
        let named = |a: &Attribution| a.kind == SpeakerKind::Named && a.via.is_none();
        // Two speakers each read back from "he said" to an earlier sentence: a named
        // person against an unnamed one may be two readings of one pronoun.
        let kinds_differ = named(self) != named(other) && !(self.carried && other.carried);
        let people_differ = named(self)
            && named(other)
            && (self.entity.is_none() || other.entity.is_none() || self.entity != other.entity);
        let via_differs = via_differs && (named(self) || named(other));
        kinds_differ || people_differ || via_differs
    }

    fn describe(&self) -> String {
        let who = match self.kind {
            SpeakerKind::Anonymous => format!("an unnamed source ({})", self.speaker),
            _ => self.speaker.to_string(),
        };
        match &self.via {
            Some(outlet) => format!("{who}, via {outlet}"),
            None => who,
        }
    }
}

/// The words of a name, split at every character that is no letter or digit, accents
/// folded: what [`part_of`] and [`own_masthead`] compare.
fn folded_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(crate::link::fold)
        .collect()
}

/// Whether every word of name `short` stands in name `long`, accents folded: "Sigrid" or
/// "Aalund" of "Sigrid Aalund" is one person named short.
fn part_of(short: &str, long: &str) -> bool {
    let (short, long) = (folded_words(short), folded_words(long));
    !short.is_empty() && short.len() < long.len() && short.iter().all(|w| long.contains(w))
}

/// Whether two names differ only in a first name that starts alike, accents folded:
/// "Katka Vojtek" and "Katarína Vojtek", "Tom Ferris" and "Thomas Ferris" (a diminutive,
/// a variant spelling). One quote word for word from two such people is one speaker.
fn first_name_variant(a: &str, b: &str) -> bool {
    let words = |n: &str| -> Vec<String> {
        n.split_whitespace()
            .map(crate::link::fold)
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (a, b) = (words(a), words(b));
    a.len() >= 2
        && a.len() == b.len()
        && a[1..] == b[1..]
        && a[0].chars().next() == b[0].chars().next()
}

/// Who `s` is credited to, when the text says and the speaker can be one: a place or a
/// people read as the speaker ("the capital, Torval, said") is a misreading, and no
/// credit is better than a wrong one to compare.
fn attribution<'c>(ctx: &'c Ctx, s: &Said) -> Option<Attribution<'c>> {
    let doc = &ctx.docs[s.article];
    let speaker = s.quote.speaker.as_ref();
    if speaker.is_none() && s.quote.via.is_none() {
        return None;
    }
    let entity = speaker.and_then(|sp| doc.entity_at(&sp.range));
    if entity.is_some_and(|e| matches!(ctx.entities[e].kind, Kind::Place | Kind::Group)) {
        return None;
    }
    let sentence = |at: usize| doc.sentences.partition_point(|r| r.end <= at);
    Some(Attribution {
        carried: speaker
            .is_some_and(|sp| sentence(sp.range.start) != sentence(s.quote.range.start)),
        speaker: speaker.map_or("someone", |sp| doc.as_written(sp.range.clone())),
        kind: speaker.map_or(SpeakerKind::Anonymous, |sp| sp.kind),
        entity,
        // "told the Courier" in the Courier itself credits no other outlet.
        via: s
            .quote
            .via
            .clone()
            .map(|v| doc.as_written(v))
            .filter(|v| !own_masthead(&doc.label, v)),
    })
}

/// Whether every word of the outlet `via` stands in the article's `label` (its outlet's
/// name): "Courier" in "The Oberan Valley Courier".
fn own_masthead(label: &str, via: &str) -> bool {
    let (label, via) = (folded_words(label), folded_words(via));
    !via.is_empty() && via.iter().all(|w| label.contains(w))
}

/// The quote's first words, for summaries.
fn excerpt(ctx: &Ctx, s: &Said) -> String {
    let n = s.spans.len().min(8);
    let mut e = ctx.docs[s.article]
        .as_written(s.spans[0].start..s.spans[n - 1].end)
        .to_string();
    if n < s.spans.len() {
        e.push_str(" ...");
    }
    e
}

/// Word-level difference inside two versions of a quote.
fn quote_diff(ctx: &Ctx, x: &Said, y: &Said) -> Vec<DiffPiece> {
    super::diff::words(
        Words {
            words: &x.ids,
            spans: &x.spans,
            doc: &ctx.docs[x.article],
        },
        Words {
            words: &y.ids,
            spans: &y.spans,
            doc: &ctx.docs[y.article],
        },
    )
}
