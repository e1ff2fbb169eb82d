//! What the recogniser's spans become once the whole article is in view. The model tags a
//! sentence at a time; a reader knows more:
//!
//! - a name joined by a particle is one name ("Hamad bin Khalid al-Marri", "dos Anjos",
//!   the paper "Diário do Lavrado");
//! - an organisation's name runs on through "of" or "and" to its head noun ("Alliance of
//!   Small Island States", "Kisumu Environment and Land Court");
//! - a title before a name makes it a person ("Justice Victoria Atieno"), whatever the
//!   model typed;
//! - an acronym defined in brackets after a name is that name's kind, wherever it stands
//!   ("the Canadian Union of Rail Operators (CURO)" ... "CURO calls it");
//! - one string is one kind of name in one article: the kind most of its mentions got;
//! - a person's surname, written alone elsewhere, is that person ("Said, 25, scored").

use super::labels::{self, TYPES};
use crate::extract::groups;
use crate::lexicon::WordList::{
    GroupLabels, InstitutionNouns, LanguageNames, NameParticles, NameTitles, OrgFirsts, OrgHeads,
    OrgLasts, PlaceHeads, PlaceLeads,
};
use crate::sorting;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// The index of "PER" in [`TYPES`].
const PER: usize = 0;
/// The index of "ORG" in [`TYPES`].
const ORG: usize = 1;
/// The index of "LOC" in [`TYPES`].
const LOC: usize = 2;
/// The index of "MISC" in [`TYPES`].
const MISC: usize = 3;

/// A name the recogniser found: its sentence, its tokens in that sentence and its type (an
/// index into [`TYPES`]).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Span {
    /// The sentence.
    sentence: usize,
    /// Its tokens, indexes into the sentence's words.
    tokens: Range<usize>,
    /// Its type.
    kind: usize,
}

/// An article's tags (a sequence per sentence, as the model gives them) after the reader's
/// refinements: what [`refine`] makes of their spans, written back as B- and I- tags.
pub fn retag(words: &[Vec<&str>], tags: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let spans = tags
        .iter()
        .enumerate()
        .flat_map(|(sentence, tags)| {
            labels::spans(tags)
                .into_iter()
                .map(move |(kind, tokens)| Span {
                    sentence,
                    tokens,
                    kind,
                })
        })
        .collect();
    let mut out: Vec<Vec<u8>> = tags
        .iter()
        .map(|t| vec![labels::OUTSIDE; t.len()])
        .collect();
    for s in refine(words, spans) {
        let row = &mut out[s.sentence];
        row[s.tokens.start] = labels::begin(s.kind);
        row[s.tokens.start + 1..s.tokens.end].fill(labels::begin(s.kind) + 1);
    }
    out
}

/// The spans of an article after the reader's refinements, in text order. `words` holds
/// each sentence's words, `spans` what the model found, in text order.
fn refine(words: &[Vec<&str>], spans: Vec<Span>) -> Vec<Span> {
    let spans = join_particles(words, spans);
    let spans = join_organisations(words, spans);
    let spans = titled_people(words, spans);
    let spans = kinds_from_words(words, spans);
    let spans = acronyms(words, spans);
    let spans = one_kind_per_name(words, spans);
    surnames(words, spans)
}

/// Whether `w` starts with a capital letter.
fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The words of a span, joined by spaces (the key two mentions share).
fn text_of(words: &[Vec<&str>], s: &Span) -> String {
    words[s.sentence][s.tokens.clone()].join(" ")
}

