//! The date grammar alone, read against the article's publication date when it is one (any
//! string is tried): dates in text order without overlaps, weekday conflicts and the anchor
//! found in the text, every range on boundaries with UTF-16 offsets that agree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::extract::dates;
use parallax::text::{self, Tokens};
use parallax_fuzz::{check_in_order, first_article, within_time, Read, STAGE_PER_BYTE};

fuzz_target!(|data: &[u8]| {
    let article = first_article(data);
    let anchor = article.published_date();
    within_time("dates", data.len(), STAGE_PER_BYTE, || {
        let read = Read::new(article.text.clone());
        let text = read.text();
        let tokens = Tokens::over(text, &read.atoms);
        let sentences = text::sentences(text);
        let found = dates::find(&tokens, &sentences, anchor);
        check_in_order(&read, found.iter().map(|f| f.range.clone()), "date");
        for c in dates::weekday_conflicts(&tokens, &sentences, &found, anchor) {
            read.check(&c.weekday, "conflicting weekday");
            read.check(&c.date, "conflicting date");
        }
        dates::anchor_from_text(&tokens, |r| {
            read.check(&r, "anchor candidate");
            true
        });
    });
});
