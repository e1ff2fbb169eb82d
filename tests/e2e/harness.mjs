// This file is the shared harness of the browser tests: it serves the site (www/) with
// scripts/serve.mjs, launches headless Chromium through playwright-core, opens pages that
// record every request they and their workers make (so a test can assert that nothing left
// the local server), collects page errors and console errors, and offers small helpers to
// fill the article cards and run an analysis. It can also run the same wasm build in Node
// (analyseInNode, maxArticlesInNode), so that a test can compare the page with what the build
// really gives.
// It is not a test file itself.

import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../../scripts/chromium.mjs";
import { startServer } from "../../scripts/serve.mjs";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const RESULTS_DIR = fileURLToPath(new URL("../../test-results/", import.meta.url));

/** How long to wait for an analysis to finish (the first one also loads the wasm module). */
export const ANALYSIS_TIMEOUT_MS = 20_000;

/** Fails early, with the fix, when the wasm build is missing. */
function requireBuild() {
  const glue = new URL("../../www/pkg/parallax.js", import.meta.url);
  if (!existsSync(glue)) {
    throw new Error("www/pkg/parallax.js is missing: build the wasm module first (npm run build).");
  }
}

/** Serves www/ under `base` ("/" or "/parallax/") on a free port; resolves to { server, url }. */
function serve(base = "/") {
  return startServer({ port: 0, base });
}

/**
 * Registers the test file's before/after hooks: serve www/ under `base` and launch Chromium
 * before its tests, close both after. Returns an object whose `browser` and `url` are set
 * once the before hook has run.
 */
export function useSite(base = "/") {
  const env = { browser: null, url: "", server: null };
  before(async () => {
    requireBuild();
    const site = await serve(base);
    env.server = site.server;
    env.url = site.url;
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    if (env.server) await closeServer(env.server);
  });
  return env;
}

/** Closes a server started by serve(). */
function closeServer(server) {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

/**
 * Opens a new context and page at `url`, recording every request (page and workers) and
 * every page error and console error (the page and its worker say on the console whatever
 * their policy blocks: violations.js). Resolves to { context, page, requests, errors } once
 * the page's cards hold the saved inputs.
 * `colorScheme` is "light" or "dark"; `bypassCSP` lets a test inject a tool (axe-core).
 * `beforeGoto(page, context)` runs before navigation (e.g. to install routes).
 */
export async function openPage(
  browser,
  url,
  { width = 1280, height = 900, beforeGoto, colorScheme = "light", bypassCSP = false } = {},
) {
  // Service workers are blocked: the site registers none, and one could fetch out of sight.
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    bypassCSP,
    serviceWorkers: "block",
  });
  const requests = new Set();
  const errors = [];
  context.on("request", (request) => requests.add(request.url()));
  const page = await context.newPage();
  page.on("request", (request) => requests.add(request.url()));
  page.on("worker", (worker) => {
    worker.on("console", (msg) => {
      if (msg.type() === "error") errors.push(`worker console: ${msg.text()}`);
    });
  });
  page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  if (beforeGoto) await beforeGoto(page, context);
  await page.goto(url);
  await cardsRestored(page);
  return { context, page, requests, errors };
}

/**
 * A `beforeGoto` for openPage that serves the wasm glue (pkg/parallax.js) with `code` appended,
 * so that a test can wrap Engine.prototype.analyze in the worker.
 */
export function appendToGlue(code) {
  return (page) =>
    page.route("**/pkg/parallax.js", async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: (await response.text()) + code });
    });
}

/** Asserts that every recorded request went to `siteUrl`'s origin. */
export function assertOnlyLocalRequests(requests, siteUrl) {
  const origin = new URL(siteUrl).origin;
  const all = [...requests];
  assert.ok(all.length > 0, "the page made no request at all: the recorder is broken");
  const foreign = all.filter((u) => new URL(u).origin !== origin);
  assert.deepEqual(foreign, [], `requests left the local server (${origin})`);
}

/**
 * Waits until `page`'s cards hold the saved inputs: they are read back from IndexedDB a moment
 * after the page is built, locked meanwhile (storage.js), and an edit made by a test's script
 * before then would be replaced by them.
 */
export function cardsRestored(page) {
  return page.waitForFunction(
    () => {
      const first = document.querySelector(".card");
      return first !== null && !first.disabled;
    },
    null,
    { polling: 50 },
  );
}

/** Reloads `page` and waits until its cards hold the saved inputs. */
export async function reloadRestored(page) {
  await page.reload();
  await cardsRestored(page);
}

