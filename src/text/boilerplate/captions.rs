//! Photo and video captions: a line that opens with a label ("Photo:", "Image caption",
//! "FILE PHOTO:"), ends with a credit ("(Photo by A. Person/Agency)", "(Getty Images)",
//! ". Image: Lindmark Herald", ". File photo", ". WIRE/Ines Varga"), or is a video label
//! ("Watch video 2:31").
//!
//! A caption describes a picture in a sentence like any other, so only the label or the
//! credit marks it; a sentence that talks about a photo is left alone.

use crate::lexicon::WordList::{
    CaptionByLabels, CaptionLabels, CaptionStrongLabels, CreditFirstWords, CreditLabels,
    CreditLastWords, FileLabels, PlayerLabels,
};

/// Most words in a "Photo by Ines Varga/Wire" line: a credit, not a sentence about a photo.
const BY_LINE_WORDS: usize = 12;

/// Most characters in a credit in parentheses at the end of a line.
const CREDIT_CHARS: usize = 80;

/// Most words in a credit in capitals closed by a credit word ("(Wire Photo)", "(Lindmark
/// Herald File Photo)").
const CREDIT_WORDS: usize = 6;

/// Most words on either side of the slash of "Ines Varga/Wire": a name and an outlet.
const SLASH_SIDE_WORDS: usize = 4;

/// Most words after a credit label at the end of a caption (". Image: Lindmark Herald").
const LABEL_CREDIT_WORDS: usize = 8;

/// Most words of an agency credit after the caption's last sentence (". WIRE/Ines Varga").
const AGENCY_CREDIT_WORDS: usize = 6;

/// Whether `line` is a photo or video caption or label.
pub(super) fn is_caption(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    opens_with_label(line, &lower)
        || ends_with_credit(line)
        || ends_with_credit_label(line)
        || is_player_label(&lower)
}

fn opens_with_label(line: &str, lower: &str) -> bool {
    if !line.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let followed = |label: &str, ok: &dyn Fn(char) -> bool| {
        lower
            .strip_prefix(label)
            .is_some_and(|rest| rest.chars().next().is_none_or(ok))
    };
    if CaptionStrongLabels
        .words()
        .iter()
        .any(|l| followed(l, &|c| !c.is_alphanumeric()))
        || CaptionLabels
            .words()
            .iter()
            .any(|l| followed(l, &|c| c == ':'))
    {
        return true;
    }
    // "Photo by Ines Varga/Wire"
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or("").to_ascii_lowercase();
    CaptionByLabels.contains(&first)
        && words.next() == Some("by")
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        && line.split_whitespace().count() <= BY_LINE_WORDS
}

/// A credit in parentheses closes the line: "(Photo via social media)", "(Getty Images)",
/// "(Ines Varga/Wire)".
fn ends_with_credit(line: &str) -> bool {
    let Some(body) = line.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let content = &body[open + 1..];
    if content.len() > CREDIT_CHARS || content.contains(')') {
        return false;
    }
    let lower = content.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || "/:,".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    let capitalised = content
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let first = words.first().map(|w| w.trim_matches('.'));
    first.is_some_and(|w| CreditFirstWords.contains(w))
        || capitalised
            && words.len() <= CREDIT_WORDS
            && words.last().is_some_and(|w| CreditLastWords.contains(w))
        || capitalised && is_slash_credit(content)
}

/// "Ines Varga/Wire": one slash between two short runs of capitalised words, no digits.
fn is_slash_credit(content: &str) -> bool {
    let mut sides = content.split('/');
    let (Some(a), Some(b), None) = (sides.next(), sides.next(), sides.next()) else {
        return false;
    };
    let short = |s: &str| (1..=SLASH_SIDE_WORDS).contains(&s.split_whitespace().count());
    short(a) && short(b) && !content.contains(|c: char| c.is_ascii_digit())
}

/// A credit after the caption's last sentence: ". Image: Lindmark Herald",
/// ". File photo", ". WIRE/Ines Varga".
fn ends_with_credit_label(line: &str) -> bool {
    let after_sentence = |at: usize| {
        let before = line[..at].trim_end_matches(' ');
        before.len() < at && before.ends_with(['.', '!', '?', ')', '"', '|', '-'])
    };
    // A label with a byte the line lacks is not in it, and is not searched for.
    let mut held = [0u64; 4];
    for b in line.bytes() {
        held[usize::from(b / 64)] |= 1 << (b % 64);
    }
    let may_hold = |label: &&str| {
        label
            .bytes()
            .all(|b| held[usize::from(b / 64)] & (1 << (b % 64)) != 0)
    };
    let credit = CreditLabels.words().iter().filter(may_hold).any(|label| {
        line.rfind(label).is_some_and(|at| {
            let rest = &line[at + label.len()..];
            at > 0
                && after_sentence(at)
                && rest.split_whitespace().count() <= LABEL_CREDIT_WORDS
                && !rest.contains(". ")
        })
    });
    // ". WIRE/Ines Varga"
    let agency = line.rfind(". ").is_some_and(|at| {
        let rest = &line[at + 2..];
        rest.split_whitespace().count() <= AGENCY_CREDIT_WORDS
            && is_slash_credit(rest)
            && rest
                .split(|c: char| c.is_whitespace() || c == '/')
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    });
    credit
        || agency
        || FileLabels.words().iter().filter(may_hold).any(|label| {
            line.rfind(label).is_some_and(|at| {
                let rest = line[at + label.len()..].trim_start_matches([' ', '.', ':']);
                at > 0 && after_sentence(at) && (rest.is_empty() || rest.starts_with('('))
            })
        })
}

/// A video or audio player label: "Video", "Watch video 2:31", "Video duration 01:45".
fn is_player_label(lower: &str) -> bool {
    // The words left once durations and bare punctuation are dropped, joined by spaces;
    // given up as soon as they are longer than any label.
    let longest = PlayerLabels.words().iter().map(str::len).max().unwrap_or(0);
    let mut rest = String::new();
    let mut dropped = false;
    let tokens = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|')
        .filter(|t| !t.is_empty());
    for token in tokens {
        let t = token.trim_matches([':', '-', '.']);
        if is_duration(token) || t.is_empty() {
            dropped = true;
            continue;
        }
        if !rest.is_empty() {
            rest.push(' ');
        }
        rest.push_str(t);
        if rest.len() > longest {
            return false;
        }
    }
    // A duration alone ("2:31") is a player too.
    if rest.is_empty() {
        dropped
    } else {
        PlayerLabels.contains(&rest)
    }
}

/// "2:31", "02:31", "1:02:03".
fn is_duration(token: &str) -> bool {
    let parts: Vec<&str> = token.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts.iter().enumerate().all(|(i, p)| {
            let len_ok = if i == 0 {
                (1..=2).contains(&p.len())
            } else {
                p.len() == 2
            };
            len_ok && p.bytes().all(|b| b.is_ascii_digit())
        })
}
