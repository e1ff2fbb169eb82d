//! Photo and video captions: a line that opens with a label ("Photo:", "Image caption",
//! "FILE PHOTO:"), ends with a credit ("(Photo by A. Person/Agency)", "(Getty Images)",
//! ". Image: Lindmark Herald", ". File photo", ". WIRE/Ines Varga"), or is a video label
//! ("Watch video 2:31").
//!
//! A caption describes a picture in a sentence like any other, so only the label or the
//! credit marks it; a sentence that talks about a photo is left alone.

/// Labels that open a caption when a colon follows, lower-cased.
const LABELS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "picture",
    "pictures",
    "pic",
    "image",
    "images",
    "video",
    "credit",
    "credits",
    "photo credit",
    "image credit",
    "caption",
    "file",
    "watch",
    "listen",
    "gallery",
    "in pictures",
    "in photos",
];

/// Labels that open a caption whatever follows, lower-cased.
const STRONG_LABELS: &[&str] = &[
    "image caption",
    "media caption",
    "image source",
    "file photo",
    "file image",
    "file picture",
    "watch video",
    "play video",
];

/// Words that open a caption when "by" and a capitalised name follow, lower-cased.
const BY_LABELS: &[&str] = &["photo", "photos", "photograph", "picture", "image", "video"];

/// Labels that introduce a credit at the end of a caption, as written.
const CREDIT_LABELS: &[&str] = &[
    "Photo:",
    "Photos:",
    "Photograph:",
    "Picture:",
    "Pictures:",
    "Image:",
    "Credit:",
    "Photo credit:",
    "PHOTO:",
    "IMAGE:",
    "CREDIT:",
];

/// "File photo" as a trailing label, as written.
const FILE_LABELS: &[&str] = &[
    "File photo",
    "File Photo",
    "FILE PHOTO",
    "File picture",
    "File image",
];

/// Words that open a credit in parentheses, lower-cased.
const CREDIT_FIRST: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "photography",
    "picture",
    "pictures",
    "pic",
    "image",
    "images",
    "video",
    "footage",
    "file",
    "credit",
    "courtesy",
    "handout",
    "screenshot",
    "screengrab",
    "illustration",
];

/// Words that close a credit in parentheses written in capitals ("(Wire Photo)"),
/// lower-cased.
const CREDIT_LAST: &[&str] = &[
    "photo",
    "photos",
    "photography",
    "picture",
    "pictures",
    "images",
    "handout",
    "file",
];

/// Lines that label a video or audio player once durations are taken out, lower-cased.
const PLAYER_LABELS: &[&str] = &[
    "video",
    "watch",
    "play",
    "play video",
    "watch video",
    "watch live",
    "watch now",
    "watch the video",
    "live video",
    "video duration",
    "video length",
    "duration",
    "now playing",
    "replay",
    "listen",
    "audio",
    "listen to this article",
    "listen to article",
    "",
];

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
    if STRONG_LABELS
        .iter()
        .any(|l| followed(l, &|c| !c.is_alphanumeric()))
        || LABELS.iter().any(|l| followed(l, &|c| c == ':'))
    {
        return true;
    }
    // "Photo by Ines Varga/Wire"
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or("").to_ascii_lowercase();
    BY_LABELS.contains(&first.as_str())
        && words.next() == Some("by")
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        && line.split_whitespace().count() <= 12
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
    if content.len() > 80 || content.contains(')') {
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
    first.is_some_and(|w| CREDIT_FIRST.contains(&w))
        || capitalised && words.len() <= 6 && words.last().is_some_and(|w| CREDIT_LAST.contains(w))
        || capitalised && is_slash_credit(content)
}

/// "Ines Varga/Wire": one slash between two short runs of capitalised words, no digits.
fn is_slash_credit(content: &str) -> bool {
    let mut sides = content.split('/');
    let (Some(a), Some(b), None) = (sides.next(), sides.next(), sides.next()) else {
        return false;
    };
    let short = |s: &str| (1..=4).contains(&s.split_whitespace().count());
    short(a) && short(b) && !content.contains(|c: char| c.is_ascii_digit())
}

/// A credit after the caption's last sentence: ". Image: Lindmark Herald",
/// ". File photo", ". WIRE/Ines Varga".
fn ends_with_credit_label(line: &str) -> bool {
    let after_sentence = |at: usize| {
        let before = line[..at].trim_end_matches(' ');
        before.len() < at && before.ends_with(['.', '!', '?', ')', '"', '|', '-'])
    };
    let credit = CREDIT_LABELS.iter().any(|label| {
        line.rfind(label).is_some_and(|at| {
            let rest = &line[at + label.len()..];
            at > 0
                && after_sentence(at)
                && rest.split_whitespace().count() <= 8
                && !rest.contains(". ")
        })
    });
    // ". WIRE/Ines Varga"
    let agency = line.rfind(". ").is_some_and(|at| {
        let rest = &line[at + 2..];
        rest.split_whitespace().count() <= 6
            && is_slash_credit(rest)
            && rest
                .split(|c: char| c.is_whitespace() || c == '/')
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    });
    credit
        || agency
        || FILE_LABELS.iter().any(|label| {
            line.rfind(label).is_some_and(|at| {
                let rest = line[at + label.len()..].trim_start_matches([' ', '.', ':']);
                at > 0 && after_sentence(at) && (rest.is_empty() || rest.starts_with('('))
            })
        })
}

/// A video or audio player label: "Video", "Watch video 2:31", "Video duration 01:45".
fn is_player_label(lower: &str) -> bool {
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|')
        .filter(|t| !t.is_empty())
        .collect();
    let rest: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|t| !is_duration(t))
        .map(|t| t.trim_matches([':', '-', '.']))
        .filter(|t| !t.is_empty())
        .collect();
    let had_duration = rest.len() < tokens.len();
    let rest = rest.join(" ");
    PLAYER_LABELS.contains(&rest.as_str()) && (had_duration || !rest.is_empty())
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
