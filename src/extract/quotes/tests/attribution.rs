//! Tables for speakers: reporting verbs on either side, colons and dashes, pronouns,
//! titles, unattributed quotes, kinds of source, outlets credited, partial quotes.

use super::run;

/// Where the speaker is written: verbs before and after, inverted, "according to",
/// "quoted ... as saying", colons and dashes.
const PATTERNS: &[(&str, &[&str])] = &[
    (
        "“The road is closed,” [Ana Lobo] said.",
        &["The road is closed,|Ana Lobo|named|-|full"],
    ),
    (
        "“The road is closed,” [Ana Lobo] says.",
        &["The road is closed,|Ana Lobo|named|-|full"],
    ),
    (
        "[Ana Lobo] told reporters: “The road is closed.”",
        &["The road is closed.|Ana Lobo|named|-|full"],
    ),
    (
        "“The road is closed,” [Ana Lobo] said in a statement.",
        &["The road is closed,|Ana Lobo|named|-|full"],
    ),
    (
        "“The road is closed,” according to a security source.",
        &["The road is closed,|security source|anon|-|full"],
    ),
    (
        "According to the ministry, “the road is closed.”",
        &["the road is closed.|ministry|inst|-|full"],
    ),
    (
        "State TV quoted [Ana Lobo] as saying: “The road is closed.”",
        &["The road is closed.|Ana Lobo|named|State TV|full"],
    ),
    (
        "{Reuters} quoted a police source as saying the road was “closed for good”.",
        &["closed for good|police source|anon|Reuters|partial"],
    ),
    (
        "[Ana Lobo] was quoted by the {Lindmark Times} as saying: “We are ready.”",
        &["We are ready.|Ana Lobo|named|Lindmark Times|full"],
    ),
    (
        "“We are ready,” [Ana Lobo] told {Reuters}.",
        &["We are ready,|Ana Lobo|named|-|full"],
    ),
    (
        "From Chairwoman [Ana Lobo]:\n“We will rebuild the bridge.”",
        &["We will rebuild the bridge.|Ana Lobo|named|-|full"],
    ),
    (
        "[Ana Lobo] said in a statement:\n\n“We will rebuild the bridge.”",
        &["We will rebuild the bridge.|Ana Lobo|named|-|full"],
    ),
    (
        "“We will rebuild the bridge.” - Commissioner [Ines Varga]",
        &["We will rebuild the bridge.|Ines Varga|named|-|full"],
    ),
    (
        "“We will rebuild the bridge.”\n- Commissioner [Ines Varga]",
        &["We will rebuild the bridge.|Ines Varga|named|-|full"],
    ),
    (
        "[Ana Lobo]: “We will rebuild”",
        &["We will rebuild|Ana Lobo|named|-|full"],
    ),
    (
        "The message was clear: “Leave now.”",
        &["Leave now.|-|-|-|full"],
    ),
    (
        "He called it “flawless” - and then left.",
        &["flawless|-|-|-|partial"],
    ),
    (
        "“Why now?” [Ana Lobo] asked.",
        &["Why now?|Ana Lobo|named|-|full"],
    ),
    (
        "“Where is the ferry?” asked [Ana Lobo].",
        &["Where is the ferry?|Ana Lobo|named|-|full"],
    ),
    (
        "“Get out!” [Tomas Berg] shouted.",
        &["Get out!|Tomas Berg|named|-|full"],
    ),
    (
        "“The plan,” [Ana Lobo] said, “is dead.”",
        &[
            "The plan,|Ana Lobo|named|-|full",
            "is dead.|Ana Lobo|named|-|full",
        ],
    ),
    (
        "“The road is closed,” said [Ana Lobo], the mayor of <Port Selwyn>.",
        &["The road is closed,|Ana Lobo|named|-|full"],
    ),
    (
        "[Ana Lobo], 54, said: “We stay.”",
        &["We stay.|Ana Lobo|named|-|full"],
    ),
    (
        "A woman, who asked not to be named, said: “We stay.”",
        &["We stay.|woman|anon|-|full"],
    ),
    (
        "“The plant is safe,” [Ana Lobo] of {Lindmark Power} said.",
        &["The plant is safe,|Ana Lobo|named|-|full"],
    ),
    (
        "“We went home,” [Ana Lobo] later said.",
        &["We went home,|Ana Lobo|named|-|full"],
    ),
];

