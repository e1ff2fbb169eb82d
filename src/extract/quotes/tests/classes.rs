//! Tables for the kinds of mistake an attribution can make: a surname the name finder
//! missed, a pronoun that picks the wrong name, a name of the wrong kind, a fragment
//! framed by its speaker, a credited outlet, a group's possessive, and writing that
//! nobody said.

use super::run;

/// A surname opening a sentence that the name finder passed over: a named speaker, an
/// antecedent, the subject of a colon.
const BARE_SURNAMES: &[(&str, &str)] = &[
    ("bare_surname000", "Okafor later told reporters: “[QUOTE The audit is done.=Okafor|named|-|false]” She added: “[QUOTE Nobody will be blamed.=Okafor|named|-|false]”"),
    ("bare_surname010", "Lindqvist called the audit “[QUOTE a farce=Lindqvist|named|-|true]” and “[QUOTE a waste of money=Lindqvist|named|-|true]”."),
    ("bare_surname020", "Okafor put it plainly: “[QUOTE The money is gone.=Okafor|named|-|false]” Asked about the mill, she said it was “[QUOTE finished=Okafor|named|-|true]”."),
    ("bare_surname030", "Okafor: ‘[QUOTE We need answers=Okafor|named|-|false]’\n\nThe mill owner said on Friday he would sell."),
    ("bare_surname040", "Halvorsen, 61, said the mill was “[QUOTE a ruin=Halvorsen|named|-|true]”."),
    ("bare_surname050", "Okafor said: “[QUOTE The pumps failed.=Okafor|named|-|false]”\n\nLindqvist was unmoved. “[QUOTE Nobody told us,=Lindqvist|named|-|false]” she said."),
    ("bare_surname060", "Okafor disagreed, saying the pumps had “[QUOTE worked perfectly.=Okafor|named|-|true]”"),
    ("bare_surname070", "Critics said the scheme was “[QUOTE a giveaway=Critics|anonymous|-|true]”. Firefighters called the blaze “[QUOTE the worst in years=Firefighters|anonymous|-|true]”."),
    ("bare_surname080", "[PER Ana Lobo] visited the mill. Power was cut to the town. “[QUOTE We are on it,=Ana Lobo|named|-|false]” she said."),
    ("bare_surname090", "[PER Ana Lobo] spoke first.\n\nTraffic resumed at noon.\n\n“[QUOTE It was chaos.=-|-|-|false]”"),
];

/// The person a pronoun stands for: not a place named after a preposition, the person
/// who opens the sentence before, not a person the text calls by the other pronoun, and
/// not the one who "told him".
const PRONOUNS: &[(&str, &str)] = &[
    ("pronoun000", "Governor [PER Ana Lobo] walked the flooded lanes of [NAME Upper Kessel] on Friday. “[QUOTE Nothing is left,=Ana Lobo|named|-|false]” she said."),
    ("pronoun010", "[NAME Lena Holt] called [NAME Tomas Berg] on Monday. “[QUOTE You must resign,=Lena Holt|named|-|false]” she told him. “[QUOTE Never,=Tomas Berg|named|-|false]” he replied."),
    ("pronoun020", "[NAME Lena Holt] met [NAME Tomas Berg] at the mill, but she left early. “[QUOTE We settled nothing,=Tomas Berg|named|-|false]” he said."),
    ("pronoun030", "[PER Ana Lobo] told her staff to go home. “[QUOTE We have no choice,=Ana Lobo|named|-|false]” she said."),
    ("pronoun040", "Mr [PER Berg] and [PER Ana Lobo] met in [LOC Kati]. “[QUOTE The talks went well,=Berg|named|-|false]” he said."),
];

/// Names of the wrong kind: a person the name finder took for a place, an institution it
/// left untyped, a head noun cut at a participle.
const KINDS: &[(&str, &str)] = &[
    ("wrong_kind000", "“[QUOTE Rates will fall,=Ada Korhonen|named|-|false]” according to [LOC Ada Korhonen], [LOC Lindmark]'s finance minister."),
    ("wrong_kind010", "The operator, [NAME Harrow Estates], said the fares were “[QUOTE fair=Harrow Estates|institutional|-|true]”."),
    ("wrong_kind020", "“[QUOTE We lost money,=Kessel Families First|institutional|-|false]” said [NAME Kessel Families First], a parents' group."),
    ("wrong_kind030", "A nurse working at the clinic said staff were “[QUOTE at breaking point=nurse|anonymous|-|true]”."),
    ("wrong_kind040", "“[QUOTE We are ready,=Tomas Berg|named|-|false]” said [PER Lobo]'s deputy, [PER Tomas Berg]."),
    ("wrong_kind050", "“[QUOTE The river is falling,=Edda Marsh|named|-|false]” said [NAME Provincial Governor Edda Marsh]."),
    ("wrong_kind060", "[NAME Detective Sgt. Ray Oduya] said: “[QUOTE We are not looking for anyone else.=Ray Oduya|named|-|false]”"),
    ("wrong_kind070", "“[QUOTE Sales are up,=General Motors|named|-|false]” said [NAME General Motors]."),
];

