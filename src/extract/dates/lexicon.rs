//! Word lists and word tests of the date grammar: month and weekday names, the words
//! around a date that make it one (or a name, or a count), and the words that turn a date
//! forward. All are compared ignoring ASCII case.

use crate::calendar::{MONTH_NAMES, WEEKDAY_NAMES};

/// Words after which a bare month is a date ("since June", "mid-June", "the end of May").
pub const MONTH_CONTEXT: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "early",
    "late",
    "mid",
    "through",
    "during",
    "before",
    "after",
    "of",
    "between",
    "throughout",
    "to",
    "into",
    "for",
];

/// Words after which a four-digit number is a year ("in 2012"), besides [`DETERMINERS`]
/// ("the 2012 mutiny").
pub const YEAR_CONTEXT: &[&str] = &[
    "in",
    "for",
    "since",
    "during",
    "until",
    "till",
    "by",
    "from",
    "of",
    "before",
    "after",
    "through",
    "throughout",
    "circa",
    "early",
    "late",
    "mid",
    "pre",
    "post",
    "between",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Prepositions so plainly about time that a year after them stays a year even before a
/// plural noun ("since 2012 prices have risen").
pub const STRONG_YEAR_CONTEXT: &[&str] = &["since", "during", "until", "till", "throughout"];

/// Units and counted nouns without a plural "s": after them a number is a count.
pub const COUNTED: &[&str] = &[
    "km",
    "kg",
    "m",
    "cm",
    "mm",
    "mi",
    "ft",
    "g",
    "t",
    "mph",
    "kph",
    "lb",
    "oz",
    "ha",
    "sq",
    "square",
    "cubic",
    "metre",
    "meter",
    "mile",
    "foot",
    "yard",
    "tonne",
    "ton",
    "acre",
    "hectare",
    "litre",
    "liter",
    "gallon",
    "barrel",
    "percent",
    "per",
    "hour",
    "minute",
    "degree",
    "cent",
    "dollar",
    "euro",
    "pound",
    "point",
    "people",
    "men",
    "women",
    "children",
    "police",
    "staff",
    "cattle",
    "sheep",
    "personnel",
    "feet",
    "more",
    "fewer",
    "less",
    "strong",
    "new",
    "other",
    "extra",
    "additional",
];

/// Function words: a lower-case word after a year modifies it only when it is none of
/// these ("the 2012 mutiny", "2020 saw", but not "2000 were").
pub const FUNCTION_WORDS: &[&str] = &[
    "of", "to", "and", "or", "than", "were", "are", "is", "have", "had", "in", "on", "at", "for",
    "from", "by", "with", "a", "an", "the", "as", "but", "that", "which", "who", "when", "out",
    "will", "would", "could", "may", "might",
];

/// Words after which a weekday is a date even before a capitalised word ("on Tuesday
/// Varga said").
pub const WEEKDAY_CONTEXT: &[&str] = &[
    "on", "by", "until", "till", "since", "from", "before", "after", "early", "late", "last",
    "next", "this", "through", "between",
];

/// Determiners: before a number a sign of a year ("their 2019 budget").
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "each", "every", "that", "this", "its", "their", "his", "her", "our", "whose",
];

/// Words that make a weekday after them the name of a day of the year ("Good Friday").
pub const NAMED_DAYS: &[&str] = &[
    "good",
    "black",
    "super",
    "easter",
    "palm",
    "ash",
    "bloody",
    "cyber",
    "holy",
    "maundy",
    "shrove",
    "whit",
    "low",
    "giving",
    "mothering",
    "remembrance",
    "trinity",
    "passion",
    "pentecost",
    "orthodox",
];

/// Parts of a day, dropped from the value ("Thursday morning" is Thursday).
pub const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Number words for "two days ago".
pub const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// Words that make what follows in their clause future.
pub const FUTURE_WORDS: &[&str] = &[
    "will", "shall", "would", "ll", "next", "plans", "intends", "expects", "expected", "hopes",
];

/// Words that schedule what follows in their clause, from the anchor on.
pub const SCHEDULE_WORDS: &[&str] = &["scheduled", "rescheduled", "slated", "planned", "upcoming"];

/// Words that schedule only after a form of "be" or before "for" ("is due to", "set for
/// Sunday"): "due to rain" and "set fire" are not cues.
pub const BE_SCHEDULE_WORDS: &[&str] = &["due", "set", "expected", "poised", "likely"];

/// Present forms of "be" before [`BE_SCHEDULE_WORDS`].
pub const BE: &[&str] = &["is", "are", "be", "been", "being", "s", "re"];

/// Past forms of "be": "was scheduled for Sunday" looks back like any past tense.
pub const PAST_BE: &[&str] = &["was", "were"];

/// Reporting verbs: what comes after them is the report, so a cue before them does not
/// reach past them ("officials who will oversee it said on Tuesday").
pub const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "announced",
    "wrote",
    "stated",
    "reported",
    "confirmed",
];

/// Whether `word` is capitalised: an upper-case first letter.
pub fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The month (1-12) a capitalised month name or abbreviation stands for. The caller
/// checks for the stop that may follow an abbreviation.
pub fn month_of(word: &str) -> Option<u32> {
    if !capitalised(word) {
        return None;
    }
    if let Some(i) = MONTH_NAMES
        .iter()
        .position(|m| m.eq_ignore_ascii_case(word))
    {
        return Some(i as u32 + 1);
    }
    if word.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    MONTH_NAMES
        .iter()
        .position(|m| word.len() == 3 && m.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(word)))
        .map(|i| i as u32 + 1)
}

/// The weekday (0 = Monday) a capitalised weekday name stands for.
pub fn weekday_of(word: &str) -> Option<u32> {
    if !capitalised(word) {
        return None;
    }
    WEEKDAY_NAMES
        .iter()
        .position(|d| d.eq_ignore_ascii_case(word))
        .map(|i| i as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_weekdays_need_a_capital() {
        assert_eq!(month_of("May"), Some(5));
        assert_eq!(month_of("may"), None);
        assert_eq!(month_of("Sept"), Some(9));
        assert_eq!(month_of("Sep"), Some(9));
        assert_eq!(month_of("AUG"), Some(8));
        assert_eq!(month_of("Augu"), None);
        assert_eq!(weekday_of("Tuesday"), Some(1));
        assert_eq!(weekday_of("SUNDAY"), Some(6));
        assert_eq!(weekday_of("sunday"), None);
    }
}
