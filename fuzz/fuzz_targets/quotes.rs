//! The quote finder alone, given the recogniser's names: quotes in text order without
//! overlaps, each with its content, speaker and crediting outlet on boundaries and UTF-16
//! offsets that agree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::extract::{entities, quotes};
use parallax::text::{self, Tokens};
use parallax_fuzz::{
    check_in_order, first_article, warm_up_recogniser, within_time, Read, STAGE_PER_BYTE,
};

fuzz_target!(|data: &[u8]| {
    warm_up_recogniser();
    let article = first_article(data);
    within_time("quotes", data.len(), STAGE_PER_BYTE, || {
        let read = Read::new(article.text.clone());
        let text = read.text();
        let tokens = Tokens::over(text, &read.atoms);
        let sentences = text::sentences(text);
        let names = entities::find(&tokens, &sentences);
        let found = quotes::find(&tokens, &sentences, &names);
        check_in_order(&read, found.iter().map(|q| q.range.clone()), "quote");
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
