//! Conventions checked by a test, so they hold without anyone remembering them:
//! every Rust file opens with a `//!` doc line; no test is hidden behind an ignore or
//! should-panic attribute; no source file grows past 600 lines; every `www/` module opens by
//! saying what it does; no page code sets `innerHTML` (user text goes in as text); and the
//! page's analyser sorts with its one sort (`src/sorting.rs`), not the standard library's.

use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap_or_else(|e| panic!("read {}: {e}", d.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                // Built output, not source.
                if !path.ends_with("pkg") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }
    assert!(!out.is_empty(), "no .{ext} files under {dir}");
    out
}

#[test]
fn rust_files_open_with_a_module_doc_and_stay_small() {
    for dir in ["src", "tests"] {
        for path in files(dir, "rs") {
            let text = fs::read_to_string(&path).unwrap();
            assert!(
                text.starts_with("//!"),
                "{} must open with a //! line saying what it is",
                path.display()
            );
            let lines = text.lines().count();
            assert!(
                lines <= 600,
                "{} has {lines} lines; split it (limit 600)",
                path.display()
            );
            let ignore = ["#[", "ignore]"].concat();
            let should_panic = ["#[", "should_panic"].concat();
            assert!(
                !text.contains(&ignore),
                "{} hides a test with ignore",
                path.display()
            );
            assert!(
                !text.contains(&should_panic),
                "{} uses should_panic; assert on the error instead",
                path.display()
            );
        }
    }
}

#[test]
fn page_modules_say_what_they_do_and_never_set_inner_html() {
    for path in files("www", "js") {
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            text.trim_start().starts_with("// This file"),
            "{} must open with a comment starting \"// This file\"",
            path.display()
        );
        for sink in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
        ] {
            assert!(
                !text.contains(sink),
                "{} uses {sink}; insert user text with textContent",
                path.display()
            );
        }
    }
}

/// Whether `path` lies under `dir` (relative to the crate root).
fn under(path: &Path, dir: &str) -> bool {
    path.starts_with(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
}

#[test]
fn no_value_is_read_back_from_a_string_after_extraction() {
    // Extraction hands on typed values; the stages after it compare those, and only the
    // Report turns them into strings. Reading a number or a date back out of a string
    // there would mean a value travelled as text.
    for path in files("src", "rs").into_iter().filter(|p| {
        ["src/link", "src/compare", "src/report"]
            .iter()
            .any(|d| under(p, d))
            || p.ends_with("src/document.rs")
    }) {
        let text = fs::read_to_string(&path).unwrap();
        for reader in [".parse(", ".parse::<", "parse_iso", "from_str("] {
            assert!(
                !text.contains(reader),
                "{} reads a value back from a string ({reader}); pass the typed value on instead",
                path.display()
            );
        }
    }
}

#[test]
fn utf16_offsets_are_computed_in_one_place() {
    // The Report's builder maps every article once; `names` serves the recogniser alone,
    // outside the pipeline; `offsets` tests the map itself.
    let allowed = [
        "src/report/build.rs",
        "src/names.rs",
        "src/report/offsets.rs",
    ];
    for path in files("src", "rs") {
        let text = fs::read_to_string(&path).unwrap();
        if text.contains(&["Utf16Map", "::new("].concat()) {
            assert!(
                allowed.iter().any(|a| path.ends_with(a)),
                "{} builds a UTF-16 map; spans are converted once, in src/report/build.rs",
                path.display()
            );
        }
    }
}

#[test]
fn an_article_is_read_into_atoms_once() {
    // The text stage reads each article into atoms once, in `document::read`; the
    // grammars, the recogniser, linking and comparison take their words from those atoms
    // (`Document::tokens`). Reading the text again elsewhere would split it a second way.
    let readers = [
        "Atoms::read(",
        "Tokens::new(",
        "text::words(",
        "words(doc.text()",
    ];
    for path in files("src", "rs").into_iter().filter(|p| {
        ["src/link", "src/compare", "src/report", "src/extract"]
            .iter()
            .any(|d| under(p, d))
            || p.ends_with("src/document.rs")
    }) {
        // Tests build small texts of their own.
        let test_file = path.components().any(|c| c.as_os_str() == "tests")
            || ["tests.rs", "props.rs", "properties.rs", "dates/forms.rs"]
                .iter()
                .any(|f| path.ends_with(f));
        if test_file {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        // `document::read` reads the atoms; the recogniser's tokens read a range that cuts
        // an atom afresh, as the word view does.
        let allowed = [("src/document.rs", 1), ("src/extract/ner/tokens.rs", 1)]
            .iter()
            .find(|(f, _)| path.ends_with(f))
            .map_or(0, |(_, n)| *n);
        let reads: usize = readers.iter().map(|r| code.matches(r).count()).sum();
        // `extract::quotes` has a token type of its own, also built with `Tokens::new`.
        let own = code.matches("Tokens::new(self.atoms").count()
            + code.matches("Tokens::new(atoms").count();
        assert_eq!(
            reads - own,
            allowed,
            "{} reads the text into words again ({readers:?}); take them from the document's atoms",
            path.display()
        );
    }
}

#[test]
fn the_analyser_sorts_with_its_one_sort() {
    // Each use of the standard library's sorts compiles a copy of the sorting code into the
    // wasm module (about 190 KB of code before `src/sorting.rs`). The page's analyser sorts
    // with `sorting::sort`, `sort_by` and `sort_by_key`. The trainer, the evaluators, the
    // binaries and the build script's list compiler (`list_filter.rs`) are not in the page.
    let std_sorts = [
        ".sort()",
        ".sort_by(",
        ".sort_by_key(",
        ".sort_unstable(",
        ".sort_unstable_by(",
        ".sort_unstable_by_key(",
        ".sort_by_cached_key(",
    ];
    for path in files("src", "rs") {
        let off_page = ["src/eval", "src/bin"].iter().any(|d| under(&path, d))
            || ["train.rs", "list_filter.rs", "tests.rs", "sorting.rs"]
                .iter()
                .any(|f| path.ends_with(f))
            || path.components().any(|c| c.as_os_str() == "tests");
        if off_page {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap_or("");
        for sort in std_sorts {
            assert!(
                !code.contains(sort),
                "{} calls the standard {sort}: use crate::sorting's sort, sort_by or sort_by_key",
                path.display()
            );
        }
    }
}
