//! Tables for speakers: reporting verbs on either side, colons and dashes, pronouns,
//! titles, unattributed quotes, kinds of source, outlets credited, partial quotes.

use super::run;

/// Where the speaker is written: verbs before and after, inverted, "according to",
/// "quoted ... as saying", colons and dashes.
const PATTERNS: &[(&str, &str)] = &[
    ("pattern000", "“[QUOTE The road is closed,=Ana Lobo|named|-|false]” [PER Ana Lobo] said."),
    ("pattern010", "“[QUOTE The road is closed,=Ana Lobo|named|-|false]” [PER Ana Lobo] says."),
    ("pattern020", "[PER Ana Lobo] told reporters: “[QUOTE The road is closed.=Ana Lobo|named|-|false]”"),
    ("pattern030", "“[QUOTE The road is closed,=Ana Lobo|named|-|false]” [PER Ana Lobo] said in a statement."),
    ("pattern040", "“[QUOTE The road is closed,=security source|anonymous|-|false]” according to a security source."),
    ("pattern045", "The governor was “[QUOTE fully committed=Ibrahim Kura|named|-|true]” to the plan, in the words of his spokesman, [PER Ibrahim Kura]."),
    ("pattern047", "Judge [PER Ana Lobo], who fined the drivers' union, [ORG UMBH], wrote that buses were “[QUOTE an essential service=Ana Lobo|named|-|true]”. The union, which has [QUANTITY 900 members], [ORG UMBH], said it was “[QUOTE outraged=UMBH|institutional|-|true]”."),
    ("pattern048", "Dr [PER Ana Lobo], medical coordinator of the [ORG Meridian Collective], who met the five at the airport, said they were “[QUOTE thin=Ana Lobo|named|-|true]”. A nurse, who asked not to be named, said they were “[QUOTE calm=nurse|anonymous|-|true]”."),
    ("pattern050", "According to the ministry, “[QUOTE the road is closed.=ministry|institutional|-|false]”"),
    ("pattern060", "State TV quoted [PER Ana Lobo] as saying: “[QUOTE The road is closed.=Ana Lobo|named|State TV|false]”"),
    ("pattern070", "[ORG Reuters] quoted a police source as saying the road was “[QUOTE closed for good=police source|anonymous|Reuters|true]”."),
    ("pattern080", "[PER Ana Lobo] was quoted by the [ORG Lindmark Times] as saying: “[QUOTE We are ready.=Ana Lobo|named|Lindmark Times|false]”"),
    ("pattern090", "“[QUOTE We are ready,=Ana Lobo|named|Reuters|false]” [PER Ana Lobo] told [ORG Reuters]."),
    ("pattern100", "From Chairwoman [PER Ana Lobo]:\n“[QUOTE We will rebuild the bridge.=Ana Lobo|named|-|false]”"),
    ("pattern110", "[PER Ana Lobo] said in a statement:\n\n“[QUOTE We will rebuild the bridge.=Ana Lobo|named|-|false]”"),
    ("pattern120", "“[QUOTE We will rebuild the bridge.=Ines Varga|named|-|false]” - Commissioner [PER Ines Varga]"),
    ("pattern130", "“[QUOTE We will rebuild the bridge.=Ines Varga|named|-|false]”\n- Commissioner [PER Ines Varga]"),
    ("pattern140", "[PER Ana Lobo]: “[QUOTE We will rebuild=Ana Lobo|named|-|false]”"),
    ("pattern150", "The message was clear: “[QUOTE Leave now.=-|-|-|false]”"),
    ("pattern160", "He called it “[QUOTE flawless=-|-|-|true]” - and then left."),
    ("pattern170", "“[QUOTE Why now?=Ana Lobo|named|-|false]” [PER Ana Lobo] asked."),
    ("pattern180", "“[QUOTE Where is the ferry?=Ana Lobo|named|-|false]” asked [PER Ana Lobo]."),
    ("pattern190", "“[QUOTE Get out!=Tomas Berg|named|-|false]” [PER Tomas Berg] shouted."),
    ("pattern200", "“[QUOTE The plan,=Ana Lobo|named|-|false]” [PER Ana Lobo] said, “[QUOTE is dead.=Ana Lobo|named|-|false]”"),
    ("pattern210", "“[QUOTE The road is closed,=Ana Lobo|named|-|false]” said [PER Ana Lobo], the mayor of [LOC Port Selwyn]."),
    ("pattern220", "[PER Ana Lobo], 54, said: “[QUOTE We stay.=Ana Lobo|named|-|false]”"),
    ("pattern230", "A woman, who asked not to be named, said: “[QUOTE We stay.=woman|anonymous|-|false]”"),
    ("pattern240", "“[QUOTE The plant is safe,=Ana Lobo|named|-|false]” [PER Ana Lobo] of [ORG Lindmark Power] said."),
    ("pattern250", "“[QUOTE We went home,=Ana Lobo|named|-|false]” [PER Ana Lobo] later said."),
];

