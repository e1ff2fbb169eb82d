//! Table tests of the quantity finder, and a property test that it never panics and
//! hands back ordered, non-overlapping spans on character boundaries.

use super::super::annotated;
use super::*;
use crate::notation::parse;
use proptest::prelude::*;

/// (name, the input with its quantities in the test notation: `[QUANTITY span=value]`)
const CASES: &[(&str, &str)] = &[
    // Events.
    ("event000", "[QUANTITY At least 14 people=14 deaths (at least)] have been killed in Lindmark."),
    ("event010", "Officials said [QUANTITY 14 people=14 deaths] lost their lives."),
    ("event020", "The death toll rose to [QUANTITY 14=14 deaths] on Sunday."),
    ("event030", "By nightfall there were [QUANTITY 14 dead=14 deaths] and [QUANTITY 30 injured=30 injuries]."),
    ("event040", "The blast hit a market, killing [QUANTITY 3 civilians=3 deaths] and wounding [QUANTITY 14 others=14 injuries]."),
    ("event050", "Police arrested [QUANTITY 212 protesters=212 arrests] in Port Selwyn."),
    ("event060", "[QUANTITY Some 40 demonstrators=40 arrests (about)] were detained overnight."),
    ("event070", "[QUANTITY Nine soldiers=9 injuries] were reportedly wounded."),
    ("event080", "The bodies of [QUANTITY 12 migrants=12 deaths] washed ashore."),
    ("event090", "[QUANTITY Two gunmen=2 arrests] were taken into custody."),
    ("event100", "[QUANTITY One person=1 deaths] was killed."),
    ("event110", "[QUANTITY At least 14=14 deaths (at least)] were killed when the bridge fell."),
    ("event120", "[QUANTITY Thousands of people=thousands arrests] were arrested after the march."),
    ("event130", "[QUANTITY Twelve firefighters=12 firefighters] reached the fire."),
    ("event140", "The storm claimed the lives of [QUANTITY twenty-three people=23 deaths] on Tuesday."),
    ("event150", "Divers saved the lives of [QUANTITY 23 people=23 people] on Tuesday."),
    ("event160", "[QUANTITY Seven people=7 injuries] were treated in hospital for listeriosis."),
    ("event170", "[QUANTITY Two passengers=2 passengers] remained in hospital on Wednesday."),
    // Counted nouns.
    ("counted000", "All [QUANTITY 212 passengers=212 passengers] were brought ashore."),
    ("counted010", "The jet has [QUANTITY 4 engines=4 engines]."),
    ("counted020", "Ines Varga saw [QUANTITY 12 armed men=12 men] at the gate."),
    ("counted030", "The city hired [QUANTITY 300 newly trained officers=300 officers]."),
    ("counted040", "The crew counted [QUANTITY 14 police officers=14 officers]."),
    ("counted050", "She was travelling with her [QUANTITY one child=1 child]."),
    ("counted060", "[QUANTITY One young man=1 man] stood alone."),
    ("counted070", "We bought [QUANTITY a dozen eggs=12 eggs]."),
    ("counted080", "[QUANTITY Dozens of protesters=dozens protesters] gathered."),
    ("counted090", "[QUANTITY Hundreds of homes=hundreds homes] lost power."),
    ("counted100", "[QUANTITY Tens of thousands of voters=tens of thousands voters] stayed home."),
    ("counted110", "[QUANTITY More than a dozen ships=12 ships (more than)] sailed."),
    ("counted120", "The council built [QUANTITY 2000 houses=2000 houses]."),
    ("counted130", "A few boats and several trucks came."),
    ("counted140", "He met [QUANTITY 14=14] Lindmark traders."),
    // Number words.
    ("number_word000", "[QUANTITY fourteen=14]"),
    ("number_word010", "[QUANTITY Twenty-one ships=21 ships] docked."),
    ("number_word020", "It took [QUANTITY two hundred and fifty workers=250 workers]."),
    ("number_word030", "[QUANTITY A hundred villagers=100 villagers] fled."),
    ("number_word040", "[QUANTITY Half a million voters=500000 voters] signed."),
    ("number_word050", "The trip took [QUANTITY one and a half hours=1.5 hour]."),
    ("number_word060", "The trip took [QUANTITY 5 and a half hours=5.5 hour]."),
    ("number_word070", "[QUANTITY 5 and a half=5.5]"),
    ("number_word080", "[QUANTITY A thousand lanterns=1000 lanterns] were lit."),
    // Money.
    ("money000", "Debt reached [QUANTITY $2.3bn=2300000000 USD] last year."),
    ("money010", "The deal was worth [QUANTITY 2.3 billion dollars=2300000000 USD]."),
    ("money020", "A fine of [QUANTITY €4 million=4000000 EUR] was paid."),
    ("money030", "The club paid [QUANTITY £450k=450000 GBP] for him."),
    ("money040", "Repairs cost [QUANTITY €1.8bn=1800000000 EUR]."),
    ("money050", "The grant was [QUANTITY Rs 5 crore=50000000 INR]."),
    ("money060", "Lindmark owes [QUANTITY US$5 million=5000000 USD]."),
    ("money070", "Tickets cost [QUANTITY C$40=40 CAD]."),
    ("money080", "The firm lost [QUANTITY 5 million pounds=5000000 GBP]."),
    ("money090", "They seized [QUANTITY 200 pounds=90.718474 kg] of rice."),
    ("money100", "Farmers sold [QUANTITY 3 million yen=3000000 JPY] of rice."),
    ("money110", "It cost [QUANTITY 10,000 CFA francs=10000 XOF]."),
    ("money120", "It cost [QUANTITY 10,000 francs CFA=10000 XOF]."),
    ("money130", "He paid [QUANTITY 300 Swiss francs=300 CHF]."),
    ("money140", "The fund holds [QUANTITY 8 billion roubles=8000000000 RUB]."),
    ("money150", "Fees rose to [QUANTITY 4,000 naira=4000 NGN] and [QUANTITY 90 rand=90 ZAR]."),
    ("money160", "A fee of [QUANTITY 500 shillings=500 KES] applies."),
    ("money170", "It earned [QUANTITY 2 billion yuan=2000000000 CNY]."),
    ("money180", "[QUANTITY Millions of dollars=millions USD] vanished."),
    ("money190", "The bank lent [QUANTITY $5m (€4.6m)=5000000 USD] to Lindmark."),
    ("money200", "Bids of [QUANTITY €4-5 million=4000000-5000000 EUR] came in."),
    ("money210", "[QUANTITY More than $300=300 USD (more than)] was raised."),
    // Measures.
    ("measure000", "The march covered [QUANTITY 15 km (9 miles)=15000 m]."),
    ("measure010", "They walked [QUANTITY 9 miles=14484.096 m]."),
    ("measure020", "A [QUANTITY 15km=15000 m] walk."),
    ("measure030", "A [QUANTITY 15-km=15000 m] walk."),
    ("measure040", "The wall is [QUANTITY 2m=2 m] high."),
    ("measure050", "Port Selwyn shipped [QUANTITY 2,000 tonnes=2000000 kg] of grain."),
    ("measure060", "The haul weighed [QUANTITY 12 kg=12 kg]."),
    ("measure070", "The fish weighed [QUANTITY 500 g=0.5 kg]."),
    ("measure080", "It lies [QUANTITY 300 feet=91.44 m] down."),
    ("measure090", "Winds reached [QUANTITY 120 km/h=120 km/h]."),
    ("measure100", "The fire burned [QUANTITY 5 square kilometres=5000000 m2]."),
    ("measure110", "The fire burned [QUANTITY 1,200 hectares=12000000 m2] and [QUANTITY 40 acres=161874.256896 m2]."),
    ("rate000", "Pumps removed [QUANTITY 900 cubic metres of water an hour=900 m3 per hour] and it cost [QUANTITY $1.2 million a day=1200000 USD per day] for [QUANTITY 14 days=14 day] a day after."),
    ("measure120", "Pumps removed [QUANTITY 900 cubic metres=900 m3] of water and [QUANTITY 2 m³=2 m3] of mud."),
    ("measure130", "Each [QUANTITY 100-millilitre=0.0001 m3] bottle and [QUANTITY 20 litres=0.02 m3] of water."),
    ("measure140", "A [QUANTITY 100 ml=0.0001 m3] bottle costs [QUANTITY 5 euros=5 EUR]."),
    ("measure150", "They copied [QUANTITY 1.2 terabytes=1200000000000 byte], or [QUANTITY 1.2TB=1200000000000 byte], and [QUANTITY 4.5 GB=4500000000 byte] more."),
    // Percentages.
    ("percent000", "Turnout was [QUANTITY 61.5%=61.5 %] of voters."),
    ("percent010", "Turnout was [QUANTITY 12 %=12 %]."),
    ("percent020", "Prices rose [QUANTITY 12 percent=12 %] and [QUANTITY 3 per cent=3 %]."),
    // Durations and ages.
    ("duration000", "He served [QUANTITY five years=5 year]."),
    ("duration010", "The talks lasted [QUANTITY 2 hours=2 hour]."),
    ("duration020", "She faces [QUANTITY 3 to 5 years=3-5 year] in prison."),
    ("duration030", "A man aged [QUANTITY 45=45 year] was held."),
    ("duration040", "A [QUANTITY 45-year-old=45 year] man was held."),
    ("duration050", "A [QUANTITY ten-day=10 day] ceasefire began."),
    ("duration060", "Witnesses aged [QUANTITY between 18 and 25=18-25 year] spoke."),
    // Ranges and qualifiers.
    ("range000", "[QUANTITY Between 10 and 12 people=10-12 people] were there."),
    ("range010", "[QUANTITY About 10-12 people=10-12 people (about)] came."),
    ("range020", "Prices rose from [QUANTITY 3=3] to [QUANTITY 5 euros=5 EUR]."),
    ("range030", "[QUANTITY Nearly 3,000 tourists=3000 tourists (about)] left."),
    ("range040", "[QUANTITY Close to 50 ships=50 ships (about)] waited."),
    ("range050", "[QUANTITY An estimated 70 boats=70 boats (about)] sank."),
    ("range060", "[QUANTITY Fewer than 20 lorries=20 lorries (less than)] crossed."),
    ("range070", "[QUANTITY Up to 40 buses=40 buses (up to)] ran."),
    ("range080", "[QUANTITY As many as 40 buses=40 buses (up to)] ran."),
    ("range090", "[QUANTITY No more than 40 buses=40 buses (at most)] ran."),
    ("range100", "[QUANTITY Upwards of 40 buses=40 buses (more than)] ran."),
    // Bare numbers.
    ("bare000", "The vote was [QUANTITY 14=14] vs [QUANTITY 41=41]."),
    ("bare010", "It rose to [QUANTITY 1.2m=1200000]."),
    ("bare020", "Coastguard rescues [QUANTITY 212=212] from ferry."),
    // Not quantities.
    ("not_quantity000", "The G7 met after COVID-19 hit the A380 plant."),
    ("not_quantity010", "It was the 3rd time and the fifth in the 1990s."),
    ("not_quantity020", "They met at 7 pm, at 7:30, at 19:00 and at 7 p.m."),
    ("not_quantity030", "The 2012 mutiny began in 2012."),
    ("not_quantity040", "He lives at No. 10 and reads page 5 of section 3."),
    ("not_quantity050", "One of them said no one was there."),
    ("not_quantity060", "Call 020 7946 0958 or 555-1234."),
    ("not_quantity070", "Flight 370 and Boeing 737 jets vanished."),
    ("score000", "Lindmark won [QUANTITY 2-1=2:1 score] and a [QUANTITY 14-member=14 member] panel met."),
    ("not_quantity090", "Version 1.2.3 came out on 12/05."),
    ("not_quantity100", "The 1 200 figure"),
    // More hard cases.
    ("hard000", "Police detained [QUANTITY 3 men=3 arrests] accused of looting."),
    ("hard010", "[QUANTITY Two children=2 deaths] were among the dead."),
    ("hard020", "Floods kill [QUANTITY 23=23 deaths] in Lindmark."),
    ("hard030", "Oil rose [QUANTITY $2=2 USD] to [QUANTITY $85=85 USD] a barrel."),
    ("hard040", "Bids ranged from [QUANTITY $3=3 USD] to [QUANTITY $5 million=5000000 USD]."),
    ("hard050", "Fees of [QUANTITY $3 to $5 million=3000000-5000000 USD] were paid."),
    ("hard060", "The first of the [QUANTITY three trials=3 trials] begins soon."),
    ("hard070", "Of the [QUANTITY 14=14], [QUANTITY three=3 women] were women."),
    ("hard080", "It sank [QUANTITY 12 nautical miles=22224 m] off Kati."),
    ("hard090", "Winds of [QUANTITY 90 mph=144.84096 km/h] hit Kati."),
    ("hard100", "Storms lasted [QUANTITY 3-4 hours=3-4 hour]."),
    ("hard110", "A [QUANTITY ten-year-old=10 year] boy was found."),
    ("hard120", "The 1.5 million-strong diaspora voted."),
    ("hard130", "Ward 7 and line 112 reopened at 14:30."),
    ("hard140", "The budget rose [QUANTITY 12pc=12 %] to [QUANTITY 4.5 per cent=4.5 %] of output."),
    ("hard150", "A gap of [QUANTITY 13.2 percentage points=13.2 percentage point]."),
    ("hard160", "Lindmark pledged [QUANTITY KES 500 million=500000000 KES]."),
    ("hard170", "Turnout was [QUANTITY 7.1 million=7100000]."),
    ("hard180", "The 2020 budget was set in 1987."),
    ("hard190", "In 2012 protests spread."),
    ("hard200", "[QUANTITY Some 2,000 soldiers=2000 soldiers (about)] and [QUANTITY 2012 rifles=2012 rifles]."),
    ("hard210", "[QUANTITY Around 1,500 troops=1500 troops (about)] and [QUANTITY 50 tanks=50 tanks] moved."),
    ("hard220", "They waited [QUANTITY 36 hours=36 hour]; [QUANTITY 2=2] of them left."),
    ("hard230", "[QUANTITY Ten days=10 day] later, [QUANTITY 5 km=5000 m] away, [QUANTITY 4 boats=4 boats]."),
    ("hard240", "A [QUANTITY 3 km (about 2 mile)=3000 m] trek."),
    ("hard250", "[QUANTITY Hundreds of millions of dollars=hundreds of millions USD] were lost."),
    ("hard260", "Temperatures hit [QUANTITY 40 degrees=40 degrees]."),
    ("hard270", "He was jailed for [QUANTITY 20 years=20 year]."),
    ("hard280", "A [QUANTITY 20-year=20 year] sentence."),
    ("hard290", "[QUANTITY ¥300=300 JPY] and [QUANTITY ₹900=900 INR] and [QUANTITY £5=5 GBP] and [QUANTITY €2.50=2.5 EUR]."),
    ("score010", "The [QUANTITY 3-0=3:0 score] win and the 4x4 truck."),
    ("hard310", "He has [QUANTITY 2 million followers=2000000 followers]."),
    ("hard320", "[QUANTITY About 1.2m people=1200000 people (about)] live there."),
    ("hard330", "[QUANTITY Nearly half a million dollars=500000 USD (about)] went missing."),
    ("hard340", "The [QUANTITY 14 suspects=14 suspects] were later released."),
    // Issue 18: ages, scores, partitives, currencies by country, fractions, times.
    ("age000", "Marijke van der Veen, [QUANTITY 34=34 year], said so."),
    ("age010", "Police arrested Rakesh Venkataraman ([QUANTITY 47=47 year]) on Friday."),
    ("age020", "In Lindmark, [QUANTITY 300=300] marched."),
    ("score020", "Kestrel drew [QUANTITY 2-2=2:2 score] at home; the 5-4 ruling stood."),
    ("partitive000", "[QUANTITY Nine=9 passengers] of the [QUANTITY 14 passengers=14 passengers] were saved."),
    ("partitive010", "Police said [QUANTITY five=5 injuries] of the detainees had been hurt."),
    ("partitive020", "It brought [QUANTITY 187 people=187 people] ashore, [QUANTITY 23=23 children] of them children."),
    ("partitive030", "Crews fought [QUANTITY 60 fires=60 fires], [QUANTITY 14=14 fires] of them uncontained."),
    ("partitive040", "Of the [QUANTITY 40 miners=40 miners] there, [QUANTITY 15=15 miners] were rescued and [QUANTITY seven=7 deaths] were killed."),
    ("partitive050", "Russia launched drones. Of the drones, [QUANTITY 118=118 drones] were shot down."),
    ("partitive060", "The index fell [QUANTITY 84 points=84 points] to close at [QUANTITY 4,512=4512]."),
    ("partitive070", "One of the ships sank."),
    ("partitive080", "Of the [QUANTITY 212 people=212 people] on board, [QUANTITY 15=15 children] of them were children."),
    ("currency060", "JOHANNESBURG - Bread costs [QUANTITY R25=25 ZAR] now."),
    ("currency065", "The R25 road and the N95 mask."),
    ("currency070", "YAOUNDÉ - Traders owe [QUANTITY 5,000 FCFA=5000 XAF]."),
    ("score030", "The Kings lost [QUANTITY 112-108=112:108 score] at home."),
    ("currency000", "Wages rose to [QUANTITY R7,200=7200 ZAR] and [QUANTITY N5bn=5000000000 NGN] went to R2 and N95 masks."),
    ("currency010", "Cameroon will recover [QUANTITY CFA 180 billion=180000000000 XAF]."),
    ("currency020", "Senegal will pay [QUANTITY 150,000 CFA francs=150000 XOF]."),
    ("currency030", "In Pakistan, flour costs [QUANTITY Rs 150=150 PKR] and a Chadwick pays [QUANTITY 5,000 CFA francs=5000 XOF]."),
    ("currency040", "Fares rose by [QUANTITY KSh 50=50 KES] to [QUANTITY KSh 300=300 KES]; profit hit [QUANTITY R$3.1 billion=3100000000 BRL] and [QUANTITY GH₵3,625=3625 GHS]."),
    ("currency050", "Tickets are priced [QUANTITY from £25=25 GBP (at least)]; fares rose from [QUANTITY £5=5 GBP] to [QUANTITY £8=8 GBP]."),
    ("point000", "Support fell [QUANTITY three points=3 percentage point] to [QUANTITY 24 per cent=24 %]; Kestrel sit [QUANTITY three points=3 points] clear."),
    ("point010", "Rates were cut by [QUANTITY half a point=0.5 percentage point] to [QUANTITY 3.5%=3.5 %], or [QUANTITY a quarter of a percentage point=0.25 percentage point]."),
    ("times000", "He scored [QUANTITY twice=2 times]; cases rose [QUANTITY fivefold=5 times], bills [QUANTITY three times=3 times], costs [QUANTITY 5-fold=5 times]."),
    ("compound000", "A [QUANTITY ten-storey=10 storey] block, a [QUANTITY three-bedroom=3 bedroom] house, a two-thirds majority, a one-off."),
    ("vague000", "[QUANTITY Dozens=dozens arrests] were arrested; thousands marched."),
    ("vague010", "The dead included [QUANTITY nine children=9 deaths]."),
];

/// Every case: the quantities found in the plain text, written in the notation, must be
/// the input. Reports every case that fails, by name.
#[test]
fn table() {
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|(name, want)| {
            let text = parse(want).unwrap_or_else(|e| panic!("{name}: {e}")).text;
            let got = annotated(&text, &find(&Tokens::new(&text)));
            (got != *want).then(|| format!("{name}:\n  got  {got}\n  want {want}"))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
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
