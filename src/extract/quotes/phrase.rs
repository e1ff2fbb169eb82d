//! Noun phrases next to reporting verbs: the speaker before "said" ("a spokesman for the
//! ministry said"), after it ("said Ines Varga, the mayor"), and what kind of source it
//! names (a name's kind is read in `kinds`).
//!
//! A phrase is read from words and the gaps between them: a comma, a stop or a spaced
//! dash ends it; a determiner opens it; a preposition or a relative pronoun ends its head
//! ("spokesman for the ministry" -> "spokesman", "source who ..." -> "source"). A name
//! mention is one unit, so "Bank of Lindmark" is not cut at "of".

use super::kinds::is_outlet;
use super::nouns::{has_noun, title};
use super::tokens::Tokens;
use super::{Speaker, SpeakerKind};
use crate::extract::Kind;
use crate::lexicon::WordList::{
    Determiners, DocumentNouns, InscriptionNouns, InstitutionNouns, Links, OutletNouns,
    PersonEndings, PersonNouns, Prepositions, Pronouns, Relatives, Skippable, TimeLeads, TimeWords,
};
use std::ops::Range;

/// Who a phrase names, before pronouns and titles are resolved against the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A pronoun ("he", "they", "it") at a byte offset.
    Pronoun(&'static str, usize),
    /// A job title without a name ("the governor"), which an earlier named holder may
    /// resolve when `definite` ("the", not "a").
    Title {
        /// The title, in full ("governor").
        title: &'static str,
        /// The phrase without its determiner.
        range: Range<usize>,
        /// Whether "the" or a possessive introduced it.
        definite: bool,
    },
    /// A definite description of one person without a name or a title ("the striker",
    /// "the 26-year-old spinner", "the Dutchman"), which refers back to a person named
    /// before.
    Described {
        /// The phrase without its determiner.
        range: Range<usize>,
        /// Its head noun ("striker"), which a role written beside a name may match.
        head: Range<usize>,
    },
    /// A speaker the phrase names by itself.
    Known(Speaker),
    /// Writing with no author of its own: graffiti, a slogan, a sign.
    Inscription,
    /// A document named with "the" and no issuer ("the statement read"), which speaks for
    /// whoever the text said put it out; otherwise for itself, as an institution.
    Document {
        /// The phrase without its determiner.
        range: Range<usize>,
        /// Its head noun ("statement").
        head: Range<usize>,
    },
}

/// The longest head a phrase may have, in words.
const MAX_WORDS: usize = 6;

/// How many words before a verb a relative pronoun may open the clause that is left out
/// of the subject ("residents who fled the floods last week said").
const RELATIVE_REACH: usize = 14;

/// Shortest word in "-ing" read as a participle after a head ("working", not "king" or
/// "thing").
const PARTICIPLE_CHARS: usize = 6;

/// How far an appositive next to a name is read, in bytes: a short noun phrase.
pub(super) const APPOSITIVE_CHARS: usize = 80;

/// The noun phrase that ends before word `v`, the subject of a verb there: words `s..e`.
/// Adverbs between it and the verb are skipped ("the ministry later said"), an
/// appositive between commas is looked past ("Ines Varga, 34, said"), and a relative
/// clause is left out ("residents who fled said").
pub fn subject_before(t: &Tokens, v: usize) -> Option<Range<usize>> {
    let mut k = v.min(t.len());
    let mut skipped = 0;
    while k > 0 && skipped < 4 && (k == t.len() || t.joined(k)) {
        let w = t.lower(k - 1);
        if Skippable.contains(w) {
            k -= 1;
        } else if TimeWords.contains(w) && t.mention(k - 1).is_none() {
            // "Senator Cole on Tuesday said", "the ministry late on Monday said".
            k -= 1;
            while k > 0 && t.joined(k) && TimeLeads.contains(t.lower(k - 1)) {
                k -= 1;
            }
        } else {
            break;
        }
        skipped += 1;
    }
    if k == 0 {
        return None;
    }
    if k < t.len() && !t.joined(k) {
        return if t.gap(k).trim() == "," {
            appositive(t, k)
        } else {
            None
        };
    }
    let clause = t.clause_start(k - 1);
    let end = (clause + 1..k)
        .rev()
        .take(RELATIVE_REACH)
        .find(|&r| Relatives.contains(t.lower(r)) && t.mention(r).is_none())
        .unwrap_or(k);
    phrase_ending(t, clause, end)
}