/// Verbs other than "said", and several speakers in one paragraph.
const VERBS: &[(&str, &str)] = &[
    ("verb000", "“[QUOTE We will appeal,=Ana Lobo|named|-|false]” [PER Ana Lobo] vowed. “[QUOTE The ruling is fair,=Tomas Berg|named|-|false]” countered [PER Tomas Berg]."),
    ("verb010", "“[QUOTE We left at dawn,=Ana Lobo|named|-|false]” said [PER Ana Lobo]. Her neighbour, [PER Tomas Berg], disagreed: “[QUOTE We left at noon.=Tomas Berg|named|-|false]”"),
    ("verb020", "“[QUOTE Nobody listened,=Ana Lobo|named|-|false]” [PER Ana Lobo] sighed. [PER Tomas Berg] insisted: “[QUOTE We warned them.=Tomas Berg|named|-|false]” “[QUOTE Leave now,=Oskar Lind|named|-|false]” [PER Oskar Lind] urged."),
    ("verb030", "[PER Ana Lobo] wrote on her blog: “[QUOTE The dam will hold.=Ana Lobo|named|-|false]” [PER Tomas Berg] warned that it “[QUOTE will not last the winter=Tomas Berg|named|-|true]”."),
    ("verb040", "“[QUOTE It was 1998,=Ana Lobo|named|-|false]” [PER Ana Lobo] recalled. “[QUOTE The water stood this high,=Ana Lobo|named|-|false]” she explained."),
    ("verb050", "[ORG Lindmark Power] announced: “[QUOTE The plant will close.=Lindmark Power|institutional|-|false]” “[QUOTE No jobs will go,=company|institutional|-|false]” the company stated."),
    ("verb060", "“[QUOTE The vote was fair,=Ana Lobo|named|-|false]” [PER Ana Lobo] declared. “[QUOTE It was not,=Tomas Berg|named|-|false]” [PER Tomas Berg] argued."),
    ("verb070", "“[QUOTE Two boats sank,=police|institutional|-|false]” police confirmed. “[QUOTE The crews are safe,=coastguard|institutional|-|false]” the coastguard noted."),
];