/// Joins two names of one kind separated by one lower-case particle ("Hamad" "bin" "Khalid
/// al-Marri", the paper "Diário" "do" "Lavrado"), and takes a lower-case particle right
/// before a person into the name ("dos Anjos").
fn join_particles(words: &[Vec<&str>], spans: Vec<Span>) -> Vec<Span> {
    let particle = |s: usize, i: usize| {
        words[s]
            .get(i)
            .is_some_and(|w| !capitalised(w) && NameParticles.contains(w))
    };
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for mut s in spans {
        if let Some(prev) = out.last_mut() {
            let joined = prev.sentence == s.sentence
                && prev.kind == s.kind
                && prev.tokens.end + 1 == s.tokens.start
                && particle(s.sentence, prev.tokens.end);
            if joined {
                prev.tokens.end = s.tokens.end;
                continue;
            }
        }
        if s.kind == PER {
            let taken = out
                .last()
                .is_some_and(|p| p.sentence == s.sentence && p.tokens.end >= s.tokens.start);
            while s.tokens.start > 0 && particle(s.sentence, s.tokens.start - 1) && !taken {
                s.tokens.start -= 1;
            }
        }
        out.push(s);
    }
    out
}

/// Joins a name to the next through "of", "for", "on" or "and" when together they make one
/// organisation: the first ends in an organisation's head noun ("Alliance" of "Small Island
/// States") or, across "and", the second does and the first is an organisation
/// ("Kisumu Environment" and "Land Court").
fn join_organisations(words: &[Vec<&str>], spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        if let Some(prev) = out.last_mut() {
            let w = &words[s.sentence];
            let adjacent = prev.sentence == s.sentence && prev.tokens.end + 1 == s.tokens.start;
            let joiner = adjacent.then(|| w[prev.tokens.end].to_ascii_lowercase());
            let head = |at: usize| OrgHeads.contains(&w[at].to_lowercase());
            let joined = match joiner.as_deref() {
                Some("of" | "for" | "on") => prev.kind != PER && head(prev.tokens.end - 1),
                Some("and") => prev.kind == ORG && s.kind == ORG && head(s.tokens.end - 1),
                _ => false,
            };
            if joined {
                prev.tokens.end = s.tokens.end;
                prev.kind = ORG;
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// Makes a person of a name that starts with a title ("Justice Victoria Atieno", "Governor
/// Ama Owusu") when no word after the title names an institution ("Justice Ministry").
fn titled_people(words: &[Vec<&str>], mut spans: Vec<Span>) -> Vec<Span> {
    for s in &mut spans {
        let w = &words[s.sentence][s.tokens.clone()];
        let titled =
            w.len() >= 2 && NameTitles.contains(&w[0].trim_end_matches('.').to_lowercase());
        let institution = w[1..].iter().any(|x| {
            InstitutionNouns.contains(&x.to_lowercase()) || OrgHeads.contains(&x.to_lowercase())
        });
        if s.kind != PER && titled && !institution && w[1..].iter().all(|x| capitalised(x)) {
            s.kind = PER;
        }
    }
    spans
}

/// Types a name by its words: a group's name ("Muslim", "Muslims"), a nationality's
/// ("Emirati", "Omanis") and a language's ("Setswana") are MISC; a name opened
/// or closed by a company form, a club's or an outlet's word ("PT Sinar Borneo", "Leeds
/// Wanderers", "Kente FM") is an organisation; a name that
/// ends in a place's head noun ("Tlhabane Stadium", "South China Sea") or starts with one
/// of the few that lead ("River Teme", "Mount Semeru") is a place, unless it also names an
/// organisation's head ("Port Harbour Authority") or is a person's name ending in a word
/// that is also a surname ("Emma Park").
fn kinds_from_words(words: &[Vec<&str>], mut spans: Vec<Span>) -> Vec<Span> {
    for s in &mut spans {
        let w = &words[s.sentence][s.tokens.clone()];
        let lower: Vec<String> = w.iter().map(|x| x.to_lowercase()).collect();
        if let [one] = &lower[..] {
            let label =
                GroupLabels.contains(one) || GroupLabels.contains(one.trim_end_matches('s'));
            if label || LanguageNames.contains(one) || groups::country_of_lower(one).is_some() {
                s.kind = MISC;
            }
            continue;
        }
        let (first, last) = (&lower[0], &lower[lower.len() - 1]);
        if OrgFirsts.contains(first) || OrgLasts.contains(last.trim_end_matches('.')) {
            s.kind = ORG;
            continue;
        }
        let led = PlaceLeads.contains(first);
        let headed = PlaceHeads.contains(last) && s.kind != PER;
        let organisation = lower.iter().any(|x| OrgHeads.contains(x));
        if (led || headed) && !organisation {
            s.kind = LOC;
        }
    }
    spans
}

/// Whether `w` is written as an acronym: two to eight capital letters, nothing else.
fn acronym_shaped(w: &str) -> bool {
    (2..=8).contains(&w.chars().count()) && w.chars().all(|c| c.is_uppercase())
}

/// An acronym defined in brackets right after a name that starts with its first letter
/// ("Canadian Union of Rail Operators (CURO)") takes that name's kind: the bracketed one and
/// every other mention of it, the model's or not ("CURO calls it", untagged in a headline
/// where the words around it are not in capitals too).
/// Not a person's: a name with an acronym is a body far more often than a person, so a
/// person there is more likely the model's mistake ("Jan Vikas Morcha (JVM)") than not.
fn acronyms(words: &[Vec<&str>], spans: Vec<Span>) -> Vec<Span> {
    let mut defined: HashMap<&str, usize> = HashMap::new();
    for s in &spans {
        let w = &words[s.sentence];
        let (open, acronym, close) = (s.tokens.end, s.tokens.end + 1, s.tokens.end + 2);
        let initial = w[s.tokens.start].chars().next();
        if w.get(open) == Some(&"(")
            && w.get(close) == Some(&")")
            && acronym_shaped(w[acronym])
            && w[acronym].chars().next() == initial
            && s.kind != PER
        {
            defined.entry(w[acronym]).or_insert(s.kind);
        }
    }
    if defined.is_empty() {
        return spans;
    }
    let mut out = spans;
    for s in &mut out {
        if s.tokens.len() == 1 {
            if let Some(&kind) = defined.get(words[s.sentence][s.tokens.start]) {
                s.kind = kind;
            }
        }
    }
    // Untagged, only where it cannot be a word of a headline in capitals ("IN", "NOW"). The
    // shape is checked first: a hash lookup for every word of a long text costs more.
    let shouting = |w: &[&str], i: usize| {
        (i > 0 && acronym_shaped(w[i - 1])) || w.get(i + 1).is_some_and(|n| acronym_shaped(n))
    };
    with_words_alone(words, out, |w, i| {
        let alone = acronym_shaped(w[i]) && w[i].chars().count() >= 3 && !shouting(w, i);
        alone.then(|| defined.get(w[i]).copied()).flatten()
    })
}

/// `spans` (in text order) with a one-word span added for each word no span covers that
/// `kind_of` (given a sentence's words and a word's index) gives a kind, in text order.
fn with_words_alone(
    words: &[Vec<&str>],
    mut spans: Vec<Span>,
    kind_of: impl Fn(&[&str], usize) -> Option<usize>,
) -> Vec<Span> {
    let covered = |k: usize, i: usize| {
        let first = spans.partition_point(|s| s.sentence < k);
        spans[first..]
            .iter()
            .take_while(|s| s.sentence == k)
            .any(|s| s.tokens.contains(&i))
    };
    let mut added = Vec::new();
    for (k, w) in words.iter().enumerate() {
        for i in 0..w.len() {
            if let Some(kind) = kind_of(w, i).filter(|_| !covered(k, i)) {
                added.push(Span {
                    sentence: k,
                    tokens: i..i + 1,
                    kind,
                });
            }
        }
    }
    if !added.is_empty() {
        spans.extend(added);
        sorting::sort_by_key(&mut spans, |s| (s.sentence, s.tokens.start));
    }
    spans
}

/// Gives every mention of a string the kind most of its mentions got; a tie keeps each
/// mention's own.
fn one_kind_per_name(words: &[Vec<&str>], mut spans: Vec<Span>) -> Vec<Span> {
    let keys: Vec<String> = spans.iter().map(|s| text_of(words, s)).collect();
    let mut votes: HashMap<&str, [usize; TYPES.len()]> = HashMap::new();
    for (s, key) in spans.iter().zip(&keys) {
        votes.entry(key).or_default()[s.kind] += 1;
    }
    for (s, key) in spans.iter_mut().zip(&keys) {
        let v = votes[key.as_str()];
        let best = v.iter().max().copied().unwrap_or(0);
        let winners: Vec<usize> = (0..v.len()).filter(|&k| v[k] == best).collect();
        if let [only] = winners[..] {
            s.kind = only;
        }
    }
    spans
}

/// Adds a person's surname written alone where the model saw no name: the last word of a
/// person of two words or more, capitalised, not the first word of its sentence, not inside
/// another name ("Youssef Said" ... "Said, 25, scored").
fn surnames(words: &[Vec<&str>], spans: Vec<Span>) -> Vec<Span> {
    let mut known: HashSet<&str> = HashSet::new();
    for s in spans
        .iter()
        .filter(|s| s.kind == PER && s.tokens.len() >= 2)
    {
        let last = words[s.sentence][s.tokens.end - 1];
        if capitalised(last) && last.chars().count() > 1 {
            known.insert(last);
        }
    }
    if known.is_empty() {
        return spans;
    }
    with_words_alone(words, spans, |w, i| {
        let alone =
            i > 0 && !w.get(i + 1).is_some_and(|n| capitalised(n)) && !capitalised(w[i - 1]);
        (alone && known.contains(w[i])).then_some(PER)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spans as `KIND words` strings after refining one sentence of `text` whose model spans
    /// are `found` (token ranges and kinds).
    fn refined(sentences: &[&str], found: &[(usize, Range<usize>, usize)]) -> Vec<String> {
        let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.split(' ').collect()).collect();
        let spans = found
            .iter()
            .map(|(sentence, tokens, kind)| Span {
                sentence: *sentence,
                tokens: tokens.clone(),
                kind: *kind,
            })
            .collect();
        refine(&words, spans)
            .iter()
            .map(|s| format!("{} {}", TYPES[s.kind], text_of(&words, s)))
            .collect()
    }

    #[test]
    fn particles_join_a_name() {
        assert_eq!(
            refined(
                &["Hamad bin Khalid al-Marri met dos Anjos"],
                &[(0, 0..1, PER), (0, 2..4, PER), (0, 6..7, PER)]
            ),
            ["PER Hamad bin Khalid al-Marri", "PER dos Anjos"]
        );
        // Two names of one kind join; of two kinds they do not.
        assert_eq!(
            refined(
                &[
                    "Diário do Lavrado and Rio de Janeiro",
                    "Lobo da Silva",
                    "the Tour de France"
                ],
                &[
                    (0, 0..1, ORG),
                    (0, 2..3, ORG),
                    (0, 4..5, LOC),
                    (0, 6..7, LOC),
                    (1, 0..1, ORG),
                    (1, 2..3, PER),
                    (2, 1..2, MISC),
                    (2, 3..4, MISC)
                ]
            ),
            [
                "ORG Diário do Lavrado",
                "LOC Rio de Janeiro",
                "ORG Lobo",
                "PER da Silva",
                "MISC Tour de France"
            ]
        );
    }

    #[test]
    fn an_acronym_in_brackets_takes_the_kind_of_the_name_before() {
        assert_eq!(
            refined(
                &[
                    "CURO calls it a gift",
                    "The Canadian Union of Rail Operators ( CURO ) said so , and CURO will sue",
                    "LONDON ( AP ) - the Rail Operators Union ( ROU ) and Rail Union ( RU ) met",
                    "ROU met RU",
                    "Jan Vikas Morcha ( JVM ) lost",
                    "ROU IN NEW STRIKE",
                ],
                &[
                    (0, 0..1, MISC),
                    (1, 1..6, ORG),
                    (1, 7..8, MISC),
                    (2, 0..1, LOC),
                    (2, 2..3, ORG),
                    (2, 6..9, ORG),
                    (2, 13..15, ORG),
                    (4, 0..3, PER),
                    (4, 4..5, ORG)
                ]
            ),
            [
                "ORG CURO",
                "ORG Canadian Union of Rail Operators",
                "ORG CURO",
                // Found where the model saw no name.
                "ORG CURO",
                // Not the initial of the name before: not its acronym.
                "LOC LONDON",
                "ORG AP",
                "ORG Rail Operators Union",
                "ORG ROU",
                "ORG Rail Union",
                // "ROU met RU": ROU found; RU, of two letters, and ROU among words in
                // capitals (the last sentence) are left to the model.
                "ORG ROU",
                // Not a person's acronym.
                "PER Jan Vikas Morcha",
                "ORG JVM"
            ]
        );
    }

    #[test]
    fn organisations_run_on_to_their_head() {
        assert_eq!(
            refined(
                &["the Alliance of Small Island States and the Kisumu Environment and Land Court"],
                &[
                    (0, 1..2, ORG),
                    (0, 3..6, LOC),
                    (0, 8..10, ORG),
                    (0, 11..13, ORG)
                ]
            ),
            [
                "ORG Alliance of Small Island States",
                "ORG Kisumu Environment and Land Court"
            ]
        );
        // A person is no organisation's head; places joined by "and" stay apart.
        assert_eq!(
            refined(
                &["Ruth Obi of Lagos and Kenya and Uganda"],
                &[
                    (0, 0..2, PER),
                    (0, 3..4, LOC),
                    (0, 5..6, LOC),
                    (0, 7..8, LOC)
                ]
            ),
            ["PER Ruth Obi", "LOC Lagos", "LOC Kenya", "LOC Uganda"]
        );
    }

    #[test]
    fn titles_make_people_and_names_keep_one_kind() {
        assert_eq!(
            refined(
                &[
                    "Justice Victoria Atieno and the Justice Ministry",
                    "Chabab Agadir beat Chabab Agadir and Chabab Agadir"
                ],
                &[
                    (0, 0..3, ORG),
                    (0, 5..7, ORG),
                    (1, 0..2, PER),
                    (1, 3..5, ORG),
                    (1, 6..8, ORG)
                ]
            ),
            [
                "PER Justice Victoria Atieno",
                "ORG Justice Ministry",
                "ORG Chabab Agadir",
                "ORG Chabab Agadir",
                "ORG Chabab Agadir"
            ]
        );
    }

    #[test]
    fn places_and_groups_are_typed_by_their_words() {
        assert_eq!(
            refined(
                &["Muslims met at Tlhabane Stadium by River Teme near Emma Park and the Port Harbour Authority and Kente FM"],
                &[(0, 0..1, PER), (0, 3..5, ORG), (0, 6..8, PER), (0, 9..11, PER), (0, 13..16, ORG), (0, 17..19, PER)]
            ),
            [
                "MISC Muslims",
                "LOC Tlhabane Stadium",
                "LOC River Teme",
                "PER Emma Park",
                "ORG Port Harbour Authority",
                "ORG Kente FM"
            ]
        );
        // Nationalities and languages, one word, are MISC; a name that is neither is left.
        assert_eq!(
            refined(
                &["Emirati and Omanis spoke Setswana in Nordvik"],
                &[
                    (0, 0..1, ORG),
                    (0, 2..3, LOC),
                    (0, 4..5, LOC),
                    (0, 6..7, LOC)
                ]
            ),
            [
                "MISC Emirati",
                "MISC Omanis",
                "MISC Setswana",
                "LOC Nordvik"
            ]
        );
    }

    #[test]
    fn a_surname_alone_is_the_person() {
        assert_eq!(
            refined(
                &[
                    "Youssef Said signed",
                    "Fans cheered as Said scored",
                    "Said Hope"
                ],
                &[(0, 0..2, PER)]
            ),
            ["PER Youssef Said", "PER Said"]
        );
    }
}
