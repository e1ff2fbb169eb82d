// This file tests reading the articles side by side, in headless Chromium: the texts scroll
// together so that a sentence and its counterpart stand level (within a line), and the lock
// turns that off; pointing at a sentence lights it, its counterpart and the words that differ;
// the strip beside each text has a tick per marker, and a tick chooses its finding; with three
// articles the base article leads and only it drives; at 320 px the page reflows with no
// sideways scrolling, the articles become tabs and choosing a finding shows its article; with
// twenty, the disputed facts come first and texts show on demand; and "Sentence by sentence"
// sets each base sentence beside its matches, an empty cell where an article has none.

import assert from "node:assert/strict";
import { test } from "node:test";
import { EXAMPLE } from "../../www/examples.js";
import {
  analyseInNode,
  analyzeAndWait,
  fillArticle,
  fixtureArticles,
  openPage,
  resultPath,
  useSite,
  waitForAnalysed,
} from "./harness.mjs";

const env = useSite();

/** Opens the page and analyses `articles` (filled in the cards). */
async function analysed(articles, options) {
  const opened = await openPage(env.browser, env.url, options);
  const add = opened.page.getByRole("button", { name: "Add article" });
  for (let i = 2; i < articles.length; i += 1) await add.click();
  for (const [i, article] of articles.entries()) await fillArticle(opened.page, String.fromCharCode(97 + i), article);
  await analyzeAndWait(opened.page);
  return opened;
}

/** The top of sentence `index` of article `id`, from the top of its text box, in pixels. */
function sentenceTop(page, id, start) {
  return page.evaluate(
    ([id, start]) => {
      const body = document.querySelector(`.article-result[data-article="${id}"] .article-text`);
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let at = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (start < at + node.nodeValue.length) {
          const range = document.createRange();
          range.setStart(node, start - at);
          range.setEnd(node, start - at + 1);
          return range.getClientRects()[0].top - body.getBoundingClientRect().top;
        }
        at += node.nodeValue.length;
      }
      return null;
    },
    [id, start],
  );
}