/// Pronouns, titles, and quotes with no verb beside them.
const REFERENCE: &[(&str, &str)] = &[
    ("reference000", "[PER Tomas Berg] walked to the dock. “[QUOTE The boats are gone,=Tomas Berg|named|-|false]” he said."),
    ("reference010", "[PER Ana Lobo] arrived late. “[QUOTE I met [PER Tomas Berg] at the dock,=Ana Lobo|named|-|false]” she said."),
    ("reference020", "[PER Kestow] chair [PER Judith Ormerod] backed the bid. “[QUOTE The offer is fair,=Judith Ormerod|named|-|false]” she said."),
    ("reference030", "“[QUOTE Roads are closed,=ministry|institutional|-|false]” the ministry said. Later they said: “[QUOTE Roads are open.=ministry|institutional|-|false]”"),
    ("reference040", "[ORG Lindmark Airlines] cancelled all flights. “[QUOTE Safety comes first,=Lindmark Airlines|institutional|-|false]” it said."),
    ("reference050", "“[QUOTE We are checking,=spokesman|anonymous|-|false]” the spokesman said."),
    ("reference060", "Governor [PER Ana Lobo] toured the port. Later, “[QUOTE We will rebuild,=Ana Lobo|named|-|false]” the governor said."),
    ("reference070", "[PER Ana Lobo], the regional governor, toured the port.\n“[QUOTE We will rebuild,=Ana Lobo|named|-|false]” the governor said."),
    ("reference080", "“[QUOTE We will rebuild,=Governor|anonymous|-|false]” the Governor said."),
    ("reference090", "[ORG Lindmark Power] spokesman [PER Tomas Berg] gave no figures. “[QUOTE The plant is safe,=Tomas Berg|named|-|false]” the spokesman said."),
    ("reference100", "[PER Ana Lobo] toured the flooded port on Monday.\n“[QUOTE It is worse than we feared.=Ana Lobo|named|-|false]”"),
    ("reference110", "“[QUOTE We left at dawn,=Ana Lobo|named|-|false]” said [PER Ana Lobo]. “[QUOTE The water came at noon.=Ana Lobo|named|-|false]”"),
    ("reference120", "“[QUOTE We left at dawn,=Ana Lobo|named|-|false]” said [PER Ana Lobo].\n\n“[QUOTE The water came at noon.=Ana Lobo|named|-|false]”"),
    ("reference130", "“[QUOTE We left at dawn,=Ana Lobo|named|-|false]” said [PER Ana Lobo].\n\nThe river rose.\n\nBoats sank.\n\n“[QUOTE Nobody came.=-|-|-|false]”"),
    ("reference140", "“[QUOTE We left at dawn,=Ana Lobo|named|-|false]” said [PER Ana Lobo].\n[PER Tomas Berg] stayed behind.\n“[QUOTE I had no boat.=Tomas Berg|named|-|false]”"),
    ("reference150", "“[QUOTE Nobody warned us.=-|-|-|false]”"),
    // Definite descriptions refer back to a named person (issue 18): the one with that
    // role, else the last named, by the name as last written.
    ("reference160", "[ORG Rovers] signed striker [PER Ibrahim Danjuma]. Coach [PER Tomas Berg] was pleased. The striker said: “[QUOTE I am home.=Ibrahim Danjuma|named|-|false]”"),
    ("reference170", "Justice [PER Ruth Mbeki] freed the drivers. “[QUOTE The State has nothing,=Ruth Mbeki|named|-|false]” the judge said."),
    ("reference180", "Finance Minister [PER Lakshmi Iyer] spoke. [PER Iyer] left. MP [PER Harpreet Sandhu] was angry. The minister said only: “[QUOTE Wait for the Budget.=Iyer|named|-|false]”"),
    ("reference190", "Manager [PER Joost van der Meulen] was calm. “[QUOTE We go on,=Joost van der Meulen|named|-|false]” the Dutchman said."),
    ("reference200", "At the rank, a commuter was blunt. “[QUOTE Sort it out,=commuter|anonymous|-|false]” the commuter said."),
    ("reference210", "[PER Ana Lobo] left early. At the rank, a commuter was blunt. “[QUOTE Sort it out,=commuter|anonymous|-|false]” he said."),
    ("reference220", "The striker [PER Ibrahim Danjuma] left. “[QUOTE Kaduna, I am coming home.=Ibrahim Danjuma|named|-|false]” his message read."),
    ("reference230", "Coach [PER Tomas Berg] said he had watched [PER Danjuma] for years. “[QUOTE He is ready,=Tomas Berg|named|-|false]” he said."),
    ("reference235", "Striker [PER Ibrahim Danjuma] signed for a fee reported to be large. He posted on [MISC Instagram]. “[QUOTE I am home.=Ibrahim Danjuma|named|-|false]” his message read."),
    ("reference237", "“[QUOTE It sounded like a train.=Wanjiru Kamau|named|-|false]”\n\nThat is how [PER Wanjiru Kamau], a farmer in [LOC Muranga], remembers the night."),
    ("reference238", "[PER Ramesh Yadav], 52, a farmer, had travelled far. “[QUOTE They send me back,=Ramesh Yadav|named|-|false]” the farmer said."),
    ("reference239", "The group is led by [PER Dorota Nowak], an environmental activist who opposes the plant. “[QUOTE We won the argument,=Dorota Nowak|named|-|false]” the activist said."),
    ("reference241", "[PER Olena Hrytsenko] spoke first. [PER Hrytsenko], a former schoolteacher, was unmoved. “[QUOTE Audit me too,=Hrytsenko|named|-|false]” she snapped."),
    ("reference242", "The director, [PER Jerzy Kaczmarczyk], issued a statement on Wednesday. “[QUOTE We have offered a rise,=Jerzy Kaczmarczyk|named|-|false]” the statement read."),
    ("reference243", "Talks went on late. “[QUOTE We have offered a rise,=statement|institutional|-|false]” the statement read."),
    ("reference244", "Municipal Chief Executive [PER Abena Sarpong] spoke on Tuesday. “[QUOTE Nobody is being chased away.=Abena Sarpong|named|-|false]” the MCE said."),
    ("reference245", "Envoy [PER Abena Sarpong] spoke on Tuesday. “[QUOTE We will appeal.=UN|institutional|-|false]” the [ORG UN] said."),
    ("reference240", "Residents were told by a civil protection spokesman that “[QUOTE nobody goes back=civil protection spokesman|anonymous|-|true]”."),
    // A title run on by "of" or "for" to a person's name is that person; a spokesman for a
    // body is still the spokesman.
    ("reference260", "Commissioner for Education [PER Muhammad Bichi] insisted the levy was voluntary. “[QUOTE No teacher will be punished,=Muhammad Bichi|named|-|false]” he said. Minister of State [PER Ana Lobo] said: “[QUOTE We agree.=Ana Lobo|named|-|false]” A spokesman for [ORG Lindmark Power] said: “[QUOTE We do not.=spokesman|anonymous|-|false]”"),
    // A pronoun in a clause with a subject of its own says nothing of the person before.
    ("reference265", "[PER Aroha Te Rangi] ran. [PER Hemi Walker] cautioned the team, but the runner herself was bullish. “[QUOTE We will see,=Hemi Walker|named|-|false]” he said."),
    // A dateline's place is not what the title after its dash describes.
    ("reference270", "[LOC PELICAN BAY], [LOC Queensland] - The mayor of [LOC Pelican Bay], [PER Rhonda Fitzgerald], defended the levy.\n\n“[QUOTE We have to act now,=Rhonda Fitzgerald|named|-|false]” the mayor told the meeting."),
    // A form of address gives the pronoun: "Hajiya" a woman's, "Sir" a man's.
    ("reference250", "Hajiya [PER Binta Musa] met Sir [PER Alan Reid]. “[QUOTE We were never consulted,=Binta Musa|named|-|false]” she said. “[QUOTE So do I,=Alan Reid|named|-|false]” he said."),
];

