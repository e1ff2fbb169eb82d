//! Table tests of the forms dates take: absolute dates, years in context, ranges, words
//! that are not dates, partial dates without an anchor, and anchors found in the text.

use super::tests::{anchor, run, AUG, NONE};
use super::*;

/// (name, anchor, the input with its dates in the test notation: `[DATE text=value]`, or
/// `[DATE text]` when the date has no value)
const CASES: &[(&str, &str, &str)] = &[
    // Years in context, and numbers that are not years.
    ("year000", AUG, "Ines Varga has lived in Port Selwyn since [DATE 1999=1999]."),
    ("year010", AUG, "A mutiny in [DATE 2012=2012] led to a coup."),
    ("year020", AUG, "The [DATE 2012=2012] mutiny still divides the army."),
    ("year030", AUG, "[DATE 2012=2012]'s election was close."),
    ("year040", AUG, "Its [DATE 2019=2019] budget ran dry."),
    ("year050", AUG, "In [DATE 2012=2012] and [DATE 2014=2014] the river flooded."),
    ("year060", AUG, "Ines Varga, born in [DATE 1961=1961], leads the party."),
    ("year070", AUG, "Since [DATE 2015=2015] prices have doubled."),
    ("year080", AUG, "Some 2012 people signed the petition."),
    ("year090", AUG, "The road runs 2020 km to the coast."),
    ("year100", AUG, "Room 2012 is free; 1,500 people came."),
    ("year110", AUG, "The fund holds $2012 and 12012 shares, or 2012.5 units."),
    ("year120", AUG, "The 1990s were calm in Lindmark."),
    ("year130", AUG, "In 2000 homes the lights went out."),
    ("year140", AUG, "The [DATE 2012=2012] elections were close, and the [DATE 2019=2019] protests larger."),
    ("year150", AUG, "[DATE 2020=2020] saw a surge in arrests; [DATE 2012=2012] was calmer. Some 2000 were arrested."),
    ("year160", AUG, "[DATE Mid-2012=2012] saw a slump; pre-[DATE 2020=2020] levels returned."),
    ("year170", AUG, "Floods hit in [DATE 2012=2012], [DATE 2014=2014] and [DATE 2016=2016]."),
    ("year180", AUG, "The index closed at 2019.45 points, up 2019 points from [DATE 1990=1990]."),
    ("year190", AUG, "At 1900 hours the convoy left; 2000 troops followed."),
    ("year200", AUG, "An 18-year-old was held after COVID-19 tests."),
    ("year210", AUG, "It was the worst storm since the 1950s."),
    ("year220", AUG, "Flight 2020 to Kati left at 19:00 on [DATE 18 August=2020-08-18]."),
    // Absolute dates.
    ("absolute000", AUG, "Logged at [DATE 2020-08-18=2020-08-18]T10:00 in Kati."),
    ("absolute010", AUG, "The [DATE March 2020=2020-03] lockdown ended in [DATE June=2020-06]."),
    ("absolute020", AUG, "It began on [DATE August 18, 2020=2020-08-18] at dawn."),
    ("absolute030", AUG, "It began on [DATE 18 August 2020=2020-08-18]."),
    ("absolute040", AUG, "It began on [DATE Aug. 18, 2020=2020-08-18]."),
    ("absolute050", AUG, "Filed [DATE 2020-08-18=2020-08-18]."),
    ("absolute060", AUG, "Filed [DATE 18/08/2020=2020-08-18] and [DATE 08/18/2020=2020-08-18]."),
    ("absolute070", AUG, "Stamped [DATE 18.08.2020=2020-08-18] in Kati."),
    ("absolute080", AUG, "On the [DATE 3rd of March 2021=2021-03-03] it snowed."),
    ("absolute090", AUG, "It was signed on [DATE August 18th, 2019=2019-08-18]."),
    ("absolute100", AUG, "Prices fell in [DATE June 2019=2019-06]."),
    ("absolute110", AUG, "Leap day [DATE 29 February 2024=2024-02-29]."),
    ("absolute120", AUG, "Not a date: 31/31/2020 or [DATE February 30, 2021]."),
    // Ranges.
    ("range000", AUG, "The forum runs from [DATE 3 to 5 March 2024=2024-03-03/2024-03-05]."),
    ("range010", AUG, "The forum ran [DATE March 3-5, 2024=2024-03-03/2024-03-05]."),
    ("range020", AUG, "Growth slowed between [DATE 2019 and 2021=2019-01-01/2021-12-31]."),
    ("range030", AUG, "The drought lasted from [DATE June to August=2020-06-01/2020-08-31]."),
    ("range040", AUG, "The [DATE 2019-2021=2019-01-01/2021-12-31] drought hurt farmers."),
    ("range050", AUG, "The [DATE 2019-20=2019-01-01/2020-12-31] drought was long."),
    ("season050", AUG, "[DATE The 2019-20 season=2019-08-01/2020-05-31] ended early."),
    ("range060", AUG, "The fair ran [DATE 3-5 March=2020-03-03/2020-03-05]."),
    ("range070", AUG, "Snow fell from [DATE 28 December 2019 to 2 January 2020=2019-12-28/2020-01-02]."),
    ("range080", AUG, "Snow fell from [DATE 28 December to 2 January 2020=2019-12-28/2020-01-02]."),
    ("range090", AUG, "Crops failed [DATE June-August 2019=2019-06-01/2019-08-31]."),
    ("range100", AUG, "He served from [DATE 1999 until 2004=1999-01-01/2004-12-31]."),
    ("range110", AUG, "Between [DATE Aug. 3 and Aug. 9=2020-08-03/2020-08-09], prices doubled."),
    ("range120", AUG, "The fiscal year [DATE 2020-21=2020-01-01/2021-12-31] ended in deficit."),
    // Not dates.
    ("not_date000", AUG, "Black Friday sales and Super Tuesday votes."),
    ("not_date010", AUG, "Theresa May spoke in [DATE May=2020-05]."),
    ("not_date020", AUG, "The [DATE Tuesday=2020-08-18] meeting was tense."),
    ("not_date030", AUG, "You may march on if it may rain."),
    ("not_date040", AUG, "Shops in Mayfair were marching on."),
    ("not_date050", AUG, "The Sunday Times and Monday Motors both ran the story."),
    ("not_date060", AUG, "An august body met in the Factory."),
    ("not_date070", AUG, "She finished on the 18th at 10:30."),
    ("not_date080", AUG, "Good Friday services were held."),
    ("not_date090", AUG, "They will march in protest."),
    // Without an anchor, partial dates are found but get no value.
    ("no_anchor000", NONE, "The strike began on [DATE Tuesday]."),
    ("no_anchor010", NONE, "The message, dated [DATE Aug. 18], arrived."),
    ("no_anchor020", NONE, "We met [DATE yesterday] and meet again [DATE next week]."),
    ("no_anchor030", NONE, "It began on [DATE August 18, 2020=2020-08-18]."),
    ("no_anchor040", NONE, "The drought lasted from [DATE June to August 2020=2020-06-01/2020-08-31]."),
    ("no_anchor050", NONE, "The fair ran [DATE 3-5 March]."),
];

#[test]
fn table() {
    run(CASES);
}

/// (input, expected anchor, "" for none)
const ANCHORS: &[(&str, &str)] = &[
    (
        "PORT SELWYN, Aug. 18, 2020 - Crews worked through the night.",
        "2020-08-18",
    ),
    (
        "Crews worked on Tuesday. The report of 5 March 2024 said so.",
        "2024-03-05",
    ),
    ("Filed 2021-02-03 in Lindmark.", "2021-02-03"),
    ("From 3 to 5 March 2024 the fair ran in Kati.", "2024-03-03"),
    ("Nothing is dated here, since June 2019 at least.", ""),
    ("On Aug. 18 the port shut, as it did in 2012.", ""),
    (
        "The 2012 mutiny ended on 3 March 2013 in Kati.",
        "2013-03-03",
    ),
    ("", ""),
];

#[test]
fn anchor_table() {
    for (input, expected) in ANCHORS {
        assert_eq!(
            anchor_from_text(&Tokens::new(input), |_| true),
            anchor(expected),
            "input: {input:?}"
        );
    }
}