/// The noun phrase of the clause `clause..end` that ends at `end`.
fn phrase_ending(t: &Tokens, clause: usize, end: usize) -> Option<Range<usize>> {
    let mut s = end;
    let mut taken = 0;
    while s > clause {
        let i = s - 1;
        let w = t.lower(i);
        if let Some(m) = t.mention(i) {
            let mut j = i;
            while j > clause && t.mention(j - 1).is_some_and(|o| o.range == m.range) {
                j -= 1;
            }
            s = j;
            taken += 1;
        } else if Determiners.contains(w) {
            s = i;
            match attachment(t, clause, s) {
                Some(j) => s = j,
                None => break,
            }
        } else if Prepositions.contains(w) {
            match attachment(t, clause, s).filter(|_| s < end) {
                Some(j) => s = j,
                None => break,
            }
        } else if Pronouns.contains(w) {
            if s == end {
                s = i;
            }
            break;
        } else if t.nounish(i) && taken < MAX_WORDS {
            s = i;
            taken += 1;
        } else {
            break;
        }
    }
    (s < end).then_some(s..end)
}

/// When a preposition ends just before word `s` ("of", "close to") and a noun stands
/// before it, the preposition's first word: the phrase goes on to the left.
fn attachment(t: &Tokens, clause: usize, s: usize) -> Option<usize> {
    let p = s
        .checked_sub(1)
        .filter(|&p| Prepositions.contains(t.lower(p)))?;
    let mut j = p;
    if j > clause && Links.contains(t.lower(j - 1)) {
        j -= 1;
    }
    (j > clause && t.nounish(j - 1)).then_some(j)
}

/// The subject when a comma stands before the verb at `k`: "Ines Varga, 34, said",
/// "Her neighbour, Tomas Berg, said", "The woman, who asked not to be named, said", "Judge
/// Ana Lobo, who fined the union, UMBH, wrote", "Dr Ana Lobo, the charity's doctor, who met
/// them, said".
/// Of the phrase between the commas and the one before them, a named one wins, then the
/// one before. Without a comma before, it is no appositive.
fn appositive(t: &Tokens, k: usize) -> Option<Range<usize>> {
    let inner_start = t.clause_start(k - 1);
    let relative_inner = Relatives.contains(t.lower(inner_start));
    let inner = if relative_inner {
        None
    } else {
        phrase_ending(t, inner_start, k)
    };
    let outer_start = (inner_start > 0 && t.gap(inner_start).trim() == ",")
        .then(|| t.clause_start(inner_start - 1));
    let outer = outer_start.and_then(|o| phrase_ending(t, o, inner_start));
    if let Some(o) = outer_start {
        // The person before the clause before is the subject past a description followed by a
        // relative clause ("Dr Ana Lobo, medical coordinator of the charity, who met them,
        // said") and past a relative clause with a comma of its own ("Judge Ana Lobo, who
        // fined the union, UMBH, wrote").
        let described = relative_inner && outer.as_ref().is_some_and(|p| !names_person(t, p));
        let relative = Relatives.contains(t.lower(o)) && t.mention(o).is_none();
        if described || relative {
            if let Some(named) = person_before_comma(t, o) {
                return Some(named);
            }
        }
    }
    // "The landlord, Harrow Estates, said": the name wins over the common noun.
    let named = |p: &Range<usize>| match classify(t, p.clone()) {
        Some(Who::Known(s)) => t.mention_at(s.range.start),
        _ => false,
    };
    match (outer?, inner) {
        (o, Some(i))
            if (names_person(t, &i) && !names_person(t, &o)) || (named(&i) && !named(&o)) =>
        {
            Some(i)
        }
        (o, _) => Some(o),
    }
}

/// The phrase naming a person that ends at a comma just before word `at`: "Judge Ana Lobo"
/// before ", who fined the union".
fn person_before_comma(t: &Tokens, at: usize) -> Option<Range<usize>> {
    (at > 0 && t.gap(at).trim() == ",")
        .then(|| phrase_ending(t, t.clause_start(at - 1), at))
        .flatten()
        .filter(|p| names_person(t, p))
}

