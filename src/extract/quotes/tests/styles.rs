//! Tables for harder styles: headlines, documents as speakers, sources "close to" or
//! "familiar with" something, ages, reported speech before a pronoun, quotes that are not
//! speech at all.

use super::run;

/// (marked-up input, expected quotes as `content|speaker|kind|via|partial`)
const CASES: &[(&str, &[&str])] = &[
    (
        "[Varga] says 'no regrets' over dam decision",
        &["no regrets|Varga|named|-|partial"],
    ),
    (
        "'Devastating': Floods hit <Port Selwyn>",
        &["Devastating|-|-|-|partial"],
    ),
    (
        "The mayor, [Ines Varga], 52, spoke first. “I would do it again,” the 52-year-old said.",
        &["I would do it again,|Ines Varga|named|-|full"],
    ),
    (
        "“The dam was safe,” said a statement from the {Lindmark Water Authority}.",
        &["The dam was safe,|Lindmark Water Authority|inst|-|full"],
    ),
    (
        "“Search teams are out,” a police statement said.",
        &["Search teams are out,|police|inst|-|full"],
    ),
    (
        "A statement from {Lindmark Ferries} said:\n\"We accept the findings.\n\"We will publish safety data.\"",
        &["We accept the findings.\n\"We will publish safety data.|Lindmark Ferries|inst|-|full"],
    ),
    (
        "A source close to the authority told {Reuters} the check was “rushed”.",
        &["rushed|source|anon|-|partial"],
    ),
    (
        "“No deal is near,” said an official familiar with the talks.",
        &["No deal is near,|official|anon|-|full"],
    ),
    (
        "Critics in the hall shouted “Resign!” as she spoke.",
        &["Resign!|Critics|anon|-|partial"],
    ),
    (
        "“We sent help within hours,” said the foreign minister, [Ana Lobo].",
        &["We sent help within hours,|Ana Lobo|named|-|full"],
    ),
    (
        "[Lobo], nicknamed “the Iron Lady”, said the plan would work.",
        &["the Iron Lady|-|-|-|partial"],
    ),
    (
        "The “Blue Line” project, which [Lobo] said would cost millions, has stalled.",
        &["Blue Line|-|-|-|partial"],
    ),
    (
        "A pipe burst. “Get the pumps,” shouted a firefighter.",
        &["Get the pumps,|firefighter|anon|-|full"],
    ),
    (
        "Critics called it “too little, too late”.",
        &["too little, too late|Critics|anon|-|partial"],
    ),
    (
        "Asked about the vote, [Jonas Weller] laughed: “One thing at a time.”",
        &["One thing at a time.|Jonas Weller|named|-|full"],
    ),
    (
        "[Jonas Weller] smiled:\n“One thing at a time.”",
        &["One thing at a time.|Jonas Weller|named|-|full"],
    ),
    (
        "[Ines Varga] toured the town. A spokesman for the authority said crews worked all night. “We are doing what we can,” he told reporters.",
        &["We are doing what we can,|spokesman|anon|-|full"],
    ),
    (
        "[Ines Varga] left. “Safety first” - that was the slogan.",
        &["Safety first|-|-|-|partial"],
    ),
    (
        "“We are ready” - [Lobo]'s message to the crews.",
        &["We are ready|Lobo|named|-|full"],
    ),
    (
        "“It hurts,” [Lobo]'s mother said. “She works too hard.”",
        &[
            "It hurts,|Lobo's mother|anon|-|full",
            "She works too hard.|Lobo's mother|anon|-|full",
        ],
    ),
    (
        "But [Tomas Berg] said: “Nobody asked us.” He added, “We live here.”",
        &[
            "Nobody asked us.|Tomas Berg|named|-|full",
            "We live here.|Tomas Berg|named|-|full",
        ],
    ),
    (
        "“Is it safe to go back?” residents asked. “Not yet,” the fire chief, [Marta Olsen], replied.",
        &[
            "Is it safe to go back?|residents|anon|-|full",
            "Not yet,|Marta Olsen|named|-|full",
        ],
    ),
    (
        "In a statement, the ministry said: “All roads remain closed.”",
        &["All roads remain closed.|ministry|inst|-|full"],
    ),
    (
        "“We are ready,” [Ana Lobo] said, according to {Reuters}.",
        &["We are ready,|Ana Lobo|named|Reuters|full"],
    ),
    (
        "“We are ready,” [Ana Lobo] said, the {Lindmark Times} reported.",
        &["We are ready,|Ana Lobo|named|Lindmark Times|full"],
    ),
    (
        "The minister said “we are ready” before [Tomas Berg] said otherwise.",
        &["we are ready|minister|anon|-|partial"],
    ),
    (
        "<LINDMARK> (Wire) - The central bank held rates on Thursday, saying inflation was “still too high”.",
        &["still too high|central bank|inst|-|partial"],
    ),
    (
        "“We are not there yet,” Governor [Sara Lind] told a news conference.",
        &["We are not there yet,|Sara Lind|named|-|full"],
    ),
    (
        "The bank's statement said risks were “tilted to the upside”.",
        &["tilted to the upside|bank|inst|-|partial"],
    ),
    (
        "The bank said risks were “tilted up.\n\n“Some members saw a case for a rise,” the minutes showed.",
        &["Some members saw a case for a rise,|minutes|inst|-|full"],
    ),
    (
        "“It's over,” said [Lobo]'s lawyer, [Tomas Berg]. “We will appeal,” [Lobo]'s sister, [Eva Lobo], said.",
        &[
            "It's over,|Tomas Berg|named|-|full",
            "We will appeal,|Eva Lobo|named|-|full",
        ],
    ),
    (
        "“We are ready,” said [Ana Lobo], adding: “The boats are fuelled.”",
        &[
            "We are ready,|Ana Lobo|named|-|full",
            "The boats are fuelled.|Ana Lobo|named|-|full",
        ],
    ),
    (
        "“Yes,” said [Ana Lobo], but [Tomas Berg] said “no”.",
        &["Yes,|Ana Lobo|named|-|full", "no|Tomas Berg|named|-|partial"],
    ),
    (
        "“It's over,” a tearful [Lobo] said. “Go home,” she told [Tomas Berg].",
        &["It's over,|Lobo|named|-|full", "Go home,|Lobo|named|-|full"],
    ),
    (
        "“It's coming,” a government spokesperson insisted.\nRelated: 'Worst floods in decades' hit region",
        &[
            "It's coming,|government spokesperson|anon|-|full",
            "Worst floods in decades|-|-|-|full",
        ],
    ),
    (
        "\"I was lucky,\" [Jonas Weller] admits. \"Others weren't.\nHis 6'2\" frame helped. The \"fund\" is late.",
        &["I was lucky,|Jonas Weller|named|-|full", "fund|-|-|-|partial"],
    ),
    (
        "The film “Night Train” opened in <Kati> on Friday.",
        &["Night Train|-|-|-|partial"],
    ),
];

#[test]
fn table() {
    run(CASES);
}
