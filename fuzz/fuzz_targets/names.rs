//! The recogniser and its refinements alone (names, groups, roles), and the dateline's
//! place and source: names in text order without overlaps, every range on boundaries with
//! UTF-16 offsets that agree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::extract::entities;
use parallax::text::{self, Tokens};
use parallax_fuzz::{
    check_in_order, first_article, warm_up_recogniser, within_time, Read, STAGE_PER_BYTE,
};

fuzz_target!(|data: &[u8]| {
    warm_up_recogniser();
    let article = first_article(data);
    within_time("names", data.len(), STAGE_PER_BYTE, || {
        let read = Read::new(article.text.clone());
        let text = read.text();
        let tokens = Tokens::over(text, &read.atoms);
        let sentences = text::sentences(text);
        let names = entities::find(&tokens, &sentences);
        check_in_order(&read, names.iter().map(|f| f.range.clone()), "name");
        if let Some(d) = text::boilerplate(text).dateline {
            for f in entities::dateline(text, &d) {
                read.check(&f.range, "dateline name");
            }
        }
    });
});
