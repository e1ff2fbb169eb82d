//! Word tests of the date grammar: capitals, month and weekday names. The words around a
//! date that make it one (or a name, or a count), and the words that turn a date forward,
//! are lists in `data/dates/`, compared ignoring ASCII case.

use crate::lexicon::TableList;

/// Whether `word` is capitalised: an upper-case first letter.
pub fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The month (1-12) a capitalised month name or abbreviation stands for ("May", "Sept",
/// "AUG"). The caller checks for the stop that may follow an abbreviation.
pub fn month_of(word: &str) -> Option<u32> {
    if !capitalised(word) {
        return None;
    }
    TableList::Months.value_folded(word)?.parse().ok()
}

/// The weekday (0 = Monday) a capitalised weekday name stands for.
pub fn weekday_of(word: &str) -> Option<u32> {
    if !capitalised(word) {
        return None;
    }
    TableList::Weekdays.value_folded(word)?.parse().ok()
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
