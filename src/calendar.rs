//! Calendar arithmetic shared by the date extractor and input checks: proleptic Gregorian
//! dates, weekdays, day arithmetic and ISO 8601 weeks.

/// A calendar day. Fields in this order make the derived ordering chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, e.g. 2020.
    pub year: i32,
    /// The month, 1-12.
    pub month: u32,
    /// The day of the month, 1-31.
    pub day: u32,
}

/// Days from 0000-03-01 to 1970-01-01, the shift of the civil-day algorithm below.
const EPOCH_SHIFT: i64 = 719_468;
/// Days in a 400-year Gregorian era.
const ERA_DAYS: i64 = 146_097;

impl Date {
    /// The date, when `month` and `day` make a real day of `year`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let days = days_in_month(year, month)?;
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// A date written exactly `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape {
            return None;
        }
        Date::new(
            s[..4].parse().ok()?,
            s[5..7].parse().ok()?,
            s[8..].parse().ok()?,
        )
    }

    /// The day of the week: 0 for Monday through 6 for Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01, day 0, was a Thursday (3).
        (self.day_number() + 3).rem_euclid(7) as u32
    }

    /// The date `n` days later (earlier for a negative `n`).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_day_number(self.day_number().saturating_add(n))
    }

    /// The date as a reader writes it: "Tuesday 18 August 2020".
    pub fn long(self) -> String {
        format!(
            "{} {} {} {}",
            WEEKDAY_NAMES[self.weekday() as usize],
            self.day,
            MONTH_NAMES[self.month as usize - 1],
            self.year
        )
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The ISO 8601 week-numbering year and week (1-53): weeks run Monday to Sunday, and
    /// a week belongs to the year that holds its Thursday.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(3 - i64::from(self.weekday()));
        let first = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let ordinal = thursday.day_number() - first.day_number();
        (thursday.year, (ordinal / 7 + 1) as u32)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn day_number(self) -> i64 {
        let m = i64::from(self.month);
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let day_of_year =
            (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * ERA_DAYS + day_of_era - EPOCH_SHIFT
    }

    /// The date `z` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    fn from_day_number(z: i64) -> Date {
        let z = z.saturating_add(EPOCH_SHIFT);
        let era = z.div_euclid(ERA_DAYS);
        let day_of_era = z - era * ERA_DAYS;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date {
            year: year.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
            month,
            day,
        }
    }
}

/// The month `n` months after `month` (1-12) of `year`, as (year, month).
pub fn add_months(year: i32, month: u32, n: i64) -> (i32, u32) {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + n;
    let y = index.div_euclid(12);
    (
        y.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        index.rem_euclid(12) as u32 + 1,
    )
}

/// The years a four-digit number on its own is taken for ("in 2012", "the 2019 budget"):
/// news writes of its own century and the last; other four-digit numbers are more often
/// counts, prices or codes.
pub const BARE_YEARS: std::ops::RangeInclusive<u32> = 1900..=2099;

/// Month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Weekday names, Monday first (as [`Date::weekday`] counts).
pub const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The number of days in `month` (1-12) of `year` (proleptic Gregorian), or `None` for a
/// month out of range.
pub fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if leap => Some(29),
        2 => Some(28),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).expect("valid test date")
    }

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert_eq!(days_in_month(2024, 2), Some(29));
        assert_eq!(days_in_month(1900, 2), Some(28));
        assert_eq!(days_in_month(2000, 2), Some(29));
        assert_eq!(days_in_month(2021, 13), None);
        assert_eq!(
            Date::new(2000, 2, 29).map(Date::iso).as_deref(),
            Some("2000-02-29")
        );
        assert_eq!(Date::new(1900, 2, 29), None);
        assert_eq!(Date::new(2020, 4, 31), None);
        assert_eq!(Date::new(2020, 0, 1), None);
    }

    #[test]
    fn parses_only_real_iso_dates() {
        assert_eq!(
            Date::parse_iso("2020-08-18"),
            Some(Date {
                year: 2020,
                month: 8,
                day: 18
            })
        );
        for bad in [
            "2021-02-29",
            "2020-8-18",
            "2020/08/18",
            "20200818",
            "2020-08-18 ",
            "+020-08-18",
            "",
            "２０２０-08-18",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "input: {bad:?}");
        }
    }

    /// (date, weekday with Monday 0)
    const WEEKDAYS: &[(&str, u32)] = &[
        ("2020-08-18", 1),
        ("2000-02-29", 1),
        ("1970-01-01", 3),
        ("2024-03-05", 1),
        ("2024-02-29", 3),
        ("1900-01-01", 0),
        ("2021-01-03", 6),
        ("1999-12-31", 4),
        ("2038-01-19", 1),
    ];

    #[test]
    fn weekdays_of_known_dates() {
        for (date, weekday) in WEEKDAYS {
            assert_eq!(d(date).weekday(), *weekday, "date: {date}");
        }
    }

    /// (date, days to add, result)
    const ADDITIONS: &[(&str, i64, &str)] = &[
        ("2020-08-18", -1, "2020-08-17"),
        ("2020-12-31", 1, "2021-01-01"),
        ("2021-01-03", -7, "2020-12-27"),
        ("2024-02-28", 1, "2024-02-29"),
        ("2024-02-29", 1, "2024-03-01"),
        ("2023-02-28", 1, "2023-03-01"),
        ("2000-02-29", 366, "2001-03-01"),
        ("1999-12-31", 1, "2000-01-01"),
        ("2020-08-18", 0, "2020-08-18"),
        ("2020-08-18", 146_097, "2420-08-18"),
        ("2020-08-18", -36_525, "1920-08-18"),
    ];

    #[test]
    fn adding_days_crosses_months_and_years() {
        for (date, n, expected) in ADDITIONS {
            assert_eq!(d(date).add_days(*n).iso(), *expected, "{date} + {n}");
        }
    }

    /// (date, ISO week-year, week)
    const WEEKS: &[(&str, i32, u32)] = &[
        ("2020-08-18", 2020, 34),
        ("2020-08-11", 2020, 33),
        ("2021-01-03", 2020, 53),
        ("2021-01-04", 2021, 1),
        ("2019-12-30", 2020, 1),
        ("2018-12-31", 2019, 1),
        ("2016-01-01", 2015, 53),
        ("2024-03-05", 2024, 10),
        ("2026-12-31", 2026, 53),
        ("2027-01-01", 2026, 53),
        ("2023-01-01", 2022, 52),
    ];

    #[test]
    fn iso_weeks_at_year_boundaries() {
        for (date, year, week) in WEEKS {
            assert_eq!(d(date).iso_week(), (*year, *week), "date: {date}");
        }
    }

    #[test]
    fn month_arithmetic_wraps_years() {
        assert_eq!(add_months(2020, 1, -1), (2019, 12));
        assert_eq!(add_months(2020, 12, 1), (2021, 1));
        assert_eq!(add_months(2020, 8, -20), (2018, 12));
        assert_eq!(add_months(2020, 8, 0), (2020, 8));
    }

    #[test]
    fn extreme_additions_do_not_panic() {
        let day = d("2020-08-18");
        let _ = day.add_days(i64::MAX).iso_week();
        let _ = day.add_days(i64::MIN).iso_week();
    }
}