/** The card of article `id` ("a", "b", ...). */
export function card(page, id) {
  return page.locator(`.card[data-article="${id}"]`);
}

/** Fills article `id`'s card; any of label, published, text may be left out. */
export async function fillArticle(page, id, { label, published, text } = {}) {
  const c = card(page, id);
  if (label !== undefined) await c.getByLabel("Outlet", { exact: true }).fill(label);
  if (published !== undefined) await c.getByLabel("Published", { exact: true }).fill(published);
  if (text !== undefined) await c.getByLabel("Text", { exact: true }).fill(text);
}

/** Clicks Analyze and waits until the status line says the analysis is done. */
export async function analyzeAndWait(page) {
  await page.getByRole("button", { name: "Analyze" }).click();
  await waitForAnalysed(page);
}

/**
 * Builds every page of every paged list in the results (dom.js's "Show 100 more (of N)"), so
 * that a test can count all the lines; focus is put back where it was.
 */
export async function buildAllLines(page) {
  await page.evaluate(() => {
    const was = document.activeElement;
    for (let button = document.querySelector("#results .show-more-line:not([hidden]) .show-more"); button; ) {
      button.click();
      button = document.querySelector("#results .show-more-line:not([hidden]) .show-more");
    }
    if (was instanceof HTMLElement) was.focus({ preventScroll: true });
  });
}

/** Waits until the status line says "Analysed ..."; fails with the banner's text otherwise. */
export async function waitForAnalysed(page, timeout = ANALYSIS_TIMEOUT_MS) {
  const status = page.getByRole("status");
  try {
    await status.filter({ hasText: /^Analysed \d+ articles? in [^;]*\.$/ }).waitFor({ timeout });
  } catch (err) {
    const banner = await page
      .getByRole("alert")
      .textContent()
      .catch(() => "");
    const said = await status.textContent().catch(() => "");
    throw new Error(`analysis did not finish: status ${JSON.stringify(said)}, alert ${JSON.stringify(banner)}`, {
      cause: err,
    });
  }
}

/** The texts of the marks of `kind` in article `id`'s results. */
export function marksOf(page, id, kind) {
  return page.locator(`.article-result[data-article="${id}"] mark[data-kind="${kind}"]`).allTextContents();
}

/**
 * The texts the chosen finding lights in the articles (navigator.js's "pf-current" highlight),
 * in order; empty when none is chosen.
 */
export function litTexts(page) {
  return page.evaluate(() =>
    CSS.highlights.has("pf-current") ? [...CSS.highlights.get("pf-current")].map((r) => r.toString()) : [],
  );
}

/** The articles of a comparison fixture, as the page takes them (shared with the Node tests). */
export { fixtureArticles } from "../fixture-articles.mjs";

/**
 * Catches the file choosers a page opens, from before it loads (so that no chooser opens before
 * Playwright intercepts them): pass `beforeGoto` to openPage; `next()` resolves to the next one.
 */
export function fileChoosers() {
  const waiting = [];
  const opened = [];
  return {
    beforeGoto: (page) =>
      page.on("filechooser", (chooser) => (waiting.length > 0 ? waiting.shift()(chooser) : opened.push(chooser))),
    next: () => (opened.length > 0 ? Promise.resolve(opened.shift()) : new Promise((resolve) => waiting.push(resolve))),
  };
}

/** Makes sure test-results/ exists and returns the path for `name` inside it. */
export function resultPath(name) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return `${RESULTS_DIR}${name}`;
}

let nodeGlue = null;
let nodeEngine = null;

/** The built wasm module's glue, loaded in Node (once), and its Engine. */
async function engineInNode() {
  if (!nodeEngine) {
    requireBuild();
    nodeGlue = await import(new URL("../../www/pkg/parallax.js", import.meta.url).href);
    nodeGlue.initSync({ module: readFileSync(new URL("../../www/pkg/parallax_bg.wasm", import.meta.url)) });
    nodeEngine = new nodeGlue.Engine();
  }
  return { Engine: nodeGlue.Engine, engine: nodeEngine };
}

/**
 * Analyses `input` ({ articles: [{ label, text, published }] }, as the page sends it) with the
 * built wasm module, in Node, and returns the report: what the page was given for that input.
 */
export async function analyseInNode(input) {
  const { engine } = await engineInNode();
  return engine.analyze(input);
}

/** The most articles the built analyser compares at once: Engine.max_articles(). */
export async function maxArticlesInNode() {
  const { Engine } = await engineInNode();
  return Engine.max_articles();
}
