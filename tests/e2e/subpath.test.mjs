// This file tests the page as GitHub Pages serves it, under the sub-path /parallax/: every
// file (the page, its modules, the worker, the wasm glue and module) must load through a
// relative URL under that path. "Load example" fills in the built-in example pair and
// analyses it in one click; Undo then brings back the text it replaced.

import assert from "node:assert/strict";
import { test } from "node:test";
import { EXAMPLE } from "../../www/examples.js";
import {
  assertOnlyLocalRequests,
  card,
  fillArticle,
  openPage,
  resultPath,
  useSite,
  waitForAnalysed,
} from "./harness.mjs";

const env = useSite("/parallax/");

test("under /parallax/, Load example fills the example pair and analyses it", { timeout: 30_000 }, async () => {
  assert.match(env.url, /\/parallax\/$/);
  const { page, requests, errors } = await openPage(env.browser, env.url);
  await fillArticle(page, "a", { label: "Mine", text: "My own text about Kati." });
  await page.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysed(page);

  for (const [i, article] of EXAMPLE.entries()) {
    const c = card(page, String.fromCharCode(97 + i));
    assert.equal(await c.getByLabel("Outlet", { exact: true }).inputValue(), article.label);
    assert.equal(await c.getByLabel("Published", { exact: true }).inputValue(), article.published);
    assert.equal(await c.getByLabel("Text", { exact: true }).inputValue(), article.text);
  }

  assert.equal(await page.locator(".article-result").count(), EXAMPLE.length);
  for (const kind of ["PER", "ORG", "LOC", "DATE", "QUANTITY"]) {
    const n = await page.locator(`.article-result mark[data-kind="${kind}"]`).count();
    assert.ok(n > 0, `the example has ${kind} highlights`);
  }
  const every = await page.locator('.finding-group[data-group="every"] .chip-text').allTextContents();
  for (const name of ["Brackwater", "Halvard Logistics Group", "Marta Lindqvist", "Owen Tresk", "Quay Street"]) {
    assert.ok(every.includes(name), `${name} is named in both: ${JSON.stringify(every)}`);
  }
  const onlyA = await page.locator('.finding-group[data-group="only"][data-article="a"] .chip-text').allTextContents();
  const onlyB = await page.locator('.finding-group[data-group="only"][data-article="b"] .chip-text').allTextContents();
  assert.ok(onlyA.includes("St Brenna's Hospital"), `only in a: ${JSON.stringify(onlyA)}`);
  assert.ok(onlyB.includes("Priya Anand"), `only in b: ${JSON.stringify(onlyB)}`);

  // The example shows a newcomer the parts that matter: a conflict, a changed quote and a
  // wording difference, each counted in the summary that takes focus.
  for (const kind of ["conflict/quantity", "quote/altered", "framing/label"]) {
    assert.equal(await page.locator(`li[data-kind="${kind}"]`).count(), 1, `the example shows one ${kind}`);
  }
  const summary = page.locator("#findings-summary");
  assert.match(await summary.textContent(), /^1 conflict, 1 quote changed, 1 wording difference, /);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "findings-summary");

  // What a first-time visitor sees after one click (the README's screenshot comes from here).
  await page.screenshot({ path: resultPath("example.png"), fullPage: true });

  // Every request stayed on the local server and under the sub-path.
  assertOnlyLocalRequests(requests, env.url);
  // (but the workers' bootstraps, blob: URLs of the page's own origin: boot.js)
  const outside = [...requests].filter(
    (u) => !u.startsWith(env.url) && !u.startsWith(`blob:${new URL(env.url).origin}/`),
  );
  assert.deepEqual(outside, [], "every URL is relative to /parallax/");
  assert.ok(
    [...requests].some((u) => u.endsWith("/parallax/pkg/parallax_bg.wasm.lzma")),
    "the wasm module was fetched, compressed",
  );
  assert.ok(!requests.has(`${env.url}pkg/parallax_bg.wasm`), "and not a second time as it is");
  assert.deepEqual(errors, []);

  // The example replaced the user's text; Undo brings it back.
  await page.getByRole("button", { name: "Undo" }).click();
  assert.equal(await card(page, "a").getByLabel("Outlet", { exact: true }).inputValue(), "Mine");
  assert.equal(await card(page, "a").getByLabel("Text", { exact: true }).inputValue(), "My own text about Kati.");
  assert.equal(await card(page, "b").getByLabel("Text", { exact: true }).inputValue(), "");
  assert.ok(await page.getByRole("button", { name: "Undo" }).isHidden());
});
