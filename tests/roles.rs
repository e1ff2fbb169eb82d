//! A different person or body named in the same role (`conflict/name`), through the public
//! `analyze` API on original sentences: found when each article names only its own and the
//! words around both say the same act; not for people each article mentions, nor for two
//! people who each speak.

mod common;

use common::{check_pair_cases, PairCase};

/// (what it checks, article A, article B, the conflict expected).
const CASES: &[PairCase] = &[
    (
        "verbs of one role, and the act told in an apposition",
        "Crews from three provinces are on the fire lines. The response is being led by Jorun Vasstad, the regional civil protection commander, who has asked for more aircraft.",
        "Petra Lindqvist, the district fire chief directing the emergency response, said 60 more firefighters had arrived overnight.",
        Some(("Jorun Vasstad", "Petra Lindqvist")),
    ),
    (
        "one word of the act in sentences an amount ties to one fact",
        "Soldiers from the Northern Engineer Brigade lifted about 40 people from rooftops and trees overnight.",
        "Officers of the Coastal Police Service rescued forty people from flooded homes overnight, working in darkness.",
        Some(("Northern Engineer Brigade", "Coastal Police Service")),
    ),
    (
        "a number's words tell how much, not what was done",
        "Northgate Terminals, which runs the docks under a concession from the state-owned Sarnholm Port Authority, has offered 7 percent.",
        "Bosses at Northgate Terminals are offering just 7 percent, and Interior Minister Radek Holm called the blockade a crime.",
        None,
    ),
    (
        "the words of another name tell who, not what was done",
        "The five were handed over to Abbot Ilarion Vesk of the Sordal Relief Mission at a roadside chapel.",
        "Dr Camila Reyes, medical coordinator of the Sordal Relief Mission, said their condition was stable.",
        None,
    ),
    (
        "two judges chairing one inquiry",
        "The inquiry will be chaired by retired judge Miriam Oduya, who must deliver her findings within twelve weeks.",
        "Former coroner Desmond Pryce will chair the inquiry and deliver his findings within 12 weeks.",
        Some(("Miriam Oduya", "Desmond Pryce")),
    ),
    (
        "a role verb after \"will\", in its base form",
        "The review of the collapse will be led by chief engineer Halvard Moen, the ministry said on Monday.",
        "Transport inspector Greta Solberg will head the review of the collapse, according to the ministry.",
        Some(("Halvard Moen", "Greta Solberg")),
    ),
    (
        "the agent of a role's verb who also speaks after it",
        "The clean-up is being led by the port's operations director, Henrik Falsen, who said the berths could reopen within a week.",
        "The port's harbour master, Ines Ravna, is overseeing the clean-up of the berths.",
        Some(("Henrik Falsen", "Ines Ravna")),
    ),
    (
        "a body that only reports an order fills no role by that",
        "The evacuation of the valley was ordered on Sunday, the Interior Ministry said in a statement.",
        "The Civil Defence Agency ordered the evacuation of the valley on Sunday.",
        None,
    ),
    (
        "both articles name both people",
        "The inquiry will be chaired by Miriam Oduya, with Desmond Pryce as her deputy.",
        "Desmond Pryce will chair the inquiry, with Miriam Oduya as his deputy.",
        None,
    ),
    (
        "two people who each speak",
        "Mayor Ana Ruiz said the flood response had been far too slow in the lower town.",
        "Councillor Tomas Hale said the flood response had been quick in the lower town.",
        None,
    ),
    (
        "words of one act: an investigation and a probe",
        "An investigation will be led by deputy auditor Sanna Kovi before the summer.",
        "Chief examiner Pavel Drozd will head the probe into the accounts.",
        Some(("Sanna Kovi", "Pavel Drozd")),
    ),
    (
        "a speaker whose clause gives the role, and reach past another name's words",
        "\"The water is still rising,\" said Marta Oyelaran, who is leading the rescue operation at the quarry.",
        "Colonel Bram Teller of the Northern Mine Rescue Brigade, who is directing the rescue operation, asked for pumps.",
        Some(("Marta Oyelaran", "Bram Teller")),
    ),
    (
        "an inquiry run by one person, led by another",
        "Provincial prosecutor Dana Kolar will lead an inquiry into the collapse of the footbridge.",
        "The investigation will be run by Judge Tomas Vel, the justice ministry said on Monday.",
        Some(("Dana Kolar", "Tomas Vel")),
    ),
    (
        "an inquiry entrusted to one person, led by another",
        "The minister named retired judge Olga Brenn to lead the investigation and will brief lawmakers on Thursday.",
        "The inquiry has been entrusted to Pavel Hurt, a former state auditor.",
        Some(("Olga Brenn", "Pavel Hurt")),
    ),
    (
        "two words of the story alone say nothing of a role",
        "Crews from the Velna Harbour Board laid booms as crude from the pipeline spread along the coast.",
        "The Marsh Wildlife Trust counted oiled birds where crude from the pipeline washed ashore.",
        None,
    ),
];

#[test]
fn a_different_name_in_the_same_role_conflicts() {
    check_pair_cases(CASES, "conflict/name", "2025-03-05");
}
