// This file tests what the page does with awkward input: pasted HTML and script are shown as
// text and never run; an all-empty input is refused with a clear message without starting an
// analysis, while one empty article next to a filled one gives the report's "empty"
// diagnostic. (What happens when the browser cannot store a paste: storage.test.mjs.)

import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeAndWait, assertOnlyLocalRequests, card, fillArticle, openPage, useSite } from "./harness.mjs";

const ATTACK = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

const env = useSite("/");

test("pasted HTML and script show as text and never execute", { timeout: 30_000 }, async () => {
  const { page, requests } = await openPage(env.browser, env.url);
  await fillArticle(page, "a", { label: `<b>Bold</b> ${ATTACK}`, text: `Mayor Lena Ortiz said: ${ATTACK} in Kati.` });
  await fillArticle(page, "b", { label: "Plain", text: `Lena Ortiz visited Kati. ${ATTACK}` });
  await analyzeAndWait(page);

  const textA = page.locator('.article-result[data-article="a"] .article-text');
  assert.equal(await textA.evaluate((el) => el.textContent), `Mayor Lena Ortiz said: ${ATTACK} in Kati.`);
  assert.match(await page.locator('.article-result[data-article="a"] h2').textContent(), /<b>Bold<\/b> <img src=x/);
  assert.equal(
    await page.locator("#results img, #results script, #results b").count(),
    0,
    "no element was made from pasted markup",
  );
  await page.waitForTimeout(200); // give a stray onerror handler time to fire
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // The report warns, for each article, that its text holds markup.
  const markup = page.locator('.diagnostic[data-code="markup"]');
  assert.deepEqual(await markup.evaluateAll((els) => els.map((el) => el.dataset.article)), ["a", "b"]);
  assertOnlyLocalRequests(requests, env.url);
});

test("all-empty input is refused clearly; one empty article gets the 'empty' diagnostic", {
  timeout: 30_000,
}, async () => {
  const { page, requests, errors } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Clear" }).click();
  await fillArticle(page, "a", { label: "Only a label", text: "   \n  " });
  const analyzeButton = page.getByRole("button", { name: "Analyze" });
  await analyzeButton.click();
  const alert = page.getByRole("alert");
  await alert.filter({ hasText: "Paste at least one article" }).waitFor();
  assert.ok(await page.locator("#results").isHidden(), "no results for empty input");
  assert.doesNotMatch(await page.getByRole("status").textContent(), /Analys/, "no analysis was started");
  assert.equal(
    await card(page, "a").getByLabel("Outlet", { exact: true }).inputValue(),
    "Only a label",
    "inputs are kept",
  );
  // Focus goes to the first text box, ready for pasting.
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    await card(page, "a").getByLabel("Text", { exact: true }).getAttribute("id"),
  );

  await fillArticle(page, "b", { text: "Mayor Lena Ortiz visited Kati on Monday." });
  await analyzeAndWait(page);
  assert.equal(await alert.textContent(), "", "the error banner is gone after a successful run");
  const empty = page.locator('.diagnostic[data-code="empty"][data-article="a"]');
  assert.equal(await empty.count(), 1);
  assert.match(await empty.textContent(), /empty/i);
  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});