/// Whether the phrase of words `phrase` names a person ("Tomas Berg", not "Lobo's
/// lawyer").
fn names_person(t: &Tokens, phrase: &Range<usize>) -> bool {
    matches!(
        classify(t, phrase.clone()),
        Some(Who::Known(Speaker {
            kind: SpeakerKind::Named,
            ..
        }))
    )
}

/// The noun phrase that starts at word `i` ("said [the ministry] in a statement").
pub fn phrase_after(t: &Tokens, i: usize) -> Option<Range<usize>> {
    let mut e = i;
    while e < t.len()
        && (e == i || t.joined(e))
        && t.mention(e).is_none()
        && Determiners.contains(t.lower(e))
    {
        e += 1;
    }
    if e == i && Pronouns.contains(t.lower(i)) {
        return Some(i..i + 1);
    }
    let head = e;
    let mut taken = 0;
    while e < t.len() && (e == i || t.joined(e)) && taken < MAX_WORDS {
        if let Some(m) = t.mention(e) {
            while e < t.len() && t.mention(e).is_some_and(|o| o.range == m.range) {
                e += 1;
            }
        } else if t.nounish(e) && !t.attaches(e) {
            e += 1;
        } else {
            break;
        }
        taken += 1;
    }
    (e > head).then_some(i..e)
}

/// The speaker's phrase that starts at word `i`, after a verb or "according to": one that
/// can name a source (a name, a pronoun, a title, a person, an institution, an outlet, a
/// document), or the name a comma sets after it ("said the foreign minister, Ana Lobo").
pub fn speaker_after(t: &Tokens, i: usize) -> Option<Range<usize>> {
    let p = phrase_after(t, i)?;
    let source_word = |k: usize| {
        let w = t.lower(k);
        t.mention(k).is_some()
            || t.capitalised(k)
            || Pronouns.contains(w)
            || is_speaker_noun(w)
            || person_shaped(w)
    };
    // "said a firefighter", "said one delegate"; not "said the plan".
    let indefinite = matches!(t.lower(i), "a" | "an" | "one" | "two" | "three" | "several");
    if !indefinite && !p.clone().any(source_word) {
        return None;
    }
    // "said the foreign minister, Ana Lobo"; not "according to Ada Korhonen, Lindmark's
    // finance minister".
    if names_person(t, &p)
        || t.mention(p.end - 1).is_some()
        || p.end >= t.len()
        || t.gap(p.end).trim() != ","
        || t.lower(p.end).ends_with("'s")
    {
        return Some(p);
    }
    let Some(m) = t
        .mention(p.end)
        .filter(|m| matches!(m.kind, Kind::Person | Kind::Name))
    else {
        return Some(p);
    };
    let mut e = p.end;
    while e < t.len() && t.mention(e).is_some_and(|o| o.range == m.range) {
        e += 1;
    }
    Some(p.end..e)
}

/// "Minister of Health Ana Lobo", "Commissioner for Education Muhammad Bichi": a head that
/// is a title, run on by "of" or "for" and capitalised words to a person named at the end of
/// the phrase (which ends at `end`), is that person, not the title.
fn titled_person(t: &Tokens, head: Range<usize>, end: usize) -> Option<Who> {
    let m = t
        .mention(end - 1)
        .filter(|m| matches!(m.kind, Kind::Person | Kind::Name))?;
    let mut start = end - 1;
    while start > head.end && t.mention(start - 1).is_some_and(|o| o.range == m.range) {
        start -= 1;
    }
    let runs_on = start > head.end
        && matches!(t.lower(head.end), "of" | "for")
        && (head.end + 1..start).all(|i| {
            t.joined(i) && (t.capitalised(i) || matches!(t.lower(i), "and" | "the" | "of"))
        });
    (runs_on && title(t.lower(head.end - 1)).is_some() && t.capitalised(head.end - 1))
        .then(|| t.speaker(m).map(Who::Known))
        .flatten()
}

/// Whether a lower-cased word ends like a noun for people ("rescuer", "strikers").
fn person_shaped(w: &str) -> bool {
    PersonEndings
        .words()
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.trim_end_matches('s').ends_with(e))
}

/// Whether a lower-cased word is a title or a noun for a person, an institution, an
/// outlet or a document.
fn is_speaker_noun(word: &str) -> bool {
    title(word).is_some()
        || [PersonNouns, InstitutionNouns, OutletNouns, DocumentNouns]
            .iter()
            .any(|list| has_noun(*list, word))
}

