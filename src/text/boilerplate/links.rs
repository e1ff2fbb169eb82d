//! Link lines: site navigation ("World / Africa", "Home > News", "Skip to main content"),
//! related-link headings
//! ("Read more:", "Related stories") and the titles under them, and mirror notices
//! ("... can also be accessed at the following alternate addresses:") with the bare web
//! addresses under them.

use crate::lexicon::WordList::{
    InlineHeadings, MirrorPhrases, NavJoiners, RelatedHeadings, SiteControls,
};

/// Characters that separate the parts of a navigation line.
const NAV_SEPARATORS: &[char] = &['/', '>', '|', '»', '›'];

/// Whether `line` is a navigation trail or a row of section names: two or more short
/// capitalised parts between `/`, `>` or `|`, with no digits and no sentence stops.
pub(super) fn is_navigation(line: &str) -> bool {
    if line.len() > 80
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
            words.len() <= 4
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
            && bare.split_whitespace().count() <= 5
            && !bare.ends_with('.')
    {
        return Some(true);
    }
    let inline = InlineHeadings.words().iter().any(|heading| {
        lower.strip_prefix(heading).is_some_and(|rest| {
            let rest = rest.trim_start();
            (rest.starts_with([':', '|', '-', '>', '»'])) && rest.split_whitespace().count() <= 25
        })
    });
    inline.then_some(false)
}

/// Whether `line` reads like a link title under a related-links heading: short, and not
/// a sentence closed by a full stop.
pub(super) fn is_title(line: &str) -> bool {
    let teaser = line.ends_with("...") || line.ends_with('…');
    line.split_whitespace().count() <= 16 && line.len() <= 160 && (!line.ends_with('.') || teaser)
}

/// Whether `line` says the site can be reached at other addresses.
pub(super) fn is_mirror_notice(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    lower.split_whitespace().count() <= 40
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
        && (2..=24).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
}
