//! The quote finder alone, given the recogniser's names: quotes in text order without
//! overlaps, each with its content, speaker and crediting outlet on boundaries and UTF-16
//! offsets that agree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::extract::quotes;
use parallax_fuzz::{after_names, check_in_order};

fuzz_target!(|data: &[u8]| {
    after_names("quotes", data, |read, tokens, sentences, names| {
        let found = quotes::find(tokens, sentences, names);
        check_in_order(read, found.iter().map(|q| q.range.clone()), "quote");
        for q in &found {
            read.check(&q.content, "quote content");
            assert!(
                q.range.start <= q.content.start && q.content.end <= q.range.end,
                "a quote's content {:?} outside the quote {:?}",
                q.content,
                q.range
            );
            if let Some(s) = &q.speaker {
                read.check(&s.range, "speaker");
            }
            if let Some(v) = &q.via {
                read.check(v, "crediting outlet");
            }
        }
    });
});
