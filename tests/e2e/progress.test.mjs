// This file tests the progress of a long analysis, as the analyser itself reports it from
// inside the wasm call (src/wasm.rs posts { type: "progress", id, stage, article, of } with
// web-sys): a 20-article run shows a progress bar with the stage and the article ("Comparing…
// article 7 of 20") while the status line stays quiet; the messages come from the core, every
// article of every stage in order, throttled to tens; and Cancel during such a run stops it and
// keeps the text. To make the run long enough to watch, the served glue slows each of the
// core's progress messages down (a busy wait in the worker after posting it); the page records
// every progress message its worker sends.

import assert from "node:assert/strict";
import { test } from "node:test";
import { STAGES } from "../../www/analyzer.js";
import { appendToGlue, card, fillArticle, openPage, useSite, waitForAnalysed } from "./harness.mjs";

const env = useSite("/");

/** The core's stages in order, and the words the bar shows for each. */
const ORDER = Object.keys(STAGES);
const BAR_TEXT =
  /^(Reading the text|Finding names, dates and numbers|Linking the names|Comparing)… article (\d+) of 20$/;

// Appended to the served wasm glue (it runs in the worker): after posting each of the core's
// progress messages, wait 60 ms, longer than the core's 40 ms throttle, so that every step is
// posted and a 20-article run takes about five seconds.
const SLOW = `
const postNow = self.postMessage.bind(self);
self.postMessage = (message, ...rest) => {
  postNow(message, ...rest);
  if (message?.type === "progress" && message.article !== undefined) {
    const until = performance.now() + 60;
    while (performance.now() < until) {}
  }
};
`;

/**
 * Runs in the page before its scripts: keeps every progress message with an article the
 * worker sends (window.__progress), by wrapping the handler analyzer.js sets.
 */
function recordProgress() {
  if (typeof window === "undefined") return;
  window.__progress = [];
  const handler = Object.getOwnPropertyDescriptor(Worker.prototype, "onmessage");
  Object.defineProperty(Worker.prototype, "onmessage", {
    configurable: true,
    get: handler.get,
    set(listener) {
      const record = (event) => {
        const { type, id, stage, article, of } = event.data ?? {};
        if (type === "progress" && article !== undefined) window.__progress.push({ id, stage, article, of });
        return listener.call(this, event);
      };
      handler.set.call(this, listener && record);
    },
  });
}

/** Opens the page recording progress messages, with the slowed glue when `slow`. */
function open(slow) {
  return openPage(env.browser, env.url, {
    beforeGoto: async (page) => {
      await page.addInitScript(recordProgress);
      if (slow) await appendToGlue(SLOW)(page);
    },
  });
}

const TOWNS = ["Kati", "Port Selwyn", "Lindmark", "Ostervik", "Brannholm"];
const OFFICIALS = ["Mayor Lena Ortiz", "Harbour master Omar Haddad", "Councillor Ines Varela", "Chief Jonas Brandt"];
const BODIES = ["Coastal Rescue Service", "Harbour Board", "Regional Power Company", "Red Cross branch"];
const DAYS = ["Thursday", "Friday", "Saturday", "the weekend"];
const QUOTES = [
  "We have never seen water this high on the quay",
  "Crews worked through the night and will carry on",
  "Nobody should drive along the coast road today",
  "The sea wall held, but only just",
];

/** Twenty short invented reports of one storm, each worded and numbered a little differently. */
function storyArticles() {
  return Array.from({ length: 20 }, (_, i) => {
    const town = TOWNS[i % TOWNS.length];
    const other = TOWNS[(i + 2) % TOWNS.length];
    const official = OFFICIALS[i % OFFICIALS.length];
    const body = BODIES[(i + 1) % BODIES.length];
    const text = [
      `Storm Aurel struck ${town} on Tuesday, flooding ${40 + i * 3} homes and cutting power to ${1200 + i * 50} households, officials said.`,
      `${official} said ${80 + (i % 7) * 10} people had spent the night in the school hall.`,
      `"${QUOTES[i % QUOTES.length]}," said ${OFFICIALS[(i + 1) % OFFICIALS.length]}, speaking for the ${body}.`,
      `Ferries between ${town} and ${other} were cancelled until ${DAYS[i % DAYS.length]}.`,
      `The ${body} said repairs would cost about ${2 + (i % 5)} million euros.`,
      i % 2 === 0
        ? "Schools along the coast stayed closed, and the army sent two lorries of sandbags."
        : "Forecasters expect the wind to ease by Wednesday evening.",
    ].join(" ");
    return { label: `${town} ${["Gazette", "Herald", "Courier", "Post"][i % 4]} ${i + 1}`, text };
  });
}

/** Fills twenty cards with `articles`. */
async function fillTwenty(page, articles) {
  for (let i = 2; i < articles.length; i += 1) await page.getByRole("button", { name: "Add article" }).click();
  for (const [i, article] of articles.entries()) await fillArticle(page, String.fromCharCode(97 + i), article);
}

