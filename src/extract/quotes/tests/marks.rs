//! Tables for pairing marks: glyphs, apostrophes, stray marks, nesting, paragraphs.

use super::run;

/// (name, input in the test notation with its name mentions and the quotes expected)
const CASES: &[(&str, &str)] = &[
    ("mark000", "“[QUOTE We are ready,=Ines Varga|named|-|false]” said [PER Ines Varga]."),
    ("mark010", "[PER Ines Varga] said: „[QUOTE We are ready.=Ines Varga|named|-|false]“"),
    ("mark020", "«[QUOTE  We are ready =Ines Varga|named|-|false]», said [PER Ines Varga]."),
    ("mark030", "‘[QUOTE We are ready,=Ines Varga|named|-|false]' said [PER Ines Varga]."),
    ("mark040", "\"[QUOTE We are ready,=Ines Varga|named|-|false]\" said [PER Ines Varga]."),
    ("mark050", "'[QUOTE We are ready,=Ines Varga|named|-|false]' said [PER Ines Varga]."),
    ("mark060", "The workers' union met. \"[QUOTE Pay us,=Ines Varga|named|-|false]\" said [PER Ines Varga], the union's head. [LOC Mali]'s army didn't move."),
    ("mark070", "\"The talks failed, the ministry said. \"[QUOTE We will try again,=Ines Varga|named|-|false]\" said [PER Ines Varga]."),
    ("mark080", "“We left at dawn. [PER Tomas Berg] said: “[QUOTE We came back.=Tomas Berg|named|-|false]”"),
    ("mark090", "He waved” and left. “[QUOTE Go home,=Ana Lobo|named|-|false]” said [PER Ana Lobo]."),
    ("mark100", "“[QUOTE He shouted ‘run’ and we ran,=Ana Lobo|named|-|false]” said [PER Ana Lobo]."),
    ("mark110", "\"[QUOTE He shouted 'run' and we ran,=Ana Lobo|named|-|false]\" said [PER Ana Lobo]."),
    ("mark120", "“[QUOTE Mixed marks,=Ana Lobo|named|-|false]\" said [PER Ana Lobo]."),
    ("mark130", "[PER Ana Lobo] described the night.\n\n“[QUOTE We heard the water first.\n\n“Then the lights went out,=Ana Lobo|named|-|false]” she said."),
    ("mark140", "\"[QUOTE One paragraph.\n\"Two paragraphs,=Ana Lobo|named|-|false]\" said [PER Ana Lobo]."),
    ("mark150", "“We waited.\n\nThe river rose.\n\n“[QUOTE It came fast,=Ana Lobo|named|-|false]” [PER Ana Lobo] said."),
    ("mark160", "He said \"\" and \"...\" twice. “[QUOTE Stay,=Ana Lobo|named|-|false]” said [PER Ana Lobo]."),
    ("mark170", "‘[QUOTE The workers' pay is late,=Ana Lobo|named|-|false]' said [PER Ana Lobo]."),
    ("mark180", "Music from the '90s played. '[QUOTE Turn it up,=Ana Lobo|named|-|false]' said [PER Ana Lobo]."),
    ("mark190", "\"[QUOTE We are\nready,=Ana Lobo|named|-|false]\" said [PER Ana Lobo]."),
    ("mark200", "“[QUOTE Nous partons,=Zoë Kovács-Łukasz|named|-|false]” said [PER Zoë Kovács-Łukasz], 61."),
    ("mark210", "\"[QUOTE I'm not leaving,=Ana Lobo|named|-|false]\" said [PER Ana Lobo], whose \"[QUOTE home=Ana Lobo|named|-|true]\" is gone."),
    ("mark220", "No quotes here, only [PER Ana Lobo]'s boat."),
];

#[test]
fn table() {
    run(CASES);
}