/// Kinds of source: anonymous, institutional, outlet.
const KINDS: &[(&str, &str)] = &[
    ("source_kind000", "“[QUOTE Shots were fired,=security source|anonymous|-|false]” a security source said."),
    ("source_kind010", "“[QUOTE Shots were fired,=official|anonymous|-|false]” an official said."),
    ("source_kind020", "“[QUOTE Shots were fired,=witnesses|anonymous|-|false]” witnesses said."),
    ("source_kind030", "“[QUOTE Shots were fired,=resident|anonymous|Reuters|false]” a resident told [ORG Reuters]."),
    ("source_kind040", "“[QUOTE Shots were fired,=military spokesman|anonymous|-|false]” a military spokesman said."),
    ("source_kind050", "“[QUOTE Shots were fired,=source|anonymous|-|false]” said a source who handles security for aid groups."),
    ("source_kind060", "“[QUOTE Shots were fired,=source|anonymous|-|false]” a source who handles security for aid groups said."),
    ("source_kind070", "“[QUOTE The plant is safe,=spokesman|anonymous|-|false]” a spokesman for [ORG Lindmark Power] said."),
    ("source_kind080", "“[QUOTE The shelling stopped at dawn,=two residents|anonymous|-|false]” two residents told reporters."),
    ("source_kind090", "“[QUOTE Citizens should leave,=Norwegian Embassy|institutional|-|false]” the [ORG Norwegian Embassy] said."),
    ("source_kind100", "“[QUOTE Citizens should leave,=embassy|institutional|-|false]” the embassy said."),
    ("source_kind110", "“[QUOTE The border is open,=government|institutional|-|false]” the government said. “[QUOTE It is not,=army|institutional|-|false]” the army said."),
    ("source_kind120", "Police in [LOC Port Selwyn] said: “[QUOTE Stay away from the river.=Police|institutional|-|false]”"),
    ("source_kind130", "[LOC Lindmark] said: “[QUOTE The border stays open.=Lindmark|institutional|-|false]”"),
    ("source_kind140", "“[QUOTE Talks failed,=Reuters|outlet|-|false]” [ORG Reuters] reported."),
    ("source_kind150", "Reuters reported: “[QUOTE Talks failed.=Reuters|outlet|-|false]”"),
    ("source_kind160", "“[QUOTE Talks failed,=newspaper|outlet|-|false]” the newspaper said."),
    ("source_kind170", "“[QUOTE Talks failed,=state TV|outlet|-|false]” state TV said."),
    ("source_kind180", "“[QUOTE Talks failed,=Lindmark Times|outlet|-|false]” the [ORG Lindmark Times] reported."),
    ("source_kind185", "“[QUOTE The search goes on,=coast guard|institutional|-|false]” the coast guard said."),
    ("source_kind187", "[ORG Haixin Robotics] cut jobs. [PER Haixin] said the cuts would save “[QUOTE millions=Haixin|institutional|-|true]”."),
    ("source_kind188", "[PER Ana Ribeiro] leads the drivers. [ORG Ribeiro] said: “[QUOTE We will not pay.=Ribeiro|named|-|false]”"),
    ("source_kind189", "[LOC Ribeiro] said: “[QUOTE We will not pay.=Ribeiro|institutional|-|false]”"),
    ("source_kind190", "“[QUOTE We want peace,=Norwegians|anonymous|-|false]” [GROUP Norwegians] in [LOC Kati] said."),
];

