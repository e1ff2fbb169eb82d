//! What every fuzz target shares: how the fuzzer's bytes become articles, the checks on
//! what comes out (spans inside the text and on character boundaries, UTF-16 offsets that
//! agree with a direct count, the Report's JSON round trip) and the time bound per byte.
//!
//! A failed check panics with what failed and where, which libFuzzer records as a crash
//! with the input that caused it (`fuzz/artifacts/<target>/`).

use parallax::extract::{entities, Found};
use parallax::report::offsets::Utf16Map;
use parallax::text::{self, Atoms, Normalized, Tokens};
use parallax::{ArticleInput, Input};
use serde_json::Value;
use std::ops::Range;
use std::sync::Once;
use std::time::{Duration, Instant};

/// The byte that separates articles in a fuzz input (ASCII record separator).
pub const ARTICLE_SEPARATOR: u8 = 0x1e;

/// The byte that separates an article's label, publication date and text (ASCII unit
/// separator): `text`, `label␟text` or `label␟published␟text`.
pub const FIELD_SEPARATOR: u8 = 0x1f;

/// The most articles one input gives (a request of 1 to 4; an empty input gives none,
/// which the library refuses).
pub const MAX_FUZZ_ARTICLES: usize = 4;

/// The time any call may take whatever its length, for the allocator, the page faults of a
/// first touch and the fuzzer's own pauses (see RELIABILITY.md for the measurements).
pub const BASE: Duration = Duration::from_millis(250);

/// The time the whole analysis may take per byte of input on top of [`BASE`]: ten times the
/// rate measured on news text under the fuzzer's instrumentation (about 10 µs a byte for
/// 64 KiB with the Report's checks), so that a busy machine never trips it and a shape whose
/// cost grows faster than its length does once the input is long.
pub const ANALYSIS_PER_BYTE: Duration = Duration::from_micros(100);

/// The time one stage may take per byte on top of [`BASE`]: five times the slowest stage
/// measured on news text under instrumentation (reported speech with the recogniser and the
/// quote finder before it, about 5 µs a byte).
pub const STAGE_PER_BYTE: Duration = Duration::from_micros(25);

/// Reads the fuzzer's bytes as a request: articles split at [`ARTICLE_SEPARATOR`] (at most
/// [`MAX_FUZZ_ARTICLES`]; the rest of the bytes are dropped), fields at
/// [`FIELD_SEPARATOR`], bytes that are not UTF-8 replaced as a browser's decoder does.
pub fn input(data: &[u8]) -> Input {
    if data.is_empty() {
        return Input::default();
    }
    let articles = data
        .split(|&b| b == ARTICLE_SEPARATOR)
        .take(MAX_FUZZ_ARTICLES)
        .map(article)
        .collect();
    Input { articles }
}

/// One article from its bytes: `text`, `label␟text` or `label␟published␟text` (more
/// separators stay in the text).
fn article(bytes: &[u8]) -> ArticleInput {
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let mut fields = bytes.splitn(3, |&b| b == FIELD_SEPARATOR);
    let first = fields.next().unwrap_or_default();
    match (fields.next(), fields.next()) {
        (None, _) => ArticleInput {
            text: text(first),
            ..Default::default()
        },
        (Some(second), None) => ArticleInput {
            label: text(first),
            text: text(second),
            ..Default::default()
        },
        (Some(second), Some(third)) => ArticleInput {
            label: text(first),
            published: text(second),
            text: text(third),
        },
    }
}

/// The first article of `data` (an empty one when there is none): what the targets of a
/// single stage read.
pub fn first_article(data: &[u8]) -> ArticleInput {
    input(data).articles.into_iter().next().unwrap_or_default()
}

/// Runs `warm` once per process: the first call loads the recogniser's model and parses the
/// word lists, which is not the work of the input that happens to come first.
pub fn warm_up(warm: impl FnOnce()) {
    static ONCE: Once = Once::new();
    ONCE.call_once(warm);
}

