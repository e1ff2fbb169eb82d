//! Amounts: an exact decimal type, and the phrases that write a number: digits with an
//! optional scale ("2.3bn", "4 million", "5 and a half"), number words ("two hundred and
//! fifty", "a dozen", "half a million", "twenty-one") and plural scales ("dozens of",
//! "tens of thousands of").
//!
//! Digits that belong to something else are refused here: "G7", "COVID-19", "3rd",
//! "1990s", "7:30", "7 pm", "12/05", "1.2.3", "007", long ID-like runs and phone-like
//! groups.

use super::amount::Vague;
use super::lex::{Class, Toks};
use super::units::{is_glued_unit, is_time};
use crate::lexicon::TableList::{self, DigitScales, NumberWords, Scales, SuffixScales};
use crate::lexicon::WordList::Dimensions;
use std::fmt;

/// An exact non-negative decimal, `m / 10^e`, so that "9 miles" is exactly 14484.096 m.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dec {
    m: u128,
    e: u32,
}

/// One half, for "and a half".
const HALF: Dec = Dec::new(5, 1);

/// Fewest digits, without separators, of an identifier or a phone number: counts that
/// long are written with thousands separators or a scale ("1,200,000", "1.2 million").
const ID_DIGITS: usize = 9;

/// Fewest digits in two groups a space apart that make one phone number ("5550 1234"),
/// not two numbers.
const GROUPED_DIGITS: usize = 8;

impl Dec {
    /// `m / 10^e`.
    pub const fn new(m: u128, e: u32) -> Dec {
        Dec { m, e }
    }

    /// A whole number.
    pub const fn int(m: u128) -> Dec {
        Dec { m, e: 0 }
    }

    /// Digits with optional thousands commas and decimal part ("1,200.5").
    pub fn parse(s: &str) -> Option<Dec> {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let digits: String = int
            .chars()
            .filter(|c| *c != ',')
            .chain(frac.chars())
            .collect();
        if digits.is_empty() || digits.len() > 30 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let e = u32::try_from(frac.len()).ok()?;
        Some(Dec::new(digits.parse().ok()?, e).norm())
    }

    /// The product, unless it overflows.
    pub fn mul(self, o: Dec) -> Option<Dec> {
        Some(Dec::new(self.m.checked_mul(o.m)?, self.e.checked_add(o.e)?).norm())
    }

    /// The sum, unless it overflows.
    pub fn add(self, o: Dec) -> Option<Dec> {
        let (a, b, e) = self.aligned(o)?;
        Some(Dec::new(a.checked_add(b)?, e).norm())
    }

    /// Whether `self < o`.
    pub fn lt(self, o: Dec) -> bool {
        self.aligned(o).is_some_and(|(a, b, _)| a < b)
    }

    /// The nearest `f64`, for arithmetic that tolerates rounding (comparing amounts). Exact
    /// mantissas and powers of ten divide with one rounding, as parsing the digits would.
    pub fn to_f64(self) -> f64 {
        /// The largest power of ten an `f64` holds exactly.
        const EXACT_POWER: u32 = 22;
        let m = self.m as f64;
        if self.e <= EXACT_POWER {
            m / 10f64.powi(self.e as i32)
        } else {
            m * 10f64.powi(-(self.e as i32))
        }
    }

    /// This value when it is a whole number.
    pub fn whole(self) -> Option<u128> {
        (self.e == 0).then_some(self.m)
    }

    /// Both mantissas over the larger exponent.
    fn aligned(self, o: Dec) -> Option<(u128, u128, u32)> {
        let e = self.e.max(o.e);
        let a = self.m.checked_mul(10u128.checked_pow(e - self.e)?)?;
        let b = o.m.checked_mul(10u128.checked_pow(e - o.e)?)?;
        Some((a, b, e))
    }

    /// Without trailing zeros after the point.
    fn norm(mut self) -> Dec {
        while self.e > 0 && self.m % 10 == 0 {
            self.m /= 10;
            self.e -= 1;
        }
        self
    }
}

impl fmt::Display for Dec {
    /// Plain decimal: no exponent, no separators, no trailing zeros ("14484.096").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = self.e as usize;
        if e == 0 {
            return write!(f, "{}", self.m);
        }
        let digits = format!("{:0>width$}", self.m, width = e + 1);
        let (int, frac) = digits.split_at(digits.len() - e);
        write!(f, "{int}.{frac}")
    }
}