/// Verbs other than "said", and several speakers in one paragraph.
const VERBS: &[(&str, &[&str])] = &[
    (
        "“We will appeal,” [Ana Lobo] vowed. “The ruling is fair,” countered [Tomas Berg].",
        &[
            "We will appeal,|Ana Lobo|named|-|full",
            "The ruling is fair,|Tomas Berg|named|-|full",
        ],
    ),
    (
        "“We left at dawn,” said [Ana Lobo]. Her neighbour, [Tomas Berg], disagreed: “We left at noon.”",
        &[
            "We left at dawn,|Ana Lobo|named|-|full",
            "We left at noon.|Tomas Berg|named|-|full",
        ],
    ),
    (
        "“Nobody listened,” [Ana Lobo] sighed. [Tomas Berg] insisted: “We warned them.” “Leave now,” [Oskar Lind] urged.",
        &[
            "Nobody listened,|Ana Lobo|named|-|full",
            "We warned them.|Tomas Berg|named|-|full",
            "Leave now,|Oskar Lind|named|-|full",
        ],
    ),
    (
        "[Ana Lobo] wrote on her blog: “The dam will hold.” [Tomas Berg] warned that it “will not last the winter”.",
        &[
            "The dam will hold.|Ana Lobo|named|-|full",
            "will not last the winter|Tomas Berg|named|-|partial",
        ],
    ),
    (
        "“It was 1998,” [Ana Lobo] recalled. “The water stood this high,” she explained.",
        &[
            "It was 1998,|Ana Lobo|named|-|full",
            "The water stood this high,|Ana Lobo|named|-|full",
        ],
    ),
    (
        "{Lindmark Power} announced: “The plant will close.” “No jobs will go,” the company stated.",
        &[
            "The plant will close.|Lindmark Power|inst|-|full",
            "No jobs will go,|company|inst|-|full",
        ],
    ),
    (
        "“The vote was fair,” [Ana Lobo] declared. “It was not,” [Tomas Berg] argued.",
        &[
            "The vote was fair,|Ana Lobo|named|-|full",
            "It was not,|Tomas Berg|named|-|full",
        ],
    ),
    (
        "“Two boats sank,” police confirmed. “The crews are safe,” the coastguard noted.",
        &[
            "Two boats sank,|police|inst|-|full",
            "The crews are safe,|coastguard|inst|-|full",
        ],
    ),
];

/// Pronouns, titles, and quotes with no verb beside them.
const REFERENCE: &[(&str, &[&str])] = &[
    (
        "[Tomas Berg] walked to the dock. “The boats are gone,” he said.",
        &["The boats are gone,|Tomas Berg|named|-|full"],
    ),
    (
        "[Ana Lobo] arrived late. “I met [Tomas Berg] at the dock,” she said.",
        &["I met Tomas Berg at the dock,|Ana Lobo|named|-|full"],
    ),
    (
        "[Kestow] chair [Judith Ormerod] backed the bid. “The offer is fair,” she said.",
        &["The offer is fair,|Judith Ormerod|named|-|full"],
    ),
    (
        "“Roads are closed,” the ministry said. Later they said: “Roads are open.”",
        &[
            "Roads are closed,|ministry|inst|-|full",
            "Roads are open.|ministry|inst|-|full",
        ],
    ),
    (
        "{Lindmark Airlines} cancelled all flights. “Safety comes first,” it said.",
        &["Safety comes first,|Lindmark Airlines|inst|-|full"],
    ),
    (
        "“We are checking,” the spokesman said.",
        &["We are checking,|spokesman|anon|-|full"],
    ),
    (
        "Governor [Ana Lobo] toured the port. Later, “We will rebuild,” the governor said.",
        &["We will rebuild,|Ana Lobo|named|-|full"],
    ),
    (
        "[Ana Lobo], the regional governor, toured the port.\n“We will rebuild,” the governor said.",
        &["We will rebuild,|Ana Lobo|named|-|full"],
    ),
    (
        "“We will rebuild,” the Governor said.",
        &["We will rebuild,|Governor|anon|-|full"],
    ),
    (
        "{Lindmark Power} spokesman [Tomas Berg] gave no figures. “The plant is safe,” the spokesman said.",
        &["The plant is safe,|Tomas Berg|named|-|full"],
    ),
    (
        "[Ana Lobo] toured the flooded port on Monday.\n“It is worse than we feared.”",
        &["It is worse than we feared.|Ana Lobo|named|-|full"],
    ),
    (
        "“We left at dawn,” said [Ana Lobo]. “The water came at noon.”",
        &[
            "We left at dawn,|Ana Lobo|named|-|full",
            "The water came at noon.|Ana Lobo|named|-|full",
        ],
    ),
    (
        "“We left at dawn,” said [Ana Lobo].\n\n“The water came at noon.”",
        &[
            "We left at dawn,|Ana Lobo|named|-|full",
            "The water came at noon.|Ana Lobo|named|-|full",
        ],
    ),
    (
        "“We left at dawn,” said [Ana Lobo].\n\nThe river rose.\n\nBoats sank.\n\n“Nobody came.”",
        &[
            "We left at dawn,|Ana Lobo|named|-|full",
            "Nobody came.|-|-|-|full",
        ],
    ),
    (
        "“We left at dawn,” said [Ana Lobo].\n[Tomas Berg] stayed behind.\n“I had no boat.”",
        &[
            "We left at dawn,|Ana Lobo|named|-|full",
            "I had no boat.|Tomas Berg|named|-|full",
        ],
    ),
    (
        "“Nobody warned us.”",
        &["Nobody warned us.|-|-|-|full"],
    ),
];

