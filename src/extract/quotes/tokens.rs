//! The words of a stretch of text as noun-phrase parsing sees them: lower-cased, with the
//! gaps between them (a comma or a stop ends a phrase, a hyphen does not) and the name
//! mention each lies in.

use super::kinds::mention_speaker;
use super::{Speaker, SpeakerKind};
use crate::extract::{Found, Kind};
use crate::lexicon::WordList::{
    Abbreviations, Determiners, FramingVerbs, Links, PhraseStops, Prepositions, Pronouns,
    Relatives, ReportingParticiples, ReportingVerbs, Skippable, TimeWords,
};
use crate::sorting;
use crate::text::{Tokens as Atoms, Word};
use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

/// Most bytes between two words of one phrase: spaces around a hyphen, an ampersand or an
/// abbreviation's stop; more is punctuation that ends it.
const MAX_GAP: usize = 4;

/// The name mentions of an article in text order, without overlaps, for lookups by
/// position, each with the speaker it would be.
pub struct Names {
    list: Vec<Found>,
    speakers: Vec<Speaker>,
}

impl Names {
    /// The name mentions among `found` that lie inside the text of `atoms` on character
    /// boundaries.
    pub fn new(atoms: &Atoms, found: impl IntoIterator<Item = Found>) -> Self {
        let text = atoms.text();
        let mut list: Vec<Found> = found
            .into_iter()
            .filter(|f| {
                f.kind.is_name()
                    && f.range.start < f.range.end
                    && text.get(f.range.clone()).is_some()
            })
            .collect();
        sorting::sort_by_key(&mut list, |f| f.range.start);
        list.dedup_by(|later, kept| later.range.start < kept.range.end);
        let mut speakers: Vec<Speaker> = list.iter().map(|f| mention_speaker(atoms, f)).collect();
        // A one-word name that is part of a longer name of the article is that name's kind:
        // "Haixin said" beside "Haixin Robotics" is the company, whatever the recogniser
        // typed it; "Ribeiro said" beside "Ana Ribeiro" is the person, not an institution.
        let mut org_firsts: HashSet<&str> = HashSet::new();
        let mut surnames: HashSet<&str> = HashSet::new();
        for (f, s) in list.iter().zip(&speakers) {
            let name = &text[f.range.clone()];
            let (Some((first, _)), Some((_, last))) = (name.split_once(' '), name.rsplit_once(' '))
            else {
                continue;
            };
            if f.kind == Kind::Organisation {
                org_firsts.insert(first);
            }
            if s.kind == SpeakerKind::Named {
                surnames.insert(last);
            }
        }
        for (f, s) in list.iter().zip(&mut speakers) {
            let word = &text[f.range.clone()];
            if word.contains(' ') || org_firsts.contains(word) == surnames.contains(word) {
                continue;
            }
            if s.kind == SpeakerKind::Named && org_firsts.contains(word) {
                s.kind = SpeakerKind::Institutional;
            } else if s.kind == SpeakerKind::Institutional && surnames.contains(word) {
                s.kind = SpeakerKind::Named;
            }
        }
        Self { list, speakers }
    }

    /// The speaker mention `m` (one of these) is.
    pub fn speaker(&self, m: &Found) -> Option<&Speaker> {
        let i = self.list.partition_point(|f| f.range.start < m.range.start);
        self.list
            .get(i)
            .filter(|f| f.range == m.range)
            .and_then(|_| self.speakers.get(i))
    }

    /// Whether mention `m` (one of these) names a person: not an institution, an outlet
    /// or a group.
    pub fn is_person(&self, m: &Found) -> bool {
        self.speaker(m)
            .is_some_and(|s| s.kind == SpeakerKind::Named)
    }

    /// The mention that covers byte `at`.
    pub fn at(&self, at: usize) -> Option<&Found> {
        let i = self.list.partition_point(|f| f.range.start <= at);
        i.checked_sub(1)
            .map(|i| &self.list[i])
            .filter(|f| at < f.range.end)
    }

    /// The mentions that end at or before `at`, nearest first.
    pub fn before(&self, at: usize) -> impl Iterator<Item = &Found> + '_ {
        let i = self.list.partition_point(|f| f.range.end <= at);
        self.list[..i].iter().rev()
    }
}

