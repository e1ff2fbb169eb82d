// This file is the module Web Worker that runs the Rust/WebAssembly analyser off the page's main
// thread, so that analysing megabytes of text never freezes the page. It is also where the page
// checks the Report once: a report whose schema_version is not the one kinds.js reads is refused
// here with a message that says why, so that everything after it can trust the report's shape.
//
// Protocol (all messages are plain objects; `id` is the page's number for one analysis run):
//   page -> worker  { type: "analyze", id, input }
//                   input = { articles: [{ label, text, published }] }, passed to
//                   Engine.analyze(input, id), which posts its progress under that id.
//                   { type: "module", module } or { type: "module", error }  first, from
//                   boot.js, to a worker named MODULE_FROM_PAGE: the compiled wasm module, or
//                   why it could not be had (see "Loading" below)
//   worker -> page  { type: "ready", max_articles }   once, when the analyser has loaded:
//                                                     the most articles it compares at once
//                                                     (Engine.max_articles())
//                   { type: "progress", id, stage }   stage: "loading" (the wasm module is
//                                                     still being fetched/compiled) or
//                                                     "analysing"
//                   { type: "progress", id, stage, article, of }  posted by the analyser
//                                                     itself (src/wasm.rs, with web-sys) from
//                                                     inside Engine.analyze, as it goes:
//                                                     stage "text", "extract", "link" or
//                                                     "compare" (in that order; analyzer.js's
//                                                     STAGES), working on article number
//                                                     `article` (from 1) of `of`. Throttled:
//                                                     each stage's first, then at most one
//                                                     every 40 ms (tens for 20 articles)
//                   { type: "part", id, path, items }  a slice of one long array of the
//                                                     report, sent ahead of it: path names the
//                                                     array (["findings"], or ["articles", 1,
//                                                     "mentions"]), items are appended to it in
//                                                     the order the parts arrive
//                   { type: "result", id, report, elapsed_ms }  the report, its long arrays
//                                                     emptied of what the parts carried
//                   { type: "error", id, message, fatal }
//                   fatal = false: the input was refused (Engine.analyze threw an ordinary Error,
//                   e.g. too many articles); show the message, the worker stays usable.
//                   fatal = true: the wasm module failed to load, or the instance crashed (a Rust
//                   panic surfaces as a WebAssembly.RuntimeError, since it is built with
//                   panic=abort), or it gave a report of another schema version, or anything
//                   else unexpected was thrown. The instance must not be used again: the page
//                   terminates this worker and starts a fresh one, and tries the run once
//                   more in it unless retry = false (another schema version: a second worker
//                   would load the same module).
// Cancelling is done by the page terminating the worker; the worker itself never times out
// (the page's time limit does: analyzer.js).
//
// The message handler is installed before the wasm module is loaded; messages that arrive while
// it loads wait in a queue and are handled in order once it is ready (or has failed).
//
// Loading: on the page, boot.js fetches and compiles the wasm module (nearly all of what the page
// downloads) as the page's first script, and names this worker MODULE_FROM_PAGE: the compiled
// module then comes as the first message, { type: "module", module } or { type: "module", error }.
// A worker not so named (the offline file's, whose glue has the module's bytes inline) lets the
// glue load the module itself. The glue and this worker's other modules are imported
// dynamically, so that a missing or broken pkg/ is reported through the protocol; only
// violations.js (a few lines, importing nothing) is static, so that it listens from the start.

import { sayViolations } from "./violations.js";

/** The name boot.js gives the workers it posts the compiled module to (boot.js has the same). */
const MODULE_FROM_PAGE = "parallax: module from the page";
/** Resolves `fromPage` with the page's module message, once, when it arrives. */
let receiveModule = null;
/** The page's module message, if this worker was started by boot.js; otherwise undefined. */
const fromPage =
  self.name === MODULE_FROM_PAGE
    ? new Promise((resolve) => {
        receiveModule = resolve;
      })
    : undefined;
/** kinds.js's SCHEMA_VERSION and parts.js's slices, once loaded with the analyser. */
let SCHEMA_VERSION = null;
let slices = null;
/** @type {Array<object>} messages received before the analyser was ready */
const queue = [];
let ready = false;
/** @type {any} the wasm Engine, built once and reused for every analysis */
let engine = null;
/** @type {string | null} why the analyser could not be loaded, if it could not */
let loadError = null;
/** Set once the instance has thrown something that is not an input error. */
let broken = null;

