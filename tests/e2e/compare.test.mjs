// This file tests the comparison sections of the results in a real browser, on two short
// articles written for it (a fictional landslide in a fictional town) with planted
// differences: a death toll of 14 in one and 41 in the other in otherwise matching sentences,
// a quote with one word changed, a quote given word for word in both, a sentence copied word
// for word, and "15 km (9 miles)" against "15 kilometres". It checks that "Check these" shows
// the conflict with both numbers, "Quotes across articles" the changed word struck out and the
// new one underlined, "Reused text" a percentage for each article, "Who is named where" a row
// with counts in both columns, "Agreements written differently" the distance, that every
// finding of the report is shown somewhere, that the sections come in the intended order, and
// that nothing is requested from anywhere but the local server. It saves a full-page
// screenshot to test-results/compare.png. A third test checks that a different person named
// in the same role (two inquiries' chairs) shows in "Check these" with both names
// (test-results/roles.png), a claim credited to different kinds of source under "Sourcing and
// framing" (sourcing.png), and two articles about different events a warning and no conflict
// (events.png).

import assert from "node:assert/strict";
import { test } from "node:test";
import {
  analyseInNode,
  analyzeAndWait,
  assertOnlyLocalRequests,
  buildAllLines,
  fillArticle,
  litTexts,
  openPage,
  resultPath,
  useSite,
} from "./harness.mjs";

const A = {
  label: "Lakeside Courier",
  published: "2024-05-14",
  text: [
    "KARVESSA — At least 14 people were killed when a landslide buried part of the mountain town of Karvessa on Monday, rescue officials said.",
    "The slide struck a village about 15 km (9 miles) north of the provincial capital, Dumelle.",
    "Governor Ilse Marrow visited the site on Tuesday. “We will rebuild every house that was lost,” Marrow told reporters.",
    "Rescue chief Tobias Vennet said crews were still searching through the mud. “The ground is still moving and we must be careful,” Vennet said.",
    "Heavy rain had fallen across the region for five days before the slide, according to the national weather service.",
    "Residents said the warnings had come far too late.",
  ].join("\n\n"),
};
const B = {
  label: "Valley Post",
  published: "2024-05-14",
  text: [
    "At least 41 people were killed when a landslide buried part of the mountain town of Karvessa on Monday, rescue officials said.",
    "The slide struck a village 15 kilometres north of the provincial capital, Dumelle.",
    "“We will rebuild every home that was lost,” Governor Ilse Marrow told reporters during a visit on Tuesday.",
    "“The ground is still moving and we must be careful,” rescue chief Tobias Vennet said.",
    "Heavy rain had fallen across the region for five days before the slide, according to the national weather service.",
    "The army has sent 200 soldiers to help with the search.",
  ].join("\n\n"),
};

const env = useSite("/");

test("the build finds what was planted in the two articles", async () => {
  const report = await analyseInNode({ articles: [A, B] });
  const kinds = report.findings.map((f) => f.kind);
  for (const kind of ["conflict/quantity", "quote/altered", "quote/identical", "agreement/quantity"]) {
    assert.ok(kinds.includes(kind), `${kind} in ${JSON.stringify(kinds)}`);
  }
  const [pair] = report.pairs;
  assert.ok(
    pair.aligned.some((m) => m.class === "identical"),
    "the copied sentence is aligned as identical",
  );
  assert.ok(
    pair.reuse.every((share) => share > 0),
    `reuse ${pair.reuse}`,
  );
});

/** Fills articles a and b and analyses them. */
async function analysePair(page, a, b) {
  await fillArticle(page, "a", a);
  await fillArticle(page, "b", b);
  await analyzeAndWait(page);
}

/** Two local papers of one day, for the sentence cases below. */
const gazette = (text) => ({ label: "Harbour Gazette", published: "2025-03-05", text });
const wire = (text) => ({ label: "Coast Wire", published: "2025-03-05", text });