/// Loads the recogniser's model and word lists (by naming the people of one sentence), once,
/// so that the stage targets' first clock does not count it.
pub fn warm_up_recogniser() {
    warm_up(|| {
        let tokens = Tokens::new("Ines Varga flew to Oslo.");
        parallax::extract::entities::find(&tokens, &parallax::text::sentences(tokens.text()));
    });
}

/// Runs `f`, failing with "slow input" when it takes longer than [`BASE`] plus `per_byte`
/// times `len`. The time is the processor time of this thread where Linux tells it
/// (`/proc/thread-self/schedstat`), so that other work on the machine does not count,
/// else the time by the clock; a run over the bound is timed twice more and the fastest of
/// the three counts, since even processor time grows when the machine's caches are shared
/// with other work, and a shape that is really slow is slow every time. (By the clock
/// alone, two inputs that take 20 and 40 ms were once reported slow while the machine was
/// busy.)
pub fn within_time<T>(what: &str, len: usize, per_byte: Duration, f: impl Fn() -> T) -> T {
    let bound = BASE + per_byte * u32::try_from(len).unwrap_or(u32::MAX);
    let timed = || {
        let (cpu, clock) = (thread_cpu(), Instant::now());
        let out = f();
        let spent = match (cpu, thread_cpu()) {
            (Some(start), Some(end)) => end.saturating_sub(start),
            _ => clock.elapsed(),
        };
        (out, spent)
    };
    let (out, first) = timed();
    if first > bound {
        let fastest = (0..2).map(|_| timed().1).fold(first, Duration::min);
        assert!(
            fastest <= bound,
            "slow input: {what} took at least {fastest:?} in three runs on {len} bytes, \
             over the bound {bound:?}"
        );
    }
    out
}

/// The processor time this thread has had, where Linux tells it.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// Runs `check`, within the time bound of one stage, on the first article of `data` read as
/// the stages after the recogniser read it: the article, its tokens and sentences, and the
/// recogniser's names (the names, quotes and speech targets each check what follows these).
pub fn after_names(
    what: &str,
    data: &[u8],
    check: impl Fn(&Read, &Tokens, &[Range<usize>], &[Found]),
) {
    warm_up_recogniser();
    let article = first_article(data);
    within_time(what, data.len(), STAGE_PER_BYTE, || {
        let read = Read::new(article.text.clone());
        let text = read.text();
        let tokens = Tokens::over(text, &read.atoms);
        let sentences = text::sentences(text);
        let names = entities::find(&tokens, &sentences);
        check(&read, &tokens, &sentences, &names);
    });
}

/// The UTF-16 offset of every character boundary of a text, counted directly: the answer
/// the library's one conversion ([`Utf16Map`]) must give.
pub struct Utf16Count {
    /// `at[i]`: the UTF-16 offset of byte `i`, or `u32::MAX` when `i` is inside a character.
    at: Vec<u32>,
}

impl Utf16Count {
    /// Counts `text`.
    pub fn new(text: &str) -> Utf16Count {
        let mut at = vec![u32::MAX; text.len() + 1];
        let mut units = 0u32;
        for (i, c) in text.char_indices() {
            at[i] = units;
            units += c.len_utf16() as u32;
        }
        at[text.len()] = units;
        Utf16Count { at }
    }

    /// The UTF-16 offset of byte `byte`, or `None` when it is not a boundary of the text.
    pub fn of(&self, byte: usize) -> Option<usize> {
        self.at
            .get(byte)
            .filter(|&&u| u != u32::MAX)
            .map(|&u| u as usize)
    }
}

/// Checks that `range` lies inside `text` with both ends on character boundaries.
pub fn check_range(text: &str, range: &Range<usize>, what: &str) {
    assert!(
        range.start <= range.end && range.end <= text.len(),
        "{what}: range {range:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
        "{what}: range {range:?} not on character boundaries of {:?}",
        excerpt(text, range)
    );
}