/// Kinds of source: anonymous, institutional, outlet.
const KINDS: &[(&str, &[&str])] = &[
    (
        "“Shots were fired,” a security source said.",
        &["Shots were fired,|security source|anon|-|full"],
    ),
    (
        "“Shots were fired,” an official said.",
        &["Shots were fired,|official|anon|-|full"],
    ),
    (
        "“Shots were fired,” witnesses said.",
        &["Shots were fired,|witnesses|anon|-|full"],
    ),
    (
        "“Shots were fired,” a resident told {Reuters}.",
        &["Shots were fired,|resident|anon|-|full"],
    ),
    (
        "“Shots were fired,” a military spokesman said.",
        &["Shots were fired,|military spokesman|anon|-|full"],
    ),
    (
        "“Shots were fired,” said a source who handles security for aid groups.",
        &["Shots were fired,|source|anon|-|full"],
    ),
    (
        "“Shots were fired,” a source who handles security for aid groups said.",
        &["Shots were fired,|source|anon|-|full"],
    ),
    (
        "“The plant is safe,” a spokesman for {Lindmark Power} said.",
        &["The plant is safe,|spokesman|anon|-|full"],
    ),
    (
        "“The shelling stopped at dawn,” two residents told reporters.",
        &["The shelling stopped at dawn,|two residents|anon|-|full"],
    ),
    (
        "“Citizens should leave,” the {Norwegian Embassy} said.",
        &["Citizens should leave,|Norwegian Embassy|inst|-|full"],
    ),
    (
        "“Citizens should leave,” the embassy said.",
        &["Citizens should leave,|embassy|inst|-|full"],
    ),
    (
        "“The border is open,” the government said. “It is not,” the army said.",
        &[
            "The border is open,|government|inst|-|full",
            "It is not,|army|inst|-|full",
        ],
    ),
    (
        "Police in <Port Selwyn> said: “Stay away from the river.”",
        &["Stay away from the river.|Police|inst|-|full"],
    ),
    (
        "<Lindmark> said: “The border stays open.”",
        &["The border stays open.|Lindmark|inst|-|full"],
    ),
    (
        "“Talks failed,” {Reuters} reported.",
        &["Talks failed,|Reuters|outlet|-|full"],
    ),
    (
        "Reuters reported: “Talks failed.”",
        &["Talks failed.|Reuters|outlet|-|full"],
    ),
    (
        "“Talks failed,” the newspaper said.",
        &["Talks failed,|newspaper|outlet|-|full"],
    ),
    (
        "“Talks failed,” state TV said.",
        &["Talks failed,|state TV|outlet|-|full"],
    ),
    (
        "“Talks failed,” the {Lindmark Times} reported.",
        &["Talks failed,|Lindmark Times|outlet|-|full"],
    ),
    (
        "“We want peace,” ~Norwegians~ in <Kati> said.",
        &["We want peace,|Norwegians|anon|-|full"],
    ),
];

/// Partial quotes and scare quotes.
const PARTIAL: &[(&str, &[&str])] = &[
    (
        "[Ana Lobo] praised the crews. She called the rescue “flawless” and left.",
        &["flawless|Ana Lobo|named|-|partial"],
    ),
    (
        "The so-called “peace plan” collapsed.",
        &["peace plan|-|-|-|partial"],
    ),
    (
        "[Ana Lobo] arrived. The so-called “peace plan” collapsed.",
        &["peace plan|-|-|-|partial"],
    ),
    (
        "[Ana Lobo] said the plan was “dead on arrival”.",
        &["dead on arrival|Ana Lobo|named|-|partial"],
    ),
    (
        "[Ana Lobo] called it “flawless” and “long overdue”.",
        &[
            "flawless|Ana Lobo|named|-|partial",
            "long overdue|Ana Lobo|named|-|partial",
        ],
    ),
    (
        "[Ana Lobo] said on Monday that the repairs, which began in June, were “nearly done”.",
        &["nearly done|Ana Lobo|named|-|partial"],
    ),
    (
        "“We are ready,” [Ana Lobo] said, adding that the crews were “exhausted”.",
        &[
            "We are ready,|Ana Lobo|named|-|full",
            "exhausted|Ana Lobo|named|-|partial",
        ],
    ),
    (
        "[Ana Lobo] said, “We are ready.”",
        &["We are ready.|Ana Lobo|named|-|full"],
    ),
    (
        "[Ana Lobo] said “We are ready” on Monday.",
        &["We are ready|Ana Lobo|named|-|partial"],
    ),
    (
        "The rescue was “flawless,” [Ana Lobo] said.",
        &["flawless,|Ana Lobo|named|-|partial"],
    ),
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
