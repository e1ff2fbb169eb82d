//! Tables for the kinds of mistake an attribution can make: a surname the name finder
//! missed, a pronoun that picks the wrong name, a name of the wrong kind, a fragment
//! framed by its speaker, a credited outlet, a group's possessive, and writing that
//! nobody said.

use super::run;

/// A surname opening a sentence that the name finder passed over: a named speaker, an
/// antecedent, the subject of a colon.
const BARE_SURNAMES: &[(&str, &[&str])] = &[
    (
        "Okafor later told reporters: “The audit is done.” She added: “Nobody will be blamed.”",
        &[
            "The audit is done.|Okafor|named|-|full",
            "Nobody will be blamed.|Okafor|named|-|full",
        ],
    ),
    (
        "Lindqvist called the audit “a farce” and “a waste of money”.",
        &[
            "a farce|Lindqvist|named|-|partial",
            "a waste of money|Lindqvist|named|-|partial",
        ],
    ),
    (
        "Okafor put it plainly: “The money is gone.” Asked about the mill, she said it was “finished”.",
        &[
            "The money is gone.|Okafor|named|-|full",
            "finished|Okafor|named|-|partial",
        ],
    ),
    (
        "Okafor: ‘We need answers’\n\nThe mill owner said on Friday he would sell.",
        &["We need answers|Okafor|named|-|full"],
    ),
    (
        "Halvorsen, 61, said the mill was “a ruin”.",
        &["a ruin|Halvorsen|named|-|partial"],
    ),
    (
        "Okafor said: “The pumps failed.”\n\nLindqvist was unmoved. “Nobody told us,” she said.",
        &[
            "The pumps failed.|Okafor|named|-|full",
            "Nobody told us,|Lindqvist|named|-|full",
        ],
    ),
    (
        "Okafor disagreed, saying the pumps had “worked perfectly.”",
        &["worked perfectly.|Okafor|named|-|partial"],
    ),
    (
        "Critics said the scheme was “a giveaway”. Firefighters called the blaze “the worst in years”.",
        &[
            "a giveaway|Critics|anon|-|partial",
            "the worst in years|Firefighters|anon|-|partial",
        ],
    ),
    (
        "[Ana Lobo] visited the mill. Power was cut to the town. “We are on it,” she said.",
        &["We are on it,|Ana Lobo|named|-|full"],
    ),
    (
        "[Ana Lobo] spoke first.\n\nTraffic resumed at noon.\n\n“It was chaos.”",
        &["It was chaos.|-|-|-|full"],
    ),
];

/// The person a pronoun stands for: not a place named after a preposition, the person
/// who opens the sentence before, not a person the text calls by the other pronoun, and
/// not the one who "told him".
const PRONOUNS: &[(&str, &[&str])] = &[
    (
        "Governor [Ana Lobo] walked the flooded lanes of ^Upper Kessel^ on Friday. “Nothing is left,” she said.",
        &["Nothing is left,|Ana Lobo|named|-|full"],
    ),
    (
        "^Lena Holt^ called ^Tomas Berg^ on Monday. “You must resign,” she told him. “Never,” he replied.",
        &[
            "You must resign,|Lena Holt|named|-|full",
            "Never,|Tomas Berg|named|-|full",
        ],
    ),
    (
        "^Lena Holt^ met ^Tomas Berg^ at the mill, but she left early. “We settled nothing,” he said.",
        &["We settled nothing,|Tomas Berg|named|-|full"],
    ),
    (
        "[Ana Lobo] told her staff to go home. “We have no choice,” she said.",
        &["We have no choice,|Ana Lobo|named|-|full"],
    ),
    (
        "Mr [Berg] and [Ana Lobo] met in <Kati>. “The talks went well,” he said.",
        &["The talks went well,|Berg|named|-|full"],
    ),
];

/// Names of the wrong kind: a person the name finder took for a place, an institution it
/// left untyped, a head noun cut at a participle.
const KINDS: &[(&str, &[&str])] = &[
    (
        "“Rates will fall,” according to <Ada Korhonen>, <Lindmark>'s finance minister.",
        &["Rates will fall,|Ada Korhonen|named|-|full"],
    ),
    (
        "The operator, ^Harrow Estates^, said the fares were “fair”.",
        &["fair|Harrow Estates|inst|-|partial"],
    ),
    (
        "“We lost money,” said ^Kessel Families First^, a parents' group.",
        &["We lost money,|Kessel Families First|inst|-|full"],
    ),
    (
        "A nurse working at the clinic said staff were “at breaking point”.",
        &["at breaking point|nurse|anon|-|partial"],
    ),
    (
        "“We are ready,” said [Lobo]'s deputy, [Tomas Berg].",
        &["We are ready,|Tomas Berg|named|-|full"],
    ),
    (
        "“The river is falling,” said ^Provincial Governor Edda Marsh^.",
        &["The river is falling,|Edda Marsh|named|-|full"],
    ),
    (
        "^Detective Sgt. Ray Oduya^ said: “We are not looking for anyone else.”",
        &["We are not looking for anyone else.|Ray Oduya|named|-|full"],
    ),
    (
        "“Sales are up,” said ^General Motors^.",
        &["Sales are up,|General Motors|named|-|full"],
    ),
];

