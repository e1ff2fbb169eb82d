// This file tests what the page does when its analysis worker fails in the ways a browser
// allows: it hangs (a loop that never ends), it dies without a word (as a worker killed for its
// memory does; here it closes itself), or an exception escapes it after it has started. The
// page's clock is faked (Playwright's clock) so that the time limit (analyzer.js, 30 seconds
// and more per MiB) passes at once. Each time the worker is terminated and the run is tried once
// more in a fresh one; a run that fails twice ends in the error banner with both reasons, the
// inputs kept, and the next run works. An exception is said as one, not as a failure to start.

import assert from "node:assert/strict";
import { test } from "node:test";
import { card, fillArticle, openPage, useSite, waitForAnalysed } from "./harness.mjs";

const env = useSite("/");

// Appended to the served wasm glue: the worker fails on demand, by the first article's text.
const FAULTS = `
const realAnalyze = Engine.prototype.analyze;
Engine.prototype.analyze = function analyze(input, id) {
  const text = input?.articles?.[0]?.text ?? "";
  if (text.includes("HANG")) for (;;) {}
  if (text.includes("VANISH")) {
    // Nothing more is said, and the worker ends: to the page, as if it had been killed.
    self.postMessage = () => {};
    self.close();
  }
  return realAnalyze.call(this, input, id);
};
const realOnMessage = self.onmessage;
self.onmessage = (event) => {
  if (event.data?.input?.articles?.[0]?.text?.includes("UNCAUGHT")) throw new TypeError("thrown by the test");
  realOnMessage(event);
};
`;

/**
 * Opens the page with a fake clock and the glue served with FAULTS appended: to every worker,
 * or (`once`) to the first only, so that the retry's fresh worker works.
 */
async function openFaulty({ once = false } = {}) {
  let served = 0;
  const opened = await openPage(env.browser, env.url, {
    beforeGoto: async (page) => {
      await page.clock.install();
      await page.route("**/pkg/parallax.js", async (route) => {
        const response = await route.fetch();
        served += 1;
        const body = once && served > 1 ? await response.text() : (await response.text()) + FAULTS;
        await route.fulfill({ response, body });
      });
    },
  });
  let workers = 0;
  opened.page.on("worker", () => {
    workers += 1;
  });
  return { ...opened, workers: () => workers };
}

const GOOD = "Mayor Lena Ortiz visited Kati on Monday.";

/** Runs a good pair once, so that the worker has loaded the analyser. */
async function warmUp(page) {
  await fillArticle(page, "a", { text: GOOD });
  await fillArticle(page, "b", { text: "Lena Ortiz left Kati." });
  await page.getByRole("button", { name: "Analyze" }).click();
  await waitForAnalysed(page);
}

/** Waits until the worker has begun the run (the status says so), then jumps past the time limit. */
async function passTimeLimit(page) {
  await page
    .getByRole("status")
    .filter({ hasText: /^Analysing 2 articles…$/ })
    .waitFor();
  await page.waitForTimeout(200);
  await page.clock.fastForward(31_000);
}

/** The banner once it says the analyser stopped; asserts the inputs are kept. */
async function bannerAfterTwoFailures(page) {
  const alert = page.getByRole("alert");
  await alert.filter({ hasText: "stopped unexpectedly" }).waitFor({ timeout: 20_000 });
  assert.match(await alert.textContent(), /Your text is kept/);
  assert.equal(await page.getByRole("status").textContent(), "The analysis did not finish.");
  return alert.locator(".error-detail").textContent();
}

test("a worker that hangs once is stopped at the time limit and the run, tried again, succeeds", {
  timeout: 60_000,
}, async () => {
  const { page, errors, workers } = await openFaulty({ once: true });
  await warmUp(page);
  const before = workers();
  await fillArticle(page, "a", { text: `HANG ${GOOD}` });
  await page.getByRole("button", { name: "Analyze" }).click();
  await passTimeLimit(page);
  await page
    .getByRole("status")
    .filter({ hasText: /^The analysis did not finish within 30 seconds: .* Trying once more…$/ })
    .waitFor()
    .catch(() => {}); // (the retry may already be done)
  await waitForAnalysed(page);
  assert.equal(await page.getByRole("alert").textContent(), "");
  assert.equal(workers(), before + 1, "one fresh worker for the retry");
  assert.ok((await page.locator('.article-result[data-article="a"] mark[data-kind="PER"]').count()) > 0);
  assert.deepEqual(errors, []);
});

test("a worker that hangs every time: after the retry, the banner says so and the text is kept", {
  timeout: 60_000,
}, async () => {
  const { page } = await openFaulty();
  await warmUp(page);
  await fillArticle(page, "a", { text: `HANG ${GOOD}` });
  await page.getByRole("button", { name: "Analyze" }).click();
  await passTimeLimit(page);
  await passTimeLimit(page);
  assert.equal(
    await bannerAfterTwoFailures(page),
    "The analysis did not finish within 30 seconds: the analyser may have hung or run out of memory. " +
      "Tried again in a fresh analyser: the same happened.",
  );
  assert.equal(await card(page, "a").getByLabel("Text", { exact: true }).inputValue(), `HANG ${GOOD}`);
  await fillArticle(page, "a", { text: GOOD });
  await page.getByRole("button", { name: "Analyze" }).click();
  await waitForAnalysed(page);
});

test("a worker that dies without a word is found at the time limit, like a hung one", {
  timeout: 60_000,
}, async () => {
  const { page } = await openFaulty();
  await warmUp(page);
  await fillArticle(page, "a", { text: `VANISH ${GOOD}` });
  await page.getByRole("button", { name: "Analyze" }).click();
  await passTimeLimit(page);
  await passTimeLimit(page);
  assert.match(await bannerAfterTwoFailures(page), /^The analysis did not finish within 30 seconds/);
  assert.equal(await card(page, "a").getByLabel("Text", { exact: true }).inputValue(), `VANISH ${GOOD}`);
});

test("an exception that escapes a running worker is reported as such, not as a failure to start", {
  timeout: 60_000,
}, async () => {
  const { page, errors } = await openFaulty();
  await warmUp(page);
  // Every status the page shows from here on.
  await page.evaluate(() => {
    const status = document.getElementById("status");
    window.statuses = [];
    new MutationObserver(() => window.statuses.push(status.textContent)).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  // The exception escapes the ready worker's message handler; the retry's fresh worker takes
  // the run from its loading queue, past that handler, and succeeds.
  await fillArticle(page, "a", { text: `UNCAUGHT ${GOOD}` });
  await page.getByRole("button", { name: "Analyze" }).click();
  await waitForAnalysed(page);
  const said = await page.evaluate(() => window.statuses);
  assert.ok(
    said.some((text) =>
      /^The analyser stopped with an error: .*TypeError: thrown by the test Trying once more…$/.test(text),
    ),
    said.join("\n"),
  );
  assert.ok(!said.some((text) => text.includes("could not be started")), said.join("\n"));
  assert.equal(await page.getByRole("alert").textContent(), "");
  assert.deepEqual(
    errors.filter((e) => !e.includes("thrown by the test")),
    [],
  );
});
