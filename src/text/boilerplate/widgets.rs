//! Widget lines: share buttons, follow-us and app prompts, subscribe and sign-up prompts,
//! and copyright lines.
//!
//! A widget is a short line that opens with its call to action ("Share this article",
//! "Follow us on Telegram", "Sign up for ...") or is a row of social network names.
//! Wording that only appears inside a sentence ("residents were urged to follow the
//! ministry on Telegram") is never enough.

use super::BlockKind;

/// Social networks and messaging services, lower-cased.
pub(super) const NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "instagram",
    "telegram",
    "whatsapp",
    "youtube",
    "tiktok",
    "linkedin",
    "threads",
    "bluesky",
    "mastodon",
    "reddit",
    "snapchat",
    "pinterest",
    "flipboard",
    "vk",
    "weibo",
    "wechat",
    "viber",
    "messenger",
    "tumblr",
];

/// Other buttons that sit in a row of share icons, lower-cased.
const BUTTONS: &[&str] = &[
    "email", "e-mail", "mail", "print", "share", "copy", "link", "tweet", "sms", "more", "google",
    "news", "pin", "save", "comments",
];

/// Whole lines that are share widgets, lower-cased, trailing colon removed.
const SHARE_LINES: &[&str] = &[
    "copy link",
    "copy the link",
    "copy url",
    "link copied",
    "copied",
    "print",
    "print this article",
    "print this page",
    "email this article",
    "email this story",
    "send by email",
    "tweet",
    "share",
    "shares",
    "click to share",
    "share this",
];

/// Words that may follow "Share" at the start of a share widget, lower-cased.
const AFTER_SHARE: &[&str] = &[
    "this", "on", "via", "to", "article", "story", "page", "full", "link", "options", "by",
];

/// Words that may follow "Sign up" in a sign-up prompt, lower-cased.
const AFTER_SIGN_UP: &[&str] = &["for", "to", "now", "here", "today", "free", "and"];

/// Words that make a line opened by a call to action a newsletter prompt, lower-cased.
const NEWSLETTER_WORDS: &[&str] = &[
    "newsletter",
    "newsletters",
    "inbox",
    "alerts",
    "briefing",
    "digest",
];

/// Calls to action that open a newsletter prompt, lower-cased.
const PROMPTS: &[&str] = &[
    "get",
    "receive",
    "join",
    "stay",
    "never",
    "don't",
    "want",
    "register",
    "newsletter",
];

/// The kind of widget `line` is (share, follow, subscribe or copyright), if any.
pub(super) fn kind(line: &str) -> Option<BlockKind> {
    let lower = line.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '/')
        .map(bare)
        .filter(|w| !w.is_empty())
        .collect();
    if is_copyright(line, &lower, &words) {
        Some(BlockKind::Copyright)
    } else if is_follow(&lower, &words) {
        Some(BlockKind::Follow)
    } else if is_subscribe(&lower, &words) {
        Some(BlockKind::Subscribe)
    } else if is_share(&lower, &words) {
        Some(BlockKind::Share)
    } else {
        None
    }
}

/// Whether `line` is a row of social network names and share buttons
/// ("Facebook Twitter WhatsApp Email", "Telegram | X | YouTube"). Right under another
/// share or follow line (`continues`), buttons alone ("Print", "X") count too.
pub(super) fn is_network_list(line: &str, continues: bool) -> bool {
    let lower = line.to_ascii_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || ",|/·•".contains(c))
        .map(bare)
        .filter(|t| !t.is_empty())
        .collect();
    let networks = tokens.iter().filter(|t| NETWORKS.contains(t)).count();
    !tokens.is_empty()
        && tokens
            .iter()
            .all(|t| NETWORKS.contains(t) || BUTTONS.contains(t))
        && (continues || networks > 0 && tokens != ["x"])
}

/// A word without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '@')
}

