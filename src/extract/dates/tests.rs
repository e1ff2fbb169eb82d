//! Table tests of date resolution against the anchor: weekdays, relative days, month and
//! day without a year, across a year boundary and on a leap day.

use super::super::annotated;
use super::*;
use crate::notation::parse;
use crate::text::{sentences, Tokens};

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

/// (name, anchor, the input with its dates in the test notation: `[DATE text=value]`, or
/// `[DATE text]` when the date has no value)
const CASES: &[(&str, &str, &str)] = &[
    // Weekdays look back from the anchor, forward with a cue.
    ("weekday000", AUG, "The port closed on [DATE Tuesday=2020-08-18]."),
    ("weekday010", AUG, "Gunfire was heard in Kati on [DATE Sunday=2020-08-16]."),
    ("weekday020", AUG, "A note sent on [DATE Thursday morning=2020-08-13] said the gates were shut."),
    ("weekday030", AUG, "Fighting resumed on [DATE Tuesday night=2020-08-18]."),
    ("weekday040", AUG, "Ines Varga flew to Lindmark [DATE last Tuesday=2020-08-11]."),
    ("weekday050", AUG, "Ines Varga will fly to Lindmark on [DATE Friday=2020-08-21]."),
    ("weekday060", AUG, "The talks resume [DATE next Tuesday=2020-08-25]."),
    ("weekday070", AUG, "The vote is scheduled to take place on [DATE Tuesday=2020-08-18]."),
    ("weekday080", AUG, "The vote will take place on [DATE Tuesday=2020-08-25]."),
    ("weekday090", AUG, "Crowds gathered in Port Selwyn ahead of [DATE Sunday=2020-08-23]'s vote."),
    ("weekday091", AUG, "Ansa finished 212 votes ahead of Brask on [DATE Sunday=2020-08-16]."),
    ("weekday092", AUG, "Crowds gathered two days ahead of [DATE Sunday=2020-08-23]'s vote."),
    ("weekday100", AUG, "The council meets on [DATE Friday=2020-08-21], when members will vote on the budget."),
    ("weekday110", AUG, "The court on [DATE Monday=2020-08-24] will rule on the appeal."),
    ("weekday120", AUG, "Officials said on [DATE Tuesday=2020-08-18] that the port will reopen on [DATE Monday=2020-08-24]."),
    ("weekday130", AUG, "Officials who will oversee the count said on [DATE Friday=2020-08-14] that it went well."),
    ("weekday140", AUG, "The ferry is due to sail on [DATE Thursday=2020-08-20]."),
    ("weekday150", AUG, "The ferry was due to sail on [DATE Thursday=2020-08-13]."),
    ("weekday160", AUG, "The vote, which was scheduled for [DATE Sunday=2020-08-16], was cancelled."),
    ("weekday170", AUG, "The vote, scheduled for [DATE Sunday=2020-08-23], may be cancelled."),
    ("weekday180", AUG, "Ferries stopped due to storms on [DATE Thursday=2020-08-13]."),
    ("weekday190", AUG, "On [DATE Tuesday=2020-08-18] Varga said the port was shut."),
    ("weekday200", AUG, "Gunfire on [DATE Tuesday=2020-08-18]; a note on [DATE Thursday morning=2020-08-13]."),
    ("weekday210", AUG, "The vote went ahead on [DATE Sunday=2020-08-16]."),
    ("weekday220", AUG, "We'll meet again on [DATE Thursday=2020-08-20]."),
    ("weekday230", AUG, "The ministry said on [DATE Monday=2020-08-17] it would reopen the border on [DATE Thursday=2020-08-20]."),
    ("weekday240", AUG, "The hospital said it expected to reopen its clinics on [DATE Thursday=2020-08-20]."),
    ("weekday250", LEAP, "Polls close [DATE next Thursday=2024-03-07]."),
    // A weekday beside a day shares its value and may pick its year, but not for a day
    // within two months of the anchor: there a wrong weekday is a slip, kept apart so that
    // it is flagged ("Tuesday, Aug. 6" in 2020 was a Thursday; 2019's was a Tuesday).
    ("weekday_slip000", AUG, "The audit was passed on [DATE Tuesday=2020-08-18], [DATE Aug. 6=2020-08-06]."),
    // A weekday beside a day shares its value and may pick its year.
    ("weekday_beside_day000", AUG, "The offer expires on [DATE Monday, Sept. 7, 2020=2020-09-07]."),
    ("weekday_beside_day010", AUG, "Voters head to the polls on [DATE Sunday, Aug. 23=2020-08-23]."),
    ("weekday_beside_day020", AUG, "Talks on [DATE Sunday, August 16=2020-08-16], ended without a deal."),
    ("weekday_beside_day030", AUG, "Ines Varga left on [DATE Tuesday, Aug. 18=2020-08-18]."),
    ("weekday_beside_day040", AUG, "The ship docks on [DATE Friday, Aug. 28=2020-08-28], officials said."),
    // Relative days, weeks, months and years.
    ("relative000", AUG, "Police said [DATE this morning=2020-08-18] that the road was open."),
    ("relative010", AUG, "Ines Varga arrived [DATE yesterday=2020-08-17] and leaves [DATE tomorrow=2020-08-19]."),
    ("relative020", AUG, "The strike ends [DATE tonight=2020-08-18]."),
    ("relative030", AUG, "It rained [DATE yesterday morning=2020-08-17]."),
    ("relative040", AUG, "Varga returned [DATE last night=2020-08-17]."),
    ("relative050", AUG, "Prices rose [DATE last week=2020-08-10/2020-08-16] and may fall [DATE next week=2020-08-24/2020-08-30]."),
    ("relative060", AUG, "Sales fell [DATE this week=2020-08-17/2020-08-23]."),
    ("relative070", AUG, "Exports dropped [DATE last month=2020-07]."),
    ("relative080", AUG, "The mill closed earlier [DATE this month=2020-08]."),
    ("relative090", AUG, "Turnout was higher [DATE last year=2019]."),
    ("relative100", AUG, "Elections are due [DATE next year=2021]."),
    ("relative110", AUG, "The dam burst [DATE two days ago=2020-08-16]."),
    ("relative120", AUG, "The dam burst [DATE three weeks ago=2020-07-27/2020-08-02]."),
    ("relative130", AUG, "The bridge opened [DATE 14 days ago=2020-08-04]."),
    ("relative140", AUG, "[DATE A year ago=2019] the square was empty."),
    ("relative150", AUG, "[DATE Two months ago=2020-06] the mine reopened."),
    ("relative160", AUG, "Crowds filled the square [DATE last weekend=2020-08-15/2020-08-16]."),
    ("relative170", AUG, "The ceasefire should hold [DATE this weekend=2020-08-22/2020-08-23]."),
    ("relative180", AUG, "The last week of [DATE June=2020-06] was hot."),
    ("relative190", AUG, "It happened the [DATE day before yesterday=2020-08-16] in Kati."),
    ("relative200", MAR, "The results come out [DATE this weekend=2024-03-09/2024-03-10]."),
    // Month and day without a year: the anchor's year, a week of grace, cues.
    ("month_day000", AUG, "The message, dated [DATE Aug. 18=2020-08-18], arrived."),
    ("month_day010", AUG, "The contract expires on [DATE Aug. 24=2020-08-24]."),
    ("month_day020", AUG, "The festival opened on [DATE Aug. 28=2019-08-28]."),
    ("month_day030", AUG, "The festival will open on [DATE Aug. 28=2020-08-28]."),
    ("month_day040", AUG, "Talks are scheduled for [DATE Sept. 3=2020-09-03]."),
    ("month_day050", AUG, "Elections, set for [DATE Sept. 27=2020-09-27], may slip into [DATE November=2019-11]."),
    ("month_day060", AUG, "The ferry sank on [DATE 3 March=2020-03-03]."),
    ("month_day061", AUG, "She ended two points ahead of him on [DATE 13 August=2020-08-13]."),
    ("month_day070", AUG, "The fair will run from [DATE 3 to 5 March=2021-03-03/2021-03-05]."),
    ("month_day080", AUG, "The fair runs from [DATE Aug. 20 to Aug. 25=2020-08-20/2020-08-25]."),
    ("month_day090", AUG, "Sales in the [DATE July-September=2020-07-01/2020-09-30] quarter rose."),
    ("month_day100", AUG, "Rates will rise in [DATE March=2021-03] and again in [DATE June=2021-06]."),
    ("month_day110", AUG, "The ferry will sail on [DATE 3 March=2021-03-03]."),
    ("month_day120", AUG, "Protests have run since [DATE June=2020-06]."),
    ("month_day130", AUG, "The mine closed in [DATE October=2019-10]."),
    ("month_day140", AUG, "The mine will reopen in [DATE October=2020-10]."),
    ("month_day150", AUG, "Filed since [DATE Aug. 3=2020-08-03] and in [DATE Sept.=2019-09]"),
    ("month_day160", AUG, "The rains of [DATE mid-June=2020-06] followed floods in [DATE late 2012=2012]."),
    // Tuesday 5 March 2024.
    ("march000", MAR, "The vote was held on [DATE Tuesday 5 March 2024=2024-03-05]."),
    ("march010", MAR, "Ballots were counted on [DATE Sunday=2024-03-03]."),
    ("march020", MAR, "Observers will arrive on [DATE Sunday=2024-03-10]."),
    ("march030", MAR, "The summit opens on [DATE Monday=2024-03-11], when leaders will sign the pact."),
    ("march040", MAR, "Talks are set to resume on [DATE Thursday=2024-03-07]."),
    ("march050", MAR, "Talks are set to resume on [DATE Tuesday=2024-03-05]."),
    ("march060", MAR, "Talks resumed on [DATE 3 March=2024-03-03]."),
    ("march070", MAR, "The reservoir filled between [DATE 3 and 5 March=2024-03-03/2024-03-05]."),
    ("march080", MAR, "Snow fell from [DATE 28 February to 2 March=2024-02-28/2024-03-02]."),
    ("march090", MAR, "The forum ran from [DATE 3 March to 5 April 2023=2023-03-03/2023-04-05]."),
    ("march100", MAR, "Fares rise [DATE next month=2024-04]."),
    ("march110", MAR, "Prices were flat [DATE last month=2024-02]."),
    ("march120", MAR, "Sales rose [DATE last week=2024-02-26/2024-03-03]."),
    ("march130", MAR, "Rain is expected in [DATE April=2024-04]."),
    ("march140", MAR, "Rain fell in [DATE April=2023-04]."),
    ("march150", MAR, "The mill reopened [DATE last March=2023-03]."),
    ("march160", MAR, "The mill reopens [DATE next March=2025-03]."),
    ("march170", MAR, "Ines Varga left [DATE last Tuesday=2024-02-27]."),
    // Sunday 3 January 2021: across the year boundary.
    ("new_year000", JAN, "The fire started on [DATE Dec. 28=2020-12-28]."),
    ("new_year010", JAN, "Shops reopen on [DATE Jan. 5=2021-01-05]."),
    ("new_year020", JAN, "Shops closed on [DATE Jan. 12=2020-01-12]."),
    ("new_year030", JAN, "Crews worked [DATE last week=2020-12-21/2020-12-27]."),
    ("new_year040", JAN, "Crews rest [DATE this week=2020-12-28/2021-01-03]."),
    ("new_year050", JAN, "Sales rose [DATE last month=2020-12]."),
    ("new_year060", JAN, "[DATE Last year=2020] was hard."),
    ("new_year070", JAN, "The rally was on [DATE Wednesday=2020-12-30]."),
    ("new_year080", JAN, "The rally will be on [DATE Wednesday=2021-01-06]."),
    ("new_year090", JAN, "Snow fell in [DATE December=2020-12]."),
    ("new_year100", JAN, "The fire started on [DATE Sunday=2021-01-03]."),
    ("new_year110", JAN, "The fire started [DATE last Sunday=2020-12-27]."),
    ("new_year120", JAN, "The fire is out by [DATE next Sunday=2021-01-10]."),
    ("new_year130", "2020-12-30", "The law takes effect on [DATE Jan. 1=2021-01-01]."),
    // Thursday 29 February 2024.
    ("leap_day000", LEAP, "The count ended [DATE today=2024-02-29]."),
    ("leap_day010", LEAP, "[DATE A year ago=2023] the square was empty."),
    ("leap_day020", LEAP, "Polls closed on [DATE Feb. 28=2024-02-28]."),
    ("leap_day030", LEAP, "Voters queued on [DATE Thursday=2024-02-29]."),
    ("leap_day040", LEAP, "The result comes on [DATE March 5=2024-03-05]."),
    ("leap_day050", LEAP, "The result came on [DATE March 8=2023-03-08]."),
    ("leap_day060", LEAP, "Rain fell on [DATE 29 February=2024-02-29]."),
    ("leap_day070", LEAP, "The bridge opened [DATE yesterday=2024-02-28] and shuts [DATE tomorrow=2024-03-01]."),
    ("leap_day080", LEAP, "Crowds came [DATE last week=2024-02-19/2024-02-25]."),
    ("leap_day090", "2021-03-01", "The count began on [DATE Feb. 29=2020-02-29]."),
];

/// Runs a table of (name, anchor, input with its dates in the test notation): the dates
/// found in the plain text, written in the notation, must be the input. Reports every case
/// that fails, by name.
pub(super) fn run(cases: &[(&str, &str, &str)]) {
    let mut failures = Vec::new();
    for (name, day, want) in cases {
        let text = parse(want).unwrap_or_else(|e| panic!("{name}: {e}")).text;
        let found = find(&Tokens::new(&text), &sentences(&text), anchor(day));
        let got = annotated(&text, &found);
        if got != *want {
            failures.push(format!(
                "{name}, anchor {day:?}:\n  got  {got}\n  want {want}"
            ));
        }
        assert!(
            found
                .iter()
                .all(|f| f.kind == Kind::Date && f.source == crate::extract::Source::Date),
            "{name}"
        );
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn table() {
    run(CASES);
}