test("the comparison sections show the conflict, the changed quote, the reuse, who is named where and the agreement", {
  timeout: 30_000,
}, async () => {
  const { page, requests, errors } = await openPage(env.browser, env.url);
  await analysePair(page, A, B);
  const results = page.locator("#results");

  // The sections, in order: Check these, then the comparison, then the overlap lists.
  const order = await results
    .locator(":scope > section")
    .evaluateAll((els) => els.map((el) => el.dataset.section ?? el.className));
  const expected = ["checks", "quotes", "reuse", "matrix", "framing", "agreements", "left-out", "overlap"];
  assert.deepEqual(
    order.filter((s) => expected.includes(s)),
    expected,
    `sections: ${order}`,
  );
  const grid = await results.evaluate((el) =>
    [...el.children].findIndex((c) => c.classList.contains("article-results")),
  );
  assert.equal(grid, (await results.evaluate((el) => el.children.length)) - 1, "the article texts come last");

  // Check these: the toll, with both numbers, why, and each article's words in their sentence.
  const toll = results.locator('.checks .check[data-kind="conflict/quantity"]');
  assert.equal(await toll.count(), 1);
  const tollText = await toll.textContent();
  assert.match(tollText, /\b14 people\b/);
  assert.match(tollText, /\b41 people\b/);
  assert.match(await toll.getAttribute("data-finding"), /^f\d+$/);
  assert.match(await toll.locator(".why").textContent(), /deaths/);
  const spots = toll.locator(".check-spot");
  assert.deepEqual(await spots.evaluateAll((els) => els.map((el) => el.dataset.article)), ["a", "b"]);
  assert.match(await spots.nth(0).locator("strong").textContent(), /14 people/);
  assert.match(await spots.nth(1).locator("strong").textContent(), /41 people/);
  assert.match(await spots.nth(1).textContent(), /Valley Post: At least 41 people were killed when a landslide/);

  // Quotes across articles: the changed word struck out, the new one underlined.
  const altered = results.locator('[data-section="quotes"] [data-kind="quote/altered"]');
  assert.equal(await altered.count(), 1);
  assert.deepEqual(await altered.locator("del").allTextContents(), ["house", "struck out"]);
  assert.deepEqual(await altered.locator("ins").allTextContents(), ["home", "underlined"]);
  assert.match(
    await altered.locator(".diff-block").textContent(),
    /^“We will rebuild every house home that was lost”$/,
  );
  const [struck, underlined] = await Promise.all([
    altered.locator(".diff-block del").evaluate((el) => getComputedStyle(el).textDecorationLine),
    altered.locator(".diff-block ins").evaluate((el) => getComputedStyle(el).textDecorationLine),
  ]);
  assert.equal(struck, "line-through");
  assert.equal(underlined, "underline");
  const same = results.locator('[data-section="quotes"] [data-kind="quote/identical"]');
  assert.equal(await same.count(), 1);
  assert.match(await same.textContent(), /The ground is still moving/);

  // Reused text: a percentage for each article, the copied sentence among the matches.
  const pair = results.locator('[data-section="reuse"] .reuse-pair[data-pair="a b"]');
  assert.match(
    await pair.locator(".reuse-line").textContent(),
    /^Valley Post takes \d+% of its words from passages also in Lakeside Courier; Lakeside Courier takes \d+% from Valley Post\.$/,
  );
  assert.match(await pair.locator('.tag[data-class="identical"]').textContent(), /^[1-9]\d* identical$/);
  const copied = pair.locator('details[data-class="identical"]');
  await copied.locator("summary").click();
  assert.ok(
    (await copied.locator(".aligned-text").allTextContents()).some((t) =>
      t.startsWith("Heavy rain had fallen across the region"),
    ),
  );
  const edited = pair.locator('details[data-class="edited"]');
  assert.equal(await edited.count(), 1);
  await edited.locator("summary").click();
  assert.ok((await edited.locator(".aligned-item del").allTextContents()).includes("14"));
  assert.ok((await edited.locator(".aligned-item ins").allTextContents()).includes("41"));

  // Who is named where: a column per article, a row for the governor with a count in each.
  const matrix = results.locator('[data-section="matrix"] table');
  assert.deepEqual(
    await matrix.locator("thead th.matrix-article").evaluateAll((els) => els.map((el) => el.dataset.article)),
    ["a", "b"],
  );
  const governor = matrix.locator("tbody tr", { has: page.locator(".entity-swatch", { hasText: /^Ilse Marrow$/ }) });
  assert.equal(await governor.count(), 1);
  const counts = await governor
    .locator("td.num")
    .evaluateAll((els) => els.map((el) => [el.dataset.article, el.textContent]));
  assert.deepEqual(
    counts.map(([id]) => id),
    ["a", "b"],
  );
  for (const [id, n] of counts) assert.match(n, /^[1-9]\d*$/, `Ilse Marrow in ${id}: ${n}`);
  assert.match(await governor.locator(".matrix-aliases").textContent(), /Marrow/);

  // Agreements written differently: the distance, written two ways.
  const distance = results.locator('[data-section="agreements"] [data-kind="agreement/quantity"]');
  assert.equal(await distance.count(), 1);
  assert.match(await distance.textContent(), /15 km \(9 miles\).*15 kilometres/);

  // Left out: collapsed, by article; what only one article says.
  const leftOut = results.locator('[data-section="left-out"] details');
  assert.equal(await leftOut.evaluate((el) => el.open), false);
  await leftOut.locator("summary").click();
  assert.match(
    await leftOut.locator('.left-out-group[data-articles="b"]').textContent(),
    /The army has sent 200 soldiers/,
  );

  // Every finding item says what it is, and every finding of the report is shown (once every
  // page of the paged lists is built): the entity ones as chips in the overlap lists, the
  // others as items.
  await buildAllLines(page);
  const items = await results
    .locator("[data-finding]")
    .evaluateAll((els) => els.map((el) => [el.dataset.kind, el.dataset.finding]));
  for (const [kind, id] of items) assert.ok(kind && /^f\d+( f\d+)*$/.test(id), `${kind} ${id}`);
  const report = await analyseInNode({ articles: [A, B] });
  const shown = new Set(items.flatMap(([, ids]) => ids.split(" ")));
  const itemized = report.findings.filter((f) => !f.kind.endsWith("/entity"));
  assert.ok(itemized.length >= 6, `${itemized.length} findings`);
  assert.deepEqual(
    itemized.filter((f) => !shown.has(f.id)).map((f) => f.kind),
    [],
    "findings the page does not show",
  );

  await page.screenshot({ path: resultPath("compare.png"), fullPage: true });

  // A finding's summary lights its spots in the article texts.
  await results.locator('[data-kind="agreement/quantity"] .link-button').first().click();
  const target = await litTexts(page);
  assert.ok(
    target.some((t) => t.includes("15 km")),
    `lit: ${JSON.stringify(target)}`,
  );

  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});

