// This file tests failure and limits: when the compressed wasm module is damaged, the page
// fetches it uncompressed and works; when neither can be loaded (the test serves garbage in
// their place), the page shows the error banner, keeps every input, and recovers on the next run
// once the module is served again; a crash inside the analyser (a Rust panic is a
// WebAssembly.RuntimeError) is fatal and the worker is replaced (given the module the page
// compiled once, not a second download) and the run tried once more, while a refused input only
// shows its message; a report of another schema version is refused, with a message that says
// so; and "Add article" stops at the analyser's limit (Engine.max_articles()), saying why.

import assert from "node:assert/strict";
import { test } from "node:test";
import { SCHEMA_VERSION } from "../../www/kinds.js";
import {
  appendToGlue,
  assertOnlyLocalRequests,
  card,
  fillArticle,
  maxArticlesInNode,
  openPage,
  reloadRestored,
  useSite,
  waitForAnalysed,
} from "./harness.mjs";

const env = useSite("/");

const BROKEN = (route) => route.fulfill({ body: "not wasm", contentType: "application/wasm" });
/** Both forms of the module: compressed (what the page asks for first) and as it is. */
const MODULE = /\/parallax_bg\.wasm(\.lzma)?$/;

test("a damaged compressed module: the page fetches the module as it is, says why in the console, and works", {
  timeout: 30_000,
}, async () => {
  const fetched = [];
  const warnings = [];
  const { page, requests } = await openPage(env.browser, env.url, {
    beforeGoto: async (p) => {
      p.on("console", (m) => {
        if (m.type() === "warning") warnings.push(m.text());
      });
      p.context().on("request", (request) => {
        const path = new URL(request.url()).pathname;
        if (path.includes("/pkg/parallax_bg.wasm")) fetched.push(path.slice(path.lastIndexOf("/") + 1));
      });
      // The real stream with one byte changed near its start: the decoder refuses it, or the
      // module it gives does not compile.
      await p.route("**/parallax_bg.wasm.lzma", async (route) => {
        const body = await (await route.fetch()).body();
        body[40] ^= 0xff;
        await route.fulfill({ body, contentType: "application/octet-stream" });
      });
    },
  });
  await fillArticle(page, "a", { text: "Mayor Lena Ortiz visited Kati on Monday." });
  await fillArticle(page, "b", { text: "Lena Ortiz left Kati." });
  await page.getByRole("button", { name: "Analyze" }).click();
  await waitForAnalysed(page);
  assert.equal(await page.getByRole("alert").textContent(), "");
  assert.ok((await page.locator('.article-result[data-article="a"] mark[data-kind="PER"]').count()) > 0);
  assert.deepEqual(fetched, ["parallax_bg.wasm.lzma", "parallax_bg.wasm"]);
  assert.equal(warnings.length, 1, warnings.join("\n"));
  assert.match(warnings[0], /^parallax: the compressed module could not be used \(.+\); fetching it uncompressed$/);
  assertOnlyLocalRequests(requests, env.url);
});

test("a broken wasm module shows the error banner, keeps the inputs, and the next run recovers", {
  timeout: 30_000,
}, async () => {
  const { page, requests } = await openPage(env.browser, env.url, {
    beforeGoto: (p) => p.route(MODULE, BROKEN),
  });
  const a = { label: "Harbour Gazette", published: "2024-03-05", text: "Mayor Lena Ortiz visited Kati on Monday." };
  await fillArticle(page, "a", a);
  await fillArticle(page, "b", { text: "Lena Ortiz left Kati." });
  await page.getByRole("button", { name: "Analyze" }).click();

  const alert = page.getByRole("alert");
  await alert.filter({ hasText: "stopped unexpectedly" }).waitFor({ timeout: 10_000 });
  assert.match(await alert.textContent(), /Your text is kept; try again, or reload the page\./);
  assert.ok(await page.locator("#results").isHidden());
  const c = card(page, "a");
  assert.equal(await c.getByLabel("Outlet", { exact: true }).inputValue(), a.label);
  assert.equal(await c.getByLabel("Published", { exact: true }).inputValue(), a.published);
  assert.equal(await c.getByLabel("Text", { exact: true }).inputValue(), a.text);
  assert.equal(await card(page, "b").getByLabel("Text", { exact: true }).inputValue(), "Lena Ortiz left Kati.");

  // Serve the real module again: the next Analyze uses a fresh worker and succeeds.
  await page.unroute(MODULE, BROKEN);
  await page.getByRole("button", { name: "Analyze" }).click();
  await waitForAnalysed(page);
  assert.equal(await alert.textContent(), "");
  assert.ok((await page.locator('.article-result[data-article="a"] mark[data-kind="PER"]').count()) > 0);
  assertOnlyLocalRequests(requests, env.url);
});

// Appended to the served wasm glue: makes Engine.analyze behave as on a Rust panic (a
// WebAssembly.RuntimeError) or as on refused input (a plain Error), on demand.
const PATCH = `
const realAnalyze = Engine.prototype.analyze;
Engine.prototype.analyze = function analyze(input) {
  const text = input?.articles?.[0]?.text ?? "";
  if (text.includes("PANIC")) throw new WebAssembly.RuntimeError("unreachable");
  if (text.includes("REFUSE")) throw new Error("this input is refused by the test");
  return realAnalyze.call(this, input);
};
`;

