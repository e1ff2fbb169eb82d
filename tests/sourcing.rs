//! One claim credited to different kinds of source (`sourcing/attribution`), through the
//! public `analyze` API on original sentences: documents against an unnamed source, a named
//! person against plain fact; not two sources of one kind, not a named spokesman against the
//! body he speaks for, not a quote (the quote comparison's) and not a hedge (a framing
//! finding).

mod common;

use common::{check_pair_cases, report, PairCase};

/// (what it checks, article A, article B, the finding expected).
const CASES: &[PairCase] = &[
    (
        "of two counterparts, the one that tells the same claim",
        "Mill manager Olga Ferris said a cooling valve jammed on Friday, shutting the mill for six hours.",
        "The mill on the east bank was shut for hours on Friday, city officials said. People familiar with the mill said a cooling valve had jammed and the mill was shut for six hours.",
        Some(("Mill manager Olga Ferris said", "familiar with")),
    ),
    (
        "a capitalised word before a plural noun names no one",
        "Environmental groups have warned for years that the county's forest budget is too small.",
        "Green lobbyists have complained for years that the county's forest budget is too small.",
        None,
    ),
    (
        "documents against an unnamed source",
        "According to inspection records, the ward was left with two nurses on night shifts.",
        "Staff who spoke on condition of anonymity said the ward was left with two nurses on night shifts.",
        Some(("According to inspection records", "on condition of anonymity")),
    ),
    (
        "a named engineer against plain fact",
        "The bridge had not been inspected since 2019, engineer Lotta Brenn told reporters.",
        "The bridge had not been inspected since 2019.",
        Some((
            "engineer Lotta Brenn told",
            "The bridge had not been inspected since 2019.",
        )),
    ),
    (
        "another outlet against officials",
        "Two crew members died in the fire, the Harbour Gazette reported.",
        "Two crew members died in the fire, hospital officials said.",
        Some(("the Harbour Gazette reported", "hospital officials said")),
    ),
    (
        "a reporting verb in the passive credits no one",
        "Staff have been sent home on full pay while production is halted, a company spokeswoman said.",
        "Workers have been told to stay at home on full pay, the Evening Post reported.",
        Some(("a company spokeswoman said", "the Evening Post reported")),
    ),
    (
        "a few quoted words with no speaker leave the sentence's own source",
        "Inspection records seen by this paper show the kitchen was rated \"poor\" in March.",
        "The kitchen was rated poor in March.",
        Some(("records seen by", "The kitchen was rated poor in March.")),
    ),
    (
        "two sources of a short claim in sentences that only share words",
        "Two sailors remained in hospital on Tuesday, the ferry company said.",
        "Two remain in hospital, the Harbour Gazette reported.",
        Some(("the ferry company said", "the Harbour Gazette reported")),
    ),
    (
        "the other article gives this source too, beside another",
        "Residents said the army base in Corvik came under fire early on Tuesday.",
        "Residents said the army base in Corvik came under fire early on Tuesday. A military spokesman confirmed that the army base in Corvik came under fire.",
        None,
    ),
    (
        "whom a spokesman told is not the source: the spokesman named before it is",
        "The mayor will not stand again, his spokesman, Tomas Wendel, told reporters at the council offices.",
        "Sources close to the mayor say he will not stand again.",
        Some((
            "his spokesman, Tomas Wendel, told",
            "Sources close to the mayor say",
        )),
    ),
    (
        "a passive reporting verb after an adverb credits no one",
        "Nine people are now confirmed dead in the flooded village of Orrin, the regional crisis centre said.",
        "According to the interior ministry, nine people died in the flooded village of Orrin.",
        None,
    ),
    (
        "an unnamed source's cue reaches back to its \"according to\"",
        "The third floor was added without a permit, according to two council officials who spoke on condition of anonymity.",
        "The third floor was added without a permit, said engineer Hana Lisk.",
        Some((
            "according to two council officials who spoke on condition of anonymity",
            "said engineer Hana Lisk",
        )),
    ),
    (
        "\"the station\" after a mine-rescue station is that station, not a broadcaster",
        "Teams from the regional mine-rescue station have worked in relays since Tuesday. About 300 metres of the haulage tunnel is under water, according to the station.",
        "About 300 metres of the haulage tunnel is under water, Colonel Ivo Hejl said.",
        None,
    ),
    (
        "two unnamed sources are one kind",
        "The mill will close in June, officials said.",
        "The mill will close in June, a source at the company said.",
        None,
    ),
    (
        "a named spokeswoman and the service she speaks for are both on the record",
        "The blaze began in the kitchen, fire service spokeswoman Ines Darrow said.",
        "The blaze began in the kitchen, the fire service said.",
        None,
    ),
    (
        "a hedge is a framing finding, not a source",
        "The ferry reportedly struck a rock off the point.",
        "The ferry struck a rock off the point, the coastguard said.",
        None,
    ),
    (
        "\"according to\" at the end credits the claim, not the subject of a verb before it",
        "Tests at the regional laboratory confirmed that the well water held nitrate at three times the limit, according to the council's inspection report.",
        "The well water held nitrate at three times the limit, sources at the council said.",
        Some((
            "according to the council's inspection report",
            "sources at the council said",
        )),
    ),
    (
        "a quote credited differently is the quote comparison's",
        "\"The roof gave way without warning,\" said rescuer Ivo Tarrant.",
        "\"The roof gave way without warning,\" a rescuer who declined to be named said.",
        None,
    ),
];

#[test]
fn one_claim_credited_to_different_kinds_of_source() {
    check_pair_cases(CASES, "sourcing/attribution", "2025-03-05");
}