/** Resolves with `promise`, or fails with `message` after `ms`. */
async function within(promise, ms, message) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Records, in the page, every text and value the bar shows and every status the page says. */
function watchBarAndStatus(page) {
  return page.evaluate(() => {
    const seen = { bar: [], status: [] };
    window.__seen = seen;
    const text = document.getElementById("progress-text");
    const bar = document.getElementById("progress-bar");
    const status = document.getElementById("status");
    new MutationObserver(() => {
      if (text.textContent) seen.bar.push({ text: text.textContent, value: bar.value });
    }).observe(text, { childList: true, characterData: true, subtree: true });
    new MutationObserver(() => seen.status.push(status.textContent)).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

test("a 20-article run shows the analyser's stage and article on a bar, every step from the core, in order", {
  timeout: 90_000,
}, async () => {
  const { page, errors } = await open(true);
  await fillTwenty(page, storyArticles());
  await watchBarAndStatus(page);
  await page.getByRole("button", { name: "Analyze" }).click();

  // While it runs: the bar, with the stage and the article, next to Cancel.
  const text = page.locator("#progress-text");
  await text.filter({ hasText: /^Comparing… article \d+ of 20$/ }).waitFor({ timeout: 30_000 });
  assert.ok(await page.locator("#progress-bar").isVisible(), "the bar shows");
  assert.ok(await page.getByRole("button", { name: "Cancel" }).isVisible(), "Cancel shows beside it");
  const value = await page.locator("#progress-bar").evaluate((bar) => bar.value);
  assert.ok(value >= 0.5 && value < 1, `comparing is the last half of the bar (${value})`);
  await waitForAnalysed(page, 30_000);
  assert.ok(await page.locator("#progress").isHidden(), "the bar goes when the run ends");

  // The messages came from the core: every article of every stage, in order, one run's id.
  const messages = await page.evaluate(() => window.__progress);
  const expected = ORDER.flatMap((stage) => Array.from({ length: 20 }, (_, i) => `${stage} ${i + 1}/20`));
  assert.deepEqual(
    messages.map((m) => `${m.stage} ${m.article}/${m.of}`),
    expected,
  );
  assert.equal(new Set(messages.map((m) => m.id)).size, 1, "one run's id");

  // The bar showed them in words, moving forward only; the status line said none of them.
  const seen = await page.evaluate(() => window.__seen);
  for (const shown of seen.bar) assert.match(shown.text, BAR_TEXT);
  const stagesShown = [...new Set(seen.bar.map((s) => s.text.match(BAR_TEXT)[1]))];
  assert.deepEqual(
    stagesShown,
    Object.values(STAGES).map((s) => s.words),
  );
  const values = seen.bar.map((s) => s.value);
  assert.deepEqual(
    values,
    [...values].sort((a, b) => a - b),
    "the bar only moves forward",
  );
  assert.ok(seen.bar.length >= 40, `the bar moved with the articles (${seen.bar.length} steps)`);
  assert.deepEqual(
    seen.status.filter((s) => /article \d/.test(s)),
    [],
    "the live status line does not announce each step",
  );
  assert.deepEqual(errors, []);
});

test("without slowing, a 20-article run posts a few of the core's steps, each stage's first among them", {
  timeout: 60_000,
}, async () => {
  const { page, errors } = await open(false);
  await fillTwenty(page, storyArticles());
  await page.getByRole("button", { name: "Analyze" }).click();
  await waitForAnalysed(page, 30_000);
  const messages = await page.evaluate(() => window.__progress);
  // Each stage's first step is always posted, the others at most one every 40 ms: tens of
  // messages at most, and fewer than the 80 steps on a run that takes well under 3 s.
  assert.ok(messages.length >= 4 && messages.length < 80, `${messages.length} messages`);
  const firsts = messages.filter((m) => m.article === 1).map((m) => m.stage);
  assert.deepEqual(firsts, ORDER);
  const order = messages.map((m) => ORDER.indexOf(m.stage) * 100 + m.article);
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
    "in the order the core went",
  );
  assert.deepEqual(errors, []);
});

test("Cancel during a 20-article run stops it, hides the bar and keeps the text", { timeout: 60_000 }, async () => {
  const { page, errors } = await open(true);
  const articles = storyArticles();
  await fillTwenty(page, articles);
  // The worker the page started on loading runs the analysis.
  const [running] = page.workers();
  assert.ok(running, "the page started its worker");
  const stopped = new Promise((resolve) => running.on("close", resolve));
  await page.getByRole("button", { name: "Analyze" }).click();
  await page
    .locator("#progress-text")
    .filter({ hasText: /^Finding names, dates and numbers… article \d+ of 20$/ })
    .waitFor({ timeout: 30_000 });
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("status").filter({ hasText: "Analysis cancelled. Your text is kept." }).waitFor();
  const atCancel = await page.evaluate(() => window.__progress.length);
  assert.ok(await page.locator("#progress").isHidden(), "the bar goes");
  assert.ok(await page.getByRole("button", { name: "Cancel" }).isHidden());
  assert.ok(await page.locator("#results").isHidden(), "a cancelled run shows no results");

  // The run is stopped, not merely ignored: its worker is terminated, and no step arrives.
  await within(stopped, 10_000, "the worker that ran the analysis was not terminated after Cancel");
  const messages = await page.evaluate(() => window.__progress);
  assert.equal(messages.length, atCancel, "the page takes no step of the run after Cancel");
  assert.ok(!messages.some((m) => m.stage === "compare"), "the run never reached the comparison");
  for (const [i, article] of articles.entries()) {
    const c = card(page, String.fromCharCode(97 + i));
    assert.equal(await c.getByLabel("Text", { exact: true }).inputValue(), article.text, `article ${i + 1} is kept`);
  }
  assert.deepEqual(errors, []);
});
