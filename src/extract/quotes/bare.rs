//! Surnames the name finder passes over because they open a sentence, where every word
//! is capitalised: "Varga said", "Reyes insisted:", "Varga was unmoved.".
//!
//! The first word of a sentence, outside quotes, is taken for a name when the text never
//! writes it in lower case, it is none of the words this module knows (determiners,
//! pronouns, verbs, nouns for people, institutions or writing, "Nobody", "Thousands"), it
//! has not the shape of a plural or abstract noun ("Critics", "Firefighters",
//! "Management"), and what follows makes it a subject. A speech or framing verb ("Varga
//! later told"), a colon before a quote ("Varga: 'We will appeal'") or an appositive
//! before a speech verb or naming a person ("Halvorsen, 54, said", "Halvorsen, the
//! finance director,") makes it a speaker; another verb in the active voice ("Varga was
//! unmoved") only an antecedent for a pronoun in its own paragraph.

use super::kinds::appositive_kind;
use super::marks::Span;
use super::nouns::{has_noun, title};
use super::SpeakerKind;
use crate::extract::Kind;
use crate::extract::{Found, Source};
use crate::lexicon::WordList::{
    self, AbstractEndings, Determiners, DocumentNouns, FramingVerbs, GroupPluralEndings,
    Indefinites, InscriptionNouns, InstitutionNouns, IrregularParticiples, IrregularPast, Links,
    OutletNouns, PersonNouns, PhraseStops, Prepositions, Pronouns, Relatives, ReportingParticiples,
    ReportingVerbs, Skippable, Subordinators, TimeWords,
};
use crate::sorting;
use crate::text::Tokens as Atoms;
use std::collections::HashSet;
use std::ops::Range;

/// The source of a surname found as the subject of a speech verb or before a colon.
pub const SPEAKING: Source = Source::SurnameSpeaking;
/// The source of a surname found opening a sentence with another verb.
pub const OPENING: Source = Source::SurnameOpening;

/// How many words after the surname are read for its verb ("Varga has also said").
const VERB_WORDS: usize = 4;

/// How many adverbs and auxiliaries may stand between the surname and a speech verb.
const SKIPPED_WORDS: usize = 3;

/// How many words into the sentence the comma closing an appositive is looked for
/// ("Halvorsen, the finance director of the mill, said").
const APPOSITIVE_END: usize = 10;

/// Shortest word in "-ed" taken for a past form ("halted", not "bed" or "red").
const PAST_CHARS: usize = 5;

/// Shortest word with an abstract ending taken for an abstract noun ("Security", not
/// "City" or "Page").
const ABSTRACT_CHARS: usize = 6;

