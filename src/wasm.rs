//! The WebAssembly adapter (feature `wasm`): the only module that knows about JavaScript.
//! It converts the page's plain objects to [`Input`] and the [`Report`](crate::Report)
//! back, with serde-wasm-bindgen, and turns errors into JS `Error`s with readable messages.
//!
//! The `Engine` carries only what the page uses: `analyze` and `max_articles`. With the
//! feature `bench` it also has `names`, the recogniser alone, which
//! scripts/bench-browser.mjs times in Chromium from its own build (`scripts/build.sh
//! bench`); the page's module does not carry it.
//!
//! While it analyses, the Engine posts the pipeline's progress to the page itself, with
//! web-sys, from inside the call: JavaScript cannot speak while one synchronous call runs.
//! [`Posted`] sends `{ type: "progress", id, stage, article, of }` through the worker's
//! `postMessage`, at most one message every [`MIN_GAP_MS`] besides the first of each stage.

use crate::progress::{Progress, Stage};
use crate::{analyze_with, Input, MAX_ARTICLES};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::DedicatedWorkerGlobalScope;

/// The least time between two progress messages of one stage, in milliseconds: the bar
/// moves smoothly, and a run of 20 articles posts tens of messages, not thousands.
const MIN_GAP_MS: f64 = 40.0;

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
    /// Given the request's `id` inside a dedicated worker, it posts the progress messages
    /// of that request as it goes; without either (Node, a test) it posts nothing.
    pub fn analyze(&self, input: JsValue, id: Option<u32>) -> Result<JsValue, JsError> {
        let input: Input = serde_wasm_bindgen::from_value(input)
            .map_err(|e| JsError::new(&format!("the request could not be read: {e}")))?;
        let mut progress = Posted::new(id, &self.serializer);
        let report =
            analyze_with(&input, &mut progress).map_err(|e| JsError::new(&e.to_string()))?;
        report
            .serialize(&self.serializer)
            .map_err(|e| JsError::new(&format!("the report could not be built: {e}")))
    }

    /// The most articles one request may compare.
    pub fn max_articles() -> usize {
        MAX_ARTICLES
    }
}

/// One progress message of worker.js's protocol.
#[derive(Serialize)]
struct Message {
    #[serde(rename = "type")]
    kind: &'static str,
    id: u32,
    stage: Stage,
    /// The article being worked on, counting from 1.
    article: usize,
    of: usize,
}

/// Progress posted to the page from the worker, throttled: each stage's first step, then at
/// most one step every [`MIN_GAP_MS`].
struct Posted<'s> {
    /// The worker's scope and the request's id; `None` where there is nobody to tell.
    to: Option<(DedicatedWorkerGlobalScope, u32)>,
    serializer: &'s serde_wasm_bindgen::Serializer,
    /// The stage and time (`Date.now()`) of the last message posted.
    last: Option<(Stage, f64)>,
}

impl<'s> Posted<'s> {
    /// Posts request `id`'s progress when the code runs in a dedicated worker.
    fn new(id: Option<u32>, serializer: &'s serde_wasm_bindgen::Serializer) -> Self {
        let scope = js_sys::global()
            .dyn_into::<DedicatedWorkerGlobalScope>()
            .ok();
        Posted {
            to: scope.zip(id),
            serializer,
            last: None,
        }
    }
}

impl Progress for Posted<'_> {
    fn step(&mut self, stage: Stage, article: usize, of: usize) {
        let Some((scope, id)) = &self.to else { return };
        let now = js_sys::Date::now();
        if matches!(self.last, Some((s, at)) if s == stage && now - at < MIN_GAP_MS) {
            return;
        }
        self.last = Some((stage, now));
        let message = Message {
            kind: "progress",
            id: *id,
            stage,
            article: article + 1,
            of,
        };
        // Progress is a courtesy: a message that cannot be made or posted is left out, and
        // the analysis goes on.
        if let Ok(value) = message.serialize(self.serializer) {
            let _ = scope.post_message(&value);
        }
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
