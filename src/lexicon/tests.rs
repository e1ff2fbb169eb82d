//! Checks of every embedded list, so that a bad line fails here and never reaches a user:
//! each line parses, nothing is listed twice, lower-case lists are lower case, every file
//! has its line in `DATA.md`, and every file under `data/` is registered or documented.

use super::*;
use std::collections::HashSet;
use std::path::Path;

/// Every registered list's spec.
fn specs() -> Vec<Spec> {
    let mut all: Vec<Spec> = WordList::ALL.iter().map(|l| l.spec()).collect();
    all.extend(TableList::ALL.iter().map(|l| l.spec()));
    all.extend(PhraseList::ALL.iter().map(|l| l.spec()));
    all
}

/// What is wrong with one list, one line per problem.
fn problems(spec: &Spec) -> Vec<String> {
    let mut out = Vec::new();
    let table = spec.path.ends_with(".tsv");
    if table == spec.fields.is_empty() {
        out.push("a .tsv has fields after its key, a .txt has none".to_string());
    }
    let mut keys = HashSet::new();
    for line in entries(spec.text) {
        let row: Vec<&str> = line.split('\t').collect();
        if row.len() != spec.fields.len() + 1 {
            out.push(format!(
                "{line:?}: {} fields, expected {}",
                row.len(),
                spec.fields.len() + 1
            ));
            continue;
        }
        for (field, kind) in row[1..].iter().zip(spec.fields) {
            if *kind == Field::Number && !is_number(field) {
                out.push(format!("{line:?}: {field:?} is not a number"));
            }
        }
        let key = row[0];
        if key != key.trim() || key.contains("  ") || row.iter().any(|f| f.is_empty()) {
            out.push(format!("{line:?}: stray white space or an empty field"));
        }
        if spec.case == Case::Lower && key != key.to_lowercase() {
            out.push(format!("{key:?} is not lower case"));
        }
        if !keys.insert(key) {
            out.push(format!("{key:?} is listed twice"));
        }
    }
    if keys.is_empty() {
        out.push("no entries".to_string());
    }
    out
}

/// "12", "-1", "0.45359237".
fn is_number(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (whole, part) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !part.is_empty()
        && whole
            .bytes()
            .chain(part.bytes())
            .all(|b| b.is_ascii_digit())
}

#[test]
fn every_list_parses_without_duplicates_in_its_case() {
    let mut failures = Vec::new();
    for spec in specs() {
        for p in problems(&spec) {
            failures.push(format!("data/{}: {p}", spec.path));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_list_has_its_own_file_and_a_line_in_data_md() {
    let data_md = include_str!("../../DATA.md");
    let mut paths = HashSet::new();
    for spec in specs() {
        assert!(
            paths.insert(spec.path),
            "data/{} is registered twice",
            spec.path
        );
        assert!(
            data_md.contains(&format!("| `data/{}` |", spec.path)),
            "data/{} has no line in DATA.md",
            spec.path
        );
    }
    // And every file under data/ is documented (the gazetteer and word list are read by
    // the recogniser, not through this module).
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            assert!(
                data_md.contains(&format!("`data/{rel}`")),
                "data/{rel} is not in DATA.md"
            );
        }
    }
}

#[test]
fn lookups_find_what_the_files_list() {
    for list in WordList::ALL {
        let spec = list.spec();
        for e in entries(spec.text) {
            assert!(list.words().contains(e), "{list:?}: {e:?}");
            assert_eq!(list.words().get(e), Some(e));
            if spec.case == Case::Lower {
                assert!(
                    list.words().contains_folded(&e.to_ascii_uppercase()),
                    "{e:?}"
                );
            }
        }
    }
    for list in TableList::ALL {
        for e in entries(list.spec().text) {
            let key = e.split('\t').next().unwrap();
            assert_eq!(list.table().get(key).map(|row| row[0]), Some(key));
        }
    }
    for list in PhraseList::ALL {
        let spec = list.spec();
        for e in entries(spec.text) {
            let phrase = e.split('\t').next().unwrap();
            let value = e.split('\t').nth(1).unwrap_or(phrase);
            assert_eq!(list.phrases().value(phrase), Some(value), "{list:?}: {e:?}");
        }
    }
    assert!(!WordList::ALL[0].words().contains("no such word"));
    assert_eq!(TableList::ALL[0].table().get("no such key"), None);
}

#[test]
fn folded_lookups_ignore_ascii_case_only() {
    let w = Words {
        sorted: vec!["may", "sept"].into(),
    };
    assert!(w.contains_folded("MAY") && w.contains_folded("Sept") && w.contains_folded("may"));
    assert!(!w.contains_folded("ma") && !w.contains_folded("mayo"));
    assert!(!w.contains("May"));
}

#[test]
fn month_and_weekday_tables_read_the_calendar_names() {
    for (i, name) in crate::calendar::MONTH_NAMES.iter().enumerate() {
        let number = (i + 1).to_string();
        assert_eq!(TableList::Months.value_folded(name), Some(number.as_str()));
        assert_eq!(
            TableList::Months.value_folded(&name[..3]),
            Some(number.as_str())
        );
    }
    for (i, name) in crate::calendar::WEEKDAY_NAMES.iter().enumerate() {
        let number = i.to_string();
        assert_eq!(
            TableList::Weekdays.value_folded(name),
            Some(number.as_str())
        );
    }
}