fn is_share(lower: &str, words: &[&str]) -> bool {
    let line = lower.trim_end_matches([':', '.', '!']);
    if SHARE_LINES.contains(&line) {
        return true;
    }
    // A comma makes it a sentence: "Share this with your neighbours, the mayor said."
    words.len() <= 10
        && !lower.contains(", ")
        && words.first() == Some(&"share")
        && (lower.starts_with("share:") || words.get(1).is_some_and(|w| AFTER_SHARE.contains(w)))
}

fn is_follow(lower: &str, words: &[&str]) -> bool {
    if words.len() > 12 {
        return false;
    }
    let names_network = words.iter().any(|w| NETWORKS.contains(w))
        || lower.contains("social media")
        || lower.contains("google news");
    // "Follow us", "Follow @herald", "Follow the Lindmark Herald on Telegram".
    let on_network = words
        .windows(2)
        .any(|pair| pair[0] == "on" && (NETWORKS.contains(&pair[1]) || pair[1] == "social"))
        || lower.contains("on google news");
    let follow = words.first() == Some(&"follow")
        && (words
            .get(1)
            .is_some_and(|w| *w == "us" || w.starts_with('@'))
            || on_network);
    let join = ["like", "find", "join", "connect"].contains(words.first().unwrap_or(&""))
        && names_network
        && words
            .get(1)
            .is_some_and(|w| ["us", "our", "with"].contains(w));
    follow || join || is_app_prompt(lower, words)
}

/// "Download our app", "Get it on Google Play", "Available on the App Store".
fn is_app_prompt(lower: &str, words: &[&str]) -> bool {
    let store = lower.contains("app store") || lower.contains("google play");
    let opener = ["download", "get", "install", "available"].contains(words.first().unwrap_or(&""))
        && words
            .get(1)
            .is_some_and(|w| ["our", "the", "it", "on", "now", "free", "app", "in"].contains(w));
    opener && (store || words.iter().any(|w| *w == "app" || *w == "apps"))
}

fn is_subscribe(lower: &str, words: &[&str]) -> bool {
    let n = words.len();
    let newsletter = words.iter().any(|w| NEWSLETTER_WORDS.contains(w));
    let first = words.first().copied().unwrap_or("");
    if first == "subscribe" || words.starts_with(&["already", "a", "subscriber"]) {
        return n <= 25;
    }
    if words.starts_with(&["sign", "up"]) || first == "sign-up" {
        let after = words.get(if first == "sign-up" { 1 } else { 2 });
        let email = words.iter().any(|w| *w == "email" || *w == "e-mail");
        return n <= 25
            && (newsletter || email || n <= 8 && after.is_none_or(|w| AFTER_SIGN_UP.contains(w)));
    }
    if words.starts_with(&["enter", "your", "email"]) {
        return n <= 12;
    }
    if ["sign", "log"].contains(&first) && words.get(1) == Some(&"in") {
        return n <= 6 && !lower.ends_with('.');
    }
    PROMPTS.contains(&first) && newsletter && n <= 25
        || (lower.contains("to subscribe") || lower.contains("subscribe now"))
            && n <= 8
            && !lower.ends_with('.')
}

fn is_copyright(line: &str, lower: &str, words: &[&str]) -> bool {
    if words.len() > 30 {
        return false;
    }
    let year_after_c = lower
        .strip_prefix("(c) ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    if line.contains('©') || year_after_c {
        return true;
    }
    let year_follows = words
        .get(1)
        .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()) || *w == "c");
    if words.first() == Some(&"copyright") && (year_follows || lower.contains("rights reserved")) {
        return true;
    }
    // "Lindmark Herald 2024. All rights reserved." but not "All rights reserved under the
    // charter remain ...".
    if let Some(at) = lower.find("all rights reserved") {
        let before = lower[..at].trim_end();
        let after = lower[at + "all rights reserved".len()..].trim_start();
        let apart = |s: &str| {
            s.is_empty()
                || s.ends_with(['.', '|', '-', ','])
                || s.ends_with(|c: char| c.is_ascii_digit())
        };
        if apart(before) && (after.is_empty() || after.starts_with(['.', '|', '-'])) {
            return true;
        }
    }
    (lower.starts_with("this material") || lower.starts_with("this article"))
        && lower.contains("may not be")
}
