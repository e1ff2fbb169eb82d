//! Compiles the recogniser's word list, `data/lexicon/words.txt`, into fst sets in OUT_DIR,
//! which `src/extract/ner/mod.rs` embeds: the text file stays the source, and the build
//! carries a form that is queried where it lies, with nothing to parse when the page
//! starts. The compiling itself is `src/extract/ner/list_fst.rs`, which the library shares
//! for lists given at run time.

use std::path::{Path, PathBuf};

#[path = "src/extract/ner/list_fst.rs"]
mod list_fst;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo::rerun-if-changed=src/extract/ner/list_fst.rs");
    let words = list_fst::word_sets(&read("data/lexicon/words.txt"));
    write(&out.join("words-ordinary.fst"), &words.ordinary);
    write(&out.join("words-proper.fst"), &words.proper);
}

/// Reads a list and tells cargo to run this again when it changes.
fn read(path: &str) -> String {
    println!("cargo::rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
