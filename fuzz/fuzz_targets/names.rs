//! The recogniser and its refinements alone (names, groups, roles), and the dateline's
//! place and source: names in text order without overlaps, every range on boundaries with
//! UTF-16 offsets that agree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::extract::entities;
use parallax::text;
use parallax_fuzz::{after_names, check_in_order};

fuzz_target!(|data: &[u8]| {
    after_names("names", data, |read, _, _, names| {
        let text = read.text();
        check_in_order(read, names.iter().map(|f| f.range.clone()), "name");
        if let Some(d) = text::boilerplate(text).dateline {
            for f in entities::dateline(text, &d) {
                read.check(&f.range, "dateline name");
            }
        }
    });
});
