// This file tests that a huge paste (about 3 MB in one article) does not freeze the page: the
// analysis runs in the worker, so the page answers script calls quickly while it runs, and the
// run ends with results and the report's "truncated" diagnostic (only the first 1 MiB of an
// article is analysed). Such a long run also offers Cancel, which stops it.

import assert from "node:assert/strict";
import { test } from "node:test";
import { assertOnlyLocalRequests, fillArticle, openPage, useSite, waitForAnalysed } from "./harness.mjs";

// No line breaks: Chromium inserts multi-line text into a textarea in quadratic time, so a
// 3 MB fill() with line breaks would take minutes (a paste does not; this is the test tool).
const PARAGRAPH =
  "On Tuesday 5 March 2024 Mayor Lena Ortiz met 12 ferry workers in Kati, about 40 km from Port Selwyn. " +
  "The Harbour Board said fares rose by 8% to €40. ";

const env = useSite("/");

test("a 3 MB paste keeps the page responsive, can be cancelled, and ends with results and a truncation warning", {
  timeout: 90_000,
}, async () => {
  const { page, requests, errors } = await openPage(env.browser, env.url);
  const huge = PARAGRAPH.repeat(Math.ceil(3_000_000 / PARAGRAPH.length));
  assert.ok(huge.length >= 3_000_000);
  await fillArticle(page, "a", { label: "Short", text: "Mayor Lena Ortiz visited Kati on Monday." });
  await fillArticle(page, "b", { label: "Huge", text: huge });

  // A long run offers Cancel; cancelling stops it and keeps the text. (This relies on 1 MiB
  // taking the analyser more than the 300 ms after which Cancel shows; it takes seconds.)
  const analyze = page.getByRole("button", { name: "Analyze" });
  const cancel = page.getByRole("button", { name: "Cancel" });
  await analyze.click();
  await cancel.waitFor({ state: "visible", timeout: 5_000 });
  await cancel.click();
  await page.getByRole("status").filter({ hasText: "cancelled" }).waitFor();
  assert.ok(await cancel.isHidden());
  assert.ok(await page.locator("#results").isHidden(), "a cancelled run shows no results");
  const kept = await page.locator('.card[data-article="b"] textarea').evaluate((el) => el.value.length);
  assert.equal(kept, huge.length, "the text is kept");

  // While the worker analyses, the page's main thread must stay free. A heartbeat timer in the
  // page records when it gets to run; the status line's change to "Analysed ..." marks the end
  // of the analysis (rendering the results afterwards is main-thread work by design).
  await page.evaluate(() => {
    const probe = { ticks: [], startedAt: null, doneAt: null };
    window.__probe = probe;
    probe.timer = setInterval(() => probe.ticks.push(performance.now()), 20);
    const status = document.querySelector('[role="status"]');
    new MutationObserver(() => {
      const said = status.textContent;
      if (probe.startedAt === null && /^(Analysing|Loading)/.test(said)) probe.startedAt = performance.now();
      if (probe.doneAt === null && said.startsWith("Analysed")) probe.doneAt = performance.now();
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await analyze.click();
  // And a round trip from the test to the page completes quickly while the analysis runs.
  let slowest = 0;
  let probes = 0;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const t0 = Date.now();
    const said = await page.evaluate(() => document.querySelector('[role="status"]').textContent);
    const rtt = Date.now() - t0;
    if (!said.startsWith("Analysing") && !said.startsWith("Loading")) break;
    slowest = Math.max(slowest, rtt);
    probes += 1;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.ok(slowest < 1000, `the page answered within ${slowest} ms over ${probes} probes while analysing`);

  await waitForAnalysed(page, 30_000);
  const beat = await page.evaluate(() => {
    const { ticks, startedAt, doneAt } = window.__probe;
    clearInterval(window.__probe.timer);
    const during = ticks.filter((t) => t >= startedAt && t <= doneAt);
    const points = [startedAt, ...during, doneAt];
    let gap = 0;
    let at = 0;
    for (let i = 1; i < points.length; i += 1)
      if (points[i] - points[i - 1] > gap) {
        gap = points[i] - points[i - 1];
        at = points[i - 1] - startedAt;
      }
    return { ms: doneAt - startedAt, ticks: during.length, gap, at };
  });
  assert.ok(beat.ms > 0 && beat.ticks >= 3, `the analysis was watched (${JSON.stringify(beat)})`);
  // The report arrives in slices (www/parts.js), each unpacked in its own task: the longest
  // pause is a few hundred ms (it was 650 to 1,000 ms when the report came in one message);
  // analysing on the main thread would block for seconds.
  assert.ok(beat.gap < 1000, `the main thread was never blocked for long while analysing (${JSON.stringify(beat)})`);
  assert.match(await page.getByRole("status").textContent(), /^Analysed 2 articles/);
  const truncated = page.locator('.diagnostic[data-code="truncated"][data-article="b"]');
  const marks = await page.locator('.article-result[data-article="b"] mark').count();
  assert.equal(await truncated.count(), 1, "the article is over the 1 MiB limit, so a truncation warning is shown");
  assert.match(
    await page.locator('.article-result[data-article="b"] .truncated-note').textContent(),
    /more characters were not analysed/,
  );
  assert.ok(marks > 1000, `the analysed part is highlighted (${marks} marks)`);
  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});