/// The surnames opening sentences of the text of `atoms` that `names` does not cover, as name mentions
/// whose source is [`SPEAKING`] or [`OPENING`].
pub fn find(
    atoms: &Atoms,
    sentences: &[Range<usize>],
    spans: &[Span],
    names: &[Found],
) -> Vec<Found> {
    let text = atoms.text();
    let lower = lower_case_words(atoms);
    let in_quote = |at: usize| {
        let i = spans.partition_point(|s| s.range.end <= at);
        spans.get(i).is_some_and(|s| s.range.start <= at)
    };
    // Mentions by start, with the furthest end reached so far, to tell in one search
    // whether any mention overlaps a word.
    let mut taken: Vec<Range<usize>> = names.iter().map(|f| f.range.clone()).collect();
    sorting::sort_by_key(&mut taken, |r| r.start);
    let reach: Vec<usize> = taken
        .iter()
        .scan(0, |end, r| {
            *end = r.end.max(*end);
            Some(*end)
        })
        .collect();
    let covered = |r: &Range<usize>| {
        let i = taken.partition_point(|m| m.start < r.end);
        i.checked_sub(1).is_some_and(|i| reach[i] > r.start)
    };
    let mut out = Vec::new();
    for sentence in sentences {
        if text.get(sentence.clone()).is_none() {
            continue;
        }
        let ws = atoms.words(sentence.clone());
        let Some(first) = ws.first() else {
            continue;
        };
        if in_quote(first.start) || covered(&first.range()) {
            continue;
        }
        if !name_like(first.text, &lower) {
            continue;
        }
        let gap = &text[first.end..ws.get(1).map_or(sentence.end, |w| w.start)];
        let lowered = |from: usize| -> Vec<String> {
            ws[from..]
                .iter()
                .take(VERB_WORDS)
                .map(|w| w.text.to_lowercase())
                .collect()
        };
        let source = if let Some(rest) = gap.trim_start().strip_prefix(':') {
            let rest = text[first.end + gap.len() - rest.len()..].trim_start();
            rest.starts_with(['"', '“', '‘', '\'', '«', '„'])
                .then_some(SPEAKING)
        } else if gap.trim() == "," {
            // "Halvorsen, the finance director of the mill, said", "Halvorsen, 54, said".
            let closing = (2..ws.len().min(APPOSITIVE_END))
                .find(|&j| text[ws[j - 1].end..ws[j].start].contains(','))
                .is_some_and(|j| speaks(&lowered(j)));
            (closing || appositive_kind(text, &first.range()) == Some(SpeakerKind::Named))
                .then_some(SPEAKING)
        } else if gap.trim().is_empty() && ws.len() > 1 {
            let rest = lowered(1);
            if speaks(&rest) {
                Some(SPEAKING)
            } else {
                acts(first.text, &rest).then_some(OPENING)
            }
        } else {
            None
        };
        if let Some(source) = source {
            out.push(Found {
                range: first.range(),
                kind: Kind::Name,
                value: None,
                source,
            });
        }
    }
    out
}

/// Whether a speech or framing verb comes next in the lower-cased words `rest`, after
/// adverbs and auxiliaries ("later told", "has said").
fn speaks(rest: &[String]) -> bool {
    let skipped = rest
        .iter()
        .take(SKIPPED_WORDS)
        .take_while(|w| Skippable.contains(w.as_str()))
        .count();
    rest.get(skipped)
        .is_some_and(|w| ReportingVerbs.contains(w.as_str()) || FramingVerbs.contains(w.as_str()))
}

/// Whether another verb in the active voice comes next in `rest`, after the capitalised
/// `word`, and `word` does not end like a plural: "Varga was unmoved", not "Traffic was
/// halted" or "Talks resumed".
fn acts(word: &str, rest: &[String]) -> bool {
    let first = rest.first().map_or("", String::as_str);
    let second = rest.get(1).map_or("", String::as_str);
    let passive = matches!(first, "was" | "were" | "is" | "are" | "been")
        && !second.starts_with("un")
        && (second.ends_with("ed")
            || second.ends_with("en")
            || IrregularParticiples.contains(second));
    let plural = word.ends_with('s') && !word.ends_with("ss");
    !passive
        && !plural
        && (Skippable.contains(first)
            || IrregularPast.contains(first)
            || (first.len() >= PAST_CHARS && first.ends_with("ed")))
}

/// The words the text of `atoms` writes in lower case.
fn lower_case_words<'t>(atoms: &Atoms<'t>) -> HashSet<&'t str> {
    atoms
        .words(0..atoms.text().len())
        .into_iter()
        .filter(|w| w.text.starts_with(char::is_lowercase))
        .map(|w| w.text)
        .collect()
}