test("a different person in the same role shows in Check these with both names", { timeout: 30_000 }, async () => {
  const { page, errors } = await openPage(env.browser, env.url);
  await analysePair(
    page,
    gazette(
      "The inquiry will be chaired by retired judge Miriam Oduya, who must deliver her findings within twelve weeks.",
    ),
    wire("Former coroner Desmond Pryce will chair the inquiry and deliver his findings within 12 weeks."),
  );
  const check = page.locator('#results .checks .check[data-kind="conflict/name"]');
  assert.equal(await check.count(), 1);
  const text = await check.textContent();
  assert.match(text, /Miriam Oduya/);
  assert.match(text, /Desmond Pryce/);
  assert.match(text, /in the same role/);
  assert.match(await check.locator(".why").textContent(), /neither article names the other/);
  const spots = check.locator(".check-spot");
  assert.deepEqual(await spots.evaluateAll((els) => els.map((el) => el.dataset.article)), ["a", "b"]);
  await page.locator("#results .checks").screenshot({ path: resultPath("roles.png") });
  assert.deepEqual(errors, []);
});

test("the entity matrix stays inside its box with twenty articles", { timeout: 40_000 }, async () => {
  const { page, requests, errors } = await openPage(env.browser, env.url, { width: 900 });
  for (let i = 2; i < 20; i += 1) await page.getByRole("button", { name: "Add article" }).click();
  for (let i = 0; i < 20; i += 1) {
    const source = i % 2 === 0 ? A : B;
    await fillArticle(page, String.fromCharCode(97 + i), { label: `${source.label} ${i + 1}`, text: source.text });
  }
  await analyzeAndWait(page);
  const scroll = page.locator('[data-section="matrix"] .table-scroll');
  assert.equal(await scroll.locator("thead th.matrix-article").count(), 20);
  const [box, table, section] = await Promise.all([
    scroll.evaluate((el) => ({ width: el.clientWidth, scroll: el.scrollWidth })),
    scroll.locator("table").evaluate((el) => el.getBoundingClientRect().width),
    page.locator('[data-section="matrix"]').evaluate((el) => el.getBoundingClientRect().right),
  ]);
  assert.ok(box.scroll > box.width, `the table scrolls sideways (${box.scroll} > ${box.width})`);
  assert.ok(table > box.width);
  assert.ok(section <= 900, `the section fits the window (right edge ${section})`);
  assert.equal(
    await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    true,
    "the page itself does not scroll sideways",
  );
  // Twenty articles make 190 pairs, all sharing text: the first six are shown, the rest collapsed.
  assert.equal(await page.locator('[data-section="reuse"] > .reuse-list > .reuse-pair').count(), 6);
  assert.equal(
    await page.locator('[data-section="reuse"] > .more-pairs > summary').textContent(),
    "184 more pairs with shared text",
  );

  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});

