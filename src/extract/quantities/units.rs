//! Units after a number, each with the normal unit it converts to: lengths to `m`, masses
//! to `kg`, areas to `m2`, volumes to `m3` (litres too), data to `byte`, speeds to `km/h`,
//! percentages to `%`, durations to a singular `year`/`day`/..., and money to its ISO code,
//! written before the number ("$", "US$", "€", "Rs") or after it ("dollars", "euros", "CFA
//! francs").

use super::lex::Toks;
use super::number::Dec;
use crate::lexicon::TableList::{
    CurrencyAdjectives, CurrencyCodes, CurrencyNames, CurrencySigns, DigitScales, Durations,
    Scales, SuffixScales, Units,
};
use crate::lexicon::WordList::{ClockWords, GluedUnits};

/// What a unit measures, which decides how the finder treats it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// A physical measure or percentage (`m`, `kg`, `%`).
    Physical,
    /// Money.
    Money,
    /// A span of time.
    Duration,
    /// How old someone or something is ("Kelby, 23,", "a 45-year-old"): a span of time
    /// that no other span of time is about.
    Age,
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

/// The factor into `normal` ("m", "m2", "kg") of the unit written `w`.
fn factor(w: &str, normal: &str) -> Option<Dec> {
    let row = Units.get(w)?;
    (row[1] == normal).then(|| Dec::parse(row[2])).flatten()
}

/// Whether `w` (as written) is a unit that may be glued to digits.
pub fn is_glued_unit(w: &str) -> bool {
    GluedUnits.contains(w) || (w.len() > 1 && GluedUnits.contains(&w.to_lowercase()))
}

/// Whether the token at `k`, right after a number, makes it a clock time.
pub fn is_time(t: &Toks, k: usize) -> bool {
    let dotted = |j: usize| {
        t.is_any(j, &["a", "p"]) && t.sym(j + 1, '.') && t.glued(j + 1) && t.is(j + 2, "m")
    };
    t.joined(k) && (t.listed(k, ClockWords) || dotted(k))
}

/// A currency written before the number at `k` ("$", "US$", "€", "Rs.", "USD", "R$",
/// "KSh"): its code, as the article's country reads it, and the token where the number
/// starts. A one-letter sign ("R7,200", "N5bn") needs a number that could only be money
/// (thousands separators, decimals or a scale) or an article that names its country.
pub fn currency_before(t: &Toks, k: usize) -> Option<(&'static str, usize)> {
    let text = |j: usize| t.get(j).map_or("", |tok| tok.text);
    // "$", or "US" and "$" glued ("US$").
    let prefixed = || {
        let glued = t.glued(k + 1) && CurrencySigns.value(text(k + 1)).is_some();
        glued
            .then(|| CurrencySigns.value(&format!("{}{}", text(k), text(k + 1))))
            .flatten()
    };
    let sign = prefixed()
        .map(|code| (code, k + 2))
        .or_else(|| CurrencySigns.value(text(k)).map(|code| (code, k + 1)));
    // A code or abbreviation that several countries share ("Rs", "CFA", "Sh") reads as the
    // article's country has it; a sign ("₹") and an ISO code ("INR") name one currency.
    let written = || {
        let code = CurrencyCodes.value(text(k))?;
        Some((if text(k) == code { code } else { t.local(code) }, k + 1))
    };
    let (code, mut end) = sign.or_else(written)?;
    if text(k) == "Rs" && t.sym(end, '.') && t.glued(end) {
        end += 1;
    }
    let letter = end == k + 1 && text(k).len() == 1 && t.word(k).is_some();
    if letter && !(t.glued(end) && (money_shaped(t, end) || t.names_country_of(code))) {
        return None;
    }
    (t.num(end).is_some() && t.joined(end)).then_some((code, end))
}

/// Whether the digits at `k` are written as only money is: with separators or decimals,
/// or with a scale after them ("7,200", "3.8 trillion", "500m").
fn money_shaped(t: &Toks, k: usize) -> bool {
    let Some(n) = t.num(k) else { return false };
    let scaled = t.word(k + 1).is_some_and(|w| {
        (t.glued(k + 1) && SuffixScales.value(w).is_some())
            || (t.joined(k + 1) && (Scales.value(w).is_some() || DigitScales.value(w).is_some()))
    });
    n.contains([',', '.']) || scaled
}

