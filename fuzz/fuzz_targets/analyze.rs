//! The whole analysis, as the page and the command line call it, on 0 to 4 articles of
//! arbitrary text, labels and publication dates: refused only when there is no article;
//! otherwise a Report whose spans, UTF-16 offsets, indexes and JSON round trip hold, within
//! the time bound.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_fuzz::{check_report, input, warm_up, within_time, ANALYSIS_PER_BYTE};

fuzz_target!(|data: &[u8]| {
    warm_up(|| {
        let warm = input(b"Ines Varga said on Tuesday that 14 people died in Oslo.");
        parallax::analyze(&warm).expect("one article is a request");
    });
    let input = input(data);
    // The page's entry and the command line's differ only in how many articles they take.
    let batch = data.last().is_some_and(|b| b % 2 == 1);
    let analyzed = within_time("analyze", data.len(), ANALYSIS_PER_BYTE, || match batch {
        true => parallax::analyze_batch(&input),
        false => parallax::analyze(&input),
    });
    match analyzed {
        Ok(report) => check_report(&input, &report),
        Err(e) => assert!(
            input.articles.is_empty(),
            "{} articles refused: {e}",
            input.articles.len()
        ),
    }
});
