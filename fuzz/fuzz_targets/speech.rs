//! Reported speech alone, given the recogniser's names and the direct quotes: every cue,
//! source, antecedent and content on boundaries with UTF-16 offsets that agree, cues in text
//! order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::extract::{quotes, speech};
use parallax_fuzz::after_names;

fuzz_target!(|data: &[u8]| {
    after_names("speech", data, |read, tokens, sentences, names| {
        let found = quotes::find(tokens, sentences, names);
        let events = speech::find(tokens, sentences, &found, names, |_| false);
        let mut last = 0;
        for e in &events {
            read.check(&e.cue, "cue");
            assert!(e.cue.start >= last, "cues out of text order at {:?}", e.cue);
            last = e.cue.start;
            read.check(&e.content, "reported content");
            for r in e.source.iter().chain(&e.refers_to) {
                read.check(r, "source");
            }
        }
    });
});
