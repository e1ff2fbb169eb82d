//! Reported speech alone, given the recogniser's names and the direct quotes: every cue,
//! source, antecedent and content on boundaries with UTF-16 offsets that agree, cues in text
//! order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::extract::{entities, quotes, speech};
use parallax::text::{self, Tokens};
use parallax_fuzz::{first_article, warm_up_recogniser, within_time, Read, STAGE_PER_BYTE};

fuzz_target!(|data: &[u8]| {
    warm_up_recogniser();
    let article = first_article(data);
    within_time("speech", data.len(), STAGE_PER_BYTE, || {
        let read = Read::new(article.text.clone());
        let text = read.text();
        let tokens = Tokens::over(text, &read.atoms);
        let sentences = text::sentences(text);
        let names = entities::find(&tokens, &sentences);
        let found = quotes::find(&tokens, &sentences, &names);
        let events = speech::find(&tokens, &sentences, &found, &names, |_| false);
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
