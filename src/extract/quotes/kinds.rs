//! What kind of source a name or a short noun phrase is: a named person, an institution,
//! a news outlet or, for a group, an anonymous one. Reads a name mention with the
//! appositive beside it ("Ada Korhonen, Lindmark's finance minister"); hands each mention's
//! `Speaker` to `tokens::Names`, and `is_outlet` to the phrase reader and the comparison.

use super::nouns::{has_noun, title};
use super::phrase::APPOSITIVE_CHARS;
use super::{Speaker, SpeakerKind};
use crate::extract::Found;
use crate::extract::Kind;
use crate::lexicon::WordList::{
    Determiners, InstitutionNouns, Mastheads, NewsroomHeads, NewsroomWords, OutletFirsts,
    OutletNames, OutletNouns, PersonNouns, Prepositions, Relatives, ReportingVerbs,
};
use crate::text::Tokens as Atoms;
use std::ops::Range;

/// Most words in the noun phrase of an appositive; a longer one is a clause.
const APPOSITIVE_PHRASE_WORDS: usize = 8;

/// Whether lower-cased words name a news outlet; `capitalised` when the last is.
pub fn is_outlet(lower: &[&str], capitalised: bool) -> bool {
    let Some(last) = lower.last() else {
        return false;
    };
    // "news agency", "Lindmark Broadcasting Corporation"; not "a news conference".
    let newsroom = lower.iter().any(|w| NewsroomWords.contains(w)) && NewsroomHeads.contains(last);
    OutletNouns.contains(last)
        || newsroom
        || lower.iter().any(|w| OutletNames.contains(w))
        || (capitalised && Mastheads.contains(last))
        || (capitalised && lower.len() > 1 && OutletFirsts.contains(lower[0]))
}

/// The speaker a name mention is: a person, an institution (a place speaking is its
/// government), an outlet, or for a group, anonymous. A name that an appositive calls a
/// person is one, unless the name finder typed it an organisation ("Ada Korhonen,
/// Lindmark's finance minister" even when typed a place); an untyped name it calls an
/// institution is one ("The operator, Harrow Estates,").
pub fn mention_speaker(atoms: &Atoms, m: &Found) -> Speaker {
    let text = atoms.text();
    let lower = text[m.range.clone()].to_lowercase();
    let lower: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let last = lower.last().copied().unwrap_or("");
    let appositive = appositive_kind(text, &m.range);
    // A group ("Norwegians") speaks anonymously. Another name (MISC: an event, a product)
    // does not speak at all, so a speaker the recogniser typed MISC is an unfamiliar name,
    // read as untyped; "Norwegian Embassy" tagged MISC for its adjective is still an
    // institution by its head noun.
    let typed = if m.kind == Kind::Misc {
        Kind::Name
    } else {
        m.kind
    };
    let kind = if typed == Kind::Group && !has_noun(InstitutionNouns, last) {
        SpeakerKind::Anonymous
    } else if is_outlet(&lower, true) {
        SpeakerKind::Outlet
    } else if appositive == Some(SpeakerKind::Named) && typed != Kind::Organisation {
        SpeakerKind::Named
    } else if matches!(typed, Kind::Organisation | Kind::Place)
        || has_noun(InstitutionNouns, last)
        || (typed == Kind::Name && appositive == Some(SpeakerKind::Institutional))
    {
        SpeakerKind::Institutional
    } else {
        SpeakerKind::Named
    };
    Speaker {
        range: if kind == SpeakerKind::Named {
            name_range(atoms, m)
        } else {
            m.range.clone()
        },
        kind,
    }
}

/// The range of a person's name without the job title the name finder left before it:
/// "Regional Governor Edda Marsh" -> "Edda Marsh", "Chief Executive Paula Renn" -> "Paula
/// Renn". A title that opens the mention stays when one word follows it ("General
/// Motors" may be a company).
fn name_range(atoms: &Atoms, m: &Found) -> Range<usize> {
    if !matches!(m.kind, Kind::Person | Kind::Name) {
        return m.range.clone();
    }
    let ws = atoms.words(m.range.clone());
    let role = |w: &str| {
        let w = w.to_lowercase();
        title(&w).is_some() || PersonNouns.contains(w.as_str())
    };
    let last_title = ws.iter().rposition(|w| role(w.text));
    match last_title {
        Some(i)
            if i + 1 < ws.len()
                && (i > 0 || ws.len() - i > 2)
                && ws[i + 1..]
                    .iter()
                    .all(|w| w.text.starts_with(char::is_uppercase)) =>
        {
            ws[i + 1].start..m.range.end
        }
        _ => m.range.clone(),
    }
}

/// A dash between spaces, as the normalised text writes every dash ("Queensland - The").
pub(super) const DASH: &str = " - ";

/// The kind of source an appositive gives the name at `range`: a job title or a noun for
/// a person after it (", the chair of the trust", ", Lindmark's finance minister") or
/// before it ("Her neighbour, Tomas Berg,") makes a person; a noun for an institution
/// ("The operator, Harrow Estates,", ", a ferry company") an institution.
pub fn appositive_kind(text: &str, range: &Range<usize>) -> Option<SpeakerKind> {
    let after = text.get(range.end..).and_then(|r| r.strip_prefix(", "));
    let before = text
        .get(..range.start)
        .and_then(|r| r.strip_suffix(", "))
        .filter(|_| text[range.end..].starts_with(','));
    let clause = |s: &str, forward: bool| -> String {
        let mut cut = if forward {
            s.len().min(APPOSITIVE_CHARS)
        } else {
            s.len().saturating_sub(APPOSITIVE_CHARS)
        };
        while !s.is_char_boundary(cut) {
            cut = if forward { cut - 1 } else { cut + 1 };
        }
        let stops = [',', '.', ';', ':', '\n', '(', ')', '"', '“', '”'];
        // A dash with spaces ends it too: "PELICAN BAY, Queensland - The mayor of ..." is a
        // dateline, not a place called a mayor.
        let part = if forward {
            s[..cut]
                .split(stops)
                .next()
                .and_then(|p| p.split(DASH).next())
        } else {
            s[cut..]
                .rsplit(stops)
                .next()
                .and_then(|p| p.rsplit(DASH).next())
        };
        part.unwrap_or("").to_lowercase()
    };
    [
        after.map(|a| clause(a, true)),
        before.map(|b| clause(b, false)),
    ]
    .into_iter()
    .flatten()
    .find_map(|c| head_kind(&c))
}

/// The kind of source the head of a short noun phrase names, read from its last word
/// before a preposition, past determiners and possessives.
fn head_kind(phrase: &str) -> Option<SpeakerKind> {
    let words: Vec<&str> = phrase.split(' ').filter(|w| !w.is_empty()).collect();
    let verb = |w: &&str| Relatives.contains(w) || ReportingVerbs.contains(w);
    if words.len() > APPOSITIVE_PHRASE_WORDS || words.first().is_some_and(verb) {
        return None;
    }
    let head: Vec<&&str> = words
        .iter()
        .skip_while(|w| Determiners.contains(w) || w.ends_with("'s") || w.ends_with('\''))
        .take_while(|w| !Prepositions.contains(w))
        .collect();
    let last = **head.last()?;
    if title(last).is_some() || PersonNouns.contains(last) {
        Some(SpeakerKind::Named)
    } else if InstitutionNouns.contains(last) {
        Some(SpeakerKind::Institutional)
    } else {
        None
    }
}
