//! Conventions checked by a test, so they hold without anyone remembering them:
//! every Rust file opens with a `//!` doc line; no test is hidden behind an ignore or
//! should-panic attribute; no source file grows past 600 lines; every `www/` module opens by
//! saying what it does; and no page code sets `innerHTML` (user text goes in as text).

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
