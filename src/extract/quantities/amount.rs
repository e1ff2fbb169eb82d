//! The typed value of a quantity, as the grammar hands it on: an amount (or a range) in a
//! normal unit, what it measures or counts, and its qualifier. Later stages compare these
//! values directly; the Report's `AMOUNT UNIT (QUALIFIER)` string is only their
//! [`Display`](std::fmt::Display).

use super::events::Event;
use super::number::Dec;
use super::rate::Per;
use super::units::Measure;
use crate::vocabulary::vocabulary;
use std::fmt;

vocabulary! {
    /// How exact an amount is, in its normal form ("over 30" is "more than").
    pub enum Qualifier {
        /// "at least 14": a lower bound, the figure included.
        AtLeast = "at least",
        /// "more than 14", "over 14": a lower bound.
        MoreThan = "more than",
        /// "at most 14", "no more than 14": an upper bound, the figure included.
        AtMost = "at most",
        /// "less than 14", "under 14": an upper bound.
        LessThan = "less than",
        /// "up to 500", "as many as 500": an upper bound.
        UpTo = "up to",
        /// "about 300", "some 300", "nearly 300": near the figure, either side.
        About = "about",
    }
}

impl Qualifier {
    /// Whether it bounds the amount from below ("at least", "more than").
    pub fn is_lower_bound(self) -> bool {
        matches!(self, Qualifier::AtLeast | Qualifier::MoreThan)
    }

    /// Whether it bounds the amount from above ("up to", "at most", "less than").
    pub fn is_upper_bound(self) -> bool {
        matches!(
            self,
            Qualifier::UpTo | Qualifier::AtMost | Qualifier::LessThan
        )
    }
}

vocabulary! {
    /// A vague amount, kept as the word that writes it: "dozens of protesters" says no
    /// figure, so it never meets a number.
    pub enum Vague {
        /// "tens of".
        Tens = "tens",
        /// "dozens of".
        Dozens = "dozens",
        /// "scores of".
        Scores = "scores",
        /// "hundreds of".
        Hundreds = "hundreds",
        /// "thousands of".
        Thousands = "thousands",
        /// "tens of thousands of".
        TensOfThousands = "tens of thousands",
        /// "hundreds of thousands of".
        HundredsOfThousands = "hundreds of thousands",
        /// "millions of".
        Millions = "millions",
        /// "tens of millions of".
        TensOfMillions = "tens of millions",
        /// "hundreds of millions of".
        HundredsOfMillions = "hundreds of millions",
        /// "billions of".
        Billions = "billions",
    }
}

/// How much: a figure or a range, a match score, or a vague amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// A figure (`low`), or a range from `low` to `high`.
    Figure {
        /// The figure, or the low end of a range.
        low: Dec,
        /// The high end of a range.
        high: Option<Dec>,
    },
    /// A match score ("won 3-1"): the goals (runs, sets) of each side, as written.
    Score(Dec, Dec),
    /// A vague amount ("dozens", "tens of thousands"): no figure at all.
    Vague(Vague),
}

impl fmt::Display for Size {
    /// "14", "3-5", "3:1", "tens of thousands".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Size::Figure { low, high: None } => write!(f, "{low}"),
            Size::Figure {
                low,
                high: Some(high),
            } => write!(f, "{low}-{high}"),
            Size::Score(a, b) => write!(f, "{a}:{b}"),
            Size::Vague(v) => f.write_str(v.as_str()),
        }
    }
}

/// What an amount measures or counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Thing {
    /// Nothing written after the number.
    Nothing,
    /// A unit in its normal form ("m", "kg", "USD", "year", "%").
    Unit {
        /// The normal unit's name.
        name: &'static str,
        /// What kind of measure it is.
        measure: Measure,
    },
    /// A counted noun, as written in lower case ("passengers").
    Noun(String),
    /// People who died, were hurt or were detained.
    Event(Event),
    /// A match's score.
    Score,
}

impl Thing {
    /// Its name as the value shows it: the unit, the noun, `deaths`; empty for nothing.
    pub fn name(&self) -> &str {
        match self {
            Thing::Nothing => "",
            Thing::Unit { name, .. } => name,
            Thing::Noun(noun) => noun,
            Thing::Event(e) => e.as_str(),
            Thing::Score => "score",
        }
    }
}

/// A quantity's value: its size in the normal unit of `thing`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amount {
    /// How much: a figure, a range, a score or a vague amount.
    pub size: Size,
    /// What it measures or counts.
    pub thing: Thing,
    /// How exact it is.
    pub qualifier: Option<Qualifier>,
    /// The period it is given per, for a rate.
    pub per: Option<Per>,
}

impl fmt::Display for Amount {
    /// `AMOUNT [UNIT] [per PERIOD] [(QUALIFIER)]`: "14 deaths (at least)", "15000 m",
    /// "3-5 ships", "900 m3 per hour", "3:1 score", "dozens protesters".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.size)?;
        if self.thing != Thing::Nothing {
            write!(f, " {}", self.thing.name())?;
        }
        if let Some(per) = self.per {
            write!(f, " per {}", per.as_str())?;
        }
        if let Some(q) = self.qualifier {
            write!(f, " ({})", q.as_str())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_qualifier_names_one() {
        let file = include_str!("../../../data/quantities/qualifiers.tsv");
        for line in file
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let (_, name) = line.split_once('\t').expect("phrase<TAB>qualifier");
            assert!(Qualifier::from_name(name.trim()).is_some(), "{line:?}");
        }
    }
}
