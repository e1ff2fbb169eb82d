//! What pronouns and bare titles stand for: the person, institution or earlier speaker
//! they refer back to.
//!
//! "he"/"she" stand for the nearest person named before them (outside quotes), the one
//! who opens that sentence first ("Lena Holt called Tomas Berg. ... she said"; not a name
//! standing before a title, "Mellick chair Judith Ormerod"), or the
//! subject of reported speech or the speaker of an earlier quote; never a person the
//! text calls by the other pronoun, an untyped name after a preposition of place ("the
//! streets of Lower Harwick"), or the speaker who just "told him". "they" and "it" stand
//! for that or the last speaker, "it" only for institutions. A bare title ("the
//! governor") is the person named with that title earlier, else an anonymous source.

use super::super::bare;
use super::super::kinds::DASH;
use super::super::nouns;
use super::super::patterns::verb_at;
use super::super::phrase::APPOSITIVE_CHARS;
use super::super::phrase::{classify, phrase_after, Who};
use super::super::tokens::Tokens;
use super::super::{Quote, Speaker, SpeakerKind};
use super::gender::surname;
use super::{nearest, Context, MAX_LOOKBACK, NEAR, NEAR_VERBS, NEAR_WORDS, SUBJECT_AFTER};
use crate::extract::Found;
use crate::extract::Kind;
use crate::lexicon::TableList;
use crate::lexicon::WordList::{
    Abbreviations, Determiners, IssuingVerbs, JobTitles, Networks, PersonNouns, PlacePrepositions,
    ReportingVerbs,
};
use std::ops::Range;

/// How many sentences, the quote's own and those before it, are searched for the reporter a
/// pronoun stands for.
const REPORTER_SENTENCES: usize = 3;

/// How far before a name a title is looked for, in bytes and in words ("the chair, Judith
/// Ormerod", "Mellick chair Judith Ormerod"): the same clause, not the one before.
const TITLE_BEFORE_CHARS: usize = 60;
const TITLE_BEFORE_WORDS: usize = 3;

/// How many words of an appositive after a name are read for a title (", the trust's
/// chair,").
const APPOSITIVE_WORDS: usize = 6;

