//! Units after a number, each with the normal unit it converts to: lengths to `m`, masses
//! to `kg`, areas to `m2`, speeds to `km/h`, percentages to `%`, durations to a singular
//! `year`/`day`/..., and money to its ISO code, written before the number ("$", "US$",
//! "€", "Rs") or after it ("dollars", "euros", "CFA francs").

use super::lex::{listed, Toks};
use super::number::Dec;

/// What a unit measures, which decides how the finder treats it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// A physical measure or percentage (`m`, `kg`, `%`).
    Physical,
    /// Money.
    Money,
    /// A span of time.
    Duration,
}

/// A unit read after a number: the normal unit, the factor into it, and the token after.
#[derive(Debug, Clone, Copy)]
pub struct Unit {
    /// The normal unit ("m", "USD", "year").
    pub name: &'static str,
    /// What one of the written unit is in the normal unit.
    pub factor: Dec,
    /// What it measures.
    pub measure: Measure,
    /// The token after the unit.
    pub end: usize,
}

/// Length units in metres.
const LENGTHS: &[(&str, Dec)] = &[
    ("km", Dec::int(1000)),
    ("kms", Dec::int(1000)),
    ("kilometre", Dec::int(1000)),
    ("kilometres", Dec::int(1000)),
    ("kilometer", Dec::int(1000)),
    ("kilometers", Dec::int(1000)),
    ("m", Dec::int(1)),
    ("metre", Dec::int(1)),
    ("metres", Dec::int(1)),
    ("meter", Dec::int(1)),
    ("meters", Dec::int(1)),
    ("cm", Dec::new(1, 2)),
    ("centimetre", Dec::new(1, 2)),
    ("centimetres", Dec::new(1, 2)),
    ("centimeter", Dec::new(1, 2)),
    ("centimeters", Dec::new(1, 2)),
    ("mm", Dec::new(1, 3)),
    ("millimetre", Dec::new(1, 3)),
    ("millimetres", Dec::new(1, 3)),
    ("millimeter", Dec::new(1, 3)),
    ("millimeters", Dec::new(1, 3)),
    ("mile", Dec::new(1_609_344, 3)),
    ("miles", Dec::new(1_609_344, 3)),
    ("mi", Dec::new(1_609_344, 3)),
    ("foot", Dec::new(3048, 4)),
    ("feet", Dec::new(3048, 4)),
    ("ft", Dec::new(3048, 4)),
    ("yard", Dec::new(9144, 4)),
    ("yards", Dec::new(9144, 4)),
    ("yd", Dec::new(9144, 4)),
    ("yds", Dec::new(9144, 4)),
    ("inch", Dec::new(254, 4)),
    ("inches", Dec::new(254, 4)),
];

/// Area units with names of their own, in square metres (areas made of a length, "square
/// miles", "km²", are read from the length).
const AREAS: &[(&str, Dec)] = &[
    ("hectare", Dec::int(10_000)),
    ("hectares", Dec::int(10_000)),
    ("ha", Dec::int(10_000)),
    ("acre", Dec::new(40_468_564_224, 7)),
    ("acres", Dec::new(40_468_564_224, 7)),
];

/// Mass units in kilograms.
const MASSES: &[(&str, Dec)] = &[
    ("kg", Dec::int(1)),
    ("kgs", Dec::int(1)),
    ("kilogram", Dec::int(1)),
    ("kilograms", Dec::int(1)),
    ("kilogramme", Dec::int(1)),
    ("kilogrammes", Dec::int(1)),
    ("kilo", Dec::int(1)),
    ("kilos", Dec::int(1)),
    ("tonne", Dec::int(1000)),
    ("tonnes", Dec::int(1000)),
    ("ton", Dec::int(1000)),
    ("tons", Dec::int(1000)),
    ("t", Dec::int(1000)),
    ("pound", Dec::new(45_359_237, 8)),
    ("pounds", Dec::new(45_359_237, 8)),
    ("lb", Dec::new(45_359_237, 8)),
    ("lbs", Dec::new(45_359_237, 8)),
    ("g", Dec::new(1, 3)),
    ("gram", Dec::new(1, 3)),
    ("grams", Dec::new(1, 3)),
    ("gramme", Dec::new(1, 3)),
    ("grammes", Dec::new(1, 3)),
];

/// Durations by their singular name.
const DURATIONS: &[(&str, &str)] = &[
    ("year", "year"),
    ("years", "year"),
    ("yr", "year"),
    ("yrs", "year"),
    ("month", "month"),
    ("months", "month"),
    ("week", "week"),
    ("weeks", "week"),
    ("day", "day"),
    ("days", "day"),
    ("hour", "hour"),
    ("hours", "hour"),
    ("hr", "hour"),
    ("hrs", "hour"),
    ("minute", "minute"),
    ("minutes", "minute"),
    ("min", "minute"),
    ("mins", "minute"),
    ("second", "second"),
    ("seconds", "second"),
    ("sec", "second"),
    ("secs", "second"),
];

