// This file measures how soon the page is usable, in headless Chromium, on localhost and on a
// throttled connection (Chromium's network emulation; files gzip-compressed as GitHub Pages
// sends them): from the start of navigation, when the page answers (the article cards are
// built), when the analyser has loaded in its worker (the wasm module fetched and compiled),
// and when the first results show after "Load example" is clicked as soon as the page answers
// (a reader who does not wait). It prints the median of RUNS runs per connection, with the
// machine and the date. Run after scripts/build.sh:
//   node scripts/bench-page.mjs          (RUNS=5 node scripts/bench-page.mjs for more runs)
import { cpus } from "node:os";
import { launchChromium } from "./chromium.mjs";
import { startServer } from "./serve.mjs";

const RUNS = Number(process.env.RUNS ?? 3);

/** Connections: name, round-trip latency (ms), download and upload (bytes/s); null: none. */
const CONNECTIONS = [
  ["localhost", null],
  ["Lighthouse mobile (150 ms, 1.6 Mbit/s)", { latency: 150, download: 1.6e6 / 8, upload: 750e3 / 8 }],
  ["Fast 3G (563 ms, 1.44 Mbit/s)", { latency: 562.5, download: 1.44e6 / 8, upload: 675e3 / 8 }],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One load of the page: the three times, in ms from the start of navigation. */
async function once(browser, url, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The analyser has loaded when the page learns its limit (the Add article note gets it).
  await context.addInitScript(() => {
    const timer = setInterval(() => {
      if (document.getElementById("add-note")?.textContent) {
        window.__analyserReady = performance.now();
        clearInterval(timer);
      }
    }, 5);
  });
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: throttle.latency,
      downloadThroughput: throttle.download,
      uploadThroughput: throttle.upload,
    });
  }
  await page.goto(url, { waitUntil: "commit" });
  await page.locator(".card").first().waitFor({ timeout: 120_000 });
  const answers = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: "Load example" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /^Analysed/ })
    .waitFor({ timeout: 300_000 });
  const results = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => window.__analyserReady !== undefined, null, { timeout: 60_000 });
  const loaded = await page.evaluate(() => window.__analyserReady);
  await context.close();
  return { answers, loaded, results };
}

const { server, url } = await startServer({ port: 0, gzip: true });
const browser = await launchChromium();
try {
  console.log(
    `Page load, ${RUNS} runs each, median; ${cpus()[0]?.model ?? "unknown CPU"} (${cpus().length} threads), ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log("connection | page answers | analyser loaded | first results (example clicked at once)");
  for (const [name, throttle] of CONNECTIONS) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await once(browser, url, throttle));
    const ms = (key) => `${Math.round(median(runs.map((r) => r[key]))).toLocaleString("en")} ms`;
    console.log(`${name} | ${ms("answers")} | ${ms("loaded")} | ${ms("results")}`);
  }
} finally {
  await browser.close();
  server.close();
}