/// A number phrase.
#[derive(Debug, Clone, Copy)]
pub struct Num {
    /// Its value, scale applied.
    pub value: Dec,
    /// The token after it.
    pub end: usize,
    /// The scale word or suffix it took ("million", "bn"), if any.
    pub scale: Option<Dec>,
    /// Bare digits: no separators, decimals, scale or half.
    pub plain: bool,
    /// "1" or "one", nothing more.
    pub one: bool,
}

/// The value of the scale `w` in `table`.
fn lookup(table: TableList, w: &str) -> Option<Dec> {
    table.value(w).and_then(Dec::parse)
}

/// The number phrase at token `i`: digits, or words unless it is money. `joined` when
/// it follows another number or a currency sign ("10-12", "Rs5"), so that what stands
/// glued before it does not make it part of a code.
pub fn number(t: &Toks, i: usize, money: bool, joined: bool) -> Option<Num> {
    if t.num(i).is_some() {
        digits(t, i, money, joined)
    } else if money {
        None
    } else {
        words(t, i)
    }
}

/// Digits at `i` with their scale, unless they are part of something else.
fn digits(t: &Toks, i: usize, money: bool, joined: bool) -> Option<Num> {
    let s = t.num(i)?;
    if foreign_digits(t, i, joined) {
        return None;
    }
    let mut value = Dec::parse(s)?;
    let mut k = i + 1;
    let mut scale = None;
    let mut half = false;
    if let Some(w) = t.word(k).filter(|_| t.glued(k)) {
        let metres = w == "m" && !money && metre_context(t, k);
        let suffix = lookup(SuffixScales, w).filter(|_| !metres && (money || w != "b"));
        if let Some(sc) = suffix {
            scale = Some(sc);
            k += 1;
        } else if !is_glued_unit(t.get(k)?.text) {
            return None;
        }
    }
    // "a $5-million deal"
    let hyphen_scale = t.sym(k, '-') && t.glued(k) && t.glued(k + 1);
    if let Some(sc) = t
        .word(k + 1)
        .and_then(|w| lookup(Scales, w))
        .filter(|_| scale.is_none() && hyphen_scale)
    {
        scale = Some(sc);
        k += 2;
    }
    if scale.is_none() && t.joined(k) {
        if let Some(end) = t.phrase(k, &["and", "a", "half"]) {
            value = value.add(HALF)?;
            half = true;
            k = end;
        }
    }
    if scale.is_none() && t.joined(k) {
        let w = t.word(k).unwrap_or_default();
        let money_m = money && (w == "m" || w == "b");
        if let Some(sc) =
            lookup(DigitScales, w).or_else(|| money_m.then(|| lookup(SuffixScales, w)).flatten())
        {
            scale = Some(sc);
            k += 1;
        }
    }
    if is_time(t, k) {
        return None;
    }
    if let Some(sc) = scale {
        value = value.mul(sc)?;
    }
    Some(Num {
        value,
        end: k,
        scale,
        plain: s.bytes().all(|b| b.is_ascii_digit()) && scale.is_none() && !half,
        one: s == "1" && scale.is_none() && !half,
    })
}

