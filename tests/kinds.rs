//! The page's kind tables (`www/kinds.js`) against the core's vocabularies: every code a
//! Report can carry has words on the page, and the page knows no code the core cannot
//! send. Each table is `export const NAME = {` on one line, one entry a line whose first
//! double-quoted string is the code, and `};` on a line of its own.

use parallax::report::{
    AlignmentClass, AnchorSource, BlockKind, BylineRole, Family, FindingKind, Form, Kind,
    SourceKind, SpeakerKind, SCHEMA_VERSION,
};
use std::collections::BTreeSet;

/// The codes of table `name` in `kinds.js`, in order.
fn table(source: &str, name: &str) -> Vec<String> {
    let open = format!("export const {name} = {{");
    let mut lines = source.lines().skip_while(|l| l.trim() != open).skip(1);
    let mut codes = Vec::new();
    for line in lines.by_ref() {
        if line.trim() == "};" {
            return codes;
        }
        let code = line
            .split('"')
            .nth(1)
            .unwrap_or_else(|| panic!("{name}: no quoted code in {line:?}"));
        codes.push(code.to_string());
    }
    panic!("www/kinds.js has no table {name} closed by `}};`");
}

fn codes(all: impl IntoIterator<Item = &'static str>) -> BTreeSet<String> {
    all.into_iter().map(str::to_string).collect()
}

#[test]
fn the_pages_tables_name_every_code_and_no_other() {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/kinds.js"))
        .expect("www/kinds.js is readable");
    let tables: [(&str, BTreeSet<String>); 11] = [
        ("MENTION_KINDS", codes(Kind::ALL.iter().map(|k| k.as_str()))),
        (
            "FINDING_KINDS",
            codes(FindingKind::ALL.iter().map(|k| k.as_str())),
        ),
        (
            "FINDING_GROUPS",
            codes(FindingKind::ALL.iter().map(|k| k.as_str())),
        ),
        ("FAMILIES", codes(Family::ALL.iter().map(|k| k.as_str()))),
        (
            "SPEAKER_KINDS",
            codes(SpeakerKind::ALL.iter().map(|k| k.as_str())),
        ),
        (
            "SOURCE_KINDS",
            codes(SourceKind::ALL.iter().map(|k| k.as_str())),
        ),
        ("SPEECH_FORMS", codes(Form::ALL.iter().map(|k| k.as_str()))),
        (
            "ALIGNMENT_CLASSES",
            codes(AlignmentClass::ALL.iter().map(|k| k.as_str())),
        ),
        (
            "BOILERPLATE_KINDS",
            codes(BlockKind::ALL.iter().map(|k| k.as_str())),
        ),
        (
            "BYLINE_ROLES",
            codes(BylineRole::ALL.iter().map(|k| k.as_str())),
        ),
        (
            "ANCHOR_SOURCES",
            codes(AnchorSource::ALL.iter().map(|k| k.as_str())),
        ),
    ];
    for (name, core) in tables {
        let page = table(&source, name);
        let listed: BTreeSet<String> = page.iter().cloned().collect();
        assert_eq!(listed.len(), page.len(), "{name} lists a code twice");
        let missing: Vec<&String> = core.difference(&listed).collect();
        let unknown: Vec<&String> = listed.difference(&core).collect();
        assert!(
            missing.is_empty() && unknown.is_empty(),
            "www/kinds.js {name}: the page lacks {missing:?} and knows {unknown:?}, which the core never sends"
        );
    }
    assert!(
        source.contains(&format!(
            "export const SCHEMA_VERSION = \"{SCHEMA_VERSION}\";"
        )),
        "www/kinds.js must read schema version {SCHEMA_VERSION}"
    );
}

#[test]
fn serialised_codes_are_the_vocabularies_names() {
    // The names the tables are checked against are the ones serde writes.
    for k in FindingKind::ALL {
        assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
    }
    for k in Kind::ALL {
        assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
    }
}
