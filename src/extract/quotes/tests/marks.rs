//! Tables for pairing marks: glyphs, apostrophes, stray marks, nesting, paragraphs.

use super::run;

/// (marked-up input, expected quotes as `content|speaker|kind|via|partial`)
const CASES: &[(&str, &[&str])] = &[
    (
        "“We are ready,” said [Ines Varga].",
        &["We are ready,|Ines Varga|named|-|full"],
    ),
    (
        "[Ines Varga] said: „We are ready.“",
        &["We are ready.|Ines Varga|named|-|full"],
    ),
    (
        "« We are ready », said [Ines Varga].",
        &[" We are ready |Ines Varga|named|-|full"],
    ),
    (
        "‘We are ready,' said [Ines Varga].",
        &["We are ready,|Ines Varga|named|-|full"],
    ),
    (
        "\"We are ready,\" said [Ines Varga].",
        &["We are ready,|Ines Varga|named|-|full"],
    ),
    (
        "'We are ready,' said [Ines Varga].",
        &["We are ready,|Ines Varga|named|-|full"],
    ),
    (
        "The workers' union met. \"Pay us,\" said [Ines Varga], the union's head. <Mali>'s army didn't move.",
        &["Pay us,|Ines Varga|named|-|full"],
    ),
    (
        "\"The talks failed, the ministry said. \"We will try again,\" said [Ines Varga].",
        &["We will try again,|Ines Varga|named|-|full"],
    ),
    (
        "“We left at dawn. [Tomas Berg] said: “We came back.”",
        &["We came back.|Tomas Berg|named|-|full"],
    ),
    (
        "He waved” and left. “Go home,” said [Ana Lobo].",
        &["Go home,|Ana Lobo|named|-|full"],
    ),
    (
        "“He shouted ‘run’ and we ran,” said [Ana Lobo].",
        &["He shouted ‘run’ and we ran,|Ana Lobo|named|-|full"],
    ),
    (
        "\"He shouted 'run' and we ran,\" said [Ana Lobo].",
        &["He shouted 'run' and we ran,|Ana Lobo|named|-|full"],
    ),
    (
        "“Mixed marks,\" said [Ana Lobo].",
        &["Mixed marks,|Ana Lobo|named|-|full"],
    ),
    (
        "[Ana Lobo] described the night.\n\n“We heard the water first.\n\n“Then the lights went out,” she said.",
        &["We heard the water first.\n\n“Then the lights went out,|Ana Lobo|named|-|full"],
    ),
    (
        "\"One paragraph.\n\"Two paragraphs,\" said [Ana Lobo].",
        &["One paragraph.\n\"Two paragraphs,|Ana Lobo|named|-|full"],
    ),
    (
        "“We waited.\n\nThe river rose.\n\n“It came fast,” [Ana Lobo] said.",
        &["It came fast,|Ana Lobo|named|-|full"],
    ),
    (
        "He said \"\" and \"...\" twice. “Stay,” said [Ana Lobo].",
        &["Stay,|Ana Lobo|named|-|full"],
    ),
    (
        "‘The workers' pay is late,' said [Ana Lobo].",
        &["The workers' pay is late,|Ana Lobo|named|-|full"],
    ),
    (
        "Music from the '90s played. 'Turn it up,' said [Ana Lobo].",
        &["Turn it up,|Ana Lobo|named|-|full"],
    ),
    (
        "\"We are\nready,\" said [Ana Lobo].",
        &["We are\nready,|Ana Lobo|named|-|full"],
    ),
    (
        "“Nous partons,” said [Zoë Kovács-Łukasz], 61.",
        &["Nous partons,|Zoë Kovács-Łukasz|named|-|full"],
    ),
    (
        "\"I'm not leaving,\" said [Ana Lobo], whose \"home\" is gone.",
        &[
            "I'm not leaving,|Ana Lobo|named|-|full",
            "home|Ana Lobo|named|-|partial",
        ],
    ),
    ("No quotes here, only [Ana Lobo]'s boat.", &[]),
];

#[test]
fn table() {
    run(CASES);
}
