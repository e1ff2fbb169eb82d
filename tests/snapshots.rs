//! Report snapshots: every comparison fixture set, every case of the extractor evaluation
//! sets and (when present) the seed pair must give the same Report, byte for byte, as the
//! committed snapshot in `tests/snapshots/`. A refactor that changes nothing a user sees
//! passes untouched; an intended change is reviewed as a diff of the snapshots.
//!
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` rewrites them. The seed articles are
//! third-party text, kept out of the repository: their Report is pinned by a digest only.

use parallax::{analyze, ArticleInput, Input};

mod common;
use serde::Deserialize;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn updating() -> bool {
    std::env::var_os("UPDATE_SNAPSHOTS").is_some()
}

/// Compares `got` with the snapshot at `path` (relative to `tests/snapshots`), or writes it
/// when updating. Returns a line describing a mismatch.
fn check(path: &Path, got: &str) -> Option<String> {
    let file = root().join("tests/snapshots").join(path);
    if updating() {
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(&file, got).unwrap();
        return None;
    }
    let want = fs::read_to_string(&file).unwrap_or_default();
    if want == got {
        return None;
    }
    let line = want
        .lines()
        .zip(got.lines())
        .position(|(w, g)| w != g)
        .unwrap_or(want.lines().count().min(got.lines().count()));
    Some(format!(
        "{}: differs from line {} (want {:?}, got {:?})",
        path.display(),
        line + 1,
        want.lines().nth(line).unwrap_or("<end>"),
        got.lines().nth(line).unwrap_or("<end>"),
    ))
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(path);
            }
        }
    }
    out.sort();
    assert!(!out.is_empty(), "no .toml files under {}", dir.display());
    out
}

#[derive(Deserialize)]
struct Fixture {
    article: Vec<FixtureArticle>,
}

#[derive(Deserialize)]
struct FixtureArticle {
    label: String,
    #[serde(default)]
    published: String,
    text: String,
}

fn report_json(articles: Vec<ArticleInput>) -> String {
    let report = analyze(&Input { articles }).expect("the articles analyse");
    let mut out = String::new();
    layout(&serde_json::to_value(&report).unwrap(), 0, &mut out);
    out + "\n"
}

/// Widest value kept on one line: spans, sides and short lists stay whole, so a change
/// shows as the few lines it touches and the files stay small.
const LINE: usize = 200;

/// JSON laid out for review: a value whose compact form fits in [`LINE`] characters on one
/// line, else one member per line, indented by two spaces a level.
fn layout(value: &serde_json::Value, depth: usize, out: &mut String) {
    use serde_json::Value;
    let compact = value.to_string();
    let pad = |d: usize| "  ".repeat(d);
    match value {
        Value::Array(items) if compact.len() > LINE => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                layout(item, depth + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push(']');
        }
        Value::Object(fields) if compact.len() > LINE => {
            out.push_str("{\n");
            for (i, (key, item)) in fields.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                out.push_str(&Value::String(key.clone()).to_string());
                out.push_str(": ");
                layout(item, depth + 1, out);
                out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push('}');
        }
        _ => out.push_str(&compact),
    }
}

#[test]
fn comparison_fixtures_give_their_snapshot_reports() {
    let dir = root().join("tests/compare");
    let mut failures = Vec::new();
    for path in toml_files(&dir) {
        let fixture: Fixture = toml::from_str(&fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let articles = fixture
            .article
            .into_iter()
            .map(|a| ArticleInput {
                label: a.label,
                text: a.text,
                published: a.published,
            })
            .collect();
        let name = Path::new("compare")
            .join(path.strip_prefix(&dir).unwrap())
            .with_extension("json");
        failures.extend(check(&name, &report_json(articles)));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn evaluation_cases_give_their_snapshot_reports() {
    let dir = root().join("tests/eval");
    let mut failures = Vec::new();
    // The kept-out sets stay unread: a snapshot's diff would show what Parallax makes of
    // their passages.
    let kept_out = dir.join("news-kept");
    for path in toml_files(&dir)
        .into_iter()
        .filter(|p| !p.starts_with(&kept_out))
    {
        // Read as the evaluation reads it, so a case in the notation gives its plain text.
        let set = parallax::eval::rules::read_set(&path).unwrap_or_else(|e| panic!("{e}"));
        // One compact Report per line, so a change shows as the lines of the cases it hits.
        let mut lines = String::new();
        for case in set.case {
            let report = analyze(&Input {
                articles: vec![ArticleInput {
                    label: String::new(),
                    text: case.text,
                    published: case.published,
                }],
            })
            .expect("the case analyses");
            lines += &serde_json::to_string(&report).unwrap();
            lines.push('\n');
        }
        let name = Path::new("eval")
            .join(path.strip_prefix(&dir).unwrap())
            .with_extension("jsonl");
        failures.extend(check(&name, &lines));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// FNV-1a, 64 bits: enough to notice any change in a Report, and no dependency.
fn digest(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x} {} bytes\n", text.len())
}

#[test]
fn the_seed_pair_gives_its_snapshot_report() {
    let Some((wire, outlet)) = common::seeds() else {
        eprintln!("the seed pair is not on this machine; its snapshot is not checked");
        return;
    };
    let article = |label: &str, text: String| ArticleInput {
        label: label.into(),
        text,
        published: "2020-08-18".into(),
    };
    let json = report_json(vec![article("Wire", wire), article("Outlet", outlet)]);
    let failure = check(Path::new("seeds.digest"), &digest(&json));
    assert!(failure.is_none(), "{}", failure.unwrap());
}
