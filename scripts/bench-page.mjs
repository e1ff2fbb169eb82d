// This file measures how soon the page is usable, in headless Chromium, on localhost and on
// throttled connections (Chromium's network emulation through the DevTools protocol, the
// browser cache disabled; files gzip-compressed as GitHub Pages sends them): from the start
// of navigation, when the page answers (the article cards are built), when the analyser has
// loaded in its worker (the wasm module fetched and compiled), and when the first results
// are shown after "Load example" is clicked as soon as the page answers (a reader who does
// not wait). It also counts the bytes the server sent for the whole load (headers and
// compressed bodies, the worker's requests included). It prints the median of RUNS loads
// per connection, with the machine and the date. Issue 18's target: first results within
// 5 s on the Lighthouse mobile connection. Run after scripts/build.sh:
//   node scripts/bench-page.mjs                 (npm run bench:page)
//   RUNS=5 ONLY=mobile node scripts/bench-page.mjs   (more runs; connections whose name
//                                                    contains ONLY, case ignored)
import { cpus } from "node:os";
import { launchChromium } from "./chromium.mjs";
import { startServer } from "./serve.mjs";

const RUNS = Number(process.env.RUNS ?? 3);
const ONLY = (process.env.ONLY ?? "").toLowerCase();

/** Connections: name, round-trip latency (ms), download and upload (bytes/s); null: none. */
const CONNECTIONS = [
  ["localhost", null],
  ["Lighthouse mobile (150 ms, 1.6 Mbit/s)", { latency: 150, download: 1.6e6 / 8, upload: 750e3 / 8 }],
  ["Fast 3G (563 ms, 1.44 Mbit/s)", { latency: 562.5, download: 1.44e6 / 8, upload: 675e3 / 8 }],
].filter(([name]) => name.toLowerCase().includes(ONLY));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Counts the bytes `server` writes, over every connection, since the last `reset()`. */
function byteCounter(server) {
  /** Open sockets, each with what it had written at the last reset. */
  const open = new Map();
  let closed = 0;
  server.on("connection", (socket) => {
    open.set(socket, 0);
    socket.on("close", () => {
      closed += socket.bytesWritten - open.get(socket);
      open.delete(socket);
    });
  });
  return {
    reset() {
      closed = 0;
      for (const socket of open.keys()) open.set(socket, socket.bytesWritten);
    },
    total() {
      let sum = closed;
      for (const [socket, before] of open) sum += socket.bytesWritten - before;
      return sum;
    },
  };
}

/** One load of the page: the three times, in ms from the start of navigation, and the bytes sent. */
async function once(browser, url, throttle, bytes) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Each moment is taken inside the page, when it happens (checked every 5 ms), not when the
  // test notices it (Playwright polls its locators ever less often, up to a second apart):
  // the page answers when its first article card is built; the analyser has loaded when the
  // page learns its limit (the Add article note gets it); the results are shown when the status
  // says "Analysed ... in N ms." (it says "Analysed ... showing the results…" while they are
  // rendered).
  await context.addInitScript(() => {
    const moments = {};
    window.__moments = moments;
    const timer = setInterval(() => {
      const now = performance.now();
      if (moments.answers === undefined && document.querySelector(".card")) moments.answers = now;
      if (moments.loaded === undefined && document.getElementById("add-note")?.textContent) moments.loaded = now;
      const status = document.querySelector('[role="status"]')?.textContent ?? "";
      if (moments.results === undefined && /^Analysed [^…]*\.$/.test(status)) moments.results = now;
      if (moments.answers !== undefined && moments.loaded !== undefined && moments.results !== undefined) {
        clearInterval(timer);
      }
    }, 5);
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttle) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: throttle.latency,
      downloadThroughput: throttle.download,
      uploadThroughput: throttle.upload,
    });
  }
  bytes.reset();
  await page.goto(url, { waitUntil: "commit" });
  // waitForFunction checks at every animation frame, so the reader clicks at once.
  await page.waitForFunction(() => window.__moments.answers !== undefined, null, { timeout: 120_000 });
  await page.getByRole("button", { name: "Load example" }).click();
  await page.waitForFunction(
    () => window.__moments.results !== undefined && window.__moments.loaded !== undefined,
    null,
    {
      timeout: 300_000,
    },
  );
  const { answers, loaded, results } = await page.evaluate(() => window.__moments);
  const sent = bytes.total();
  await context.close();
  return { answers, loaded, results, sent };
}

const { server, url } = await startServer({ port: 0, gzip: true });
const bytes = byteCounter(server);
const browser = await launchChromium();
try {
  console.log(
    `Page load, ${RUNS} runs each, median, cache disabled; Chromium ${browser.version()}, ` +
      `${cpus()[0]?.model ?? "unknown CPU"} (${cpus().length} threads), ${new Date().toISOString().slice(0, 10)}`,
  );
  // One load first, not counted: the server compresses each file on its first request.
  await once(browser, url, null, bytes);
  console.log("connection | page answers | analyser loaded | first results (example clicked at once) | bytes sent");
  for (const [name, throttle] of CONNECTIONS) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await once(browser, url, throttle, bytes));
    const ms = (key) => `${Math.round(median(runs.map((r) => r[key]))).toLocaleString("en")} ms`;
    const sent = `${median(runs.map((r) => r.sent)).toLocaleString("en")} B`;
    console.log(`${name} | ${ms("answers")} | ${ms("loaded")} | ${ms("results")} | ${sent}`);
  }
} finally {
  await browser.close();
  server.close();
}
