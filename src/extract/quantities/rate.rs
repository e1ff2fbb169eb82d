//! Rates: an amount given per a period ("900 cubic metres of water an hour", "$1.2
//! million a day"), read after the quantity so the value says what it is per, and "15 a
//! minute" can meet "900 an hour".

use super::lex::Toks;
use crate::lexicon::TableList::RatePeriods;
use crate::lexicon::WordList::{RateStops, RateWords};
use crate::vocabulary::vocabulary;

vocabulary! {
    /// The period a rate is given per; months and years have no fixed length.
    pub enum Per {
        /// Per second.
        Second = "second",
        /// Per minute.
        Minute = "minute",
        /// Per hour.
        Hour = "hour",
        /// Per day.
        Day = "day",
        /// Per week.
        Week = "week",
    }
}

impl Per {
    /// Its length in seconds.
    pub fn seconds(self) -> u32 {
        match self {
            Per::Second => 1,
            Per::Minute => 60,
            Per::Hour => 3_600,
            Per::Day => 86_400,
            Per::Week => 604_800,
        }
    }
}

/// Words between a quantity and the word that opens its rate ("of water").
const RATE_REACH: usize = 2;

/// The rate after the quantity that ends before token `end`: its period and the token
/// after the period. A period followed by "after", "ago" or "or" is a time, not a rate
/// ("14 people a day after the storm", "a day or two").
pub fn after(t: &Toks, end: usize) -> Option<(Per, usize)> {
    for i in end..=end + RATE_REACH {
        t.word(i).filter(|_| t.joined(i))?;
        let Some(period) = t
            .word(i + 1)
            .filter(|_| t.listed(i, RateWords) && t.joined(i + 1))
            .and_then(|w| RatePeriods.value(w))
        else {
            continue;
        };
        let time = t.joined(i + 2) && t.listed(i + 2, RateStops);
        return (!time).then_some((Per::from_name(period)?, i + 2));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Tokens;

    #[test]
    fn reads_rates_and_leaves_times_alone() {
        let read = |text: &str| {
            let tokens = Tokens::new(text);
            let t = Toks::new(&tokens);
            // Every case opens with a one-token amount.
            after(&t, 1).map(|(per, end)| (per, t.lower(1, end)))
        };
        assert_eq!(
            read("900 of water an hour, and"),
            Some((Per::Hour, "of water an hour".into()))
        );
        assert_eq!(read("5 per day."), Some((Per::Day, "per day".into())));
        for not_a_rate in [
            "14 a day after the storm",
            "3 on Monday.",
            "2 an hour ago",
            "4 a day or two",
            "5 were lost. An hour",
            "6",
        ] {
            assert_eq!(read(not_a_rate), None, "{not_a_rate:?}");
        }
    }
}