/// Currency signs written before the number, with what may stand glued before them
/// ("US$", "C$").
const SIGNS: &[(&str, &str, &str)] = &[
    ("$", "", "USD"),
    ("$", "US", "USD"),
    ("$", "C", "CAD"),
    ("$", "A", "AUD"),
    ("€", "", "EUR"),
    ("£", "", "GBP"),
    ("¥", "", "JPY"),
    ("₹", "", "INR"),
];

/// ISO codes written as words before or after the number ("USD 5m", "5,000 CFA").
const CODES: &[(&str, &str)] = &[
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("INR", "INR"),
    ("CHF", "CHF"),
    ("RUB", "RUB"),
    ("NGN", "NGN"),
    ("ZAR", "ZAR"),
    ("KES", "KES"),
    ("XOF", "XOF"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
    ("CFA", "XOF"),
    ("FCFA", "XOF"),
    ("Rs", "INR"),
];

/// Currency names after the number (lower case).
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rupees", "INR"),
    ("rupee", "INR"),
    ("roubles", "RUB"),
    ("rouble", "RUB"),
    ("rubles", "RUB"),
    ("ruble", "RUB"),
    ("naira", "NGN"),
    ("rand", "ZAR"),
    ("shillings", "KES"),
    ("shilling", "KES"),
];

/// Words that name whose dollars or francs ("Canadian dollars", "Swiss francs").
const CURRENCY_ADJECTIVES: &[(&str, &str, &str)] = &[
    ("us", "dollars", "USD"),
    ("american", "dollars", "USD"),
    ("canadian", "dollars", "CAD"),
    ("australian", "dollars", "AUD"),
    ("swiss", "francs", "CHF"),
    ("cfa", "francs", "XOF"),
];

/// Units that may be glued to digits ("15km", "5kg", "12pc").
const GLUED: &str = "\
    km kms m cm mm mi ft yd yds ha kg kgs t g lb lbs mph kph kmh pc pct yr yrs hr hrs min mins";

/// Words after a number that make it a clock time ("7 pm", "19:00 GMT").
const TIME_WORDS: &str = "am pm o'clock gmt utc bst cet cest est edt pst pdt";

