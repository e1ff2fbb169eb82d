//! Table tests of the forms dates take: absolute dates, years in context, ranges, words
//! that are not dates, partial dates without an anchor, and anchors found in the text.

use super::tests::{anchor, run, AUG, NONE};
use super::*;

/// (anchor, input, expected dates as "text=value", value "-" when none)
const CASES: &[(&str, &str, &[&str])] = &[
    // Years in context, and numbers that are not years.
    (
        AUG,
        "Ines Varga has lived in Port Selwyn since 1999.",
        &["1999=1999"],
    ),
    (AUG, "A mutiny in 2012 led to a coup.", &["2012=2012"]),
    (
        AUG,
        "The 2012 mutiny still divides the army.",
        &["2012=2012"],
    ),
    (AUG, "2012's election was close.", &["2012=2012"]),
    (AUG, "Its 2019 budget ran dry.", &["2019=2019"]),
    (
        AUG,
        "In 2012 and 2014 the river flooded.",
        &["2012=2012", "2014=2014"],
    ),
    (
        AUG,
        "Ines Varga, born in 1961, leads the party.",
        &["1961=1961"],
    ),
    (AUG, "Since 2015 prices have doubled.", &["2015=2015"]),
    (AUG, "Some 2012 people signed the petition.", &[]),
    (AUG, "The road runs 2020 km to the coast.", &[]),
    (AUG, "Room 2012 is free; 1,500 people came.", &[]),
    (
        AUG,
        "The fund holds $2012 and 12012 shares, or 2012.5 units.",
        &[],
    ),
    (AUG, "The 1990s were calm in Lindmark.", &[]),
    (AUG, "In 2000 homes the lights went out.", &[]),
    (
        AUG,
        "The 2012 elections were close, and the 2019 protests larger.",
        &["2012=2012", "2019=2019"],
    ),
    (
        AUG,
        "2020 saw a surge in arrests; 2012 was calmer. Some 2000 were arrested.",
        &["2020=2020", "2012=2012"],
    ),
    (
        AUG,
        "Mid-2012 saw a slump; pre-2020 levels returned.",
        &["2012=2012", "2020=2020"],
    ),
    (
        AUG,
        "Floods hit in 2012, 2014 and 2016.",
        &["2012=2012", "2014=2014", "2016=2016"],
    ),
    (
        AUG,
        "The index closed at 2019.45 points, up 2019 points from 1990.",
        &["1990=1990"],
    ),
    (
        AUG,
        "At 1900 hours the convoy left; 2000 troops followed.",
        &[],
    ),
    (AUG, "An 18-year-old was held after COVID-19 tests.", &[]),
    (AUG, "It was the worst storm since the 1950s.", &[]),
    (
        AUG,
        "Flight 2020 to Kati left at 19:00 on 18 August.",
        &["18 August=2020-08-18"],
    ),
    // Absolute dates.
    (
        AUG,
        "Logged at 2020-08-18T10:00 in Kati.",
        &["2020-08-18=2020-08-18"],
    ),
    (
        AUG,
        "The March 2020 lockdown ended in June.",
        &["March 2020=2020-03", "June=2020-06"],
    ),
    (
        AUG,
        "It began on August 18, 2020 at dawn.",
        &["August 18, 2020=2020-08-18"],
    ),
    (
        AUG,
        "It began on 18 August 2020.",
        &["18 August 2020=2020-08-18"],
    ),
    (
        AUG,
        "It began on Aug. 18, 2020.",
        &["Aug. 18, 2020=2020-08-18"],
    ),
    (AUG, "Filed 2020-08-18.", &["2020-08-18=2020-08-18"]),
    (
        AUG,
        "Filed 18/08/2020 and 08/18/2020.",
        &["18/08/2020=2020-08-18", "08/18/2020=2020-08-18"],
    ),
    (
        AUG,
        "Stamped 18.08.2020 in Kati.",
        &["18.08.2020=2020-08-18"],
    ),
    (
        AUG,
        "On the 3rd of March 2021 it snowed.",
        &["3rd of March 2021=2021-03-03"],
    ),
    (
        AUG,
        "It was signed on August 18th, 2019.",
        &["August 18th, 2019=2019-08-18"],
    ),
    (AUG, "Prices fell in June 2019.", &["June 2019=2019-06"]),
    (
        AUG,
        "Leap day 29 February 2024.",
        &["29 February 2024=2024-02-29"],
    ),
    (
        AUG,
        "Not a date: 31/31/2020 or February 30, 2021.",
        &["February 30, 2021=-"],
    ),
    // Ranges.
    (
        AUG,
        "The forum runs from 3 to 5 March 2024.",
        &["3 to 5 March 2024=2024-03-03/2024-03-05"],
    ),
    (
        AUG,
        "The forum ran March 3-5, 2024.",
        &["March 3-5, 2024=2024-03-03/2024-03-05"],
    ),
    (
        AUG,
        "Growth slowed between 2019 and 2021.",
        &["2019 and 2021=2019/2021"],
    ),
    (
        AUG,
        "The drought lasted from June to August.",
        &["June to August=2020-06/2020-08"],
    ),
    (
        AUG,
        "The 2019-2021 drought hurt farmers.",
        &["2019-2021=2019/2021"],
    ),
    (AUG, "The 2019-20 season was wet.", &["2019-20=2019/2020"]),
    (
        AUG,
        "The fair ran 3-5 March.",
        &["3-5 March=2020-03-03/2020-03-05"],
    ),
    (
        AUG,
        "Snow fell from 28 December 2019 to 2 January 2020.",
        &["28 December 2019 to 2 January 2020=2019-12-28/2020-01-02"],
    ),
    (
        AUG,
        "Snow fell from 28 December to 2 January 2020.",
        &["28 December to 2 January 2020=2019-12-28/2020-01-02"],
    ),
    (
        AUG,
        "Crops failed June-August 2019.",
        &["June-August 2019=2019-06/2019-08"],
    ),
    (
        AUG,
        "He served from 1999 until 2004.",
        &["1999 until 2004=1999/2004"],
    ),
    (
        AUG,
        "Between Aug. 3 and Aug. 9, prices doubled.",
        &["Aug. 3 and Aug. 9=2020-08-03/2020-08-09"],
    ),
    (
        AUG,
        "The fiscal year 2020-21 ended in deficit.",
        &["2020-21=2020/2021"],
    ),
    // Not dates.
    (AUG, "Black Friday sales and Super Tuesday votes.", &[]),
    (AUG, "Theresa May spoke in May.", &["May=2020-05"]),
    (
        AUG,
        "The Tuesday meeting was tense.",
        &["Tuesday=2020-08-18"],
    ),
    (AUG, "You may march on if it may rain.", &[]),
    (AUG, "Shops in Mayfair were marching on.", &[]),
    (
        AUG,
        "The Sunday Times and Monday Motors both ran the story.",
        &[],
    ),
    (AUG, "An august body met in the Factory.", &[]),
    (AUG, "She finished on the 18th at 10:30.", &[]),
    (AUG, "Good Friday services were held.", &[]),
    (AUG, "They will march in protest.", &[]),
    // Without an anchor, partial dates are found but get no value.
    (NONE, "The strike began on Tuesday.", &["Tuesday=-"]),
    (NONE, "The message, dated Aug. 18, arrived.", &["Aug. 18=-"]),
    (
        NONE,
        "We met yesterday and meet again next week.",
        &["yesterday=-", "next week=-"],
    ),
    (
        NONE,
        "It began on August 18, 2020.",
        &["August 18, 2020=2020-08-18"],
    ),
    (
        NONE,
        "The drought lasted from June to August 2020.",
        &["June to August 2020=2020-06/2020-08"],
    ),
    (NONE, "The fair ran 3-5 March.", &["3-5 March=-"]),
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
            anchor_from_text(&Tokens::new(input)),
            anchor(expected),
            "input: {input:?}"
        );
    }
}
