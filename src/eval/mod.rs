//! Evaluation on the annotated sets (feature `eval`): reading them and scoring the
//! pipeline against them. Not part of the runtime library or the page; it serves the
//! `parallax-eval` runner, which prints the tables of BENCHMARKS.md, the `parallax-bench`
//! timings, and the integration tests that hold the scores to their guards, so the three
//! share one reading of the sets and one way of scoring.
//!
//! - [`rules`]: the extractors on `tests/eval/` (dates, quantities, quotes): precision,
//!   recall and F1 per set.
//! - [`compare`]: the comparison on the fixture sets of `tests/compare/`: recall of the
//!   expected findings and false alarms.
//! - [`speech`]: reported speech on `tests/speech/`: cue, source and content spans, kind
//!   of source and form.

pub mod compare;
pub mod rules;
pub mod speech;

use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// The `.toml` files directly in `dir`, sorted by name. Fails when `dir` cannot be read.
pub fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    Ok(paths)
}

/// Reads and parses one TOML file, naming the file in errors.
fn read_toml<T: DeserializeOwned>(path: &Path) -> Result<T, String> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    toml::from_str(&source).map_err(|e| format!("{}: {e}", path.display()))
}