fn lookup<T: Copy>(table: &[(&str, T)], w: &str) -> Option<T> {
    table.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// Whether `w` (as written) is a unit that may be glued to digits.
pub fn is_glued_unit(w: &str) -> bool {
    listed(GLUED, w) || (w.len() > 1 && listed(GLUED, &w.to_lowercase()))
}

/// Whether the token at `k`, right after a number, makes it a clock time.
pub fn is_time(t: &Toks, k: usize) -> bool {
    let dotted = |j: usize| {
        t.is_any(j, &["a", "p"]) && t.sym(j + 1, '.') && t.glued(j + 1) && t.is(j + 2, "m")
    };
    t.joined(k) && (t.listed(k, TIME_WORDS) || dotted(k))
}

/// A currency written before the number at `k` ("$", "US$", "€", "Rs.", "USD"): its code
/// and the token where the number starts.
pub fn currency_before(t: &Toks, k: usize) -> Option<(&'static str, usize)> {
    let text = |j: usize| t.get(j).map_or("", |tok| tok.text);
    let sign = SIGNS.iter().find_map(|(sign, before, code)| {
        if before.is_empty() {
            (text(k) == *sign).then_some((*code, k + 1))
        } else {
            (text(k) == *before && text(k + 1) == *sign && t.glued(k + 1)).then_some((*code, k + 2))
        }
    });
    let (code, mut end) = sign.or_else(|| lookup(CODES, text(k)).map(|code| (code, k + 1)))?;
    if text(k) == "Rs" && t.sym(end, '.') && t.glued(end) {
        end += 1;
    }
    (t.num(end).is_some() && t.joined(end)).then_some((code, end))
}

/// A currency sign written after the number, at `k` ("5 €", "20£").
pub fn sign_after(t: &Toks, k: usize) -> Option<Unit> {
    let text = t.get(k)?.text;
    let (_, _, code) = SIGNS
        .iter()
        .find(|(sign, before, _)| before.is_empty() && *sign != "$" && *sign == text)?;
    t.joined(k).then(|| money(code, k + 1))
}

/// A currency written after the number, at `k` ("dollars", "US dollars", "francs CFA",
/// "pounds sterling"). "pounds" is money only after a scale ("5 million pounds") or
/// before "sterling", and never before "of" ("2 million pounds of cocaine").
pub fn currency_after(t: &Toks, k: usize, scaled: bool) -> Option<(&'static str, usize)> {
    if !t.joined(k) {
        return None;
    }
    let text = t.get(k)?.text;
    let w = t.word(k).unwrap_or_default();
    if let Some((_, noun, code)) = CURRENCY_ADJECTIVES.iter().find(|(adj, _, _)| *adj == w) {
        let us = w == "us" && text != "US";
        if !us && t.joined(k + 1) && t.is(k + 1, noun) {
            return Some((*code, k + 2));
        }
    }
    if let Some(code) = lookup(CODES, text).filter(|_| text != "Rs") {
        return Some((code, k + 1));
    }
    let w = t.word(k)?;
    if w == "rand" && text != "rand" {
        return None;
    }
    if w == "pounds" || w == "pound" {
        if t.joined(k + 1) && t.is(k + 1, "sterling") {
            return Some(("GBP", k + 2));
        }
        return (scaled && !(t.joined(k + 1) && t.is(k + 1, "of"))).then_some(("GBP", k + 1));
    }
    if w == "francs" && t.joined(k + 1) && t.word(k + 1) == Some("cfa") {
        return Some(("XOF", k + 2));
    }
    lookup(CURRENCY_WORDS, w).map(|code| (code, k + 1))
}

/// A percentage sign or word at `k` ("%", "percent", "per cent").
pub fn percent(t: &Toks, k: usize) -> Option<Unit> {
    if !t.joined(k) {
        return None;
    }
    let abbreviated = t
        .get(k)
        .is_some_and(|tok| tok.text == "pc" || tok.text == "pct");
    let end = if t.sym(k, '%') || t.is(k, "percent") || abbreviated {
        k + 1
    } else {
        t.phrase(k, &["per", "cent"])?
    };
    Some(Unit {
        name: "%",
        factor: Dec::int(1),
        measure: Measure::Physical,
        end,
    })
}

/// A length, mass, area or speed unit at `k` ("15 km", "15km", "15-km", "2,000 metric
/// tonnes", "5 sq km", "100 mph").
pub fn physical(t: &Toks, k: usize) -> Option<Unit> {
    if !t.joined(k) {
        return None;
    }
    let unit = |name, factor, end| Unit {
        name,
        factor,
        measure: Measure::Physical,
        end,
    };
    // Single letters must be lower case: "5 M" is no metre.
    let written = |j: usize| {
        let tok = t.get(j)?;
        (tok.text.len() > 1 || tok.text == tok.low)
            .then(|| t.word(j))
            .flatten()
    };
    match t.word(k)? {
        "kph" | "kmh" => return Some(unit("km/h", Dec::int(1), k + 1)),
        "mph" => return Some(unit("km/h", Dec::new(1_609_344, 6), k + 1)),
        "percentage" if t.joined(k + 1) && t.is_any(k + 1, &["point", "points"]) => {
            return Some(unit("percentage points", Dec::int(1), k + 2));
        }
        _ => {}
    }
    if t.is(k, "nautical") && t.joined(k + 1) && t.is_any(k + 1, &["mile", "miles"]) {
        return Some(unit("m", Dec::int(1852), k + 2));
    }
    let square = t.is_any(k, &["square", "sq"]);
    let mut j = k + usize::from(square);
    if square && t.sym(j, '.') && t.glued(j) {
        j += 1;
    }
    if j > k && !t.joined(j) {
        return None;
    }
    if let Some(f) = lookup(LENGTHS, written(j)?) {
        let end = j + 1;
        if square {
            return Some(unit("m2", f.mul(f)?, end));
        }
        if t.glued(end) && (t.num(end) == Some("2") || t.sym(end, '²')) {
            return Some(unit("m2", f.mul(f)?, end + 1));
        }
        let per_hour = if t.sym(end, '/') && t.glued(end) && t.glued(end + 1) {
            t.is_any(end + 1, &["h", "hr"]).then_some(end + 2)
        } else if t.joined(end) {
            t.phrase(end, &["per", "hour"])
                .or_else(|| t.phrase(end, &["an", "hour"]))
        } else {
            None
        };
        if let Some(e) = per_hour {
            return Some(unit("km/h", f.mul(Dec::new(1, 3))?, e));
        }
        return Some(unit("m", f, end));
    }
    if square {
        return None;
    }
    if let Some(f) = lookup(AREAS, written(j)?) {
        return Some(unit("m2", f, j + 1));
    }
    let metric = t.is(j, "metric")
        && t.joined(j + 1)
        && t.is_any(j + 1, &["tonnes", "tons", "ton", "tonne"]);
    let j = j + usize::from(metric);
    lookup(MASSES, written(j)?).map(|f| unit("kg", f, j + 1))
}

/// A duration at `k` ("years", "day"), by its singular name.
pub fn duration(t: &Toks, k: usize) -> Option<Unit> {
    let name = lookup(DURATIONS, t.word(k)?)?;
    t.joined(k).then_some(Unit {
        name,
        factor: Dec::int(1),
        measure: Measure::Duration,
        end: k + 1,
    })
}

/// Money as a unit: the currency code, ending at `end`.
pub fn money(code: &'static str, end: usize) -> Unit {
    Unit {
        name: code,
        factor: Dec::int(1),
        measure: Measure::Money,
        end,
    }
}