/// A currency sign written after the number, at `k` ("5 €", "20£").
pub fn sign_after(t: &Toks, k: usize) -> Option<Unit> {
    let text = t.get(k)?.text;
    // "$" after a number is no currency, nor a letter ("5 R").
    let code = CurrencySigns
        .value(text)
        .filter(|_| text != "$" && t.word(k).is_none())?;
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
    if let Some(&[_, noun, code]) = CurrencyAdjectives.get(w) {
        let us = w == "us" && text != "US";
        if !us && t.joined(k + 1) && t.is(k + 1, noun) {
            return Some((t.local(code), k + 2));
        }
    }
    if let Some(code) = CurrencyCodes.value(text).filter(|_| text != "Rs") {
        return Some((if text == code { code } else { t.local(code) }, k + 1));
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
        return Some((t.local("XOF"), k + 2));
    }
    CurrencyNames.value(w).map(|code| (t.local(code), k + 1))
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

/// How many words after "points" the "to" of the level it moved to may stand ("fallen
/// three points since the Budget to 24 per cent").
const POINTS_REACH: usize = 4;

/// "points" that are percentage points at `k`: the level they moved a percentage to
/// follows ("fell three points to 24%", "cut by half a point to 12.75%"). Points of a
/// league or an index stay points.
pub fn points(t: &Toks, k: usize) -> Option<Unit> {
    if !t.joined(k) || !t.is_any(k, &["point", "points"]) {
        return None;
    }
    let to = (k + 1..=k + POINTS_REACH)
        .take_while(|&j| t.joined(j) && t.word(j).is_some())
        .find(|&j| t.is(j, "to"))?;
    let level = t.num(to + 1).is_some() && t.joined(to + 1) && percent(t, to + 2).is_some();
    level.then_some(Unit {
        name: "percentage point",
        factor: Dec::int(1),
        measure: Measure::Physical,
        end: k + 1,
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
            return Some(unit("percentage point", Dec::int(1), k + 2));
        }
        _ => {}
    }
    if t.is(k, "nautical") && t.joined(k + 1) && t.is_any(k + 1, &["mile", "miles"]) {
        return Some(unit("m", Dec::int(1852), k + 2));
    }
    let cubic = t.is(k, "cubic");
    let square = cubic || t.is_any(k, &["square", "sq"]);
    let mut j = k + usize::from(square);
    if square && t.sym(j, '.') && t.glued(j) {
        j += 1;
    }
    if j > k && !t.joined(j) {
        return None;
    }
    if let Some(f) = factor(written(j)?, "m") {
        let end = j + 1;
        if cubic {
            return Some(unit("m3", f.mul(f)?.mul(f)?, end));
        }
        if square {
            return Some(unit("m2", f.mul(f)?, end));
        }
        if t.glued(end) && (t.num(end) == Some("2") || t.sym(end, '²')) {
            return Some(unit("m2", f.mul(f)?, end + 1));
        }
        if t.glued(end) && (t.num(end) == Some("3") || t.sym(end, '³')) {
            return Some(unit("m3", f.mul(f)?.mul(f)?, end + 1));
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
    // Areas, volumes ("100 ml", "20 litres") and data ("1.2 terabytes", "1.2TB"), each
    // in its normal unit, read from the unit's one row.
    if let Some(&[_, normal @ ("m2" | "m3" | "byte"), f]) = Units.get(written(j)?) {
        if let Some(f) = Dec::parse(f) {
            return Some(unit(normal, f, j + 1));
        }
    }
    let metric = t.is(j, "metric")
        && t.joined(j + 1)
        && t.is_any(j + 1, &["tonnes", "tons", "ton", "tonne"]);
    let j = j + usize::from(metric);
    factor(written(j)?, "kg").map(|f| unit("kg", f, j + 1))
}

/// A duration at `k` ("years", "day"), by its singular name.
pub fn duration(t: &Toks, k: usize) -> Option<Unit> {
    let name = Durations.value(t.word(k)?)?;
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