/// Whether a capitalised word may be a surname, given the words the text writes in
/// lower case.
fn name_like(word: &str, lower: &HashSet<&str>) -> bool {
    // "MPs" is an acronym's plural, not a name.
    let acronym = word.chars().filter(|c| c.is_uppercase()).count() >= 2 && word.ends_with('s');
    let shaped = word.starts_with(char::is_uppercase)
        && word.chars().count() >= 2
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && word.chars().skip(1).any(char::is_lowercase)
        && !acronym;
    if !shaped {
        return false;
    }
    let w = word.to_lowercase();
    let w = w.as_str();
    if lower.contains(w) {
        return false;
    }
    let lists: [WordList; 14] = [
        Determiners,
        PhraseStops,
        Pronouns,
        Prepositions,
        Relatives,
        Subordinators,
        Skippable,
        TimeWords,
        ReportingVerbs,
        FramingVerbs,
        ReportingParticiples,
        Links,
        Indefinites,
        OutletNouns,
    ];
    let nouns = [
        PersonNouns,
        InstitutionNouns,
        DocumentNouns,
        InscriptionNouns,
    ];
    if lists.iter().any(|l| l.contains(w))
        || nouns.into_iter().any(|l| has_noun(l, w))
        || title(w).is_some()
    {
        return false;
    }
    let plural = w.ends_with("ies")
        || w.ends_with("men")
        || [w.strip_suffix('s'), w.strip_suffix("es")]
            .into_iter()
            .flatten()
            .filter(|_| w.ends_with('s'))
            .any(|s| GroupPluralEndings.words().iter().any(|e| s.ends_with(e)));
    let abstract_noun =
        w.len() >= ABSTRACT_CHARS && AbstractEndings.words().iter().any(|e| w.ends_with(e));
    !plural && !abstract_noun
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    /// (text, the surnames found in it with their source)
    const CASES: &[(&str, &[(&str, Source)])] = &[
        ("Varga later told reporters: “No.”", &[("Varga", SPEAKING)]),
        (
            "Reyes insisted on it. Okafor said so.",
            &[("Reyes", SPEAKING), ("Okafor", SPEAKING)],
        ),
        (
            "Varga: ‘We will appeal’\n\nThe mayor left.",
            &[("Varga", SPEAKING)],
        ),
        ("Varga was unmoved. “No,” she said.", &[("Varga", OPENING)]),
        (
            "Lindqvist disagreed, saying no.",
            &[("Lindqvist", SPEAKING)],
        ),
        ("Lindqvist nodded, then left.", &[("Lindqvist", OPENING)]),
        ("Korhonen put it bluntly: “No.”", &[("Korhonen", OPENING)]),
        ("Critics said the plan was poor.", &[]),
        ("Firefighters said the blaze was out.", &[]),
        ("Locals said the road was shut.", &[]),
        ("Management said the talks had failed.", &[]),
        ("Nobody said a word.", &[]),
        ("Democrats said the vote was rigged.", &[]),
        ("MPs said the vote was rigged.", &[]),
        ("Children said the water was cold.", &[]),
        ("Thousands chanted in the square.", &[]),
        ("Officials said it was over.", &[]),
        ("Graffiti reads “No”.", &[]),
        ("Rain fell. Rain is rare in rain season.", &[]),
        ("Traffic on the bridge was slow.", &[]),
        ("Traffic was halted for an hour.", &[]),
        ("Talks resumed on Monday.", &[]),
        ("Reyes smiled.", &[]),
        ("Reyes laughed.", &[("Reyes", SPEAKING)]),
        ("Varga was taken to hospital.", &[]),
        ("Power was cut to the town.", &[]),
        (
            "Halvorsen, the finance director of the mill, said so.",
            &[("Halvorsen", SPEAKING)],
        ),
        ("Halvorsen, 54, said so.", &[("Halvorsen", SPEAKING)]),
        ("Still, critics said so.", &[]),
        ("Meanwhile said nothing.", &[]),
        ("NATO said the drill was over.", &[]),
        ("“Okafor said so,” he said.", &[]),
        ("Okafor, the mayor, said so.", &[("Okafor", SPEAKING)]),
        ("Asked about it, she said no.", &[]),
    ];

    #[test]
    fn table() {
        for (text, expected) in CASES {
            let spans = super::super::marks::pair(text);
            let got: Vec<(&str, Source)> = find(
                &crate::text::Tokens::new(text),
                &sentences(text),
                &spans,
                &[],
            )
            .iter()
            .map(|f| (&text[f.range.clone()], f.source))
            .collect();
            assert_eq!(&got, expected, "input: {text:?}");
        }
    }

    #[test]
    fn names_already_found_are_left_alone() {
        let text = "Varga said no.";
        let found = Found {
            range: 0..5,
            kind: Kind::Person,
            value: None,
            source: Source::Recogniser,
        };
        assert!(find(
            &crate::text::Tokens::new(text),
            &sentences(text),
            &[],
            &[found]
        )
        .is_empty());
    }
}