/// Whether the digits at `i` belong to a name, code, time or date rather than a count.
fn foreign_digits(t: &Toks, i: usize, joined: bool) -> bool {
    let s = t.num(i).unwrap_or_default();
    let class = |j: usize| t.get(j).map(|tok| tok.class);
    let prev_word_or_num = |j: usize| matches!(class(j), Some(Class::Word | Class::Num));
    // "G7", "A380"; money written "Rs5" is read from the "Rs".
    if t.glued(i) && class(i - 1) == Some(Class::Word) && !joined {
        return true;
    }
    if t.glued(i) && !joined {
        let joint = t.get(i - 1).map_or("", |tok| tok.text);
        if joint == "#" || joint == "+" {
            return true;
        }
        // "COVID-19", "7:30", "1.2.3", "12/05": the tail of something longer.
        let joints = ["-", ":", ".", ",", "/", "_"];
        if joints.contains(&joint) && i >= 2 && t.glued(i - 1) && prev_word_or_num(i - 2) {
            return true;
        }
    }
    // The head of a time, date, version or list: "7:30", "12/05", "1.2.3".
    let joins_next = [':', '/', '.', ',', '_']
        .iter()
        .any(|c| t.sym(i + 1, *c) && t.glued(i + 1));
    if joins_next && t.glued(i + 2) && t.num(i + 2).is_some() {
        return true;
    }
    let digits = |j: usize| {
        t.num(j)
            .map_or(0, |n| n.bytes().filter(u8::is_ascii_digit).count())
    };
    // "007", "0958": codes; long runs without separators: IDs and phones.
    let leading_zero = s.len() > 1 && s.starts_with('0') && !s.starts_with("0.");
    let long = digits(i) >= ID_DIGITS && !s.contains(',');
    // Digit groups in a row: "20 7946 8123", "5550 1234", "1 200" (thousands by space).
    let pair = |a: usize, b: usize| {
        digits(a) + digits(b) >= GROUPED_DIGITS
            || (digits(a) <= 3 && digits(b) == 3 && !t.num(a).unwrap_or_default().contains('.'))
    };
    let next = t.num(i + 1).is_some() && t.one_space(i + 1);
    let prev = i > 0 && t.num(i - 1).is_some() && t.one_space(i);
    let grouped = (next && (prev || pair(i, i + 1))) || (prev && pair(i - 1, i));
    // "1." or "2)" opening a line: a list marker.
    let marker = t.line_start(i) && (t.sym(i + 1, '.') || t.sym(i + 1, ')')) && t.glued(i + 1);
    leading_zero || long || grouped || marker
}

/// Whether the glued "m" at `k` is metres: a dimension word follows ("2m high",
/// "2m-long", "2m2").
fn metre_context(t: &Toks, k: usize) -> bool {
    let dimension = |j: usize| t.listed(j, Dimensions);
    (t.joined(k + 1) && dimension(k + 1))
        || (t.sym(k + 1, '-') && t.glued(k + 1) && t.glued(k + 2) && dimension(k + 2))
        || (t.glued(k + 1) && (t.num(k + 1) == Some("2") || t.sym(k + 1, '²')))
}

/// Where the number words at `i` stand in the grammar of a written number.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    A,
    Unit,
    Tens,
    Hundred,
    Scale,
    And,
}

/// A number in words at `i`: "fourteen", "twenty-one", "two hundred and fifty", "a dozen",
/// "half a million", "one and a half".
fn words(t: &Toks, i: usize) -> Option<Num> {
    let value = |k: usize| {
        let n: u128 = t.word(k).and_then(|w| NumberWords.value(w))?.parse().ok()?;
        Some(n)
    };
    // "zero" to "nineteen", and "twenty" to "ninety".
    let small = |k: usize| value(k).filter(|n| *n < 20);
    let tens = |k: usize| value(k).filter(|n| *n >= 20);
    let word_scale = |k: usize| {
        t.word(k)
            .and_then(|w| lookup(Scales, w).or_else(|| (w == "hundred").then_some(Dec::int(100))))
    };
    if t.is(i, "half") && t.is(i + 1, "a") && t.joined(i + 1) && t.joined(i + 2) {
        let whole = word_scale(i + 2).or_else(|| t.is(i + 2, "dozen").then_some(Dec::int(12)))?;
        return Some(Num {
            value: whole.mul(HALF)?,
            end: i + 3,
            scale: Some(whole),
            plain: false,
            one: false,
        });
    }
    let mut k = i;
    let mut total: u128 = 0;
    let mut current: u128 = 0;
    let mut last = Last::Start;
    let mut scale = None;
    let mut half = false;
    let scale_or_dozen = |j: usize| word_scale(j).is_some() || t.is(j, "dozen");
    if t.is(i, "a") && t.joined(i + 1) && scale_or_dozen(i + 1) {
        current = 1;
        last = Last::A;
        k += 1;
    }
    loop {
        if k > i && !t.joined(k) {
            break;
        }
        let open = matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And);
        let counting = matches!(last, Last::A | Last::Unit | Last::Tens) && current < 100;
        if let Some(v) = small(k).filter(|v| open || (last == Last::Tens && (1..10).contains(v))) {
            current += v;
            last = Last::Unit;
        } else if let Some(v) = tens(k).filter(|_| open) {
            current += v;
            last = Last::Tens;
            let unit = small(k + 2).filter(|u| (1..10).contains(u));
            if let Some(u) = unit.filter(|_| t.sym(k + 1, '-') && t.glued(k + 1) && t.glued(k + 2))
            {
                current += u;
                last = Last::Unit;
                k += 2;
            }
        } else if t.is(k, "hundred") && counting {
            current *= 100;
            last = Last::Hundred;
        } else if t.is(k, "dozen") && counting {
            current *= 12;
            last = Last::Unit;
            k += 1;
            break;
        } else if let Some(sc) = word_scale(k).filter(|_| counting || last == Last::Hundred) {
            total = total.checked_add(current.checked_mul(sc.whole()?)?)?;
            current = 0;
            scale = Some(sc);
            last = Last::Scale;
        } else if t.is(k, "and")
            && matches!(last, Last::Hundred | Last::Scale)
            && t.joined(k + 1)
            && (small(k + 1).is_some() || tens(k + 1).is_some())
        {
            last = Last::And;
        } else if let Some(end) = t
            .phrase(k, &["and", "a", "half"])
            .filter(|_| last != Last::Start)
        {
            half = true;
            k = end;
            break;
        } else {
            break;
        }
        k += 1;
    }
    if matches!(last, Last::Start | Last::A | Last::And) {
        return None;
    }
    let mut value = Dec::int(total.checked_add(current)?);
    if half {
        value = value.add(HALF)?;
        if let Some(sc) = word_scale(k).filter(|_| total == 0 && t.joined(k)) {
            value = value.mul(sc)?;
            scale = Some(sc);
            k += 1;
        }
    }
    Some(Num {
        value,
        end: k,
        scale,
        plain: false,
        one: t.is(i, "one") && k == i + 1,
    })
}