/// Fragments framed by the subject of the sentence ("X called it", "X described it as",
/// "X accused Y of", "X said it was"), and quotes that are objects of the sentence.
const FRAMED: &[(&str, &[&str])] = &[
    (
        "[Reyes] called the audit “a whitewash.” The trust called his claims “baseless.”",
        &[
            "a whitewash.|Reyes|named|-|partial",
            "baseless.|trust|inst|-|partial",
        ],
    ),
    (
        "The association accused the council of “bad faith”.",
        &["bad faith|association|inst|-|partial"],
    ),
    (
        "[Reyes] described the deal as “a betrayal”.",
        &["a betrayal|Reyes|named|-|partial"],
    ),
    (
        "The deal was called “a betrayal” by critics.",
        &["a betrayal|-|-|-|partial"],
    ),
    (
        "Strikers chanted “Pay us now!” as the owners arrived.",
        &["Pay us now!|Strikers|anon|-|partial"],
    ),
    (
        "[Ana Lobo] said: “We are ready” and left.",
        &["We are ready|Ana Lobo|named|-|full"],
    ),
    (
        "Senator [Maria Cole] on Tuesday said the bill was “dead on arrival.”",
        &["dead on arrival.|Maria Cole|named|-|partial"],
    ),
    (
        "[Chen] praised the rescuers as “true heroes”.",
        &["true heroes|Chen|named|-|partial"],
    ),
    (
        "[Ek], the analyst, put it bluntly: “The company is in trouble.”",
        &["The company is in trouble.|Ek|named|-|full"],
    ),
];

/// Outlets credited with a quote, and outlets that only heard it.
const OUTLETS: &[(&str, &[&str])] = &[
    (
        "The {Kessel Herald} reported, citing two council officials, that the mill would close “within weeks”.",
        &["within weeks|two council officials|anon|Kessel Herald|partial"],
    ),
    (
        "The {Kessel Herald} reported that the sale was “done”, quoting a council source who said talks had “collapsed”.",
        &[
            "done|Kessel Herald|outlet|-|partial",
            "collapsed|council source|anon|Kessel Herald|partial",
        ],
    ),
    (
        "A council source told the {Kessel Herald} the sale was “done”.",
        &["done|council source|anon|-|partial"],
    ),
    (
        "The minister, citing a report, said the mill was “beyond saving”.",
        &["beyond saving|minister|anon|-|partial"],
    ),
    (
        "“Nobody is safe,” a woman who gave her name only as Mira told {Kessel Radio}.",
        &["Nobody is safe,|woman|anon|-|full"],
    ),
];

/// Groups named with a possessive, and writing that nobody said.
const GROUPS_AND_WRITING: &[(&str, &[&str])] = &[
    (
        "The teachers' union said the offer was “an insult”.",
        &["an insult|teachers' union|inst|-|partial"],
    ),
    (
        "The residents' association said: “We were not consulted.”",
        &["We were not consulted.|residents' association|inst|-|full"],
    ),
    (
        "Graffiti on the mill gate reads “Kessel is not for sale”.",
        &["Kessel is not for sale|-|-|-|partial"],
    ),
    (
        "Another slogan, sprayed on a bus shelter, says “Jobs not yachts”.",
        &["Jobs not yachts|-|-|-|partial"],
    ),
    (
        "Strikers carried banners reading “No more cuts”.",
        &["No more cuts|-|-|-|partial"],
    ),
    (
        "A sign on the door said “Closed until further notice.”",
        &["Closed until further notice.|-|-|-|partial"],
    ),
    (
        "The headline read “Town in shock”.",
        &["Town in shock|-|-|-|partial"],
    ),
    (
        "A banner hung from the bridge read “You were warned”.",
        &["You were warned|-|-|-|partial"],
    ),
    (
        "Strikers marched, chanting “Pay us now!” and waving placards reading “Jobs first”.",
        &[
            "Pay us now!|Strikers|anon|-|partial",
            "Jobs first|-|-|-|partial",
        ],
    ),
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