test("a crash in the analyser is fatal and replaces the worker; a refused input is not", {
  timeout: 30_000,
}, async () => {
  // The page fetches the wasm module once, compressed (boot.js compiles it and posts it to every
  // worker), and never as it is.
  const moduleFetches = [];
  const { page, requests } = await openPage(env.browser, env.url, {
    beforeGoto: async (p) => {
      p.context().on("request", (request) => {
        const path = new URL(request.url()).pathname;
        if (path.includes("/pkg/parallax_bg.wasm")) moduleFetches.push(path.slice(path.lastIndexOf("/") + 1));
      });
      await appendToGlue(PATCH)(p);
    },
  });
  let workers = 0;
  page.on("worker", () => {
    workers += 1;
  });
  const alert = page.getByRole("alert");
  const analyze = page.getByRole("button", { name: "Analyze" });
  await fillArticle(page, "b", { text: "Lena Ortiz left Kati." });

  // A refused input: its message is shown, and the same worker stays in use.
  await fillArticle(page, "a", { text: "REFUSE Mayor Lena Ortiz visited Kati." });
  await analyze.click();
  await alert.filter({ hasText: "this input is refused by the test" }).waitFor();
  assert.doesNotMatch(await alert.textContent(), /stopped unexpectedly/);
  const before = workers;

  // A panic: the run is tried once more in a fresh worker, which panics too; then the crash
  // banner, and a fresh worker for the next run.
  await fillArticle(page, "a", { text: "PANIC Mayor Lena Ortiz visited Kati." });
  await analyze.click();
  await alert.filter({ hasText: "stopped unexpectedly" }).waitFor();
  assert.match(
    await alert.textContent(),
    /RuntimeError: unreachable Tried again in a fresh analyser: the same happened\./,
  );
  assert.equal(workers, before + 1, "the refused input did not replace the worker; the panic did, once");
  assert.equal(
    await card(page, "a").getByLabel("Text", { exact: true }).inputValue(),
    "PANIC Mayor Lena Ortiz visited Kati.",
  );

  await fillArticle(page, "a", { text: "Mayor Lena Ortiz visited Kati." });
  await analyze.click();
  await waitForAnalysed(page);
  assert.equal(workers, before + 2, "the crashed worker was replaced by a new one");
  assert.deepEqual(
    moduleFetches,
    ["parallax_bg.wasm.lzma"],
    "the new worker was given the module compiled once, not a second download",
  );
  assert.equal(await alert.textContent(), "");
  assertOnlyLocalRequests(requests, env.url);
});

// Appended to the served wasm glue: the analyser answers with a report of another schema
// version, as a stale cached module of another build would.
const OTHER_SCHEMA = `
const realAnalyze = Engine.prototype.analyze;
Engine.prototype.analyze = function analyze(input) {
  return { ...realAnalyze.call(this, input), schema_version: "99" };
};
`;

test("a report of another schema version is refused with a message that says so, and the text is kept", {
  timeout: 30_000,
}, async () => {
  const { page, requests } = await openPage(env.browser, env.url, { beforeGoto: appendToGlue(OTHER_SCHEMA) });
  await fillArticle(page, "a", { text: "Mayor Lena Ortiz visited Kati on Monday." });
  await fillArticle(page, "b", { text: "Lena Ortiz left Kati." });
  await page.getByRole("button", { name: "Analyze" }).click();

  const alert = page.getByRole("alert");
  await alert.filter({ hasText: "schema version" }).waitFor({ timeout: 10_000 });
  assert.equal(
    await alert.locator(".error-detail").textContent(),
    `The analyser does not match this page: it gave a report of schema version "99", but this page reads version ${SCHEMA_VERSION}. ` +
      "Reload the page; if that does not help, the site needs rebuilding (npm run build).",
  );
  assert.ok(await page.locator("#results").isHidden(), "nothing of the report is shown");
  assert.equal(await page.getByRole("status").textContent(), "The analysis did not finish.");
  assert.equal(
    await card(page, "a").getByLabel("Text", { exact: true }).inputValue(),
    "Mayor Lena Ortiz visited Kati on Monday.",
  );
  assertOnlyLocalRequests(requests, env.url);
});

test("Add article stops at the analyser's limit and says why; Remove makes room again", {
  timeout: 30_000,
}, async () => {
  const max = await maxArticlesInNode();
  const last = String.fromCharCode(96 + max);
  const { page, errors } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Clear" }).click();
  const add = page.getByRole("button", { name: "Add article" });
  const note = page.locator("#add-note");
  // The page learns the limit from the worker once the analyser has loaded.
  await note.filter({ hasText: `${max} articles` }).waitFor({ state: "attached" });
  assert.ok(await note.isHidden());
  for (let n = 2; n < max; n += 1) await add.click();
  assert.equal(await page.locator(".card").count(), max);
  assert.ok(await add.isDisabled(), `Add article is disabled at ${max}`);
  assert.ok(await note.isVisible());
  assert.equal(
    await note.textContent(),
    `${max} articles is the most Parallax compares at once: remove one to add another.`,
  );
  assert.equal(await card(page, last).locator(".article-id").textContent(), last);
  assert.ok(await card(page, "a").getByRole("button", { name: "Remove article a" }).isEnabled());

  await card(page, "c").getByRole("button", { name: "Remove article c" }).click();
  assert.equal(await page.locator(".card").count(), max - 1);
  assert.ok(await add.isEnabled());
  assert.ok(await note.isHidden());

  // The number of cards survives a reload.
  await page.waitForTimeout(400);
  await reloadRestored(page);
  assert.equal(await page.locator(".card").count(), max - 1);
  assert.deepEqual(errors, []);
});
