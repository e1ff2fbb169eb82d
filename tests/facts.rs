//! Numbers join one fact only through what is said of them: two counts of one thing that
//! each article gives once conflict only when the words around them share a verb or noun,
//! and never when one tells of an earlier year. Cases as data, through the public
//! `analyze` API, on original sentences.

mod common;

use common::{check_pair_cases, pairs_of_kind, report, words_at, PairCase};

/// (what it checks, article A, article B, the conflict expected).
const CASES: &[PairCase] = &[
    (
        "a head count and a crowd are different facts",
        "The group employs 9,600 people at its plants in five countries.",
        "A vigil outside the gates drew 300 people on Tuesday night.",
        None,
    ),
    (
        "a margin won years ago is background",
        "Brandt won the count by 213 votes on Sunday, officials said.",
        "Brandt won the count in 2019 by more than 6,000 votes.",
        None,
    ),
    (
        "one rescue told two ways",
        "Rescuers had brought 22 miners to the surface by Tuesday evening, the operator said.",
        "By nightfall the rescuers had freed 21 miners from the collapsed shaft.",
        Some(("22 miners", "21 miners")),
    ),
    (
        "a year that opens the sentence dates all of it",
        "Two miners died in the flood at the Brezno pit on Tuesday, the operator said.",
        "In 2009 a gas explosion at the nearby Hollin colliery killed 12 miners.",
        None,
    ),
    (
        "a year's \"when\" clause dates the count in it",
        "Six people drowned when the ferry capsized off Harnes, the coastguard said.",
        "The ferry capsized off Harnes on Tuesday. It was the worst disaster on the fjord since 2014, when 31 people drowned.",
        None,
    ),
    (
        "one verb told of two holders in relative clauses",
        "The group, which employs about 9,600 people across 14 plants, will close the site.",
        "The plant, which employs 820 people, will shut by September.",
        None,
    ),
    (
        "a count so far against another count",
        "The cyclone killed at least 23 people across the island, police said.",
        "The storm has killed 27 people across the island, the Marenga Times reported.",
        Some(("at least 23 people", "27 people")),
    ),
    (
        "people taken to hospital against people still there",
        "Seventeen passengers were rushed to hospital after the evacuation, the airline said.",
        "Two passengers remained in hospital on Wednesday, the airport said.",
        None,
    ),
    (
        "a rate is never a total",
        "Pumps were removing about 900 cubic metres of water an hour from the shaft.",
        "Some 20,000 cubic metres of water had flooded the shaft by the morning.",
        None,
    ),
    (
        "a depth and a length in metres, with no word in common beside them",
        "The flooded roadway lies at a depth of 640 metres below the town.",
        "Roughly 300 metres of roadway is under water, the station said.",
        None,
    ),
    (
        "a count that adds to an earlier one is not a total",
        "Police arrested 37 people at the port on Tuesday, the interior ministry said.",
        "A spokeswoman said four more people were detained later in the day near the container yard.",
        None,
    ),
    (
        "people counted with two nouns never conflict",
        "Nearly 300 agency workers at the Brennock plant will lose their jobs in March.",
        "At the Brennock plant 120 agency staff will lose their jobs in March.",
        None,
    ),
    (
        "a number inside a quote is the speaker's, not the article's count",
        "Police arrested 37 people at the port on Tuesday, the interior ministry said.",
        "\"You can arrest four thousand of us,\" the union leader shouted at the gate. Police later arrested 37 people.",
        None,
    ),
    (
        "each article gives both numbers: a demand and an offer are two facts",
        "About 4,200 dockworkers have been on strike since Monday, demanding an 18 percent wage increase over two years. The operator has offered 7 percent.",
        "The dockers, who want an 18 percent pay rise, blocked the gate. Bosses at the terminal are offering just 7 percent.",
        None,
    ),
    (
        "rates per hour and per minute compared per second",
        "Pumps were removing 900 cubic metres of water an hour from the shaft.",
        "Pumps are removing 18 cubic metres of water a minute from the shaft.",
        Some((
            "900 cubic metres of water an hour",
            "18 cubic metres of water a minute",
        )),
    ),
];

