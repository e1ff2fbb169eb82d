//! The quantity grammar alone: quantities in text order without overlaps, every range on
//! boundaries with UTF-16 offsets that agree, each value printable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::extract::quantities;
use parallax::text::Tokens;
use parallax_fuzz::{check_in_order, first_article, within_time, Read, STAGE_PER_BYTE};

fuzz_target!(|data: &[u8]| {
    let article = first_article(data);
    within_time("quantities", data.len(), STAGE_PER_BYTE, || {
        let read = Read::new(article.text.clone());
        let tokens = Tokens::over(read.text(), &read.atoms);
        let found = quantities::find(&tokens);
        check_in_order(&read, found.iter().map(|f| f.range.clone()), "quantity");
        for f in &found {
            if let Some(v) = &f.value {
                v.to_string();
            }
        }
    });
});
