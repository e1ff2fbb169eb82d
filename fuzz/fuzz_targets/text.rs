//! The text stage alone: normalisation and its map back, atoms, sentences, words, the
//! recogniser's tokens and the page furniture (boilerplate blocks, bylines, dateline). Every
//! range lies in the normalised text on boundaries and maps back onto boundaries of the
//! pasted text, with UTF-16 offsets equal to a direct count.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::text::{self, Tokens};
use parallax_fuzz::{first_article, within_time, Read, STAGE_PER_BYTE};

fuzz_target!(|data: &[u8]| {
    let article = first_article(data);
    within_time("text", data.len(), STAGE_PER_BYTE, || {
        let read = Read::new(article.text.clone());
        let text = read.text();
        read.check(&(0..text.len()), "whole text");
        let tokens = Tokens::over(text, &read.atoms);
        for atom in tokens.atoms() {
            read.check(&atom.range(), "atom");
        }
        let sentences = text::sentences(text);
        for s in &sentences {
            read.check(s, "sentence");
            for t in parallax::extract::ner::tokens::tokens(&tokens, s.clone()) {
                read.check(&t, "recogniser token");
            }
        }
        for w in text::words(text, 0..text.len()) {
            read.check(&w.range(), "word");
            assert_eq!(&text[w.range()], w.text, "a word's text is its range");
        }
        let found = text::boilerplate(text);
        for b in &found.blocks {
            read.check(&b.range, "boilerplate block");
        }
        for b in &found.bylines {
            read.check(&b.name, "byline");
        }
        if let Some(d) = &found.dateline {
            read.check(&d.range, "dateline");
            read.check(&d.place, "dateline place");
            if let Some(s) = &d.source {
                read.check(s, "dateline source");
            }
        }
    });
});