/// Amounts of one thing anywhere in two articles, joined by what is said of them (their
/// frame) when each is the other's best match: two counts of one ward, not the count of
/// those who left it (the words past another count of the same thing are that one's); an
/// act in the active voice and the passive.
const FRAMED: &[PairCase] = &[
    (
        "one ward's count beside a count of those sent home, in sentences that do not match",
        "Four children remain in intensive care and nine children have been discharged, the health authority said. The syrup was sold in pharmacies across the province. Inspectors sealed the factory on Friday.",
        "Seven children are in intensive care at Lenholm General, where staff opened a second ward. Thirty children were seen at clinics over the weekend. Parents queued outside the pharmacy for refunds.",
        Some(("Four children", "Seven children")),
    ),
    (
        "operations put off, told two ways, beside other counts of operations",
        "The cyber attack forced the trust to postpone 312 operations and send ambulances to other towns. Staff are writing notes by hand. The trust usually carries out 90 operations a day. Hackers encrypted the patient records overnight. A ransom note appeared on screens in the pharmacy. Police have opened an inquiry. Unions said nurses were working double shifts. The health minister will visit on Monday. Backups from last week are being checked. Patients were asked to attend appointments unless told otherwise.",
        "Since the trust declared a critical incident, 420 operations have been postponed, figures show. Some 40 operations went ahead at the eye clinic. Engineers hope to restore the network within days. The attackers demanded payment in digital currency. Doctors said the paper system was slowing every ward. Opposition politicians called for an inquiry into hospital computers. The trust said no data had been published online.",
        Some(("312 operations", "420 operations")),
    ),
];

#[test]
fn amounts_of_one_thing_join_by_what_is_said_of_them() {
    check_pair_cases(FRAMED, "conflict/quantity", "2024-10-17");
}

#[test]
fn counts_given_once_conflict_only_about_one_fact() {
    check_pair_cases(CASES, "conflict/quantity", "2024-10-17");
}

/// Amounts that agree however written: a rate per minute and per hour; people counted
/// with two nouns.
const AGREEING: &[PairCase] = &[
    (
        "people counted with two nouns agree when the amounts do",
        "Nearly 300 agency workers at the Brennock plant will lose their jobs in March.",
        "At the Brennock plant 298 agency staff will lose their jobs in March.",
        Some(("Nearly 300 agency workers", "298 agency staff")),
    ),
    (
        "a rounded count and the exact one agree with a word beside both, whatever else the sentences say",
        "The whole village, about 2,300 people, was ordered to leave before dawn on Wednesday.",
        "Police said all 2,287 residents were ordered out as the flames reached the ridge.",
        Some(("about 2,300 people", "2,287 residents")),
    ),
    (
        "a rounded count and an exact one with nothing said of both are two counts",
        "About 2,300 people live in the valley below the dam.",
        "Rescuers said 2,287 residents had registered at the shelters by nightfall.",
        None,
    ),
    (
        "a round bound fits a figure near it",
        "The prosecution plans to call more than 40 witnesses during the trial.",
        "The prosecution plans to call 43 witnesses during the trial.",
        Some(("more than 40 witnesses", "43 witnesses")),
    ),
    (
        "\"more than\" a small figure is no count so far",
        "Inspectors will examine every block of more than five storeys in the city.",
        "Inspectors will examine every block of seven storeys in the city.",
        Some(("more than five storeys", "seven storeys")),
    ),
    (
        "15 a minute is 900 an hour",
        "Pumps were removing about 900 cubic metres of water an hour from the shaft.",
        "Pumps are removing 15 cubic metres of water a minute from the shaft.",
        Some((
            "about 900 cubic metres of water an hour",
            "15 cubic metres of water a minute",
        )),
    ),
];

#[test]
fn rates_agree_across_periods() {
    check_pair_cases(AGREEING, "agreement/quantity", "2024-10-17");
}

