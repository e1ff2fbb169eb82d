//! The recogniser on its own: the names in one text, without dates, quotes, linking or
//! comparison. For tools that want names only, and for measuring the recogniser's speed
//! in the browser apart from the rest of the pipeline.

use crate::extract::entities;
use crate::extract::Kind;
use crate::report::offsets::{Span, Utf16Map};
use crate::text::{sentences, Tokens};
use serde::Serialize;

/// The names found in a text.
#[derive(Debug, Clone, Serialize)]
pub struct Names {
    /// How many tokens the recogniser read.
    pub tokens: usize,
    /// Each name, in text order.
    pub mentions: Vec<Name>,
}

/// One name.
#[derive(Debug, Clone, Serialize)]
pub struct Name {
    /// Where it stands in the text.
    pub span: Span,
    /// Person, organisation, place, other name, or group (a nationality).
    pub kind: Kind,
    /// The name as written.
    pub text: String,
}

/// The names in `text`, read as one document.
pub fn names(text: &str) -> Names {
    let (found, tokens) = entities::find_counting(&Tokens::new(text), &sentences(text));
    let utf16 = Utf16Map::new(text);
    Names {
        tokens,
        mentions: found
            .into_iter()
            .map(|f| Name {
                span: utf16.span(f.range.clone()),
                kind: f.kind,
                text: text[f.range].to_owned(),
            })
            .collect(),
    }
}
