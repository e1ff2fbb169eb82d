//! Table tests of the quantity finder, and a property test that it never panics and
//! hands back ordered, non-overlapping spans on character boundaries.

use super::super::show_values;
use super::*;
use proptest::prelude::*;

/// (input, expected quantities as "span=value")
const CASES: &[(&str, &[&str])] = &[
    // Events.
    (
        "At least 14 people have been killed in Lindmark.",
        &["At least 14 people=14 deaths (at least)"],
    ),
    (
        "Officials said 14 people lost their lives.",
        &["14 people=14 deaths"],
    ),
    ("The death toll rose to 14 on Sunday.", &["14=14 deaths"]),
    (
        "By nightfall there were 14 dead and 30 injured.",
        &["14 dead=14 deaths", "30 injured=30 injuries"],
    ),
    (
        "The blast hit a market, killing 3 civilians and wounding 14 others.",
        &["3 civilians=3 deaths", "14 others=14 injuries"],
    ),
    (
        "Police arrested 212 protesters in Port Selwyn.",
        &["212 protesters=212 arrests"],
    ),
    (
        "Some 40 demonstrators were detained overnight.",
        &["Some 40 demonstrators=40 arrests (about)"],
    ),
    (
        "Nine soldiers were reportedly wounded.",
        &["Nine soldiers=9 injuries"],
    ),
    (
        "The bodies of 12 migrants washed ashore.",
        &["12 migrants=12 deaths"],
    ),
    (
        "Two gunmen were taken into custody.",
        &["Two gunmen=2 arrests"],
    ),
    ("One person was killed.", &["One person=1 deaths"]),
    (
        "At least 14 were killed when the bridge fell.",
        &["At least 14=14 deaths (at least)"],
    ),
    (
        "Thousands of people were arrested after the march.",
        &["Thousands of people=2000 arrests (at least)"],
    ),
    (
        "Twelve firefighters reached the fire.",
        &["Twelve firefighters=12 firefighters"],
    ),
    // Counted nouns.
    (
        "All 212 passengers were brought ashore.",
        &["212 passengers=212 passengers"],
    ),
    ("The jet has 4 engines.", &["4 engines=4 engines"]),
    (
        "Ines Varga saw 12 armed men at the gate.",
        &["12 armed men=12 men"],
    ),
    (
        "The city hired 300 newly trained officers.",
        &["300 newly trained officers=300 officers"],
    ),
    (
        "The crew counted 14 police officers.",
        &["14 police officers=14 officers"],
    ),
    (
        "She was travelling with her one child.",
        &["one child=1 child"],
    ),
    ("One young man stood alone.", &["One young man=1 man"]),
    ("We bought a dozen eggs.", &["a dozen eggs=12 eggs"]),
    (
        "Dozens of protesters gathered.",
        &["Dozens of protesters=24 protesters (at least)"],
    ),
    (
        "Hundreds of homes lost power.",
        &["Hundreds of homes=200 homes (at least)"],
    ),
    (
        "Tens of thousands of voters stayed home.",
        &["Tens of thousands of voters=20000 voters (at least)"],
    ),
    (
        "More than a dozen ships sailed.",
        &["More than a dozen ships=12 ships (more than)"],
    ),
    (
        "The council built 2000 houses.",
        &["2000 houses=2000 houses"],
    ),
    ("A few boats and several trucks came.", &[]),
    ("He met 14 Lindmark traders.", &["14=14"]),
    // Number words.
    ("fourteen", &["fourteen=14"]),
    ("Twenty-one ships docked.", &["Twenty-one ships=21 ships"]),
    (
        "It took two hundred and fifty workers.",
        &["two hundred and fifty workers=250 workers"],
    ),
    (
        "A hundred villagers fled.",
        &["A hundred villagers=100 villagers"],
    ),
    (
        "Half a million voters signed.",
        &["Half a million voters=500000 voters"],
    ),
    (
        "The trip took one and a half hours.",
        &["one and a half hours=1.5 hour"],
    ),
    (
        "The trip took 5 and a half hours.",
        &["5 and a half hours=5.5 hour"],
    ),
    ("5 and a half", &["5 and a half=5.5"]),
    (
        "A thousand lanterns were lit.",
        &["A thousand lanterns=1000 lanterns"],
    ),
    // Money.
    ("Debt reached $2.3bn last year.", &["$2.3bn=2300000000 USD"]),
    (
        "The deal was worth 2.3 billion dollars.",
        &["2.3 billion dollars=2300000000 USD"],
    ),
    (
        "A fine of €4 million was paid.",
        &["€4 million=4000000 EUR"],
    ),
    ("The club paid £450k for him.", &["£450k=450000 GBP"]),
    ("Repairs cost €1.8bn.", &["€1.8bn=1800000000 EUR"]),
    ("The grant was Rs 5 crore.", &["Rs 5 crore=50000000 INR"]),
    ("Lindmark owes US$5 million.", &["US$5 million=5000000 USD"]),
    ("Tickets cost C$40.", &["C$40=40 CAD"]),
    (
        "The firm lost 5 million pounds.",
        &["5 million pounds=5000000 GBP"],
    ),
    (
        "They seized 200 pounds of rice.",
        &["200 pounds=90.718474 kg"],
    ),
    (
        "Farmers sold 3 million yen of rice.",
        &["3 million yen=3000000 JPY"],
    ),
    (
        "It cost 10,000 CFA francs.",
        &["10,000 CFA francs=10000 XOF"],
    ),
    (
        "It cost 10,000 francs CFA.",
        &["10,000 francs CFA=10000 XOF"],
    ),
    ("He paid 300 Swiss francs.", &["300 Swiss francs=300 CHF"]),
    (
        "The fund holds 8 billion roubles.",
        &["8 billion roubles=8000000000 RUB"],
    ),
    (
        "Fees rose to 4,000 naira and 90 rand.",
        &["4,000 naira=4000 NGN", "90 rand=90 ZAR"],
    ),
    (
        "A fee of 500 shillings applies.",
        &["500 shillings=500 KES"],
    ),
    (
        "It earned 2 billion yuan.",
        &["2 billion yuan=2000000000 CNY"],
    ),
    (
        "Millions of dollars vanished.",
        &["Millions of dollars=2000000 USD (at least)"],
    ),
    (
        "The bank lent $5m (€4.6m) to Lindmark.",
        &["$5m (€4.6m)=5000000 USD"],
    ),
    (
        "Bids of €4-5 million came in.",
        &["€4-5 million=4000000-5000000 EUR"],
    ),
    (
        "More than $300 was raised.",
        &["More than $300=300 USD (more than)"],
    ),
    // Measures.
    (
        "The march covered 15 km (9 miles).",
        &["15 km (9 miles)=15000 m"],
    ),
    ("They walked 9 miles.", &["9 miles=14484.096 m"]),
    ("A 15km walk.", &["15km=15000 m"]),
    ("A 15-km walk.", &["15-km=15000 m"]),
    ("The wall is 2m high.", &["2m=2 m"]),
    (
        "Port Selwyn shipped 2,000 tonnes of grain.",
        &["2,000 tonnes=2000000 kg"],
    ),
    ("The haul weighed 12 kg.", &["12 kg=12 kg"]),
    ("The fish weighed 500 g.", &["500 g=0.5 kg"]),
    ("It lies 300 feet down.", &["300 feet=91.44 m"]),
    ("Winds reached 120 km/h.", &["120 km/h=120 km/h"]),
    (
        "The fire burned 5 square kilometres.",
        &["5 square kilometres=5000000 m2"],
    ),
    (
        "The fire burned 1,200 hectares and 40 acres.",
        &["1,200 hectares=12000000 m2", "40 acres=161874.256896 m2"],
    ),
    // Percentages.
    ("Turnout was 61.5% of voters.", &["61.5%=61.5 %"]),
    ("Turnout was 12 %.", &["12 %=12 %"]),
    (
        "Prices rose 12 percent and 3 per cent.",
        &["12 percent=12 %", "3 per cent=3 %"],
    ),
    // Durations and ages.
    ("He served five years.", &["five years=5 year"]),
    ("The talks lasted 2 hours.", &["2 hours=2 hour"]),
    (
        "She faces 3 to 5 years in prison.",
        &["3 to 5 years=3-5 year"],
    ),
    ("A man aged 45 was held.", &["aged 45=45 year"]),
    ("A 45-year-old man was held.", &["45-year-old=45 year"]),
    ("A ten-day ceasefire began.", &["ten-day=10 day"]),
    (
        "Witnesses aged between 18 and 25 spoke.",
        &["aged between 18 and 25=18-25 year"],
    ),
    // Ranges and qualifiers.
    (
        "Between 10 and 12 people were there.",
        &["Between 10 and 12 people=10-12 people"],
    ),
    (
        "About 10-12 people came.",
        &["About 10-12 people=10-12 people (about)"],
    ),
    ("Prices rose from 3 to 5 euros.", &["3=3", "5 euros=5 EUR"]),
    (
        "Nearly 3,000 tourists left.",
        &["Nearly 3,000 tourists=3000 tourists (about)"],
    ),
    (
        "Close to 50 ships waited.",
        &["Close to 50 ships=50 ships (about)"],
    ),
    (
        "An estimated 70 boats sank.",
        &["An estimated 70 boats=70 boats (about)"],
    ),
    (
        "Fewer than 20 lorries crossed.",
        &["Fewer than 20 lorries=20 lorries (less than)"],
    ),
    ("Up to 40 buses ran.", &["Up to 40 buses=40 buses (up to)"]),
    (
        "As many as 40 buses ran.",
        &["As many as 40 buses=40 buses (up to)"],
    ),
    (
        "No more than 40 buses ran.",
        &["No more than 40 buses=40 buses (at most)"],
    ),
    (
        "Upwards of 40 buses ran.",
        &["Upwards of 40 buses=40 buses (more than)"],
    ),
    // Bare numbers.
    ("The vote was 14 vs 41.", &["14=14", "41=41"]),
    ("It rose to 1.2m.", &["1.2m=1200000"]),
    ("Coastguard rescues 212 from ferry.", &["212=212"]),
    // Not quantities.
    ("The G7 met after COVID-19 hit the A380 plant.", &[]),
    ("It was the 3rd time and the fifth in the 1990s.", &[]),
    ("They met at 7 pm, at 7:30, at 19:00 and at 7 p.m.", &[]),
    ("The 2012 mutiny began in 2012.", &[]),
    ("He lives at No. 10 and reads page 5 of section 3.", &[]),
    ("One of them said no one was there.", &[]),
    ("Call 020 7946 0958 or 555-1234.", &[]),
    ("Flight 370 and Boeing 737 jets vanished.", &[]),
    ("Lindmark won 2-1 and a 14-member panel met.", &[]),
    ("Version 1.2.3 came out on 12/05.", &[]),
    ("The 1 200 figure", &[]),
    // More hard cases.
    (
        "Police detained 3 men accused of looting.",
        &["3 men=3 arrests"],
    ),
    (
        "Two children were among the dead.",
        &["Two children=2 deaths"],
    ),
    ("Floods kill 23 in Lindmark.", &["23=23 deaths"]),
    ("Oil rose $2 to $85 a barrel.", &["$2=2 USD", "$85=85 USD"]),
    (
        "Bids ranged from $3 to $5 million.",
        &["$3=3 USD", "$5 million=5000000 USD"],
    ),
    (
        "Fees of $3 to $5 million were paid.",
        &["$3 to $5 million=3000000-5000000 USD"],
    ),
    (
        "The first of the three trials begins soon.",
        &["three trials=3 trials"],
    ),
    ("Of the 14, three were women.", &["14=14", "three=3"]),
    (
        "It sank 12 nautical miles off Kati.",
        &["12 nautical miles=22224 m"],
    ),
    ("Winds of 90 mph hit Kati.", &["90 mph=144.84096 km/h"]),
    ("Storms lasted 3-4 hours.", &["3-4 hours=3-4 hour"]),
    ("A ten-year-old boy was found.", &["ten-year-old=10 year"]),
    ("The 1.5 million-strong diaspora voted.", &[]),
    ("Ward 7 and line 112 reopened at 14:30.", &[]),
    (
        "The budget rose 12pc to 4.5 per cent of output.",
        &["12pc=12 %", "4.5 per cent=4.5 %"],
    ),
    (
        "A gap of 13.2 percentage points.",
        &["13.2 percentage points=13.2 percentage points"],
    ),
    (
        "Lindmark pledged KES 500 million.",
        &["KES 500 million=500000000 KES"],
    ),
    ("Turnout was 7.1 million.", &["7.1 million=7100000"]),
    ("The 2020 budget was set in 1987.", &[]),
    ("In 2012 protests spread.", &[]),
    (
        "Some 2,000 soldiers and 2012 rifles.",
        &[
            "Some 2,000 soldiers=2000 soldiers (about)",
            "2012 rifles=2012 rifles",
        ],
    ),
    (
        "Around 1,500 troops and 50 tanks moved.",
        &[
            "Around 1,500 troops=1500 troops (about)",
            "50 tanks=50 tanks",
        ],
    ),
    (
        "They waited 36 hours; 2 of them left.",
        &["36 hours=36 hour", "2=2"],
    ),
    (
        "Ten days later, 5 km away, 4 boats.",
        &["Ten days=10 day", "5 km=5000 m", "4 boats=4 boats"],
    ),
    (
        "A 3 km (about 2 mile) trek.",
        &["3 km (about 2 mile)=3000 m"],
    ),
    (
        "Hundreds of millions of dollars were lost.",
        &["Hundreds of millions of dollars=200000000 USD (at least)"],
    ),
    ("Temperatures hit 40 degrees.", &["40 degrees=40 degrees"]),
    ("He was jailed for 20 years.", &["20 years=20 year"]),
    ("A 20-year sentence.", &["20-year=20 year"]),
    (
        "¥300 and ₹900 and £5 and €2.50.",
        &["¥300=300 JPY", "₹900=900 INR", "£5=5 GBP", "€2.50=2.5 EUR"],
    ),
    ("The 3-0 win and the 4x4 truck.", &[]),
    (
        "He has 2 million followers.",
        &["2 million followers=2000000 followers"],
    ),
    (
        "About 1.2m people live there.",
        &["About 1.2m people=1200000 people (about)"],
    ),
    (
        "Nearly half a million dollars went missing.",
        &["Nearly half a million dollars=500000 USD (about)"],
    ),
    (
        "The 14 suspects were later released.",
        &["14 suspects=14 suspects"],
    ),
];