/// Days of events: one day of the year written without a year in both articles is no
/// conflict when the two readings land in different years (a forward cue in one); words
/// past "after" are another event's, not the date's.
const DAYS: &[PairCase] = &[
    (
        "the days the two leads give their event, in the story's common words",
        "Bus crash in Marrow Gorge\n\nTESSEL (Wire) - Three people were killed and 19 were injured when a regional bus plunged from the winding mountain pass through the Marrow Gorge on Monday evening, officials said. The bus was carrying 40 people over the mountain pass. Regional bus services on the pass were suspended. The road was closed for hours while the bus was recovered. The regional operator said its buses would return to the mountain road soon.",
        "Three dead in mountain bus crash\n\nFour passengers died and nineteen more were hurt after a regional bus skidded off the old mountain pass late on Sunday between Tessel and Marrow. The bus carried 40 people along the pass. The road stayed shut for hours and regional buses were diverted off the mountain. The bus operator said regional services on the pass would resume.",
        Some(("Monday evening", "Sunday")),
    ),
    (
        "a follow-up's lead gives the day of its own act beside the event's",
        "Tower fire in Darnell\n\nFire swept through a seven-storey apartment block in Darnell late on Thursday, killing six people, the fire service said. The blaze started in a kitchen on the fourth floor. Residents said the alarms did not sound.",
        "Ministry orders panel checks\n\nThe housing ministry on Friday ordered an inspection of apartment blocks with panels like those on the Darnell building, where a fire late on Thursday killed six people. Inspectors will start in the capital. Owners must report their panels within a month.",
        None,
    ),
    (
        "the day of another event, past \"after\"",
        "Police arrested 22 people at the north gate on Thursday, officials said.",
        "Talks are set for Friday after the north gate arrests, the union said.",
        None,
    ),
    (
        "one act on two days",
        "Police arrested 22 people at the north gate on Thursday, officials said.",
        "Police arrested 22 people at the north gate on Friday, the union said.",
        Some(("Thursday", "Friday")),
    ),
    (
        "one act on two days, the only dates that share a word",
        "The recall, announced on Wednesday, covers around 40,000 packs of pies and curries with use-by dates up to June 24.",
        "Kessling Foods announced the recall on Tuesday, pulling 23 lines from supermarket shelves across the north.",
        Some(("Wednesday", "Tuesday")),
    ),
    (
        "one order on two days, told in sentences that do not match",
        "Emergency crews had moved families inland well before landfall, after the disaster office ordered the evacuation of 31 coastal villages on Monday.",
        "The evacuation of 31 coastal villages was ordered on Sunday, the ministry said in a statement, as buses lined the harbour road and schools were turned into shelters.",
        Some(("Monday", "Sunday")),
    ),
    (
        "a name beside two dates is the story's, not one act's",
        "Six carriages left the tracks near the town of Orval on Tuesday, injuring 14 people.",
        "A public meeting on the crash will be held at Orval town hall on Thursday 14 March.",
        None,
    ),
    (
        "one visit on two days, in sentences with nothing else in common",
        "Crews cleared the last of the debris overnight. Shops along the quay stayed shut. Foreign Minister Odile Varga is expected to tour the harbour on Thursday. Insurers have begun to assess the damage.",
        "Foreign Minister Odile Varga will travel to Port Enna on Friday to meet dock workers, her office said. Ferries are running a reduced timetable. The port authority has asked for army engineers.",
        Some(("Thursday", "Friday")),
    ),
    (
        "a weekday and a date written as one day meet the other article's date",
        "The inspectors signed off the bridge on 12 March, the ministry said.",
        "Yet the inspectors had signed off the bridge on Tuesday, 12 March, records show.",
        None,
    ),
    (
        "one day without a year, read in two years",
        "Crowds gathered outside the town hall on 13 October to demand a recount.",
        "Crowds will gather outside the town hall on October 13 to demand a recount.",
        None,
    ),
];

#[test]
fn days_conflict_only_for_one_act() {
    check_pair_cases(DAYS, "conflict/date", "2024-10-17");
}

#[test]
fn one_length_in_sentences_tied_by_the_day_they_give_agrees() {
    // A and B share no words beside the lengths; each gives the day the third gives, so
    // the three sentences tell one claim and the lengths, written in two units, agree.
    let texts = [
        "The 58-kilometre pipeline, which carries crude to the terminal, ruptured early on Tuesday.",
        "The 36-mile line, run by Halvard, failed in the early hours of October 15.",
        "Crude oil began leaking from the Brenna pipeline on Tuesday, October 15, officials said.",
    ];
    let r = report(&texts, "2024-10-17");
    let agreeing = pairs_of_kind(&r, &texts, "agreement/quantity");
    assert_eq!(
        agreeing,
        [("58-kilometre".to_string(), "36-mile".to_string())]
    );
    // Lengths that cannot both be true are not joined this way: a conflict needs more.
    let apart = [texts[0], &texts[1].replace("36-mile", "90-mile"), texts[2]];
    let r = report(&apart, "2024-10-17");
    assert!(pairs_of_kind(&r, &apart, "conflict/quantity").is_empty());
}

#[test]
fn a_toll_conflict_points_at_every_place_an_article_gives_its_figure() {
    // B's headline gives its toll first and its story gives it again, in a sentence that
    // matches none of A's: one figure on one side, so the conflict with A points at both,
    // not at the headline alone.
    let texts = [
        "Seven people died when the ferry sank off Harnes on Tuesday, the coastguard said.\n\nThe ferry was carrying 40 passengers.",
        "Nine dead as Harnes ferry sinks\n\nThe ferry carried 40 passengers when it sank off Harnes on Tuesday. By nightfall rescuers had recovered the bodies of nine people, police said.",
    ];
    let r = report(&texts, "2024-10-17");
    let conflicts: Vec<Vec<(String, String)>> = r
        .findings
        .iter()
        .filter(|f| f.kind.as_str() == "conflict/quantity")
        .map(|f| f.spans.iter().map(|s| words_at(&r, &texts, s)).collect())
        .collect();
    let b = |w: &str| ("b".to_string(), w.to_string());
    assert_eq!(conflicts.len(), 1, "one conflict: {conflicts:?}");
    assert!(conflicts[0].contains(&b("Nine dead")), "{conflicts:?}");
    assert!(conflicts[0].contains(&b("nine people")), "{conflicts:?}");
}
