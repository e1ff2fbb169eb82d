//! Widget lines: share buttons, follow-us and app prompts, subscribe and sign-up prompts,
//! and copyright lines.
//!
//! A widget is a short line that opens with its call to action ("Share this article",
//! "Follow us on Telegram", "Sign up for ...") or is a row of social network names.
//! Wording that only appears inside a sentence ("residents were urged to follow the
//! ministry on Telegram") is never enough.

use super::BlockKind;

/// Most words in a line that opens with "Share": a share widget is a few words; a longer
/// line is a sentence about sharing.
const SHARE_WORDS: usize = 10;

/// Most words in a follow or app prompt ("Follow the Lindmark Herald on Telegram").
const FOLLOW_WORDS: usize = 12;

/// Most words in a subscribe, sign-up or newsletter prompt: a prompt may carry a sentence
/// of pitch ("Sign up for our morning briefing and get the day's news in your inbox").
const PROMPT_WORDS: usize = 25;

/// Most words in a sign-up or subscribe call that names no newsletter ("Sign up now",
/// "Click here to subscribe"): longer, it may be a sentence about subscribing.
const CALL_WORDS: usize = 8;

/// Most words in an e-mail prompt ("Enter your email address to get our alerts").
const EMAIL_PROMPT_WORDS: usize = 12;

/// Most words in a sign-in link ("Sign in", "Log in to comment").
const SIGN_IN_WORDS: usize = 6;

/// Most words in a copyright line: a notice may run to a sentence or two.
const COPYRIGHT_WORDS: usize = 30;
use crate::lexicon::WordList::{
    AfterAppOpener, AfterShare, AfterSignUp, AppOpeners, FollowOpeners, Networks,
    NewsletterPrompts, NewsletterWords, ShareButtons, ShareLines,
};

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
    !tokens.is_empty()
        && tokens
            .iter()
            .all(|t| Networks.contains(t) || ShareButtons.contains(t))
        && (continues || tokens.iter().any(|t| Networks.contains(t)) && tokens != ["x"])
}

/// Most words in an app's name left as a link under the share buttons ("Outlet News Roku").
const APP_NAME_WORDS: usize = 5;

/// Whether `line` reads as a name, not a sentence: a few words, capitalised, no digits and
/// no closing mark. Only a line that ends the page right under a share or follow widget is
/// asked.
pub(super) fn is_app_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() <= APP_NAME_WORDS
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !line.contains(|c: char| c.is_ascii_digit() || ".!?:;,".contains(c))
}

/// A word without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '@')
}

fn is_share(lower: &str, words: &[&str]) -> bool {
    let line = lower.trim_end_matches([':', '.', '!']);
    if ShareLines.contains(line) {
        return true;
    }
    // A comma makes it a sentence: "Share this with your neighbours, the mayor said."
    words.len() <= SHARE_WORDS
        && !lower.contains(", ")
        && words.first() == Some(&"share")
        && (lower.starts_with("share:") || words.get(1).is_some_and(|w| AfterShare.contains(w)))
}

fn is_follow(lower: &str, words: &[&str]) -> bool {
    if words.len() > FOLLOW_WORDS {
        return false;
    }
    let names_network = words.iter().any(|w| Networks.contains(w))
        || lower.contains("social media")
        || lower.contains("google news");
    // "Follow us", "Follow @herald", "Follow the Lindmark Herald on Telegram".
    let on_network = words
        .windows(2)
        .any(|pair| pair[0] == "on" && (Networks.contains(pair[1]) || pair[1] == "social"))
        || lower.contains("on google news");
    let follow = words.first() == Some(&"follow")
        && (words
            .get(1)
            .is_some_and(|w| *w == "us" || w.starts_with('@'))
            || on_network);
    let join = FollowOpeners.contains(words.first().unwrap_or(&""))
        && names_network
        && words
            .get(1)
            .is_some_and(|w| ["us", "our", "with"].contains(w));
    follow || join || is_app_prompt(lower, words)
}

/// "Download our app", "Get it on Google Play", "Available on the App Store".
fn is_app_prompt(lower: &str, words: &[&str]) -> bool {
    let store = lower.contains("app store") || lower.contains("google play");
    let opener = AppOpeners.contains(words.first().unwrap_or(&""))
        && words.get(1).is_some_and(|w| AfterAppOpener.contains(w));
    opener && (store || words.iter().any(|w| *w == "app" || *w == "apps"))
}

fn is_subscribe(lower: &str, words: &[&str]) -> bool {
    let n = words.len();
    let newsletter = words.iter().any(|w| NewsletterWords.contains(w));
    let first = words.first().copied().unwrap_or("");
    if first == "subscribe" || words.starts_with(&["already", "a", "subscriber"]) {
        return n <= PROMPT_WORDS;
    }
    if words.starts_with(&["sign", "up"]) || first == "sign-up" {
        let after = words.get(if first == "sign-up" { 1 } else { 2 });
        let email = words.iter().any(|w| *w == "email" || *w == "e-mail");
        return n <= PROMPT_WORDS
            && (newsletter
                || email
                || n <= CALL_WORDS && after.is_none_or(|w| AfterSignUp.contains(w)));
    }
    if words.starts_with(&["enter", "your", "email"]) {
        return n <= EMAIL_PROMPT_WORDS;
    }
    if ["sign", "log"].contains(&first) && words.get(1) == Some(&"in") {
        return n <= SIGN_IN_WORDS && !lower.ends_with('.');
    }
    NewsletterPrompts.contains(first) && newsletter && n <= PROMPT_WORDS
        || (lower.contains("to subscribe") || lower.contains("subscribe now"))
            && n <= CALL_WORDS
            && !lower.ends_with('.')
}

fn is_copyright(line: &str, lower: &str, words: &[&str]) -> bool {
    if words.len() > COPYRIGHT_WORDS {
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