#[test]
fn table() {
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|(input, expected)| {
            let got = show_values(input, &find(&Tokens::new(input)));
            (got != *expected)
                .then(|| format!("input: {input:?}\n  got:  {got:?}\n  want: {expected:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every quantity lies inside the text on character boundaries, in text order and
/// without overlaps.
fn check_spans(text: &str) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for f in find(&Tokens::new(text)) {
        prop_assert!(f.range.start < f.range.end && f.range.end <= text.len());
        prop_assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
        prop_assert!(
            f.range.start >= last_end,
            "overlap or disorder in {:?}",
            text
        );
        prop_assert!(f.value.is_some());
        last_end = f.range.end;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_gives_valid_spans(text in "\\PC{0,200}") {
        check_spans(&text)?;
    }

    #[test]
    fn newsy_tokens_give_valid_spans(words in proptest::collection::vec(
        "(at least|about|between|and|to|aged|of|the|some|one|a|dozen|dozens|thousands|half|\
         14|1,200|2.5|2012|007|19|-|\\(|\\)|,|\\.|:|/|%|\\$|US\\$|€|£|₹|Rs|bn|m|k|km|\
         miles|people|killed|were|injured|year|years|old|pounds|francs|CFA|Kati|\n|🙂|Ö)",
        0..60)) {
        check_spans(&words.join(" "))?;
        check_spans(&words.concat())?;
    }
}