/// The text around `range`, for a failure message.
fn excerpt(text: &str, range: &Range<usize>) -> String {
    let from = range.start.saturating_sub(20).min(text.len());
    let to = (range.end + 20).min(text.len());
    String::from_utf8_lossy(&text.as_bytes()[from..to]).into_owned()
}

/// One article read as the pipeline reads it: the pasted text, its normalised form with the
/// map back, the atoms of the normalised text, and both UTF-16 views of the pasted text.
pub struct Read {
    /// The text as pasted.
    pub original: String,
    /// The normalised text and its map back to `original`.
    pub normalized: Normalized,
    /// The atoms of the normalised text.
    pub atoms: Atoms,
    /// The library's UTF-16 conversion of `original`.
    map: Utf16Map,
    /// The direct count of `original`.
    count: Utf16Count,
}

impl Read {
    /// Reads `original` as `document::read` does (normalised, then atoms).
    pub fn new(original: String) -> Read {
        let normalized = Normalized::new(&original);
        let atoms = Atoms::read(normalized.as_str());
        let map = Utf16Map::new(&original);
        let count = Utf16Count::new(&original);
        Read {
            original,
            normalized,
            atoms,
            map,
            count,
        }
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        self.normalized.as_str()
    }

    /// Checks a range of the normalised text as a stage hands it on: inside the normalised
    /// text on boundaries; mapped back, inside the pasted text on boundaries; and its
    /// UTF-16 span, as the Report would carry it, equal to the direct count.
    pub fn check(&self, range: &Range<usize>, what: &str) {
        check_range(self.text(), range, what);
        let back = self.normalized.to_original(range.clone());
        check_range(&self.original, &back, what);
        assert!(
            back.start <= back.end,
            "{what}: {range:?} maps back to the reversed {back:?}"
        );
        let span = self.map.span(back.clone());
        let direct = (self.count.of(back.start), self.count.of(back.end));
        assert_eq!(
            (Some(span.start_utf16), Some(span.end_utf16)),
            direct,
            "{what}: UTF-16 offsets of {back:?} disagree with a direct count"
        );
    }
}