/// The subject that opens the sentence `t` starts, for a participle at word `v` ("The
/// central bank held rates, saying ..."): in the first clause before `v` that has one
/// among its first words (a dateline and relative clauses passed over), a pronoun
/// opening it, or a name or speaker noun with the phrase that ends there.
pub fn opening_subject(t: &Tokens, v: usize) -> Option<Range<usize>> {
    let mut clause = 0;
    while clause < v {
        let mut end = clause + 1;
        while end < v && t.joined(end) {
            end += 1;
        }
        // A dateline ("LINDMARK (Wire) -", "NAIROBI, Nov 12 (Wire) -") or a relative
        // clause holds no subject.
        let aside = end < v
            && (t.gap(end).contains(['-', '–', '—', '(', ')'])
                || (clause == 0 && (clause..end).all(|i| t.in_capitals(i))));
        if aside || Relatives.contains(t.lower(clause)) {
            clause = end;
            continue;
        }
        if Pronouns.contains(t.lower(clause)) {
            return Some(clause..clause + 1);
        }
        let noun = |k: usize| {
            t.mention(k).is_some()
                || is_speaker_noun(t.lower(k))
                || (k == clause && person_shaped(t.lower(k)))
        };
        if let Some(k) = (clause..end.min(clause + 5)).find(|&k| noun(k)) {
            let mut last = k + 1;
            while last < end && noun(last) {
                last += 1;
            }
            return phrase_ending(t, clause, last);
        }
        clause = end;
    }
    None
}

/// Who the phrase of words `phrase` names. Its head is the part before a preposition or
/// relative pronoun, without a leading determiner.
pub fn classify(t: &Tokens, phrase: Range<usize>) -> Option<Who> {
    let mut hs = phrase.start;
    let mut determiner = None;
    // "one pensioner said": "one" counts as "a" before a noun ("one of them" is no speaker
    // phrase of its own).
    let counted = |i: usize| t.lower(i) == "one" && i + 1 < phrase.end && t.lower(i + 1) != "of";
    while hs < phrase.end
        && t.mention(hs).is_none()
        && (Determiners.contains(t.lower(hs)) || counted(hs))
    {
        determiner = Some(t.lower(hs));
        hs += 1;
    }
    let mut he = hs;
    while he < phrase.end
        && (he == hs
            || t.mention(he).is_some()
            || !(t.attaches(he) || Relatives.contains(t.lower(he)) || participle(t, he)))
    {
        he += 1;
    }
    if he == hs {
        return None;
    }
    let last = t.lower(he - 1);
    if let Some(person) = titled_person(t, hs..he, phrase.end) {
        return Some(person);
    }
    if he - hs == 1 && determiner.is_none() {
        if let Some(p) = Pronouns.get(last) {
            return Some(Who::Pronoun(p, t.start(hs)));
        }
    }
    // "Graffiti on the wall reads", "A banner hung from the bridge read".
    let inscription = (hs..he)
        .any(|i| t.mention(i).is_none() && has_noun(InscriptionNouns, t.lower(i)))
        && !(hs..he)
            .any(|i| is_speaker_noun(t.lower(i)) && !has_noun(InscriptionNouns, t.lower(i)));
    if inscription {
        return Some(Who::Inscription);
    }
    let range = t.range(hs, he);
    let mention = t.mention(he - 1);
    // A one-word mention that is a title ("the Governor") is no name; "Mary King" is.
    let titled = title(last).filter(|_| mention.is_none_or(|m| m.range == t.range(he - 1, he)));
    if let (Some(m), None) = (mention, titled) {
        // "the Dutchman": a demonym for one person, not a name.
        let demonym = matches!(m.kind, Kind::Misc | Kind::Group) && person_shaped(last);
        if determiner == Some("the") && he - hs == 1 && demonym {
            return Some(Who::Described {
                range: range.clone(),
                head: range,
            });
        }
        return t.speaker(m).map(Who::Known);
    }
    if let Some(title) = titled {
        let possessive = t.lower(hs).ends_with("'s");
        return Some(Who::Title {
            title,
            range,
            definite: possessive || determiner.is_some_and(|d| d != "a" && d != "an"),
        });
    }
    // "the 52-year-old said" points back to a person named before, like "she".
    let aged = last == "old" && he - hs >= 2 && t.lower(he - 2) == "year";
    if aged && determiner == Some("the") {
        return Some(Who::Pronoun("she", t.start(hs)));
    }
    if has_noun(DocumentNouns, last) {
        // "his message read": the message is his.
        let owner = determiner
            .and_then(|d| match d {
                "his" => Some("he"),
                "her" => Some("she"),
                "their" => Some("they"),
                "its" => Some("it"),
                _ => None,
            })
            .map(|p| Who::Pronoun(p, t.start(hs - 1)));
        let fallback = if determiner == Some("the") {
            Who::Document {
                head: t.range(he - 1, he),
                range,
            }
        } else {
            Who::Known(Speaker {
                range,
                kind: SpeakerKind::Institutional,
            })
        };
        return Some(
            issuer(t, hs..he - 1, he..t.len())
                .or(owner)
                .unwrap_or(fallback),
        );
    }
    let lower: Vec<&str> = (hs..he).map(|i| t.lower(i)).collect();
    // "the coast guard": an institution named by its last two words.
    let pair = (he - hs >= 2).then(|| format!("{} {}", t.lower(he - 2), last));
    let institution =
        has_noun(InstitutionNouns, last) || pair.is_some_and(|p| InstitutionNouns.contains(&p));
    let outlet = is_outlet(&lower, t.capitalised(he - 1));
    let one_person = (has_noun(PersonNouns, last) || person_shaped(last))
        && (!last.ends_with('s') || PersonNouns.contains(last));
    if determiner == Some("the") && one_person && !outlet && !institution {
        return Some(Who::Described {
            range,
            head: t.range(he - 1, he),
        });
    }
    let kind = if outlet {
        SpeakerKind::Outlet
    } else if institution {
        SpeakerKind::Institutional
    } else if has_noun(PersonNouns, last) {
        SpeakerKind::Anonymous
    } else if (hs..he).all(|i| t.capitalised(i)) && !(he - hs == 1 && opens_clause(t, hs)) {
        // A lone capital opening a clause that the name finder passed over is an
        // ordinary word ("Critics said"); elsewhere it is a name it missed.
        SpeakerKind::Named
    } else if person_shaped(last) || last.ends_with('s') {
        // "a rancher", "Critics", "fans": people, if unnamed.
        SpeakerKind::Anonymous
    } else {
        // "the cut reflected", "the charge, she said": one thing, no speaker.
        return None;
    };
    Some(Who::Known(Speaker { range, kind }))
}

