//! The shapes of input that once made the pipeline superlinear (issue 19), built from
//! invented text at any size, for `parallax-bench --shapes`: many sentences of distinct
//! names, many amounts with units, and many articles about one event. Every name, place
//! and sentence here is made up; nothing is taken from an article.

use parallax::{ArticleInput, Input};

/// A shape of input and the sizes it is measured at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Two articles about one event (they open alike) whose other sentences each name two
    /// people no other sentence names; the size is the number of those sentences in both.
    Names,
    /// Two articles about one event (they open alike) whose other sentences each carry an
    /// amount with a unit; the size is the number of those sentences (amounts) in both.
    Amounts,
    /// Articles of about 800 words about one invented event, each written a little
    /// differently; the size is the number of articles.
    Articles,
}

impl Shape {
    /// The shape a name on the command line means.
    pub fn parse(name: &str) -> Result<Shape, String> {
        match name {
            "names" => Ok(Shape::Names),
            "amounts" => Ok(Shape::Amounts),
            "articles" => Ok(Shape::Articles),
            other => Err(format!(
                "unknown shape {other:?}: the shapes are names, amounts and articles"
            )),
        }
    }

    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Names => "names",
            Shape::Amounts => "amounts",
            Shape::Articles => "articles",
        }
    }

    /// The smallest size measured and the largest by default (the sizes issue 19 names).
    pub fn sizes(self) -> (usize, usize) {
        match self {
            Shape::Names | Shape::Amounts => (1250, 20_000),
            Shape::Articles => (25, 200),
        }
    }

    /// What a size counts, for the table.
    pub fn unit(self) -> &'static str {
        match self {
            Shape::Names | Shape::Amounts => "sentences",
            Shape::Articles => "articles",
        }
    }

    /// The input of this shape at `size`.
    pub fn input(self, size: usize) -> Input {
        match self {
            Shape::Names => two_articles(size, name_sentence),
            Shape::Amounts => two_articles(size, amount_sentence),
            Shape::Articles => event_articles(size),
        }
    }
}

/// Syllables invented names are made of.
const ONSETS: [&str; 14] = [
    "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
];
/// Vowels between them.
const VOWELS: [&str; 6] = ["a", "e", "i", "o", "u", "au"];

/// A capitalised invented word of `syllables` syllables, one for each `i` (below
/// 84^syllables); `i` is scrambled first so that neighbouring numbers give unlike words.
fn invented(i: usize, syllables: u32, salt: usize) -> String {
    let space = 84usize.pow(syllables);
    // Multiplying by a number coprime to `space` permutes it.
    let mut n = (i.wrapping_mul(7919) + salt) % space;
    let mut out = String::new();
    for _ in 0..syllables {
        out.push_str(ONSETS[n % ONSETS.len()]);
        n /= ONSETS.len();
        out.push_str(VOWELS[n % VOWELS.len()]);
        n /= VOWELS.len();
    }
    let mut chars = out.chars();
    let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or('X');
    std::iter::once(first).chain(chars).collect()
}

/// Titles people are named with.
const TITLES: [&str; 6] = [
    "Director",
    "Minister",
    "Mayor",
    "Professor",
    "Senator",
    "Judge",
];

/// Sentence `i` of the names shape: two people met, both named nowhere else. Their names
/// are long enough (three and four syllables) that few are within a misspelling of another
/// at any size: the shape measures the cost of many names, not of many near names (which
/// are findings, as many as there are).
fn name_sentence(i: usize) -> String {
    let person = |k: usize| {
        format!(
            "{} {} {}",
            TITLES[k % TITLES.len()],
            invented(k, 3, 11),
            invented(k, 4, 5)
        )
    };
    let verbs = ["met", "called", "thanked", "wrote to"];
    format!(
        "{} {} {} on Tuesday.",
        person(2 * i),
        verbs[i % verbs.len()],
        person(2 * i + 1)
    )
}

/// Sentence `i` of the amounts shape: a thing measured in a unit.
fn amount_sentence(i: usize) -> String {
    let things = [
        ("The convoy travelled", "km"),
        ("The barge carried", "tonnes of grain"),
        ("The reservoir lost", "litres"),
        ("The storm flattened", "hectares"),
        ("The agency spent", "dollars"),
        ("The crews cleared", "miles of road"),
        ("The pumps moved", "cubic metres of water"),
        ("The clinic treated", "people"),
    ];
    let (what, unit) = things[i % things.len()];
    let amount = 3 + (i * 7919) % 9_973;
    format!("{what} {amount} {unit} on day {}.", 1 + i / things.len())
}

/// Sentences of the event both articles of a two-article shape open with, so that they
/// name the same people and places and are compared as reports of one event.
const SHARED_LEAD: usize = 4;