/// Checks the Report's JSON against the request it answers: it parses back to the value it
/// was written from; each article's sizes are those of its text; every span (any object with
/// `start`, `end`, `start_utf16` and `end_utf16`) lies in its article's text on character
/// boundaries with UTF-16 offsets equal to a direct count; a snippet's or a mention's
/// `text` is the pasted text under its span; and every index points at something.
pub fn check_report(input: &Input, report: &parallax::Report) {
    let json = serde_json::to_string(report).expect("a Report always serialises");
    let parsed: Value = serde_json::from_str(&json).expect("the Report's JSON parses");
    let value = serde_json::to_value(report).expect("a Report always serialises");
    assert_eq!(
        parsed, value,
        "the Report's JSON does not parse back to itself"
    );

    let texts: Vec<&str> = input.articles.iter().map(|a| a.text.as_str()).collect();
    let counts: Vec<Utf16Count> = texts.iter().map(|t| Utf16Count::new(t)).collect();
    let articles = value["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), texts.len(), "one article per input article");
    let ids: Vec<&str> = articles
        .iter()
        .map(|a| a["id"].as_str().expect("article id"))
        .collect();
    let index_of = |id: &Value| {
        let id = id.as_str().expect("an article id");
        ids.iter()
            .position(|&i| i == id)
            .unwrap_or_else(|| panic!("unknown article id {id:?}"))
    };
    let entities = value["entities"].as_array().expect("entities").len();
    for (i, article) in articles.iter().enumerate() {
        let text = texts[i];
        assert_eq!(article["bytes"], text.len(), "article {i}: bytes");
        let utf16 = text.encode_utf16().count();
        assert_eq!(article["utf16_len"], utf16, "article {i}: utf16_len");
        let analysed = article["analysed_utf16_len"].as_u64().expect("analysed") as usize;
        assert!(analysed <= utf16, "article {i}: analysed past the end");
        walk(article, &format!("articles[{i}]"), &mut |at, v| {
            check_span_value(text, &counts[i], v, at);
            if let Some(e) = v.get("entity").and_then(Value::as_u64) {
                assert!((e as usize) < entities, "{at}: entity {e} of {entities}");
            }
        });
    }
    for (k, finding) in value["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .enumerate()
    {
        for (j, s) in finding["spans"]
            .as_array()
            .expect("spans")
            .iter()
            .enumerate()
        {
            let i = index_of(&s["article"]);
            let at = format!("findings[{k}].spans[{j}]");
            check_span_value(texts[i], &counts[i], &s["span"], &at);
        }
        if let Some(e) = finding["entity"].as_u64() {
            assert!(
                (e as usize) < entities,
                "findings[{k}]: entity {e} of {entities}"
            );
        }
    }
    for entity in value["entities"].as_array().expect("entities") {
        for m in entity["mentions"].as_array().expect("mentions") {
            let mentions = articles[index_of(&m["article"])]["mentions"]
                .as_array()
                .expect("mentions")
                .len();
            for x in m["indexes"].as_array().expect("indexes") {
                assert!(
                    x.as_u64().expect("index") < mentions as u64,
                    "entity mention index"
                );
            }
        }
    }
    for pair in value["pairs"].as_array().expect("pairs") {
        let sentences = |side: usize| {
            articles[index_of(&pair["articles"][side])]["sentences"]
                .as_array()
                .expect("sentences")
                .len() as u64
        };
        let (a, b) = (sentences(0), sentences(1));
        for m in pair["aligned"].as_array().expect("aligned") {
            assert!(
                m["a"].as_u64().expect("a") < a,
                "aligned sentence past the first's"
            );
            assert!(
                m["b"].as_u64().expect("b") < b,
                "aligned sentence past the second's"
            );
        }
    }
}

/// Calls `visit` on `value` and on everything inside it, with a path for messages.
fn walk(value: &Value, at: &str, visit: &mut dyn FnMut(&str, &Value)) {
    visit(at, value);
    match value {
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, &format!("{at}[{i}]"), visit);
            }
        }
        Value::Object(fields) => {
            for (k, v) in fields {
                walk(v, &format!("{at}.{k}"), visit);
            }
        }
        _ => {}
    }
}

/// When `v` is a span, checks it against `text`; when it is a snippet or a mention (a
/// `text` beside a `span`), checks that the text is what stands under the span.
fn check_span_value(text: &str, count: &Utf16Count, v: &Value, at: &str) {
    let field = |name: &str| v.get(name).and_then(Value::as_u64).map(|n| n as usize);
    if let (Some(start), Some(end), Some(start_utf16), Some(end_utf16)) = (
        field("start"),
        field("end"),
        field("start_utf16"),
        field("end_utf16"),
    ) {
        check_range(text, &(start..end), at);
        assert_eq!(
            (Some(start_utf16), Some(end_utf16)),
            (count.of(start), count.of(end)),
            "{at}: UTF-16 offsets disagree with a direct count"
        );
    }
    if let (Some(Value::String(said)), Some(span)) = (v.get("text"), v.get("span")) {
        let (start, end) = (span["start"].as_u64(), span["end"].as_u64());
        if let (Some(start), Some(end)) = (start, end) {
            let under = text.get(start as usize..end as usize);
            assert_eq!(
                under,
                Some(said.as_str()),
                "{at}: text is not what its span holds"
            );
        }
    }
}

/// Checks ranges a stage promises in text order and without overlaps, and each one as
/// [`Read::check`] does.
pub fn check_in_order(read: &Read, ranges: impl Iterator<Item = Range<usize>>, what: &str) {
    let mut end = 0;
    for r in ranges {
        read.check(&r, what);
        assert!(
            r.start >= end,
            "{what} {r:?} overlaps or precedes the one before (ending at {end})"
        );
        end = r.end;
    }
}
