// This file tests the page for readers who use assistive technology or other display modes,
// in headless Chromium: an axe-core scan (WCAG 2.2 A and AA rules, and axe's best practices)
// of the page with results and a finding chosen, in the light and the dark theme, finds no
// violation; a name's kind is in its accessible text ("Person: Marta Lindqvist") while the
// visible text is unchanged; and in forced colours and in greyscale the groups' markers keep
// their own signs (the screenshots are for looking at: test-results/access-*.png).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";
import { EXAMPLE } from "../../www/examples.js";
import { openPage, resultPath, useSite, waitForAnalysed } from "./harness.mjs";

const env = useSite();
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Opens the page (axe may be injected: CSP bypassed for this test only) with the example analysed and a finding chosen. */
async function exampleWithFinding(options) {
  const opened = await openPage(env.browser, env.url, { bypassCSP: true, ...options });
  await opened.page.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysed(opened.page);
  await opened.page.keyboard.press("n");
  return opened;
}

/** axe-core's violations on the page, each as "rule: target (summary)". */
async function violations(page) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
    }));
  });
  return found.flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id}: ${n}`));
}

for (const colorScheme of ["light", "dark"]) {
  test(`axe-core finds no violation with results shown (${colorScheme})`, { timeout: 90_000 }, async () => {
    const { page, errors } = await exampleWithFinding({ colorScheme });
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(errors, []);
  });
}

test("a name's kind is heard before it, and the visible text is unchanged", { timeout: 60_000 }, async () => {
  const { page, errors } = await exampleWithFinding();
  const mark = page.locator('.article-result[data-article="a"] mark[data-kind="PER"]').first();
  const visible = await mark.textContent();
  const text = await page.locator('.article-result[data-article="a"] .article-text').textContent();
  assert.equal(text, EXAMPLE[0].text, "no text is added to the article");
  const snapshot = await mark.ariaSnapshot();
  assert.ok(snapshot.includes(`Person: ${visible}`), snapshot);
  assert.deepEqual(errors, []);
});

test("in forced colours and in greyscale the groups keep their own signs and lines", { timeout: 60_000 }, async () => {
  const { page, errors } = await exampleWithFinding();
  const signs = await page
    .locator(".article-text .footnote")
    .evaluateAll((nodes) => [
      ...new Set(nodes.map((n) => `${n.dataset.group}:${n.dataset.label.replace(/\d+$/, "")}`)),
    ]);
  const bySign = new Map(signs.map((s) => s.split(":")).map(([group, sign]) => [sign, group]));
  assert.equal(bySign.size, new Set(signs.map((s) => s.split(":")[0])).size, `one sign per group: ${signs}`);
  assert.ok(bySign.size >= 5, `${bySign.size} groups marked in the example`);

  await page.emulateMedia({ forcedColors: "active" });
  const text = page.locator('.article-result[data-article="b"] .text-wrap');
  await text.evaluate((node) => node.scrollIntoView({ block: "center" }));
  // In forced colours a marker's sign and border still show.
  const marker = page.locator(".article-text .footnote").first();
  const style = await marker.evaluate((node) => {
    const s = getComputedStyle(node);
    const after = getComputedStyle(node, "::after");
    return { border: s.borderTopStyle, content: after.content };
  });
  assert.equal(style.border, "solid");
  assert.match(style.content, /^".+\d"$|attr/);
  await text.screenshot({ path: resultPath("access-forced-colours.png") });

  await page.emulateMedia({ forcedColors: "none" });
  await page.addStyleTag({ content: "html { filter: grayscale(1); }" });
  await text.screenshot({ path: resultPath("access-greyscale.png") });
  assert.deepEqual(errors, []);
});