/** Scrolls article `id`'s text box as a reader would, to `top`, and lets the page follow. */
async function scrollText(page, id, top) {
  await page.evaluate(
    ([id, top]) => {
      document.querySelector(`.article-result[data-article="${id}"] .article-text`).scrollTop = top;
    },
    [id, top],
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

function scrollTopOf(page, id) {
  return page.evaluate(
    (id) => document.querySelector(`.article-result[data-article="${id}"] .article-text`).scrollTop,
    id,
  );
}

test("the texts scroll together: a matching sentence stands level with its counterpart", {
  timeout: 60_000,
}, async () => {
  // Three articles: a, the base article, drives; b follows it.
  const articles = fixtureArticles("triple-01-mining-accident.toml");
  const { page, errors } = await analysed(articles);
  const report = await analyseInNode({ articles });
  const [a, b] = report.articles;
  const pair = report.pairs.find((p) => p.articles.join() === "a,b");
  const matches = pair.aligned.filter((m) => m.a > 0 && m.b > 0);
  assert.ok(matches.length > 2, "the example has matching sentences");
  const lineHeight = await page.evaluate(
    () => Number.parseFloat(getComputedStyle(document.querySelector(".article-text")).lineHeight) || 26,
  );
  const room = (id) =>
    page.evaluate((id) => {
      const body = document.querySelector(`.article-result[data-article="${id}"] .article-text`);
      return body.scrollHeight - body.clientHeight;
    }, id);
  let tried = 0;
  for (const m of matches) {
    const startA = a.sentences[m.a].start_utf16;
    const startB = b.sentences[m.b].start_utf16;
    const scroll = (await scrollTopOf(page, "a")) + (await sentenceTop(page, "a", startA)) - 20;
    const scrollB = (await scrollTopOf(page, "b")) + (await sentenceTop(page, "b", startB)) - 20;
    // Level only where both texts can scroll that far (not past either one's end).
    if (scroll > (await room("a")) || scrollB > (await room("b")) || scroll < 0 || scrollB < 0) continue;
    tried += 1;
    await scrollText(page, "a", scroll);
    const levelA = await sentenceTop(page, "a", startA);
    const levelB = await sentenceTop(page, "b", startB);
    assert.ok(Math.abs(levelA - levelB) <= lineHeight, `sentence ${m.a} of a at ${levelA}, ${m.b} of b at ${levelB}`);
  }
  assert.ok(tried >= 2, `${tried} matching sentences could stand level`);
  // The base article back to the top brings b along.
  await scrollText(page, "a", 0);
  assert.equal(await scrollTopOf(page, "b"), 0);

  // The lock off: b stays where it is.
  await page.getByLabel("Scroll the articles together").uncheck();
  const before = await scrollTopOf(page, "b");
  await scrollText(page, "a", 300);
  assert.equal(await scrollTopOf(page, "b"), before);
  assert.deepEqual(errors, []);
});

test("pointing at a sentence lights it, its counterpart and the words that differ", { timeout: 60_000 }, async () => {
  const { page, errors } = await analysed(EXAMPLE.map((a) => ({ ...a })));
  const report = await analyseInNode({ articles: EXAMPLE.map((a) => ({ ...a })) });
  const m = report.pairs[0].aligned.find((x) => x.class !== "identical" && x.diff.some((p) => p.op === "removed"));
  assert.ok(m, "the example has an edited matching sentence");
  const [a, b] = report.articles;
  const sentenceA = EXAMPLE[0].text.slice(a.sentences[m.a].start_utf16, a.sentences[m.a].end_utf16);
  const sentenceB = EXAMPLE[1].text.slice(b.sentences[m.b].start_utf16, b.sentences[m.b].end_utf16);
  // Point at the middle of its first line.
  const point = await page.evaluate((start) => {
    const body = document.querySelector('.article-result[data-article="a"] .article-text');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (start + 3 < at + node.nodeValue.length) {
        const range = document.createRange();
        range.setStart(node, start + 2 - at);
        range.setEnd(node, start + 3 - at);
        range.startContainer.parentElement.scrollIntoView({ block: "center" });
        const r = range.getClientRects()[0];
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      at += node.nodeValue.length;
    }
    return null;
  }, a.sentences[m.a].start_utf16);
  await page.mouse.move(point.x, point.y);
  const lit = await page.evaluate(() =>
    Object.fromEntries(
      ["pf-sentence", "pf-counterpart", "pf-differs"].map((name) => [
        name,
        CSS.highlights.has(name) ? [...CSS.highlights.get(name)].map((r) => r.toString()) : [],
      ]),
    ),
  );
  assert.deepEqual(lit["pf-sentence"], [sentenceA]);
  assert.deepEqual(lit["pf-counterpart"], [sentenceB]);
  const removed = m.diff.filter((p) => p.op === "removed").map((p) => p.text.toLowerCase());
  assert.ok(
    lit["pf-differs"].some((w) => removed.includes(w.toLowerCase())),
    `differing words lit: ${JSON.stringify(lit["pf-differs"])}`,
  );
  assert.deepEqual(errors, []);
});

test("either of two texts drives; each strip has a tick per marker, and a tick chooses its finding", {
  timeout: 60_000,
}, async () => {
  const { page, errors } = await analysed(EXAMPLE.map((a) => ({ ...a })));
  // With two articles, either text drives the other.
  await scrollText(page, "b", 300);
  assert.ok((await scrollTopOf(page, "a")) > 0, "b drives a");
  for (const id of ["a", "b"]) {
    const result = page.locator(`.article-result[data-article="${id}"]`);
    assert.equal(await result.locator(".tick").count(), await result.locator(".footnote").count());
  }
  const tick = page.locator('.article-result[data-article="b"] .tick[data-group="conflicts"]');
  await tick.evaluate((node) => node.scrollIntoView({ block: "center" }));
  await tick.click();
  assert.equal(await page.locator("li.is-current").getAttribute("data-kind"), "conflict/quantity");
  assert.deepEqual(errors, []);
});

test("with three articles the base article leads, and only it drives the others", { timeout: 60_000 }, async () => {
  const articles = fixtureArticles("triple-01-mining-accident.toml");
  const { page, errors } = await analysed(articles);
  const order = () =>
    page.locator(".article-result").evaluateAll((nodes) =>
      nodes
        .map((n) => [n.dataset.article, n.getBoundingClientRect().left])
        .sort((x, y) => x[1] - y[1])
        .map(([id]) => id),
    );
  assert.deepEqual(await order(), ["a", "b", "c"]);
  await page.getByLabel("Others follow").selectOption("c");
  assert.equal((await order())[0], "c", "the base article comes first");
  await scrollText(page, "b", 200);
  assert.equal(await scrollTopOf(page, "a"), 0, "another article can be read alone");
  await scrollText(page, "c", 250);
  assert.ok((await scrollTopOf(page, "a")) > 0, "the base article drives");
  await page.screenshot({ path: resultPath("side-three.png") });
  assert.deepEqual(errors, []);
});

test("at 320 px nothing scrolls sideways, the articles are tabs, and a finding shows its article", {
  timeout: 60_000,
}, async () => {
  const { page, errors } = await openPage(env.browser, env.url, { width: 320, height: 720 });
  await page.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysed(page);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 320, `the page is ${wide} px wide`);
  const tabs = page.getByRole("tab");
  assert.equal(await tabs.count(), 2);
  assert.equal(await page.locator('.article-result[data-article="a"]').isVisible(), true);
  assert.equal(await page.locator('.article-result[data-article="b"]').isVisible(), false);
  await tabs.nth(1).click();
  assert.equal(await page.locator('.article-result[data-article="b"]').isVisible(), true);
  assert.equal(await page.locator('.article-result[data-article="a"]').isVisible(), false);
  // The conflict's first span is in a: choosing it shows a again.
  await page.locator('li[data-kind="conflict/quantity"] .link-button').click();
  assert.equal(await page.locator('.article-result[data-article="a"]').isVisible(), true);
  assert.equal(await tabs.nth(0).getAttribute("aria-selected"), "true");
  await page.screenshot({ path: resultPath("side-320.png"), fullPage: false });
  assert.deepEqual(errors, []);
});

test("with twenty articles the disputed facts come first and each text is shown on demand", {
  timeout: 120_000,
}, async () => {
  const names = [
    "pair-01-ferry-fire.toml",
    "pair-02-factory-strike.toml",
    "pair-03-flood.toml",
    "pair-04-election-count.toml",
    "pair-05-court-ruling.toml",
    "pair-06-border-clash.toml",
    "pair-07-protest.toml",
    "pair-08-company-takeover.toml",
    "triple-01-mining-accident.toml",
    "triple-02-vaccine-trial.toml",
  ];
  const articles = names.flatMap((name) => fixtureArticles(name)).slice(0, 20);
  assert.equal(articles.length, 20);
  const { page, errors } = await analysed(articles);
  const disputed = page.locator('section[data-section="disputed"]');
  const order = await page.evaluate(() =>
    [...document.querySelectorAll("#results > *")].map((n) => n.dataset.section ?? n.className),
  );
  assert.ok(order.indexOf("disputed") < order.indexOf("checks"), `the facts come before the checks: ${order}`);
  const rows = disputed.locator("tbody tr");
  assert.ok((await rows.count()) >= 5);
  assert.equal((await rows.first().locator("td[data-side]").count()) >= 2, true, "a fact has two sides or more");
  // Every text starts folded; choosing a fact shows the texts it is in, and only those.
  assert.equal(await page.locator(".article-text:visible").count(), 0);
  const first = rows.first();
  const sided = await first.locator("td").evaluateAll((tds) => tds.map((td) => td.hasAttribute("data-side")));
  await first.getByRole("button").click();
  assert.equal(await page.locator("li.is-current").getAttribute("data-kind"), "conflict/quantity");
  assert.equal(await page.locator(".article-text:visible").count(), sided.filter(Boolean).length);
  // A heading's button shows a text on demand, and hides it again.
  const toggle = page.locator('.article-result[data-article="t"] .fold-toggle');
  await toggle.click();
  assert.equal(await page.locator('.article-result[data-article="t"] .article-text').isVisible(), true);
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  await toggle.click();
  assert.equal(await page.locator('.article-result[data-article="t"] .article-text').isVisible(), false);
  await page.screenshot({ path: resultPath("side-twenty.png") });
  assert.deepEqual(errors, []);
});

test("sentence by sentence: a row per base sentence, an empty cell where another has no match", {
  timeout: 60_000,
}, async () => {
  const articles = fixtureArticles("triple-01-mining-accident.toml");
  const { page, errors } = await analysed(articles);
  const report = await analyseInNode({ articles });
  const table = page.locator('section[data-section="aligned-rows"] table');
  const pairAB = report.pairs.find((p) => p.articles.join() === "a,b");
  const matchedInB = new Set(pairAB.aligned.map((m) => m.a));
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => ({ sentence: Number(tr.dataset.sentence), b: tr.cells[1].classList.contains("none") })),
    );
  assert.ok(rows.length >= 5);
  for (const row of rows) assert.equal(row.b, !matchedInB.has(row.sentence), `sentence ${row.sentence} of a`);
  assert.ok(rows.some((r) => r.b) && rows.some((r) => !r.b), "both kinds of cell");

  // A matched row lights the sentence and its counterparts in the texts.
  const matched = rows.find((r) => !r.b).sentence;
  await table.locator(`tr[data-sentence="${matched}"] .link-button`).click();
  const lit = await page.evaluate(() => ({
    sentence: [...CSS.highlights.get("pf-sentence")].length,
    counterparts: [...CSS.highlights.get("pf-counterpart")].length,
  }));
  assert.deepEqual([lit.sentence, lit.counterparts >= 1], [1, true]);

  // The base can change: rows become b's sentences.
  await page.getByLabel("Rows are the sentences of").selectOption("b");
  assert.match(await table.locator("thead th").first().textContent(), /Tolvaen Herald/);
  assert.deepEqual(errors, []);
});
