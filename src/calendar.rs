//! Calendar arithmetic shared by the date extractor and input checks.

/// The number of days in `month` (1-12) of `year` (proleptic Gregorian), or `None` for a
/// month out of range.
pub fn days_in_month(year: u32, month: u32) -> Option<u32> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if leap => Some(29),
        2 => Some(28),
        _ => None,
    }
}

/// `YYYY-MM-DD` for a valid date, else `None`.
pub fn iso_date(year: u32, month: u32, day: u32) -> Option<String> {
    let days = days_in_month(year, month)?;
    (1..=days)
        .contains(&day)
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert_eq!(days_in_month(2024, 2), Some(29));
        assert_eq!(days_in_month(1900, 2), Some(28));
        assert_eq!(days_in_month(2000, 2), Some(29));
        assert_eq!(days_in_month(2021, 13), None);
        assert_eq!(iso_date(2020, 8, 18).as_deref(), Some("2020-08-18"));
        assert_eq!(iso_date(2021, 2, 29), None);
    }
}