/// A vague amount at `i` ("dozens", "tens of thousands"), and the token after its last
/// word; `of` tells whether an "of" follows it (then the token after is the one after
/// that "of").
pub fn plural_scale(t: &Toks, i: usize) -> Option<(Vague, usize, bool)> {
    let word = |k: usize| t.word(k).and_then(Vague::from_name);
    let mut vague = word(i)?;
    let mut k = i + 1;
    while t.is(k, "of") && t.joined(k) {
        let wider = t
            .word(k + 1)
            .filter(|_| t.joined(k + 1) && word(k + 1).is_some())
            .and_then(|w| Vague::from_name(&format!("{} of {w}", vague.as_str())));
        match wider {
            Some(v) => {
                vague = v;
                k += 2;
            }
            None => return Some((vague, k + 1, true)),
        }
    }
    Some((vague, k, false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Tokens;

    #[test]
    fn decimals_are_exact_and_plain() {
        let mile = Dec::new(1_609_344, 3);
        assert_eq!(Dec::int(9).mul(mile).unwrap().to_string(), "14484.096");
        assert_eq!(Dec::parse("2.30").unwrap().to_string(), "2.3");
        assert_eq!(
            Dec::parse("2.3")
                .unwrap()
                .mul(Dec::int(1_000_000_000))
                .unwrap()
                .to_string(),
            "2300000000"
        );
        assert_eq!(Dec::parse("0.05").unwrap().to_string(), "0.05");
        assert_eq!(Dec::parse("1,200").unwrap().to_string(), "1200");
        assert!(Dec::int(3).lt(Dec::parse("3.5").unwrap()));
        assert_eq!(Dec::parse(&"9".repeat(40)), None);
    }

    #[test]
    fn words_make_numbers() {
        for (text, value) in [
            ("fourteen", "14"),
            ("twenty-one", "21"),
            ("twenty one", "21"),
            ("two hundred and fifty", "250"),
            ("a hundred", "100"),
            ("a dozen", "12"),
            ("two dozen", "24"),
            ("half a million", "500000"),
            ("one and a half", "1.5"),
            ("two and a half million", "2500000"),
            ("three thousand four hundred", "3400"),
            ("one million two hundred thousand", "1200000"),
        ] {
            let tokens = Tokens::new(text);
            let t = Toks::new(&tokens);
            let n = number(&t, 0, false, false).unwrap_or_else(|| panic!("no number: {text}"));
            assert_eq!(
                (n.value.to_string(), n.end),
                (value.to_string(), t.len()),
                "{text}"
            );
        }
        for text in ["a", "a few", "several", "and", "hundred"] {
            assert!(
                number(&Toks::new(&Tokens::new(text)), 0, false, false).is_none(),
                "{text}"
            );
        }
    }
}
