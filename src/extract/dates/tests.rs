//! Table tests of date resolution against the anchor: weekdays, relative days, month and
//! day without a year, across a year boundary and on a leap day.

use super::super::show_values;
use super::*;
use crate::text::sentences;

/// Tuesday 18 August 2020, ISO week 34.
pub(super) const AUG: &str = "2020-08-18";
/// Tuesday 5 March 2024, ISO week 10.
pub(super) const MAR: &str = "2024-03-05";
/// Sunday 3 January 2021, in ISO week 53 of 2020.
pub(super) const JAN: &str = "2021-01-03";
/// Thursday 29 February 2024, a leap day.
pub(super) const LEAP: &str = "2024-02-29";
/// No publication date.
pub(super) const NONE: &str = "";

pub(super) fn anchor(s: &str) -> Option<Date> {
    Date::parse_iso(s)
}

/// (anchor, input, expected dates as "text=value", value "-" when none)
const CASES: &[(&str, &str, &[&str])] = &[
    // Weekdays look back from the anchor, forward with a cue.
    (AUG, "The port closed on Tuesday.", &["Tuesday=2020-08-18"]),
    (
        AUG,
        "Gunfire was heard in Kati on Sunday.",
        &["Sunday=2020-08-16"],
    ),
    (
        AUG,
        "A note sent on Thursday morning said the gates were shut.",
        &["Thursday morning=2020-08-13"],
    ),
    (
        AUG,
        "Fighting resumed on Tuesday night.",
        &["Tuesday night=2020-08-18"],
    ),
    (
        AUG,
        "Ines Varga flew to Lindmark last Tuesday.",
        &["last Tuesday=2020-08-11"],
    ),
    (
        AUG,
        "Ines Varga will fly to Lindmark on Friday.",
        &["Friday=2020-08-21"],
    ),
    (
        AUG,
        "The talks resume next Tuesday.",
        &["next Tuesday=2020-08-25"],
    ),
    (
        AUG,
        "The vote is scheduled to take place on Tuesday.",
        &["Tuesday=2020-08-18"],
    ),
    (
        AUG,
        "The vote will take place on Tuesday.",
        &["Tuesday=2020-08-25"],
    ),
    (
        AUG,
        "Crowds gathered in Port Selwyn ahead of Sunday's vote.",
        &["Sunday=2020-08-23"],
    ),
    (
        AUG,
        "The council meets on Friday, when members will vote on the budget.",
        &["Friday=2020-08-21"],
    ),
    (
        AUG,
        "The court on Monday will rule on the appeal.",
        &["Monday=2020-08-24"],
    ),
    (
        AUG,
        "Officials said on Tuesday that the port will reopen on Monday.",
        &["Tuesday=2020-08-18", "Monday=2020-08-24"],
    ),
    (
        AUG,
        "Officials who will oversee the count said on Friday that it went well.",
        &["Friday=2020-08-14"],
    ),
    (
        AUG,
        "The ferry is due to sail on Thursday.",
        &["Thursday=2020-08-20"],
    ),
    (
        AUG,
        "The ferry was due to sail on Thursday.",
        &["Thursday=2020-08-13"],
    ),
    (
        AUG,
        "The vote, which was scheduled for Sunday, was cancelled.",
        &["Sunday=2020-08-16"],
    ),
    (
        AUG,
        "The vote, scheduled for Sunday, may be cancelled.",
        &["Sunday=2020-08-23"],
    ),
    (
        AUG,
        "Ferries stopped due to storms on Thursday.",
        &["Thursday=2020-08-13"],
    ),
    (
        AUG,
        "On Tuesday Varga said the port was shut.",
        &["Tuesday=2020-08-18"],
    ),
    (
        AUG,
        "Gunfire on Tuesday; a note on Thursday morning.",
        &["Tuesday=2020-08-18", "Thursday morning=2020-08-13"],
    ),
    (
        AUG,
        "The vote went ahead on Sunday.",
        &["Sunday=2020-08-16"],
    ),
    (
        AUG,
        "We'll meet again on Thursday.",
        &["Thursday=2020-08-20"],
    ),
    (
        AUG,
        "The ministry said on Monday it would reopen the border on Thursday.",
        &["Monday=2020-08-17", "Thursday=2020-08-20"],
    ),
    (
        AUG,
        "The hospital said it expected to reopen its clinics on Thursday.",
        &["Thursday=2020-08-20"],
    ),
    (
        LEAP,
        "Polls close next Thursday.",
        &["next Thursday=2024-03-07"],
    ),
    // A weekday beside a day shares its value and may pick its year, but not for a day
    // within two months of the anchor: there a wrong weekday is a slip, kept apart so that
    // it is flagged ("Tuesday, Aug. 6" in 2020 was a Thursday; 2019's was a Tuesday).
    (
        AUG,
        "The audit was passed on Tuesday, Aug. 6.",
        &["Tuesday=2020-08-18", "Aug. 6=2020-08-06"],
    ),
    // A weekday beside a day shares its value and may pick its year.
    (
        AUG,
        "The offer expires on Monday, Sept. 7, 2020.",
        &["Monday, Sept. 7, 2020=2020-09-07"],
    ),
    (
        AUG,
        "Voters head to the polls on Sunday, Aug. 23.",
        &["Sunday, Aug. 23=2020-08-23"],
    ),
    (
        AUG,
        "Talks on Sunday, August 16, ended without a deal.",
        &["Sunday, August 16=2020-08-16"],
    ),
    (
        AUG,
        "Ines Varga left on Tuesday, Aug. 18.",
        &["Tuesday, Aug. 18=2020-08-18"],
    ),
    (
        AUG,
        "The ship docks on Friday, Aug. 28, officials said.",
        &["Friday, Aug. 28=2020-08-28"],
    ),
    // Relative days, weeks, months and years.
    (
        AUG,
        "Police said this morning that the road was open.",
        &["this morning=2020-08-18"],
    ),
    (
        AUG,
        "Ines Varga arrived yesterday and leaves tomorrow.",
        &["yesterday=2020-08-17", "tomorrow=2020-08-19"],
    ),
    (AUG, "The strike ends tonight.", &["tonight=2020-08-18"]),
    (
        AUG,
        "It rained yesterday morning.",
        &["yesterday morning=2020-08-17"],
    ),
    (
        AUG,
        "Varga returned last night.",
        &["last night=2020-08-17"],
    ),
    (
        AUG,
        "Prices rose last week and may fall next week.",
        &["last week=2020-W33", "next week=2020-W35"],
    ),
    (AUG, "Sales fell this week.", &["this week=2020-W34"]),
    (AUG, "Exports dropped last month.", &["last month=2020-07"]),
    (
        AUG,
        "The mill closed earlier this month.",
        &["this month=2020-08"],
    ),
    (AUG, "Turnout was higher last year.", &["last year=2019"]),
    (AUG, "Elections are due next year.", &["next year=2021"]),
    (
        AUG,
        "The dam burst two days ago.",
        &["two days ago=2020-08-16"],
    ),
    (
        AUG,
        "The dam burst three weeks ago.",
        &["three weeks ago=2020-W31"],
    ),
    (
        AUG,
        "The bridge opened 14 days ago.",
        &["14 days ago=2020-08-04"],
    ),
    (
        AUG,
        "A year ago the square was empty.",
        &["A year ago=2019"],
    ),
    (
        AUG,
        "Two months ago the mine reopened.",
        &["Two months ago=2020-06"],
    ),
    (
        AUG,
        "Crowds filled the square last weekend.",
        &["last weekend=2020-08-15/2020-08-16"],
    ),
    (
        AUG,
        "The ceasefire should hold this weekend.",
        &["this weekend=2020-08-22/2020-08-23"],
    ),
    (AUG, "The last week of June was hot.", &["June=2020-06"]),
    (
        AUG,
        "It happened the day before yesterday in Kati.",
        &["day before yesterday=2020-08-16"],
    ),
    (
        MAR,
        "The results come out this weekend.",
        &["this weekend=2024-03-09/2024-03-10"],
    ),
    // Month and day without a year: the anchor's year, a week of grace, cues.
    (
        AUG,
        "The message, dated Aug. 18, arrived.",
        &["Aug. 18=2020-08-18"],
    ),
    (
        AUG,
        "The contract expires on Aug. 24.",
        &["Aug. 24=2020-08-24"],
    ),
    (
        AUG,
        "The festival opened on Aug. 28.",
        &["Aug. 28=2019-08-28"],
    ),
    (
        AUG,
        "The festival will open on Aug. 28.",
        &["Aug. 28=2020-08-28"],
    ),
    (
        AUG,
        "Talks are scheduled for Sept. 3.",
        &["Sept. 3=2020-09-03"],
    ),
    (
        AUG,
        "Elections, set for Sept. 27, may slip into November.",
        &["Sept. 27=2020-09-27", "November=2019-11"],
    ),
    (AUG, "The ferry sank on 3 March.", &["3 March=2020-03-03"]),
    (
        AUG,
        "The fair will run from 3 to 5 March.",
        &["3 to 5 March=2021-03-03/2021-03-05"],
    ),
    (
        AUG,
        "The fair runs from Aug. 20 to Aug. 25.",
        &["Aug. 20 to Aug. 25=2020-08-20/2020-08-25"],
    ),
    (
        AUG,
        "Sales in the July-September quarter rose.",
        &["July-September=2020-07/2020-09"],
    ),
    (
        AUG,
        "Rates will rise in March and again in June.",
        &["March=2021-03", "June=2021-06"],
    ),
    (
        AUG,
        "The ferry will sail on 3 March.",
        &["3 March=2021-03-03"],
    ),
    (AUG, "Protests have run since June.", &["June=2020-06"]),
    (AUG, "The mine closed in October.", &["October=2019-10"]),
    (
        AUG,
        "The mine will reopen in October.",
        &["October=2020-10"],
    ),
    (
        AUG,
        "Filed since Aug. 3 and in Sept.",
        &["Aug. 3=2020-08-03", "Sept.=2019-09"],
    ),
    (
        AUG,
        "The rains of mid-June followed floods in late 2012.",
        &["June=2020-06", "2012=2012"],
    ),
    // Tuesday 5 March 2024.
    (
        MAR,
        "The vote was held on Tuesday 5 March 2024.",
        &["Tuesday 5 March 2024=2024-03-05"],
    ),
    (
        MAR,
        "Ballots were counted on Sunday.",
        &["Sunday=2024-03-03"],
    ),
    (
        MAR,
        "Observers will arrive on Sunday.",
        &["Sunday=2024-03-10"],
    ),
    (
        MAR,
        "The summit opens on Monday, when leaders will sign the pact.",
        &["Monday=2024-03-11"],
    ),
    (
        MAR,
        "Talks are set to resume on Thursday.",
        &["Thursday=2024-03-07"],
    ),
    (
        MAR,
        "Talks are set to resume on Tuesday.",
        &["Tuesday=2024-03-05"],
    ),
    (MAR, "Talks resumed on 3 March.", &["3 March=2024-03-03"]),
    (
        MAR,
        "The reservoir filled between 3 and 5 March.",
        &["3 and 5 March=2024-03-03/2024-03-05"],
    ),
    (
        MAR,
        "Snow fell from 28 February to 2 March.",
        &["28 February to 2 March=2024-02-28/2024-03-02"],
    ),
    (
        MAR,
        "The forum ran from 3 March to 5 April 2023.",
        &["3 March to 5 April 2023=2023-03-03/2023-04-05"],
    ),
    (MAR, "Fares rise next month.", &["next month=2024-04"]),
    (MAR, "Prices were flat last month.", &["last month=2024-02"]),
    (MAR, "Sales rose last week.", &["last week=2024-W09"]),
    (MAR, "Rain is expected in April.", &["April=2024-04"]),
    (MAR, "Rain fell in April.", &["April=2023-04"]),
    (
        MAR,
        "The mill reopened last March.",
        &["last March=2023-03"],
    ),
    (MAR, "The mill reopens next March.", &["next March=2025-03"]),
    (
        MAR,
        "Ines Varga left last Tuesday.",
        &["last Tuesday=2024-02-27"],
    ),
    // Sunday 3 January 2021: across the year boundary.
    (JAN, "The fire started on Dec. 28.", &["Dec. 28=2020-12-28"]),
    (JAN, "Shops reopen on Jan. 5.", &["Jan. 5=2021-01-05"]),
    (JAN, "Shops closed on Jan. 12.", &["Jan. 12=2020-01-12"]),
    (JAN, "Crews worked last week.", &["last week=2020-W52"]),
    (JAN, "Crews rest this week.", &["this week=2020-W53"]),
    (JAN, "Sales rose last month.", &["last month=2020-12"]),
    (JAN, "Last year was hard.", &["Last year=2020"]),
    (
        JAN,
        "The rally was on Wednesday.",
        &["Wednesday=2020-12-30"],
    ),
    (
        JAN,
        "The rally will be on Wednesday.",
        &["Wednesday=2021-01-06"],
    ),
    (JAN, "Snow fell in December.", &["December=2020-12"]),
    (JAN, "The fire started on Sunday.", &["Sunday=2021-01-03"]),
    (
        JAN,
        "The fire started last Sunday.",
        &["last Sunday=2020-12-27"],
    ),
    (
        JAN,
        "The fire is out by next Sunday.",
        &["next Sunday=2021-01-10"],
    ),
    (
        "2020-12-30",
        "The law takes effect on Jan. 1.",
        &["Jan. 1=2021-01-01"],
    ),
    // Thursday 29 February 2024.
    (LEAP, "The count ended today.", &["today=2024-02-29"]),
    (
        LEAP,
        "A year ago the square was empty.",
        &["A year ago=2023"],
    ),
    (LEAP, "Polls closed on Feb. 28.", &["Feb. 28=2024-02-28"]),
    (LEAP, "Voters queued on Thursday.", &["Thursday=2024-02-29"]),
    (
        LEAP,
        "The result comes on March 5.",
        &["March 5=2024-03-05"],
    ),
    (LEAP, "The result came on March 8.", &["March 8=2023-03-08"]),
    (
        LEAP,
        "Rain fell on 29 February.",
        &["29 February=2024-02-29"],
    ),
    (
        LEAP,
        "The bridge opened yesterday and shuts tomorrow.",
        &["yesterday=2024-02-28", "tomorrow=2024-03-01"],
    ),
    (LEAP, "Crowds came last week.", &["last week=2024-W08"]),
    (
        "2021-03-01",
        "The count began on Feb. 29.",
        &["Feb. 29=2020-02-29"],
    ),
];

/// Runs a table of (anchor, input, expected "text=value" list) and reports every case
/// that fails.
pub(super) fn run(cases: &[(&str, &str, &[&str])]) {
    let mut failures = Vec::new();
    for (day, input, expected) in cases {
        let found = find(input, &sentences(input), anchor(day));
        let shown = show_values(input, &found);
        if shown != *expected {
            failures.push(format!(
                "input: {input:?}, anchor {day:?}: got {shown:?}, want {expected:?}"
            ));
        }
        assert!(found
            .iter()
            .all(|f| f.kind == Kind::Date && f.source == crate::extract::Source::Date));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn table() {
    run(CASES);
}