impl Context<'_> {
    /// The speaker a pronoun at `at` stands for. When its antecedent was the subject of
    /// "told him" ("told her" for "she") in the words between, the pronoun is the one
    /// told: "“You were warned,” Korhonen told him. “Not by you,” he replied."
    pub(super) fn pronoun(
        &self,
        pronoun: &'static str,
        at: usize,
        done: &[Quote],
    ) -> Option<Speaker> {
        if !matches!(pronoun, "he" | "she" | "they" | "it") {
            return None;
        }
        let (from, found) = self.antecedent(pronoun, at, done, None)?;
        let object = match pronoun {
            "he" => "him",
            "she" => "her",
            _ => return Some(found),
        };
        if self.addressed(from, at, object) {
            self.antecedent(pronoun, at, done, Some(&found))
                .map(|(_, s)| s)
        } else {
            Some(found)
        }
    }

    /// The antecedent of a pronoun at `at` and where the text gives it, other than
    /// `except`.
    fn antecedent(
        &self,
        pronoun: &str,
        at: usize,
        done: &[Quote],
        except: Option<&Speaker>,
    ) -> Option<(usize, Speaker)> {
        let other = |s: &Speaker| {
            except.is_none_or(|e| !self.same(e, s))
                && (s.kind != SpeakerKind::Named || self.may_be(pronoun, s))
        };
        let fits = |s: &Speaker| {
            other(s)
                && match pronoun {
                    "he" | "she" => {
                        s.kind == SpeakerKind::Named
                            || (s.kind == SpeakerKind::Anonymous && self.singular(s))
                    }
                    "they" => true,
                    _ => matches!(s.kind, SpeakerKind::Institutional | SpeakerKind::Outlet),
                }
        };
        let named = if pronoun == "it" {
            self.institution_before(at)
        } else {
            self.person_before(at, 0, &other, true)
        };
        let reported = self.reporter_before(at, done).filter(|(_, s)| fits(s));
        let earlier = done
            .iter()
            .rev()
            .take(MAX_LOOKBACK)
            .filter(|q| q.range.start < at)
            .find_map(|q| {
                q.speaker
                    .clone()
                    .filter(|s| fits(s))
                    .map(|s| (q.range.start, s))
            });
        // "Wróblewski said he had watched Danjuma ...": the one who speaks in a sentence
        // comes before a person named later in what they said.
        let found = match (named, reported) {
            (Some(n), Some(r)) if n.0 > r.0 && self.sentence(n.0) == self.sentence(r.0) => Some(r),
            (n, r) => nearest(n, r),
        };
        let found = if matches!(pronoun, "he" | "she") {
            nearest(found, self.introduced_subject(at).filter(|(_, s)| fits(s)))
        } else {
            found
        };
        if matches!(pronoun, "he" | "she") {
            found.or(earlier)
        } else {
            nearest(found, earlier)
        }
    }

    /// Whether the words from `from` to `at`, outside quotes, hold a speech verb with
    /// `object` after it ("told him"): of those words, the first
    /// [`CREDIT_REACH`](super::CREDIT_REACH) bytes, where the antecedent's own verb stands
    /// (read to `at` for each quote, many quotes after one antecedent cost the square of
    /// their length).
    fn addressed(&self, from: usize, at: usize, object: &str) -> bool {
        let from = from.min(at);
        let t = self.tokens(from..self.reach_forward(from, at));
        // "told her staff" is no object pronoun: "her" is a possessive before a noun.
        let possessive = |v: usize| {
            object == "her"
                && v + 1 < t.len()
                && t.joined(v + 1)
                && t.nounish(v + 1)
                && !Determiners.contains(t.lower(v + 1))
        };
        (1..t.len()).any(|v| {
            t.lower(v) == object
                && ReportingVerbs.contains(t.lower(v - 1))
                && !possessive(v)
                && !self.in_quote(&t.range(v, v + 1))
        })
    }

    /// Whether two speakers are one person: the same last word ("Ines Varga", "Varga").
    fn same(&self, a: &Speaker, b: &Speaker) -> bool {
        surname(self.text, &a.range) == surname(self.text, &b.range)
    }

    /// Whether an anonymous speaker is one person ("spokesman", not "witnesses").
    fn singular(&self, s: &Speaker) -> bool {
        let text = self.text[s.range.clone()].to_lowercase();
        let last = text.rsplit(' ').next().unwrap_or("");
        !last.ends_with('s') || PersonNouns.contains(last) || JobTitles.contains(last)
    }

    /// The subject of the last reporting verb before `at` in its sentence or the two
    /// before, outside quotes: "A spokesman said engineers were at work." makes the
    /// spokesman the "he" of the next quote.
    fn reporter_before(&self, at: usize, done: &[Quote]) -> Option<(usize, Speaker)> {
        let n = self.sentences.partition_point(|s| s.start < at);
        for sentence in self.sentences[n.saturating_sub(REPORTER_SENTENCES)..n]
            .iter()
            .rev()
        {
            let end = sentence.end.min(at);
            let mut start = sentence.start.max(end.saturating_sub(NEAR));
            while !self.text.is_char_boundary(start) {
                start += 1;
            }
            if end <= start {
                continue;
            }
            let t = self.tokens(start..end);
            let mut found = (0..t.len())
                .rev()
                .take(NEAR_WORDS)
                .filter(|&v| !self.in_quote(&t.range(v, v + 1)))
                .filter_map(|v| Some((v, verb_at(&t, v)?)))
                .take(NEAR_VERBS);
            if let Some((v, a)) = found.find(|(_, a)| !matches!(a.who, Who::Pronoun(..))) {
                return self.resolve(a.who, done).map(|s| (t.start(v), s));
            }
        }
        None
    }

    /// Whether `range` lies inside a quote.
    pub(super) fn in_quote(&self, range: &Range<usize>) -> bool {
        super::overlaps(self.spans, range)
    }

    /// The nearest person named before `at` and from `floor` on, outside quotes, other
    /// than those `keep` rejects. An untyped name after a preposition of place ("the
    /// streets of Lower Harwick") is passed over, and a surname that only opens a sentence
    /// ("Varga was unmoved.") counts only for a pronoun (`pronoun`) in its own paragraph.
    /// For a pronoun, the person who opens the sentence before it is preferred to one
    /// named later in it: "Lena Holt called Tomas Berg. “...,” she said."
    pub(super) fn person_before(
        &self,
        at: usize,
        floor: usize,
        keep: &dyn Fn(&Speaker) -> bool,
        pronoun: bool,
    ) -> Option<(usize, Speaker)> {
        let mut people = self
            .names
            .before(at)
            .take(MAX_LOOKBACK)
            .take_while(|m| m.range.start >= floor)
            .filter(|m| !(m.kind == Kind::Name && self.after_place_preposition(m.range.start)))
            .filter(|m| {
                m.source != bare::OPENING || (pronoun && !self.text[m.range.end..at].contains('\n'))
            })
            .filter(|m| !self.in_quote(&m.range) && self.names.is_person(m))
            // "posted a farewell on Instagram": a social network is no person.
            .filter(|m| !Networks.contains(&self.text[m.range.clone()].to_lowercase()))
            .filter(|m| !self.before_title(m))
            .filter_map(|m| Some((m.range.start, self.names.speaker(m)?.clone())))
            .filter(|(_, s)| keep(s));
        let (at_nearest, nearest) = people.next()?;
        let sentence = self.sentence(at_nearest);
        if !pronoun || sentence.end > at {
            return Some((at_nearest, nearest));
        }
        let subject = people
            .take_while(|(p, _)| *p >= sentence.start)
            .last()
            .filter(|(p, _)| {
                self.text[sentence.start..*p].split_whitespace().count() <= SUBJECT_AFTER
            });
        Some((at_nearest, subject.map_or(nearest, |(_, s)| s)))
    }

    /// Whether a title follows the name directly: "Mellick chair Judith Ormerod" names
    /// the chair's company, not a person the next "she" can stand for.
    fn before_title(&self, m: &Found) -> bool {
        let word = self.text[m.range.end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
            .unwrap_or("")
            .to_lowercase();
        JobTitles.contains(word.as_str())
    }

    /// Whether a preposition of place ends just before byte `at`.
    fn after_place_preposition(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        before.len() < at && PlacePrepositions.contains(word.as_str())
    }

    /// The nearest organisation named before `at`, outside quotes.
    fn institution_before(&self, at: usize) -> Option<(usize, Speaker)> {
        self.names
            .before(at)
            .take(MAX_LOOKBACK)
            .find(|m| m.kind == Kind::Organisation && !self.in_quote(&m.range))
            .and_then(|m| Some((m.range.start, self.names.speaker(m)?.clone())))
    }

    /// The person a bare title (`title`) or a definite description (with its `head` noun)
    /// at `range` refers back to. An unnamed person the text brought in with the same noun
    /// since the last name stays that anonymous source ("A commuter was blunt. ... the
    /// commuter said"); otherwise it is the person last named with that title or role
    /// ("Governor Ana Lobo", "striker Ibrahim Danjuma", "Ana Lobo, the regional
    /// governor"), else the person last named, by the name as last written. With no one
    /// named before, it is an anonymous source.
    pub(super) fn described(
        &self,
        range: Range<usize>,
        head: Option<Range<usize>>,
        title: Option<&str>,
    ) -> Speaker {
        let at = range.start;
        let head = head.map(|h| self.text[h].to_lowercase());
        let noun = head.as_deref().or(title);
        let last = self.person_before(at, 0, &|s| self.not_misc(s), false);
        let floor = last.as_ref().map_or(0, |(p, _)| *p);
        if let Some(s) = noun.and_then(|n| self.introduced(n, floor, at)) {
            return s;
        }
        // "the lawmaker" fits "MLA Rachel Thibodeau", "the player" fits "striker Ana Lobo".
        let head_role = head
            .as_deref()
            .map(|h| TableList::RoleWords.value(h).unwrap_or(h));
        let fits = |word: &str| {
            title.is_some_and(|t| nouns::title(word) == Some(t))
                || head_role.is_some_and(|h| TableList::RoleWords.value(word).unwrap_or(word) == h)
        };
        let role = self
            .names
            .before(at)
            .take(MAX_LOOKBACK)
            .find(|m| {
                !self.in_quote(&m.range) && self.names.is_person(m) && self.has_role(m, &fits)
            })
            .and_then(|m| self.names.speaker(m).cloned());
        match role.or(last.map(|(_, s)| s)) {
            Some(s) => self.latest(s, at),
            None => Speaker {
                range,
                kind: SpeakerKind::Anonymous,
            },
        }
    }

    /// Whether speaker `s` is not a name the recogniser typed MISC ("the Championship"):
    /// such a name may speak, but is no person for a description to refer back to.
    fn not_misc(&self, s: &Speaker) -> bool {
        self.names
            .at(s.range.start)
            .is_none_or(|m| m.kind != Kind::Misc)
    }

    /// The unnamed person brought in after `floor` and before `at` by an indefinite phrase
    /// whose head is `noun` ("a commuter", "a senior EU diplomat"), outside quotes.
    fn introduced(&self, noun: &str, floor: usize, at: usize) -> Option<Speaker> {
        if floor >= at {
            return None;
        }
        let t = self.tokens(floor..at);
        (0..t.len())
            .rev()
            .filter(|&k| matches!(t.lower(k), "a" | "an" | "another" | "one"))
            .filter(|&k| !self.in_quote(&t.range(k, k + 1)) && !self.describes_name(&t, k))
            .filter_map(|k| match classify(&t, phrase_after(&t, k)?)? {
                Who::Known(s) if s.kind == SpeakerKind::Anonymous => Some(s),
                _ => None,
            })
            .find(|s| {
                self.text[s.range.clone()]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.to_lowercase() == noun)
            })
    }

    /// The first answer `f` gives for the sentence that `at` is in (its words before `at`)
    /// and then for the sentence before it; `f` is given where the words it reads start, and
    /// the words. Of a sentence longer than [`CREDIT_REACH`](super::CREDIT_REACH) bytes only
    /// that much is read: its last words before `at`, or with `opening` its first (for its
    /// subject). Read whole, a sentence that quotes many times over would be read from its
    /// start for each quote, work that grows with the square of its length.
    pub(super) fn recent_sentences<T>(
        &self,
        at: usize,
        opening: bool,
        mut f: impl FnMut(usize, &Tokens) -> Option<T>,
    ) -> Option<T> {
        let n = self.sentences.partition_point(|s| s.start < at);
        self.sentences[n.saturating_sub(2)..n]
            .iter()
            .rev()
            .find_map(|sentence| {
                let end = sentence.end.min(at);
                let words = match opening {
                    true => sentence.start..self.reach_forward(sentence.start, end),
                    false => self.reach_back(sentence.start, end)..end,
                };
                (words.end > words.start)
                    .then(|| f(words.start, &self.tokens(words)))
                    .flatten()
            })
    }

    /// The unnamed person an indefinite phrase brings in as the subject of the sentence
    /// before `at` or its own ("A Dublin emergency consultant, who did not want to be
    /// named, was scathing.", "At the rank, a commuter was less diplomatic."), and where.
    fn introduced_subject(&self, at: usize) -> Option<(usize, Speaker)> {
        self.recent_sentences(at, true, |_, t| {
            // The first word, or the first after a lead-in phrase and its comma.
            let lead = (1..t.len().min(SUBJECT_AFTER + 4)).find(|&k| t.gap(k).trim() == ",");
            let k = [Some(0), lead]
                .into_iter()
                .flatten()
                .find(|&k| k < t.len() && matches!(t.lower(k), "a" | "an"))?;
            if self.in_quote(&t.range(k, k + 1)) || self.describes_name(t, k) {
                return None;
            }
            match classify(t, phrase_after(t, k)?)? {
                Who::Known(s) if s.kind == SpeakerKind::Anonymous && self.singular(&s) => {
                    Some((t.start(k), s))
                }
                _ => None,
            }
        })
    }

    /// Whether the phrase opening at word `k` of `t` is an appositive to a person's name
    /// ("Dorota Kowalczyk-Nowak, an environmental activist", "Ramesh Yadav, 52, a farmer"):
    /// it describes the person named, it brings in no one new.
    fn describes_name(&self, t: &Tokens, k: usize) -> bool {
        let mut j = k;
        while j > 0 && t.gap(j).trim() == "," {
            if let Some(m) = self.names.at(t.start(j - 1)) {
                return self.names.is_person(m);
            }
            if !is_age(t.lower(j - 1)) {
                return false;
            }
            j -= 1;
        }
        false
    }

    /// Who put out the document a definite phrase before `at` names ("the statement read"
    /// after "The hospital's director, Jerzy Kaczmarczyk, issued a statement"): the nearest
    /// name before a verb of issuing that "a" or "an" and the same noun follow, in the
    /// sentence before or the phrase's own.
    pub(super) fn issued(&self, noun: &str, at: usize) -> Option<Speaker> {
        self.recent_sentences(at, false, |start, t| {
            let verb = (2..t.len()).rev().find_map(|k| {
                if t.lower(k) != noun {
                    return None;
                }
                // "issued a statement", "put out a short statement".
                let article =
                    (k.saturating_sub(3)..k).find(|&j| matches!(t.lower(j), "a" | "an"))?;
                (article.saturating_sub(2)..article)
                    .rev()
                    .find(|&j| IssuingVerbs.contains(t.lower(j)))
            })?;
            let from = t.start(verb);
            self.names
                .before(from)
                .take_while(|m| m.range.start >= start)
                .find(|m| !self.in_quote(&m.range))
                .and_then(|m| self.names.speaker(m).cloned())
        })
    }

    /// The person named before with the title that the speaker `s`, "the" and an acronym,
    /// abbreviates: "the SSP" after "Senior Superintendent of Police Ramandeep Kaur Gill",
    /// "the MCE" after "Municipal Chief Executive Abena Sarpong". The acronym must be the
    /// initials of the capitalised words that open the run of them ending with the name.
    pub(super) fn titled_by_initials(&self, s: &Speaker) -> Option<Speaker> {
        let acronym = &self.text[s.range.clone()];
        let is_acronym =
            (2..=5).contains(&acronym.len()) && acronym.bytes().all(|b| b.is_ascii_uppercase());
        let before = &self.text[..s.range.start];
        if !is_acronym || !(before.ends_with("the ") || before.ends_with("The ")) {
            return None;
        }
        let at = s.range.start;
        let person = self
            .names
            .before(at)
            .take(MAX_LOOKBACK)
            .filter(|m| !self.in_quote(&m.range) && self.names.is_person(m))
            .find(|m| {
                let initials = self.run_initials(m);
                initials.len() > acronym.len() && initials.starts_with(acronym)
            })?;
        let named = self.names.speaker(person).cloned()?;
        Some(self.latest(named, at))
    }

    /// The initials of the capitalised words of the run of them (joined by "of", "for" or
    /// "and") that ends with the name `m`, the name's own words included.
    fn run_initials(&self, m: &Found) -> String {
        let t = self.tokens(self.title_reach(m)..m.range.end);
        let mut start = t.len();
        while start > 0 {
            let k = start - 1;
            let joined = k + 1 == t.len() || t.gap(k + 1).trim().is_empty();
            let word = t.lower(k);
            let capital = t.capitalised(k);
            if !joined || !(capital || matches!(word, "of" | "for" | "and")) {
                break;
            }
            start = k;
        }
        (start..t.len())
            .filter(|&k| t.capitalised(k))
            .filter_map(|k| self.text[t.range(k, k + 1)].chars().next())
            .collect()
    }

    /// The person `s` by the name last written for them before `at` ("Iyer" after "Union
    /// Finance Minister Lakshmi Narayanan Iyer ... Iyer told reporters").
    fn latest(&self, s: Speaker, at: usize) -> Speaker {
        self.names
            .before(at)
            .take(MAX_LOOKBACK)
            .filter(|m| !self.in_quote(&m.range) && self.names.is_person(m))
            .filter_map(|m| self.names.speaker(m))
            .find(|n| self.same(n, &s))
            .cloned()
            .unwrap_or(s)
    }

    /// Where a title before the name `m` may begin: [`TITLE_BEFORE_CHARS`] back, on a
    /// character boundary, not before the name's line.
    fn title_reach(&self, m: &Found) -> usize {
        let mut from = m.range.start.saturating_sub(TITLE_BEFORE_CHARS);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        self.text[from..m.range.start]
            .rfind('\n')
            .map_or(from, |i| from + i + 1)
    }

    /// Whether a title or role that `fits` stands beside the name `m`: in it, just before
    /// it ("Governor Ana Lobo", "the chair, Judith Ormerod") or in an appositive after it
    /// ("Ana Lobo, the regional governor").
    fn has_role(&self, m: &Found, is: &dyn Fn(&str) -> bool) -> bool {
        let text = self.text;
        if text[m.range.clone()]
            .split(' ')
            .any(|w| is(&w.to_lowercase()))
        {
            return true;
        }
        let t = self.tokens(self.title_reach(m)..m.range.start);
        let n = t.len();
        for k in (n.saturating_sub(TITLE_BEFORE_WORDS)..n).rev() {
            let end = t.range(k, k + 1).end;
            let gap = &text[end..if k + 1 < n {
                t.start(k + 1)
            } else {
                m.range.start
            }];
            let stop = gap.contains(['.', '!', '?', ';', ':', '(', ')'])
                && !(gap.trim() == "." && Abbreviations.contains(t.lower(k)));
            if stop {
                break;
            }
            if is(t.lower(k)) {
                return true;
            }
        }
        let Some(mut rest) = text[m.range.end..].strip_prefix(',') else {
            return false;
        };
        // "Ramesh Yadav, 52, a farmer": past the age.
        if let Some((age, after)) = rest.split_once(',') {
            if is_age(age.trim()) {
                rest = after;
            }
        }
        let mut len = rest.len().min(APPOSITIVE_CHARS);
        while !rest.is_char_boundary(len) {
            len -= 1;
        }
        let len = rest[..len]
            .find([',', '.', ';', ':', '\n', '('])
            .unwrap_or(len);
        let len = rest[..len].find(DASH).unwrap_or(len);
        let from = text.len() - rest.len();
        let t = self.tokens(from..from + len);
        (0..t.len().min(APPOSITIVE_WORDS)).any(|k| is(t.lower(k)))
    }
}

/// Whether `word` is a person's age as an appositive gives it ("52" in "Ramesh Yadav, 52,").
fn is_age(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}
