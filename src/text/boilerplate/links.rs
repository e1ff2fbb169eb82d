//! Link lines: site navigation ("World / Africa", "Home > News", "Skip to main content"),
//! related-link headings
//! ("Read more:", "Related stories") and the titles under them, and mirror notices
//! ("... can also be accessed at the following alternate addresses:") with the bare web
//! addresses under them.

use crate::lexicon::WordList::{
    InlineHeadings, MirrorPhrases, NavJoiners, RelatedHeadings, SiteControls,
};

/// Most characters in a navigation line: a trail of a few section names.
const NAV_CHARS: usize = 80;

/// Most words in one section name of a navigation line ("Science and Technology").
const NAV_PART_WORDS: usize = 4;

/// Most words in a "More from ..." heading ("More from the Lindmark Herald").
const MORE_FROM_WORDS: usize = 5;

/// Most words of a link title on the line of its heading ("READ MORE: ...").
const INLINE_TITLE_WORDS: usize = 25;

/// Most words and characters in a link title under a related-links heading: a headline,
/// not a paragraph.
const TITLE_WORDS: usize = 16;
const TITLE_CHARS: usize = 160;

/// Most words in a mirror notice: a sentence or two before the addresses.
const MIRROR_WORDS: usize = 40;

/// Letters in a top-level domain: two for a country code, up to 24 for the longest in use.
const TLD_LETTERS: std::ops::RangeInclusive<usize> = 2..=24;

/// Characters that separate the parts of a navigation line.
const NAV_SEPARATORS: &[char] = &['/', '>', '|', '»', '›'];

/// Whether `line` is a navigation trail or a row of section names: two or more short
/// capitalised parts between `/`, `>` or `|`, with no digits and no sentence stops.
pub(super) fn is_navigation(line: &str) -> bool {
    if line.len() > NAV_CHARS
        || !line.contains(NAV_SEPARATORS)
        || line.contains(|c: char| c.is_ascii_digit() || ".,;:!?()\"".contains(c))
    {
        return false;
    }
    // A trail written with `>` is clearly navigation; with `/` or `|` every word must be
    // capitalised, so that "Ukraine/Norland talks" stays a headline.
    let trail = line.contains(['>', '»', '›']);
    let parts: Vec<&str> = line
        .split(NAV_SEPARATORS)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 2
        && parts.iter().all(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
            words.len() <= NAV_PART_WORDS
                && words.first().is_some_and(capitalised)
                && (trail
                    || words
                        .iter()
                        .all(|w| capitalised(w) || NavJoiners.contains(w)))
        })
}

/// Whether `line` is a site control: "Skip to main content", "Menu", "Back to top".
pub(super) fn is_site_control(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    SiteControls.contains(lower.trim_end_matches(['.', ':', ' ']))
}

/// Whether `line` is a related-links heading: `Some(true)` for a heading on its own line,
/// whose list follows; `Some(false)` for a heading with its one title on the line.
pub(super) fn related_heading(line: &str) -> Option<bool> {
    let lower = line.to_ascii_lowercase();
    let bare = lower.trim_end_matches([':', ' ', '>', '»', '-', '|']);
    if RelatedHeadings.contains(bare)
        || bare.starts_with("more from ")
            && bare.split_whitespace().count() <= MORE_FROM_WORDS
            && !bare.ends_with('.')
    {
        return Some(true);
    }
    let inline = InlineHeadings.words().iter().any(|heading| {
        lower.strip_prefix(heading).is_some_and(|rest| {
            let rest = rest.trim_start();
            (rest.starts_with([':', '|', '-', '>', '»']))
                && rest.split_whitespace().count() <= INLINE_TITLE_WORDS
        })
    });
    inline.then_some(false)
}

/// Whether `line` reads like a link title under a related-links heading: short, and not
/// a sentence closed by a full stop.
pub(super) fn is_title(line: &str) -> bool {
    let teaser = line.ends_with("...") || line.ends_with('…');
    line.split_whitespace().count() <= TITLE_WORDS
        && line.len() <= TITLE_CHARS
        && (!line.ends_with('.') || teaser)
}

/// Whether `line` says the site can be reached at other addresses.
pub(super) fn is_mirror_notice(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    lower.split_whitespace().count() <= MIRROR_WORDS
        && MirrorPhrases.words().iter().any(|p| lower.contains(p))
}

/// Whether `line` holds a web address ("www.example.tv", "https://example.com/news").
pub(super) fn has_address(line: &str) -> bool {
    line.split_whitespace().any(is_address)
}

/// Whether `line` is nothing but web addresses, separated by spaces, commas or "or".
pub(super) fn is_addresses(line: &str) -> bool {
    let mut tokens = line
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|t| !t.is_empty() && !matches!(*t, "or" | "and" | "-" | "|"))
        .peekable();
    tokens.peek().is_some() && tokens.all(is_address)
}

/// A bare domain name or URL, with any closing punctuation.
fn is_address(token: &str) -> bool {
    let token = token.trim_end_matches(['.', ',', ';', ':', ')']);
    let token = token.trim_start_matches('(');
    // Both forms hold a full stop; most words of a line have none, and are not copied.
    if !token.contains('.') {
        return false;
    }
    let lower = token.to_ascii_lowercase();
    if let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    {
        return rest.len() > 3 && rest.contains('.');
    }
    let host = lower.split('/').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    let tld = labels.last().copied().unwrap_or("");
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && TLD_LETTERS.contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
}
