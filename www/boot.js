// This file is the page's first script. It starts fetching the wasm module (most of what the
// page downloads) and compiling it as it arrives, on its first line, then starts the analysis
// worker and posts it the compiled module. Neither waits for app.js and its modules, nor for
// worker.js to arrive: on a slow connection those take over a second, while the link would
// otherwise carry the module (BENCHMARKS.md, "First load on a throttled connection").
// The module comes LZMA-compressed (pkg/parallax_bg.wasm.lzma, a fifth smaller than gzipped):
// a worker (unpack.js) decodes it piece by piece as it arrives and hands each piece on to the
// compiler; if that fails, the module is fetched as it is (pkg/parallax_bg.wasm).
// analyzer.js adopts this worker, with every event it sent before then, and starts any later
// worker (after a crash, or to cancel a run) with `start`, which posts the same compiled module
// (or compiles it again if it failed), all through the one global below. This file imports
// nothing, so that it runs as soon as it arrives. The offline file (scripts/offline.mjs) leaves
// it out: there the module's bytes are inline and its worker loads them itself.
//
// The page's policy (index.html's Content-Security-Policy) allows workers from blob: only, so
// that they inherit it: a worker loaded from its own URL would run under no policy at all (the
// host sends none). Each worker is started from a one-line blob: module that imports its real
// file, through the Trusted Types policy below, which makes script URLs of those blobs and of
// nothing else. This file also narrows the page's connections to the two addresses of the
// wasm module. (What the policy refuses is said on the console: violations.js.)

/** The name boot.js gives its workers: worker.js then waits for the module as its first message. */
const MODULE_FROM_PAGE = "parallax: module from the page";

/** The addresses this page may connect to: the wasm module, compressed and as it is. */
const MODULE_URLS = ["./pkg/parallax_bg.wasm.lzma", "./pkg/parallax_bg.wasm"].map(
  (file) => new URL(file, import.meta.url),
);

// A second policy, added before anything connects: the page's own allows its origin (the
// module's preload needs that before this script runs); this one allows the module alone, for
// the page and for every worker started after it.
const narrowing = document.createElement("meta");
narrowing.httpEquiv = "Content-Security-Policy";
narrowing.content = `connect-src ${MODULE_URLS.map((url) => url.href).join(" ")}`;
document.head.append(narrowing);

/** The blob: addresses startModuleWorker made, the only script URLs the Trusted Types policy passes. */
const bootstraps = new Set();

/** The page's one Trusted Types policy (index.html names it); null where the browser has none. */
const scriptUrls =
  globalThis.trustedTypes?.createPolicy("parallax", {
    createScriptURL(url) {
      if (bootstraps.has(url)) return url;
      throw new TypeError(`parallax: ${url} is not a worker this page started`);
    },
  }) ?? null;

/**
 * The blob: module that starts the worker `url`: it imports it with import(), since Chromium
 * checks a module worker's static imports against worker-src (blob: only), and holds the
 * messages that arrive meanwhile, to hand them on once the worker's own handler is installed.
 * An import that fails is thrown again outside the promise, where it reaches the page as the
 * worker's error event.
 */
function bootstrapSource(url) {
  return `const held = [];
const hold = (event) => held.push(event.data);
self.addEventListener("message", hold);
import(${JSON.stringify(url)}).then(
  () => {
    self.removeEventListener("message", hold);
    for (const data of held) self.dispatchEvent(new MessageEvent("message", { data }));
  },
  (err) => setTimeout(() => {
    throw err;
  }),
);
`;
}

/**
 * Starts the module worker `file` (relative to this file) under the page's policy, from its
 * bootstrap (bootstrapSource), a blob: the Worker constructor resolves at once (so it is
 * revoked as soon as the worker has it). The worker's own imports resolve against its file.
 */
function startModuleWorker(file, options = {}) {
  const source = bootstrapSource(new URL(file, import.meta.url).href);
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  bootstraps.add(url);
  try {
    return new Worker(scriptUrls === null ? url : scriptUrls.createScriptURL(url), { ...options, type: "module" });
  } finally {
    bootstraps.delete(url);
    URL.revokeObjectURL(url);
  }
}

