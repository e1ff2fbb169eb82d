//! The WebAssembly adapter (feature `wasm`): the only module that knows about JavaScript.
//! It converts the page's plain objects to [`Input`] and the [`Report`](crate::Report)
//! back, with serde-wasm-bindgen, and turns errors into JS `Error`s with readable messages.
//!
//! The `Engine` carries only what the page uses: `analyze` and `max_articles`. With the
//! feature `bench` it also has `names`, the recogniser alone, which
//! scripts/bench-browser.mjs times in Chromium from its own build (`scripts/build.sh
//! bench`); the page's module does not carry it.

use crate::{analyze, Input, MAX_ARTICLES};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The analyser as the page's worker sees it: built once, used for every request.
#[wasm_bindgen]
pub struct Engine {
    serializer: serde_wasm_bindgen::Serializer,
}

#[wasm_bindgen]
impl Engine {
    /// Builds the engine and routes Rust panics to the browser console with a message.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Engine {
        console_error_panic_hook::set_once();
        Engine {
            // Plain objects and arrays, not Maps, so the page can read fields directly.
            serializer: serde_wasm_bindgen::Serializer::json_compatible(),
        }
    }

    /// Analyses `{ articles: [{ label, text, published }] }` and returns the Report as a
    /// plain object. Throws an `Error` whose message says what was wrong with the request.
    pub fn analyze(&self, input: JsValue) -> Result<JsValue, JsError> {
        let input: Input = serde_wasm_bindgen::from_value(input)
            .map_err(|e| JsError::new(&format!("the request could not be read: {e}")))?;
        let report = analyze(&input).map_err(|e| JsError::new(&e.to_string()))?;
        report
            .serialize(&self.serializer)
            .map_err(|e| JsError::new(&format!("the report could not be built: {e}")))
    }

    /// The most articles one request may compare.
    pub fn max_articles() -> usize {
        MAX_ARTICLES
    }
}

/// What only the browser benchmark needs.
#[cfg(feature = "bench")]
#[wasm_bindgen]
impl Engine {
    /// The recogniser alone on one text: `{ tokens, mentions: [{ span, kind, text }] }`,
    /// spans in UTF-16 code units. For measuring the recogniser in the browser.
    pub fn names(&self, text: &str) -> Result<JsValue, JsError> {
        crate::names(text)
            .serialize(&self.serializer)
            .map_err(|e| JsError::new(&format!("the names could not be returned: {e}")))
    }
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}