test("one claim credited to different kinds of source shows under Sourcing and framing", {
  timeout: 30_000,
}, async () => {
  const { page, errors } = await openPage(env.browser, env.url);
  await analysePair(
    page,
    gazette("According to inspection records, the ward was left with two nurses on night shifts."),
    wire("Staff who spoke on condition of anonymity said the ward was left with two nurses on night shifts."),
  );
  const item = page.locator('#results [data-section="framing"] [data-kind="sourcing/attribution"]');
  assert.equal(await item.count(), 1);
  const text = await item.textContent();
  assert.match(text, /Attributed differently/);
  assert.match(text, /documents \(“According to inspection records”\)/);
  assert.match(text, /an unnamed source \(“on condition of anonymity”\)/);
  await page.locator('#results [data-section="framing"]').screenshot({ path: resultPath("sourcing.png") });
  assert.deepEqual(errors, []);
});

test("articles about different events get a warning and no comparison across them", { timeout: 30_000 }, async () => {
  const { page, errors } = await openPage(env.browser, env.url);
  await analysePair(
    page,
    {
      label: "Kelmar Courier",
      text:
        "Eight people died when fire swept through Linden Court in Kelmar on Tuesday. " +
        "Fire chief Marta Hollis said the blaze began on the sixth floor. " +
        "Mayor Dennis Okafor visited the Tanner Street block at dawn. " +
        "About 140 residents were taken to the Brook Lane sports hall.",
    },
    {
      label: "Saltmere Gazette",
      text:
        "Five people died when fire swept through Brennan Heights in Saltmere on Thursday. " +
        "Commissioner Tomas Reyes-Lund said the blaze began in a refuse store. " +
        "Deputy mayor Ingrid Salo visited the Quay Road block at dawn. " +
        "About 200 residents were taken to the Harbour Street school.",
    },
  );
  const note = page.locator('#results .diagnostic[data-code="different_events"]');
  assert.equal(await note.count(), 1);
  assert.match(await note.textContent(), /2 different events/);
  assert.equal(await page.locator('#results .check[data-kind="conflict/quantity"]').count(), 0);
  await page.locator("#results").screenshot({ path: resultPath("events.png") });
  assert.deepEqual(errors, []);
});