// What the page's policy blocks here (the worker inherits it: boot.js) is said on the console.
sayViolations(self, " in the analysis worker");

self.onmessage = (event) => {
  const message = event.data;
  if (message?.type === "module" && receiveModule !== null) {
    receiveModule(message);
    receiveModule = null;
    return;
  }
  if (!ready) {
    self.postMessage({ type: "progress", id: message.id, stage: "loading" });
    queue.push(message);
    return;
  }
  handle(message);
};

load();

/** Loads the glue and the worker's modules, instantiates the wasm module, builds the Engine, then drains the queue. */
async function load() {
  try {
    // Dynamic imports, so that a missing or broken pkg/ is reported through the protocol
    // instead of failing the whole worker script before onmessage exists.
    const [glue, kinds, parts] = await Promise.all([
      import("./pkg/parallax.js"),
      import("./kinds.js"),
      import("./parts.js"),
    ]);
    SCHEMA_VERSION = kinds.SCHEMA_VERSION;
    slices = parts.slices;
    const posted = await fromPage;
    if (posted?.error !== undefined) throw new Error(posted.error);
    await glue.default({ module_or_path: posted?.module });
    engine = new glue.Engine();
    self.postMessage({ type: "ready", max_articles: glue.Engine.max_articles() });
  } catch (err) {
    loadError = describe(err);
  }
  ready = true;
  while (queue.length > 0) handle(queue.shift());
}

/** Handles one message from the page: a request to analyse. */
function handle(message) {
  const { id } = message;
  if (loadError !== null) {
    self.postMessage({ type: "error", id, fatal: true, message: `The analyser could not be loaded: ${loadError}` });
    return;
  }
  if (broken !== null) {
    self.postMessage({ type: "error", id, fatal: true, message: `The analyser stopped unexpectedly: ${broken}` });
    return;
  }
  self.postMessage({ type: "progress", id, stage: "analysing" });
  const started = performance.now();
  let report;
  try {
    report = engine.analyze(message.input, id);
  } catch (err) {
    if (isInputError(err)) {
      self.postMessage({ type: "error", id, fatal: false, message: describe(err) });
    } else {
      broken = describe(err);
      self.postMessage({ type: "error", id, fatal: true, message: `The analyser stopped unexpectedly: ${broken}` });
    }
    return;
  }
  const elapsed = performance.now() - started;
  if (report.schema_version !== SCHEMA_VERSION) {
    const message =
      `The analyser does not match this page: it gave a report of schema version ${JSON.stringify(report.schema_version)}, ` +
      `but this page reads version ${SCHEMA_VERSION}. Reload the page; if that does not help, the site needs rebuilding (npm run build).`;
    self.postMessage({ type: "error", id, fatal: true, retry: false, message });
    return;
  }
  try {
    for (const part of slices(report)) self.postMessage({ type: "part", id, ...part });
    self.postMessage({ type: "result", id, report, elapsed_ms: Math.round(elapsed * 10) / 10 });
  } catch (err) {
    // The report could not be cloned to the page; that is a bug on our side, not the input's.
    self.postMessage({
      type: "error",
      id,
      fatal: true,
      message: `The report could not be passed to the page: ${describe(err)}`,
    });
  }
}

/**
 * An input error is what Engine.analyze throws on purpose: a plain Error (wasm-bindgen's
 * JsError) or a string. Anything else (WebAssembly.RuntimeError from a panic, RangeError from
 * running out of memory, TypeError from the glue) means the instance is not to be trusted.
 */
function isInputError(err) {
  if (typeof err === "string") return true;
  return err instanceof Error && Object.getPrototypeOf(err) === Error.prototype;
}

/** A readable one-line description of anything thrown. */
function describe(err) {
  if (typeof err === "string") return err;
  if (err instanceof Error) {
    const name = err.name && err.name !== "Error" ? `${err.name}: ` : "";
    return `${name}${err.message || "no details"}`;
  }
  try {
    return String(err);
  } catch {
    return "unknown error";
  }
}