/// The words of a stretch of text, lower-cased, with the name mention each lies in.
pub struct Tokens<'t> {
    text: &'t str,
    names: &'t Names,
    from: usize,
    words: Vec<Word<'t>>,
    lower: Vec<Cow<'t, str>>,
    mentions: Vec<Option<&'t Found>>,
}

impl<'t> Tokens<'t> {
    /// The words of the byte range `range` of the text of `atoms`; `range` lies on
    /// character boundaries.
    pub fn new(atoms: &'t Atoms<'t>, range: Range<usize>, names: &'t Names) -> Self {
        let text = atoms.text();
        let from = range.start;
        let words = atoms.words(range);
        let lower = words.iter().map(|w| atoms.lower_word(w)).collect();
        let mentions = words.iter().map(|w| names.at(w.start)).collect();
        Self {
            text,
            names,
            from,
            words,
            lower,
            mentions,
        }
    }

    /// What stands between the start of the stretch and its first word.
    pub fn lead(&self) -> &'t str {
        let end = self.words.first().map_or(self.from, |w| w.start);
        self.text.get(self.from..end).unwrap_or("")
    }

    /// How many words there are.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Word `i` lower-cased, or "" past the end.
    pub fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |w| w.as_ref())
    }

    /// Where word `i` starts.
    pub fn start(&self, i: usize) -> usize {
        self.words[i].start
    }

    /// The byte range of words `s..e` (`s < e`).
    pub fn range(&self, s: usize, e: usize) -> Range<usize> {
        self.words[s].start..self.words[e - 1].end
    }

    /// What stands between word `i - 1` and word `i`.
    pub fn gap(&self, i: usize) -> &'t str {
        &self.text[self.words[i - 1].end..self.words[i].start]
    }

    /// Whether words `i - 1` and `i` belong to one phrase: only spaces, a hyphen, an
    /// ampersand or an abbreviation's stop between them.
    pub fn joined(&self, i: usize) -> bool {
        let gap = self.gap(i);
        if gap.contains('\n') || gap.len() > MAX_GAP {
            return false;
        }
        match gap.trim() {
            "" | "&" | "'" => true,
            "-" => !(gap.starts_with(' ') && gap.ends_with(' ')),
            "." => {
                let before = self.lower(i - 1);
                Abbreviations.contains(before) || before.chars().count() == 1
            }
            _ => false,
        }
    }

    /// The name mention word `i` lies in.
    pub fn mention(&self, i: usize) -> Option<&'t Found> {
        self.mentions.get(i).copied().flatten()
    }

    /// The speaker name mention `m` is.
    pub fn speaker(&self, m: &Found) -> Option<Speaker> {
        self.names.speaker(m).cloned()
    }

    /// Whether a name mention starts at byte `at`.
    pub fn mention_at(&self, at: usize) -> bool {
        self.mentions.iter().flatten().any(|m| m.range.start == at)
    }

    /// Whether a name mention covers one of words `range`.
    pub fn has_mention(&self, range: Range<usize>) -> bool {
        range.into_iter().any(|i| self.mention(i).is_some())
    }

    /// Whether word `i` starts with a capital.
    pub fn capitalised(&self, i: usize) -> bool {
        self.words[i]
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// Whether word `i` is written all in capitals, with more than one letter (a
    /// dateline's "NAIROBI").
    pub fn in_capitals(&self, i: usize) -> bool {
        let w = self.words[i].text;
        w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !w.chars().any(char::is_lowercase)
    }

    /// The first word of the clause that holds word `i` (`i < len`).
    pub fn clause_start(&self, i: usize) -> usize {
        let mut s = i;
        while s > 0 && self.joined(s) {
            s -= 1;
        }
        s
    }

    /// Whether a phrase attached to a head starts at word `i`: a preposition, or a word
    /// like "close" or "familiar" before one.
    pub fn attaches(&self, i: usize) -> bool {
        Prepositions.contains(self.lower(i))
            || (Links.contains(self.lower(i)) && Prepositions.contains(self.lower(i + 1)))
    }

    /// Whether word `i` could belong to a noun phrase.
    pub fn nounish(&self, i: usize) -> bool {
        if self.mention(i).is_some() {
            return true;
        }
        let w = self.lower(i);
        !w.is_empty()
            && ![
                PhraseStops,
                ReportingVerbs,
                FramingVerbs,
                ReportingParticiples,
                Relatives,
                Pronouns,
                TimeWords,
                Skippable,
                Prepositions,
                Determiners,
            ]
            .iter()
            .any(|list| list.contains(w))
    }
}
