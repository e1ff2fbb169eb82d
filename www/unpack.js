// This file is the worker that turns the page's compressed wasm module into a compiled one, off
// the page's thread: boot.js posts it each piece of pkg/parallax_bg.wasm.lzma as it downloads
// ({ piece: Uint8Array }), then { end: true }; each piece is decoded (lzma.js) and handed on to
// WebAssembly.compileStreaming, and the compiled module is posted back, { type: "module",
// module }, or { type: "module", error: { name, message } } saying why there is none (boot.js
// words it, as it words its own errors). Decoding takes about a tenth of a second of a fast
// desktop's time; on the page's own thread it held up the page.

import { LzmaDecoder } from "./lzma.js";

const decoder = new LzmaDecoder();
/** @type {ReadableStreamDefaultController<Uint8Array>} */
let wasm;
let failed = false;
const stream = new ReadableStream({
  start(controller) {
    wasm = controller;
  },
});

WebAssembly.compileStreaming(new Response(stream, { headers: { "content-type": "application/wasm" } })).then(
  (module) => postMessage({ type: "module", module }),
  // The error's parts, as plain data: boot.js words it.
  (err) => postMessage({ type: "module", error: { name: err?.name, message: err?.message ?? String(err) } }),
);

self.onmessage = ({ data }) => {
  if (failed) return;
  try {
    const piece = data.end ? decoder.finish() : decoder.push(data.piece);
    if (piece.length > 0) wasm.enqueue(piece);
    if (data.end) wasm.close();
  } catch (err) {
    failed = true;
    wasm.error(err);
  }
};