/** @type {Promise<{ type: "module", module?: WebAssembly.Module, error?: string }> | null} */
let compiled = null;

/**
 * The compiled module as the message a worker is posted: `{ type: "module", module }`, or
 * `{ type: "module", error }` saying why it could not be had (never a rejected promise). A
 * failure is not kept: the next call fetches again (the failure test serves the module again).
 */
function compiledModule() {
  if (compiled === null) {
    compiled = compile();
    compiled.then((message) => {
      if (message.error !== undefined) compiled = null;
    });
  }
  return compiled;
}

/**
 * The module, compiled: from pkg/parallax_bg.wasm.lzma, or else from pkg/parallax_bg.wasm (a
 * server without the compressed file, or a damaged download, costs time, not the page).
 */
async function compile() {
  try {
    return { type: "module", module: await compileCompressed() };
  } catch (compressedErr) {
    console.warn(
      `parallax: the compressed module could not be used (${describe(compressedErr)}); fetching it uncompressed`,
    );
  }
  try {
    return { type: "module", module: await compilePlain() };
  } catch (err) {
    return { type: "module", error: describe(err) };
  }
}

/** An error's name (unless plain Error) and message, as one line. */
function describe(err) {
  const name = err?.name && err.name !== "Error" ? `${err.name}: ` : "";
  return `${name}${err?.message || String(err)}`;
}

/**
 * Fetches pkg/parallax_bg.wasm.lzma (the download index.html's preload started) and posts each
 * piece as it arrives to a worker (unpack.js) that decodes and compiles it, off this thread.
 */
async function compileCompressed() {
  const response = await fetch(MODULE_URLS[0]);
  if (!response.ok || response.body === null) {
    throw new Error(`the server answered ${response.status} for pkg/parallax_bg.wasm.lzma`);
  }
  const unpacker = startModuleWorker("./unpack.js");
  try {
    const compiled = new Promise((resolve, reject) => {
      unpacker.onmessage = ({ data }) =>
        data.error === undefined
          ? resolve(data.module)
          : reject(Object.assign(new Error(data.error.message), { name: data.error.name }));
      unpacker.onerror = (event) => reject(new Error(event.message || "the decoding worker (unpack.js) did not start"));
    });
    // Read on even if the worker has already failed; the failure is awaited below.
    compiled.catch(() => {});
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      unpacker.postMessage({ piece: value });
    }
    unpacker.postMessage({ end: true });
    return await compiled;
  } finally {
    unpacker.terminate();
  }
}

/**
 * Fetches pkg/parallax_bg.wasm and compiles it as it arrives. A server that does not label the
 * module application/wasm makes streaming compilation refuse it; it is then compiled from its bytes.
 */
async function compilePlain() {
  const response = fetch(MODULE_URLS[1]);
  try {
    return await WebAssembly.compileStreaming(response);
  } catch (err) {
    const r = await response;
    if (!r.ok) throw new Error(`the server answered ${r.status} for pkg/parallax_bg.wasm`);
    if (r.bodyUsed || r.headers.get("content-type") === "application/wasm") throw err;
    return WebAssembly.compile(await r.arrayBuffer());
  }
}

/** Starts an analysis worker (worker.js) and posts it the compiled module once it is ready. */
function start() {
  const worker = startModuleWorker("./worker.js", { name: MODULE_FROM_PAGE });
  compiledModule().then((message) => worker.postMessage(message));
  return worker;
}

compiledModule();
const worker = start();
const events = [];
const keep = (event) => events.push(event);
const TYPES = ["message", "error", "messageerror"];
for (const type of TYPES) worker.addEventListener(type, keep);

globalThis.parallaxFirstWorker = {
  worker,
  start,
  /** Stops keeping events and returns those kept so far, in the order they came. */
  release() {
    for (const type of TYPES) worker.removeEventListener(type, keep);
    return events.splice(0);
  },
};
