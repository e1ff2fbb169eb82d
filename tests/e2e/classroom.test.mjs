// This file tests the classroom mode in headless Chromium, on the built-in example: switched
// on, it hides the findings (their lists, the bar, the markers in the texts); a student selects
// words and marks them as a loaded word, an attribution or something left out elsewhere; on
// Reveal the findings come back with the overlap: which marks stand on a finding of their kind,
// which on none, and how many such findings the student did not mark. It also tests the print
// layout a teacher hands out (every article whole, every folded list open, no controls) and
// blind reading (the outlets named Article A, B...).

import assert from "node:assert/strict";
import { test } from "node:test";
import { openPage, reloadRestored, useSite, waitForAnalysed } from "./harness.mjs";

const env = useSite();

/** Selects the first `words` in article `id`'s text, as a reader's mouse would. */
function select(page, id, words) {
  return page.evaluate(
    ([id, words]) => {
      const body = document.querySelector(`.article-result[data-article="${id}"] .article-text`);
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      }
      return false;
    },
    [id, words],
  );
}

test("classroom: findings hidden, the student marks, Reveal shows the overlap", { timeout: 60_000 }, async () => {
  const { page, errors } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysed(page);
  assert.ok((await page.locator(".footnote:visible").count()) > 0);

  await page.getByLabel("Classroom: mark first, then reveal the findings").check();
  assert.equal(await page.locator(".footnote:visible").count(), 0, "no marker shows");
  assert.equal(await page.locator(".nav-bar").isVisible(), false, "no bar");
  assert.equal(await page.locator('section[data-section="checks"]').isVisible(), false, "no list of findings");
  assert.equal(await page.locator("#findings-summary").isVisible(), false, "no counts");

  // Nothing selected: a clear message, no mark.
  await page.evaluate(() => window.getSelection().removeAllRanges());
  await page.getByRole("button", { name: "Loaded word" }).click();
  assert.match(await page.locator(".classroom-tools .note[aria-live]").textContent(), /^Select some words/);

  assert.ok(await select(page, "a", "protesters"));
  await page.getByRole("button", { name: "Loaded word" }).click();
  assert.ok(await select(page, "b", "they want to know why"));
  await page.getByRole("button", { name: "Attribution" }).click();
  assert.equal(await page.locator(".student-marks li").count(), 2);
  const lit = await page.evaluate(() => [...CSS.highlights.get("pf-student")].map((r) => r.toString()));
  assert.deepEqual(lit, ["protesters", "they want to know why"]);

  await page.getByRole("button", { name: "Reveal the findings" }).click();
  assert.ok((await page.locator(".footnote:visible").count()) > 0, "the markers are back");
  const overlap = page.locator(".classroom-overlap");
  assert.match(
    await overlap.locator(".classroom-summary").textContent(),
    /^You marked 2: 1 stand on a finding of the same kind\. Parallax has \d+ wording, sourcing and omission findings you did not mark\.$/,
  );
  const rows = overlap.locator("li");
  assert.equal(await rows.nth(0).getAttribute("data-matched"), "yes");
  assert.equal(await rows.nth(1).getAttribute("data-matched"), "no");
  // The matched mark leads to its finding.
  await rows.nth(0).getByRole("button").click();
  assert.equal(await page.locator("li.is-current").getAttribute("data-kind"), "framing/label");
  assert.deepEqual(errors, []);
});

test("printing gives every article at full length, the folded lists open, and no controls", {
  timeout: 60_000,
}, async () => {
  const { page, errors } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysed(page);
  const closed = await page.locator("#results details:not([open])").count();
  assert.ok(closed > 0, "some lists start folded");
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("#results details:not([open])").count(), 0, "every list opens to print");
  for (const hidden of [".inputs", ".nav-bar", ".exports", ".tick-strip"]) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  const box = await page
    .locator('.article-result[data-article="b"] .article-text')
    .evaluate((node) => ({ scroll: node.scrollHeight, client: node.clientHeight }));
  assert.ok(box.scroll <= box.client + 1, `the text prints whole: ${JSON.stringify(box)}`);
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10_000);
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  assert.equal(await page.locator("#results details:not([open])").count(), closed, "and fold again after");
  assert.deepEqual(errors, []);
});

test("blind reading calls the articles Article A and B everywhere the page names them", {
  timeout: 60_000,
}, async () => {
  const { page, errors } = await openPage(env.browser, env.url);
  await page.getByLabel(/Blind reading/).check();
  await page.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysed(page);
  const headings = await page.locator(".article-result .article-header h2").allTextContents();
  assert.deepEqual(
    headings.map((h) => h.trim()),
    ["a Article A", "b Article B"],
  );
  const said = await page.locator("#results li[data-finding]").allTextContents();
  for (const outlet of ["Brackwater Courier", "Coastline Daily"]) {
    assert.ok(!said.some((line) => line.includes(outlet)), `no finding names ${outlet}`);
  }
  assert.ok(said.some((line) => line.includes("Article A")));
  // The choice is kept, and switched off the outlets come back.
  await reloadRestored(page);
  assert.equal(await page.getByLabel(/Blind reading/).isChecked(), true);
  await waitForAnalysed(page);
  await page.getByLabel(/Blind reading/).uncheck();
  await page
    .locator(".article-result .article-header h2", { hasText: "The Brackwater Courier" })
    .waitFor({ timeout: 20_000 });
  assert.deepEqual(errors, []);
});
