//! Reported speech as data: each case a text and the events it holds, one a line as
//! `cue | source | kind | content | form` (an empty source where the text gives none).

use super::{find, Reporting};
use crate::extract::{self, quotes};
use crate::text::{self, Normalized, Tokens};

/// `(text, events)`: the events in the order of their cues.
const CASES: &[(&str, &[&str])] = &[
    (
        "Tomas Veyl, 58, denies all charges.",
        &["denies | Tomas Veyl | named | all charges | indirect"],
    ),
    (
        "The ministry said 14 people had died and added that talks would resume.",
        &[
            "said | The ministry | institutional | 14 people had died | indirect",
            "added | The ministry | institutional | talks would resume | indirect",
        ],
    ),
    (
        "The fire was accidental, investigators said.",
        &["said | investigators | anonymous | The fire was accidental | indirect"],
    ),
    (
        "According to court filings, the firm owed $4 million.",
        &["According to | court filings | documents | the firm owed $4 million | indirect"],
    ),
    (
        "The firm owed $4 million, according to court filings.",
        &["according to | court filings | documents | The firm owed $4 million | indirect"],
    ),
    (
        "According to logs filed with regulators, pressure fell for two hours.",
        &["According to | logs filed with regulators | documents | pressure fell for two hours | indirect"],
    ),
    (
        "According to its published guidance, pilots must land at once.",
        &["According to | its published guidance | documents | pilots must land at once | indirect"],
    ),
    (
        "Pressure fell for two hours, the utility said.",
        &["said | the utility | institutional | Pressure fell for two hours | indirect"],
    ),
    (
        "\"It is over,\" said Lena Ostrova.",
        &["said | Lena Ostrova | named | It is over, | direct"],
    ),
    (
        "The suspect is believed to have fled abroad.",
        &["believed |  | unspecified | have fled abroad | indirect"],
    ),
    (
        "The plant reportedly shut on Monday.",
        &["reportedly |  | unspecified | shut on Monday | indirect"],
    ),
    (
        "Police told reporters that the driver had fled.",
        &["told | Police | institutional | the driver had fled | indirect"],
    ),
    (
        "Local residents and security sources on Tuesday said soldiers fired into the air.",
        &["said | Local residents and security sources | anonymous | soldiers fired into the air | indirect"],
    ),
    (
        "Villager Mirko Tell, 47, said he had heard a noise.",
        &["said | Villager Mirko Tell | named | he had heard a noise | indirect"],
    ),
    (
        "A source who handles security for aid groups said gunfire had been heard.",
        &["said | A source | anonymous | gunfire had been heard | indirect"],
    ),
    (
        "Shots rang out as the Norwegian Embassy and a security source said a mutiny was under way.",
        &["said | the Norwegian Embassy and a security source | institutional | a mutiny was under way | indirect"],
    ),
    (
        "At least 14 people have died, according to the United Nations and rights activists.",
        &["according to | the United Nations and rights activists | institutional | At least 14 people have died | indirect"],
    ),
    (
        "The International Health Agency (IHA) said it had sent a team.",
        &["said | The International Health Agency | institutional | it had sent a team | indirect"],
    ),
    (
        "The port authority, which is owned by the city, said in a statement it was cooperating.",
        &["said | The port authority | institutional | in a statement it was cooperating | indirect"],
    ),
    (
        "\"It has been here for years,\" curator Ada Lind told reporters outside the hall.",
        &["told | curator Ada Lind | named | It has been here for years, | direct"],
    ),
    (
        "She said the plan was \"dead on arrival\" and added that she would appeal.",
        &[
            "said | She | anonymous | the plan was \"dead on arrival | mixed",
            "added | She | anonymous | she would appeal | indirect",
        ],
    ),
    (
        "The chef was \"the victim here\", a jury was told.",
        &["told |  | unspecified | The chef was \"the victim here | mixed"],
    ),
    (
        "Tarsk Mining rejected the bid, saying the offer was too low.",
        &["saying | Tarsk Mining | institutional | the offer was too low | indirect"],
    ),
    (
        "TOLVAEN (Upland Wire) - Five miners were killed, the operator Bedrock Minerals said.",
        &["said | the operator Bedrock Minerals | institutional | Five miners were killed | indirect"],
    ),
    (
        "Opponents want him gone over what they say are his failures.",
        &["say | they | anonymous | are his failures | indirect"],
    ),
    (
        "In a statement, the union called the decision \"a betrayal of families\".",
        &["statement | the union | institutional | the decision \"a betrayal of families | mixed"],
    ),
    (
        "In a post on Fenwire, Anna Hale wrote that the vote was rigged.",
        &["wrote | Anna Hale | named | the vote was rigged | indirect"],
    ),
    // Not reports: nouns, adjectives and idioms that look like cues.
    ("Insurance claims rose by a third. All told, the said property sold.", &[]),
    ("The work went according to plan.", &[]),
    ("A separate report on traffic noise has yet to be published.", &[]),
];

/// Reads `text` as the pipeline does and returns its events.
fn events(text: &str) -> (String, Vec<Reporting>) {
    let normal = Normalized::new(text);
    let t = normal.as_str().to_owned();
    let tokens = Tokens::new(&t);
    let sentences = text::sentences(&t);
    let found = extract::extract(&tokens, &sentences, None, None);
    let names: Vec<_> = found.into_iter().filter(|f| f.kind.is_name()).collect();
    let quotes = quotes::find(&tokens, &sentences, &names);
    let out = find(&tokens, &sentences, &quotes, &names, |_| false);
    (t, out)
}

#[test]
fn events_as_data() {
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let (t, found) = events(text);
        let got: Vec<String> = found
            .iter()
            .map(|r| {
                format!(
                    "{} | {} | {} | {} | {}",
                    &t[r.cue.clone()],
                    r.source.clone().map_or("", |s| &t[s]),
                    r.kind.as_str(),
                    &t[r.content.clone()],
                    r.form.as_str()
                )
            })
            .collect();
        if got != *expected {
            failures.push(format!("{text}\n  expected {expected:#?}\n  got {got:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