/// Fragments framed by the subject of the sentence ("X called it", "X described it as",
/// "X accused Y of", "X said it was"), and quotes that are objects of the sentence.
const FRAMED: &[(&str, &str)] = &[
    ("framed000", "[PER Reyes] called the audit “[QUOTE a whitewash.=Reyes|named|-|true]” The trust called his claims “[QUOTE baseless.=trust|institutional|-|true]”"),
    ("framed010", "The association accused the council of “[QUOTE bad faith=association|institutional|-|true]”."),
    ("framed020", "[PER Reyes] described the deal as “[QUOTE a betrayal=Reyes|named|-|true]”."),
    ("framed030", "The deal was called “[QUOTE a betrayal=-|-|-|true]” by critics."),
    ("framed040", "Strikers chanted “[QUOTE Pay us now!=Strikers|anonymous|-|true]” as the owners arrived."),
    ("framed050", "[PER Ana Lobo] said: “[QUOTE We are ready=Ana Lobo|named|-|false]” and left."),
    ("framed060", "Senator [PER Maria Cole] on Tuesday said the bill was “[QUOTE dead on arrival.=Maria Cole|named|-|true]”"),
    ("framed070", "[PER Chen] praised the rescuers as “[QUOTE true heroes=Chen|named|-|true]”."),
    ("framed080", "[PER Ek], the analyst, put it bluntly: “[QUOTE The company is in trouble.=Ek|named|-|false]”"),
];

/// Outlets credited with a quote: one that passed it on, and one the speaker told it to
/// ("told the Kessel Herald", issue 18's rule for VIA).
const OUTLETS: &[(&str, &str)] = &[
    ("outlet000", "The [ORG Kessel Herald] reported, citing two council officials, that the mill would close “[QUOTE within weeks=two council officials|anonymous|Kessel Herald|true]”."),
    ("outlet010", "The [ORG Kessel Herald] reported that the sale was “[QUOTE done=Kessel Herald|outlet|-|true]”, quoting a council source who said talks had “[QUOTE collapsed=council source|anonymous|Kessel Herald|true]”."),
    ("outlet020", "A council source told the [ORG Kessel Herald] the sale was “[QUOTE done=council source|anonymous|Kessel Herald|true]”."),
    ("outlet030", "The minister, citing a report, said the mill was “[QUOTE beyond saving=minister|anonymous|-|true]”."),
    ("outlet040", "“[QUOTE Nobody is safe,=woman|anonymous|Kessel Radio|false]” a woman who gave her name only as Mira told [ORG Kessel Radio]."),
    ("outlet050", "In an interview with the [ORG Kessel Herald], [PER Ana Lobo] said the mill was “[QUOTE finished=Ana Lobo|named|Kessel Herald|true]”. “[QUOTE It is over,=Ana Lobo|named|Kessel Herald|false]” she told the paper."),
    ("outlet060", "County recorder [PER Glen Abernathy] quipped to the [ORG Desert Ledger]: “[QUOTE Longer than anyone wants.=Glen Abernathy|named|Desert Ledger|false]”"),
    ("outlet070", "“[QUOTE We were promised a lot,=Naulivou|named|Radio Pasifika|false]” [PER Naulivou] told [ORG Radio Pasifika]. “[QUOTE We will judge it by what arrives.=Naulivou|named|Radio Pasifika|false]”"),
    ("outlet080", "In a letter seen by the [ORG Pearl River Daily], the chief executive wrote: “[QUOTE We grew too fast.=chief executive|anonymous|Pearl River Daily|false]”"),
    ("outlet085", "[PER Ana Lobo] spoke to the [ORG Kessel Herald] in May. She told the club's website: “[QUOTE I am home.=Ana Lobo|named|-|false]”"),
    ("outlet090", "[PER Dogan] told the [ORG Ege Postasi] newspaper: “[QUOTE They sent an inspector once.=Dogan|named|Ege Postasi|false]”"),
    // "in the same interview" refers back to the outlet a sentence before credited; an
    // interview no sentence before names credits no one.
    ("outlet100", "Speaking to [ORG Radio Pasifika] on Monday, [PER Naulivou] warned the council. “[QUOTE We will judge it by what arrives,=Naulivou|named|Radio Pasifika|false]” she said in the same interview."),
    ("outlet110", "[PER Naulivou] gave an interview to the [ORG Kessel Herald]. Her aide spoke later. “[QUOTE We are ready,=Naulivou|named|Kessel Herald|false]” [PER Naulivou] said in that interview."),
    ("outlet120", "[PER Naulivou] warned the council on Monday. “[QUOTE We will judge it by what arrives,=Naulivou|named|-|false]” she said in the interview."),
];

/// Groups named with a possessive, and writing that nobody said.
const GROUPS_AND_WRITING: &[(&str, &str)] = &[
    ("group_writing000", "The teachers' union said the offer was “[QUOTE an insult=teachers' union|institutional|-|true]”."),
    ("group_writing010", "The residents' association said: “[QUOTE We were not consulted.=residents' association|institutional|-|false]”"),
    ("group_writing020", "Graffiti on the mill gate reads “[QUOTE Kessel is not for sale=-|-|-|true]”."),
    ("group_writing030", "Another slogan, sprayed on a bus shelter, says “[QUOTE Jobs not yachts=-|-|-|true]”."),
    ("group_writing040", "Strikers carried banners reading “[QUOTE No more cuts=-|-|-|true]”."),
    ("group_writing050", "A sign on the door said “[QUOTE Closed until further notice.=-|-|-|true]”"),
    ("group_writing060", "The headline read “[QUOTE Town in shock=-|-|-|true]”."),
    ("group_writing070", "A banner hung from the bridge read “[QUOTE You were warned=-|-|-|true]”."),
    ("group_writing080", "Strikers marched, chanting “[QUOTE Pay us now!=Strikers|anonymous|-|true]” and waving placards reading “[QUOTE Jobs first=-|-|-|true]”."),
];

#[test]
fn bare_surnames() {
    run(BARE_SURNAMES);
}

#[test]
fn pronouns() {
    run(PRONOUNS);
}

#[test]
fn kinds() {
    run(KINDS);
}

#[test]
fn framed() {
    run(FRAMED);
}

#[test]
fn outlets() {
    run(OUTLETS);
}

#[test]
fn groups_and_writing() {
    run(GROUPS_AND_WRITING);
}