/// The hedges found on two articles, by the words each finding points at first.
fn hedges_in(texts: &[&str; 2]) -> Vec<String> {
    let r = report(texts, "2025-03-05");
    r.findings
        .iter()
        .filter(|f| f.kind.as_str() == "framing/hedge")
        .map(|f| common::words_at(&r, texts, &f.spans[0]).1)
        .collect()
}

/// (what it checks, article A, article B, the hedges found, by the words each points at).
const HEDGES: &[(&str, &str, &str, &[&str])] = &[
    (
        "a hedge on a claim told in other words that share one word of the hedged clause",
        "The night ferry from Lindmark may have struck a sandbank in thick fog.",
        "The night ferry from Lindmark ran onto a sandbank at low tide, shortly after it left the port with 300 passengers and crew on board.",
        &["may have"],
    ),
    (
        "a hedge on a claim told in other words: the shorter sentence is covered",
        "The harbour master is said to have known of the steering fault for months.",
        "The harbour master had known of the steering fault for months before the ferry sailed from Lindmark with 300 passengers and crew on board.",
        &["is said to"],
    ),
    (
        "the word right after the hedge is the article's own; the rest of its clause is the other's",
        "Six workers are believed to be hiding in a ventilation chamber above the flooded tunnel, the mine's owner told families.",
        "Rescuers said the trapped crew had taken refuge in a ventilation chamber above the flooded tunnel overnight, while engineers brought extra pumps and generators to the pithead at dawn and relatives waited in the miners' canteen.",
        &["are believed to"],
    ),
    (
        "few words in common, but one distance in two units ties the sentences to one fact, and the hedged clause names the same village",
        "Parts of the engine reportedly came down in a field near Brackwell, about 40 km from the airport.",
        "Chunks of metal landed on a farm near Brackwell, 25 miles from the airport.",
        &["reportedly"],
    ),
    (
        "a hedge on another clause, which shares nothing with the other sentence, is not on the claim",
        "Parts of the engine landed in a field near Brackwell, about 40 km from the airport, and the crew reportedly ignored a warning light.",
        "Chunks of metal landed on a farm near Brackwell, 25 miles from the airport.",
        &[],
    ),
    (
        "a hedge written as a passive report",
        "The Farmers' Party is reported to have been offered the transport ministry in a new cabinet.",
        "The Farmers' Party has been offered the transport ministry in a new cabinet.",
        &["is reported to"],
    ),
    (
        "a hedge of appearance with a plural subject",
        "Kitchen staff appear to have kept working while ill during the first week of the voyage.",
        "Kitchen staff kept working while ill during the first week of the voyage.",
        &["appear to"],
    ),
    (
        "a hedging adjective whose noun phrase shares one word with the other sentence is on no shared claim",
        "Residents said there was gunfire at the Tarn barracks as an official said a possible army revolt was under way.",
        "Residents said soldiers fired shots into the air at the Tarn barracks and that senior army officers and two ministers were detained after the shooting began.",
        &[],
    ),
    (
        "a hedging adjective on a thing the other sentence never mentions is on no shared claim",
        "Eleven workers were taken to hospital with suspected smoke poisoning after the fire at the Brell paint works on Monday.",
        "Eleven workers were taken to hospital after the fire at the Brell paint works on Monday.",
        &[],
    ),
    (
        "a hedging adjective on a thing both sentences tell",
        "Police detained the alleged gunman outside the Brell paint works on Monday.",
        "Police detained the gunman outside the Brell paint works on Monday.",
        &["alleged"],
    ),
];

#[test]
fn a_hedge_on_one_side_of_one_claim_is_found() {
    for (what, a, b, want) in HEDGES {
        assert_eq!(hedges_in(&[*a, *b]), *want, "{what}");
    }
}

/// With three articles, one claim credited three ways is one finding that names all three
/// sources, not one finding per pair that shares a plain statement.
#[test]
fn one_claim_credited_three_ways_is_one_finding() {
    let texts = [
        "The club's chairman was detained at his home on Monday, according to a police statement. Fans gathered at the ground in the evening.",
        "The club's chairman was detained at his home on Monday, sources close to the inquiry said. The league will meet next week.",
        "The club's chairman was detained at his home on Monday. Sponsors have asked for an explanation.",
    ];
    let r = report(&texts, "2024-10-17");
    let found: Vec<Vec<(String, String)>> = r
        .findings
        .iter()
        .filter(|f| f.kind.as_str() == "sourcing/attribution")
        .map(|f| {
            f.spans
                .iter()
                .map(|s| common::words_at(&r, &texts, s))
                .collect()
        })
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    let articles: Vec<&str> = found[0].iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(articles, ["a", "b", "c"], "{found:?}");
    assert!(
        found[0][0].1.contains("according to a police statement"),
        "{found:?}"
    );
    assert!(
        found[0][1].1.contains("sources close to the inquiry said"),
        "{found:?}"
    );
}

/// A name called a newspaper by the word before it is another outlet, whatever the
/// recogniser typed it ("the daily Kestral Glas").
#[test]
fn a_name_called_a_daily_is_another_outlet() {
    let texts = [
        "The club paid the referee 20,000 euros before the match, according to the daily Kestral Glas. Fans protested outside the stadium on Sunday.",
        "The club paid the referee 20,000 euros before the match. The league has opened an inquiry.",
    ];
    let r = report(&texts, "2024-10-17");
    let summaries: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.kind.as_str() == "sourcing/attribution")
        .map(|f| f.wording.summary.as_str())
        .collect();
    assert_eq!(summaries.len(), 1, "{summaries:?}");
    assert!(summaries[0].contains("to another outlet"), "{summaries:?}");
}
