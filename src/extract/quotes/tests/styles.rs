//! Tables for harder styles: headlines, documents as speakers, sources "close to" or
//! "familiar with" something, ages, reported speech before a pronoun, quotes that are not
//! speech at all.

use super::run;

/// (name, input in the test notation with its name mentions and the quotes expected)
const CASES: &[(&str, &str)] = &[
    ("style000", "[PER Varga] says '[QUOTE no regrets=Varga|named|-|true]' over dam decision"),
    ("style010", "'[QUOTE Devastating=-|-|-|true]': Floods hit [LOC Port Selwyn]"),
    ("style020", "The mayor, [PER Ines Varga], 52, spoke first. “[QUOTE I would do it again,=Ines Varga|named|-|false]” the 52-year-old said."),
    ("style030", "“[QUOTE The dam was safe,=Lindmark Water Authority|institutional|-|false]” said a statement from the [ORG Lindmark Water Authority]."),
    ("style040", "“[QUOTE Search teams are out,=police|institutional|-|false]” a police statement said."),
    ("style050", "A statement from [ORG Lindmark Ferries] said:\n\"[QUOTE We accept the findings.\n\"We will publish safety data.=Lindmark Ferries|institutional|-|false]\""),
    ("style060", "A source close to the authority told [ORG Reuters] the check was “[QUOTE rushed=source|anonymous|Reuters|true]”."),
    ("style070", "“[QUOTE No deal is near,=official|anonymous|-|false]” said an official familiar with the talks."),
    ("style080", "Critics in the hall shouted “[QUOTE Resign!=Critics|anonymous|-|true]” as she spoke."),
    ("style090", "“[QUOTE We sent help within hours,=Ana Lobo|named|-|false]” said the foreign minister, [PER Ana Lobo]."),
    ("style100", "[PER Lobo], nicknamed “[QUOTE the Iron Lady=-|-|-|true]”, said the plan would work."),
    ("style110", "The “[QUOTE Blue Line=-|-|-|true]” project, which [PER Lobo] said would cost millions, has stalled."),
    ("style120", "A pipe burst. “[QUOTE Get the pumps,=firefighter|anonymous|-|false]” shouted a firefighter."),
    ("style130", "Critics called it “[QUOTE too little, too late=Critics|anonymous|-|true]”."),
    ("style140", "Asked about the vote, [PER Jonas Weller] laughed: “[QUOTE One thing at a time.=Jonas Weller|named|-|false]”"),
    ("style150", "[PER Jonas Weller] smiled:\n“[QUOTE One thing at a time.=Jonas Weller|named|-|false]”"),
    ("style160", "[PER Ines Varga] toured the town. A spokesman for the authority said crews worked all night. “[QUOTE We are doing what we can,=spokesman|anonymous|-|false]” he told reporters."),
    ("style170", "[PER Ines Varga] left. “[QUOTE Safety first=-|-|-|true]” - that was the slogan."),
    ("style180", "“[QUOTE We are ready=Lobo|named|-|false]” - [PER Lobo]'s message to the crews."),
    ("style190", "“[QUOTE It hurts,=Lobo's mother|anonymous|-|false]” [PER Lobo]'s mother said. “[QUOTE She works too hard.=Lobo's mother|anonymous|-|false]”"),
    ("style200", "But [PER Tomas Berg] said: “[QUOTE Nobody asked us.=Tomas Berg|named|-|false]” He added, “[QUOTE We live here.=Tomas Berg|named|-|false]”"),
    ("style210", "“[QUOTE Is it safe to go back?=residents|anonymous|-|false]” residents asked. “[QUOTE Not yet,=Marta Olsen|named|-|false]” the fire chief, [PER Marta Olsen], replied."),
    ("style220", "In a statement, the ministry said: “[QUOTE All roads remain closed.=ministry|institutional|-|false]”"),
    ("style230", "“[QUOTE We are ready,=Ana Lobo|named|Reuters|false]” [PER Ana Lobo] said, according to [ORG Reuters]."),
    ("style240", "“[QUOTE We are ready,=Ana Lobo|named|Lindmark Times|false]” [PER Ana Lobo] said, the [ORG Lindmark Times] reported."),
    ("style250", "The minister said “[QUOTE we are ready=minister|anonymous|-|true]” before [PER Tomas Berg] said otherwise."),
    ("style260", "[LOC LINDMARK] (Wire) - The central bank held rates on Thursday, saying inflation was “[QUOTE still too high=central bank|institutional|-|true]”."),
    ("style270", "“[QUOTE We are not there yet,=Sara Lind|named|-|false]” Governor [PER Sara Lind] told a news conference."),
    ("style280", "The bank's statement said risks were “[QUOTE tilted to the upside=bank|institutional|-|true]”."),
    ("style290", "The bank said risks were “tilted up.\n\n“[QUOTE Some members saw a case for a rise,=minutes|institutional|-|false]” the minutes showed."),
    ("style300", "“[QUOTE It's over,=Tomas Berg|named|-|false]” said [PER Lobo]'s lawyer, [PER Tomas Berg]. “[QUOTE We will appeal,=Eva Lobo|named|-|false]” [PER Lobo]'s sister, [PER Eva Lobo], said."),
    ("style310", "“[QUOTE We are ready,=Ana Lobo|named|-|false]” said [PER Ana Lobo], adding: “[QUOTE The boats are fuelled.=Ana Lobo|named|-|false]”"),
    ("style320", "“[QUOTE Yes,=Ana Lobo|named|-|false]” said [PER Ana Lobo], but [PER Tomas Berg] said “[QUOTE no=Tomas Berg|named|-|true]”."),
    ("style330", "“[QUOTE It's over,=Lobo|named|-|false]” a tearful [PER Lobo] said. “[QUOTE Go home,=Lobo|named|-|false]” she told [PER Tomas Berg]."),
    ("style340", "“[QUOTE It's coming,=government spokesperson|anonymous|-|false]” a government spokesperson insisted.\nRelated: '[QUOTE Worst floods in decades=-|-|-|false]' hit region"),
    ("style350", "\"[QUOTE I was lucky,=Jonas Weller|named|-|false]\" [PER Jonas Weller] admits. \"Others weren't.\nHis 6'2\" frame helped. The \"[QUOTE fund=-|-|-|true]\" is late."),
    ("style360", "The film “[QUOTE Night Train=-|-|-|true]” opened in [LOC Kati] on Friday."),
];

#[test]
fn table() {
    run(CASES);
}