/// Whether word `i` is a participle that starts a phrase after a head ("a hydrologist
/// [working for the region]", "a man [living] nearby"): it ends in "-ing" and a
/// preposition or a determiner follows it.
fn participle(t: &Tokens, i: usize) -> bool {
    let w = t.lower(i);
    t.mention(i).is_none()
        && w.len() >= PARTICIPLE_CHARS
        && w.ends_with("ing")
        && (t.attaches(i + 1) || Determiners.contains(t.lower(i + 1)))
}

/// Whether word `i` opens its stretch of text or follows punctuation.
fn opens_clause(t: &Tokens, i: usize) -> bool {
    i == 0 || !t.joined(i)
}

/// Who issued a document: a name or an institution before it ("a police statement", "the
/// {Lindmark Ferries} report") or after "from", "by" or "of" ("a statement from the
/// ministry").
fn issuer(t: &Tokens, before: Range<usize>, after: Range<usize>) -> Option<Who> {
    for i in before.rev() {
        if let Some(m) = t.mention(i) {
            return t.speaker(m).map(Who::Known);
        }
        // "the bank's statement": the bank, without its "'s".
        let word = t.lower(i);
        let owner = word.strip_suffix("'s").unwrap_or(word);
        if has_noun(InstitutionNouns, owner) {
            let range = t.range(i, i + 1);
            return Some(Who::Known(Speaker {
                range: range.start..range.end - (word.len() - owner.len()),
                kind: SpeakerKind::Institutional,
            }));
        }
    }
    if after.is_empty() || !matches!(t.lower(after.start), "from" | "by" | "of") {
        return None;
    }
    let phrase = phrase_after(t, after.start + 1)?;
    match classify(t, phrase)? {
        Who::Pronoun(..) => None,
        who => Some(who),
    }
}
