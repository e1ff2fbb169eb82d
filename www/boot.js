// This file starts the analysis worker as the page's first script, before app.js and the
// modules it imports have arrived, so that the wasm module (most of what the page downloads) is
// fetched and compiled alongside them instead of after them: on a slow connection the page's
// own modules take over a second (BENCHMARKS.md, "First load on a throttled connection").
// analyzer.js adopts this worker, with every event it sent before then, through the one global
// below (this file imports nothing, so that it runs as soon as it arrives). The offline file
// (scripts/offline.mjs) leaves this script out: it starts its inlined worker itself.
const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
const events = [];
const keep = (event) => events.push(event);
const TYPES = ["message", "error", "messageerror"];
for (const type of TYPES) worker.addEventListener(type, keep);

globalThis.parallaxFirstWorker = {
  worker,
  /** Stops keeping events and returns those kept so far, in the order they came. */
  release() {
    for (const type of TYPES) worker.removeEventListener(type, keep);
    return events.splice(0);
  },
};