/// Partial quotes and scare quotes.
const PARTIAL: &[(&str, &str)] = &[
    ("partial000", "[PER Ana Lobo] praised the crews. She called the rescue “[QUOTE flawless=Ana Lobo|named|-|true]” and left."),
    ("partial010", "The so-called “[QUOTE peace plan=-|-|-|true]” collapsed."),
    ("partial020", "[PER Ana Lobo] arrived. The so-called “[QUOTE peace plan=-|-|-|true]” collapsed."),
    ("partial030", "[PER Ana Lobo] said the plan was “[QUOTE dead on arrival=Ana Lobo|named|-|true]”."),
    ("partial040", "[PER Ana Lobo] called it “[QUOTE flawless=Ana Lobo|named|-|true]” and “[QUOTE long overdue=Ana Lobo|named|-|true]”."),
    ("partial050", "[PER Ana Lobo] said on Monday that the repairs, which began in June, were “[QUOTE nearly done=Ana Lobo|named|-|true]”."),
    ("partial060", "“[QUOTE We are ready,=Ana Lobo|named|-|false]” [PER Ana Lobo] said, adding that the crews were “[QUOTE exhausted=Ana Lobo|named|-|true]”."),
    ("partial070", "[PER Ana Lobo] said, “[QUOTE We are ready.=Ana Lobo|named|-|false]”"),
    ("partial080", "[PER Ana Lobo] said “[QUOTE We are ready=Ana Lobo|named|-|true]” on Monday."),
    ("partial090", "The rescue was “[QUOTE flawless,=Ana Lobo|named|-|true]” [PER Ana Lobo] said."),
];

#[test]
fn patterns() {
    run(PATTERNS);
}

#[test]
fn verbs() {
    run(VERBS);
}

#[test]
fn reference() {
    run(REFERENCE);
}

#[test]
fn kinds() {
    run(KINDS);
}

#[test]
fn partial() {
    run(PARTIAL);
}