/// Two articles that share `size` sentences made by `sentence`, the first half in one, each
/// after the same lead about one event.
fn two_articles(size: usize, sentence: fn(usize) -> String) -> Input {
    let half = size / 2;
    let article = |range: std::ops::Range<usize>, label: &str| {
        let mut text = String::new();
        for lead in &EVENT[..SHARED_LEAD] {
            text.push_str(&lead.replace("{n}", "12"));
            text.push(' ');
        }
        text.push_str("\n\n");
        for i in range {
            text.push_str(&sentence(i));
            text.push_str(if i % 4 == 3 { "\n\n" } else { " " });
        }
        ArticleInput {
            label: label.into(),
            text,
            published: "2024-03-08".into(),
        }
    };
    Input {
        articles: vec![
            article(0..half, "Outlet A"),
            article(half..size, "Outlet B"),
        ],
    }
}

/// The story every article of the articles shape tells, sentence by sentence; `{n}` is a
/// number each outlet may report differently, `{who}` a source it may credit differently.
const EVENT: [&str; 24] = [
    "Floods swept through the river town of Varenholt on Tuesday, killing at least {n} people.",
    "Mayor Ilsabet Korvane said the water rose {n} metres in less than an hour.",
    "\"We have never seen the Dalmar rise so fast,\" Korvane told reporters at the town hall.",
    "Rescue crews from Trelby and Osmund pulled {n} residents from rooftops overnight.",
    "The regional weather office said {n} millimetres of rain fell in two days.",
    "According to {who}, the old embankment gave way near the grain market.",
    "Engineer Pavol Stirnak warned last year that the embankment needed repairs.",
    "\"The money was promised and never arrived,\" Stirnak said on Wednesday.",
    "The Red Lantern relief society opened shelters for {n} families in the school.",
    "Governor Teodor Maszkow declared a state of emergency across the Dalmar valley.",
    "Maszkow said the province would release {n} million crowns for rebuilding.",
    "Farmers along the valley reported losing {n} hectares of barley.",
    "The railway between Varenholt and Trelby was closed after a bridge collapsed.",
    "{who} said more rain was expected on Thursday and Friday.",
    "Residents described water reaching the second floor of houses near the square.",
    "The town's hospital moved {n} patients to a clinic in Osmund.",
    "Power was cut to about {n} homes as the substation flooded.",
    "Opposition leader Rasa Vennholm called for an inquiry into the embankment.",
    "\"Someone decided this town could wait,\" Vennholm said in a statement.",
    "The army sent {n} soldiers and six boats to help with evacuations.",
    "Insurers estimated the damage at {n} million crowns, {who} reported.",
    "Schools in the valley will stay closed until next Monday.",
    "Volunteers filled {n} sandbags along the lower streets by Wednesday evening.",
    "It was the worst flood in Varenholt since 1962, local historians said.",
];

/// Sources an outlet may credit a claim to.
const SOURCES: [&str; 4] = [
    "officials",
    "the fire service",
    "sources close to the mayor",
    "the Dalmar Courier",
];

/// What residents tell an outlet, one of these per sentence of its own.
const OWN: [&str; 4] = [
    "{who}, who lives near the market, said the water came without warning.",
    "{who} spent the night on a neighbour's roof with two children.",
    "\"Everything on the ground floor is gone,\" said {who}, a baker.",
    "{who} drove a tractor through the lower streets to carry people out.",
];

/// `n` articles of about 800 words about one event: each tells every sentence of the
/// story once, in its own order, with its own numbers now and then and its own sources,
/// and between them sentences of its own about invented residents, so every pair shares
/// much of its text and names.
fn event_articles(n: usize) -> Input {
    let articles = (0..n)
        .map(|a| {
            let mut text = String::new();
            let (mut told, mut k, mut words) = (0, 0usize, 0);
            while words < 800 {
                let sentence = if told < EVENT.len() && k % 3 != 2 {
                    let s = (a * 5 + told * 7) % EVENT.len();
                    told += 1;
                    let number = if (a + s) % 5 == 0 { 3 + a % 40 } else { 12 + s };
                    EVENT[s]
                        .replace("{n}", &number.to_string())
                        .replace("{who}", SOURCES[(a + s) % SOURCES.len()])
                } else {
                    let who = format!(
                        "{} {}",
                        invented(a * 131 + k, 2, 3),
                        invented(a * 131 + k, 3, 17)
                    );
                    OWN[(a + k) % OWN.len()].replace("{who}", &who)
                };
                words += sentence.split_whitespace().count();
                text.push_str(&sentence);
                text.push_str(if k % 3 == 2 { "\n\n" } else { " " });
                k += 1;
            }
            ArticleInput {
                label: format!("Outlet {}", a + 1),
                text,
                published: "2024-03-08".into(),
            }
        })
        .collect();
    Input { articles }
}
