//! Compiles the recogniser's word list, `data/lexicon/words.txt`, and place list,
//! `data/gazetteer/places.txt`, into binary fuse filters in OUT_DIR, and its word
//! clusters, `data/ner/clusters.tsv`, into a retrieval table (`class_table.rs`), which
//! `src/extract/ner/mod.rs` embeds: the text files stay the source, and the build carries
//! a form that is queried where it lies, with nothing to parse when the page starts. The
//! compiling itself is `src/extract/ner/list_filter.rs`, which the library shares for
//! lists given at run time.

use std::path::{Path, PathBuf};

#[path = "src/extract/ner/class_table.rs"]
#[allow(dead_code)] // the build writes tables; the library reads them
mod class_table;
#[path = "src/extract/ner/hash.rs"]
#[allow(dead_code)] // the build uses its hash functions only
mod hash;
#[path = "src/extract/ner/list_filter.rs"]
mod list_filter;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo::rerun-if-changed=src/extract/ner/list_filter.rs");
    println!("cargo::rerun-if-changed=src/extract/ner/hash.rs");
    println!("cargo::rerun-if-changed=src/extract/ner/class_table.rs");
    let words = list_filter::word_keys(&read("data/lexicon/words.txt"));
    let filter8 = |keys: &[u64]| list_filter::to_bytes(&list_filter::filter8(keys));
    write(&out.join("words-ordinary.bin"), &filter8(&words.ordinary));
    write(&out.join("words-proper.bin"), &filter8(&words.proper));
    write(&out.join("words-short.txt"), words.short.as_bytes());
    let places = list_filter::place_keys(&read("data/gazetteer/places.txt"));
    let names = list_filter::to_bytes(&list_filter::filter16(&places.names));
    write(&out.join("places-names.bin"), &names);
    let le = |keys: &[u64]| {
        keys.iter()
            .flat_map(|k| k.to_le_bytes())
            .collect::<Vec<u8>>()
    };
    write(&out.join("places-openers.bin"), &le(&places.openers));
    write(&out.join("places-closers.bin"), &le(&places.closers));
    let clusters = class_table::read_clusters(&read("data/ner/clusters.tsv"))
        .unwrap_or_else(|e| panic!("data/ner/clusters.tsv: {e}"));
    write(
        &out.join("clusters.bin"),
        &class_table::build(&clusters.entries),
    );
    write(&out.join("clusters-coarse.bin"), &clusters.coarse);
}

/// Reads a list and tells cargo to run this again when it changes.
fn read(path: &str) -> String {
    println!("cargo::rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
