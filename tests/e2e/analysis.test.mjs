// This file tests the main path in a real browser: two articles typed into the page are
// analysed, the right spans are highlighted with the right kinds (also after an emoji and a
// "€", which take more than one UTF-16 unit or byte), the overlap lists are right, the
// entity tables count mentions, the inputs survive a reload, nothing is requested from
// anywhere but the local server, and a full-page screenshot is saved to test-results/. With a
// third article, the "some but not all" list appears, every article goes by the label the
// report gives it, and Remove renumbers the cards.

import assert from "node:assert/strict";
import { test } from "node:test";
import {
  analyzeAndWait,
  assertOnlyLocalRequests,
  card,
  fillArticle,
  marksOf,
  openPage,
  reloadRestored,
  resultPath,
  useSite,
} from "./harness.mjs";

const A = {
  label: "Harbour Gazette",
  published: "2024-03-05",
  text:
    "Fares rose to €40 🚢 in Kati this week. Mayor Lena Ortiz promised on Tuesday 5 March 2024 to review them.\n\n" +
    "The Harbour Board said 3 ferries would keep running, and Lena Ortiz agreed.",
};
const B = {
  label: "Coast Herald",
  published: "2024-03-06",
  text:
    "Ferry staff in Kati ✨ met Mayor Lena Ortiz on Wednesday. Captain Tomas Berg said €12 million was needed.\n\n" +
    "The meeting ended after 2 hours.",
};

const env = useSite("/");

test("two pasted articles are analysed, highlighted, compared and kept across a reload", {
  timeout: 30_000,
}, async () => {
  const { page, requests, errors } = await openPage(env.browser, env.url);
  await page.getByRole("heading", { name: "Parallax", level: 1 }).waitFor();
  assert.equal(await page.locator(".card").count(), 2, "the page starts with two article cards");

  await fillArticle(page, "a", A);
  await fillArticle(page, "b", B);
  await analyzeAndWait(page);
  assert.match(await page.getByRole("status").textContent(), /^Analysed 2 articles in .*ms\.$/);

  // Highlights, with the exact text of each span.
  const perA = await marksOf(page, "a", "PER");
  assert.ok(perA.includes("Lena Ortiz"), `PER marks in a: ${JSON.stringify(perA)}`);
  assert.deepEqual(await marksOf(page, "a", "LOC"), ["Kati"]);
  const datesA = await marksOf(page, "a", "DATE");
  // A weekday beside the date it agrees with is one date.
  assert.ok(datesA.includes("Tuesday 5 March 2024"), `DATE marks in a: ${JSON.stringify(datesA)}`);
  const perB = await marksOf(page, "b", "PER");
  assert.ok(perB.includes("Tomas Berg") && perB.includes("Lena Ortiz"), `PER marks in b: ${JSON.stringify(perB)}`);
  assert.deepEqual(await marksOf(page, "b", "LOC"), ["Kati"]);
  assert.ok((await marksOf(page, "b", "DATE")).includes("Wednesday"));

  // UTF-16 offsets: the marks after "€" and the emoji cover exactly their words, and the
  // rendered text is the pasted text, character for character, line breaks included.
  assert.ok((await marksOf(page, "a", "QUANTITY")).includes("€40"));
  assert.ok((await marksOf(page, "b", "QUANTITY")).includes("€12 million"));
  const textA = page.locator('.article-result[data-article="a"] .article-text');
  assert.equal(await textA.evaluate((el) => el.textContent), A.text);
  const beforeKati = await textA.evaluate((el) => {
    const mark = el.querySelector('mark[data-kind="LOC"]');
    const range = document.createRange();
    range.setStart(el, 0);
    range.setEndBefore(mark);
    return range.toString();
  });
  assert.equal(beforeKati, "Fares rose to €40 🚢 in ");
  const date = page.locator('.article-result[data-article="a"] mark[data-kind="DATE"]', { hasText: "5 March 2024" });
  assert.equal(await date.getAttribute("title"), "Date: 2024-03-05");
  assert.equal(await textA.evaluate((el) => getComputedStyle(el).whiteSpace), "pre-wrap");

  // The overlap lists.
  const every = page.locator('.finding-group[data-group="every"] .chip-text');
  const everyNames = await every.allTextContents();
  assert.ok(everyNames.includes("Lena Ortiz") && everyNames.includes("Kati"), `every: ${JSON.stringify(everyNames)}`);
  assert.ok(!everyNames.includes("Tomas Berg"));
  const onlyA = await page.locator('.finding-group[data-group="only"][data-article="a"] .chip-text').allTextContents();
  const onlyB = await page.locator('.finding-group[data-group="only"][data-article="b"] .chip-text').allTextContents();
  assert.ok(onlyA.includes("Harbour Board"), `only in a: ${JSON.stringify(onlyA)}`);
  assert.ok(onlyB.includes("Tomas Berg"), `only in b: ${JSON.stringify(onlyB)}`);
  assert.ok(!onlyA.includes("Kati") && !onlyB.includes("Kati"));
  assert.match(
    await page.locator('.finding-group[data-group="only"][data-article="a"] h3').textContent(),
    /Named only in a · Harbour Gazette/,
  );

  // Each article's entity table: Lena Ortiz is named twice in a, so she comes first.
  const rowsA = page.locator('.article-result[data-article="a"] .entity-row');
  assert.equal(await rowsA.first().locator(".entity-name").textContent(), "Lena Ortiz");
  assert.equal(await rowsA.first().locator(".entity-count").textContent(), "2");
  assert.equal(await rowsA.first().locator(".entity-kind").textContent(), "Person");

  // The legend lists the kinds the highlights use, in its fixed order, and no others.
  const legend = await page.locator(".legend-item").allTextContents();
  const used = await page
    .locator(".article-result mark[data-kind]")
    .evaluateAll((marks) => [...new Set(marks.map((m) => m.dataset.kind))]);
  const order = ["PER", "ORG", "LOC", "MISC", "NAME", "DATE", "QUANTITY", "GROUP"];
  const labels = {
    PER: "Person",
    ORG: "Organisation",
    LOC: "Place",
    MISC: "Other name",
    NAME: "Name (type unknown)",
    DATE: "Date",
    QUANTITY: "Quantity",
    GROUP: "Group",
  };
  assert.deepEqual(
    legend,
    order.filter((k) => used.includes(k)).map((k) => labels[k]),
  );
  assert.ok(legend.includes("Person") && legend.includes("Date"), legend.join(", "));
  assert.ok(!legend.includes("Name (type unknown)"), "the recogniser types every name");

  await page.screenshot({ path: resultPath("analysis.png"), fullPage: true });

  // Inputs survive a reload.
  await reloadRestored(page);
  for (const [id, article] of [
    ["a", A],
    ["b", B],
  ]) {
    const c = card(page, id);
    assert.equal(await c.getByLabel("Outlet", { exact: true }).inputValue(), article.label);
    assert.equal(await c.getByLabel("Published", { exact: true }).inputValue(), article.published);
    assert.equal(await c.getByLabel("Text", { exact: true }).inputValue(), article.text);
  }

  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});

test("a third article adds the 'some but not all' list, and Remove renumbers the cards", {
  timeout: 30_000,
}, async () => {
  const { page, requests, errors } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Clear" }).click();
  await fillArticle(page, "a", { text: A.text });
  await fillArticle(page, "b", { text: B.text });
  await page.getByRole("button", { name: "Add article" }).click();
  await fillArticle(page, "c", { label: "Wire", text: "Captain Tomas Berg spoke in Kati on Friday." });
  await analyzeAndWait(page);
  const some = page.locator('.finding-group[data-group="some"] .chip');
  const lena = await some.filter({ hasText: "Lena Ortiz" }).textContent();
  assert.match(lena, /in a, b; not in c/);
  // Each article goes by the label the report gives it: the outlet typed in, else its own.
  const headings = await page.locator(".article-result h2").allTextContents();
  assert.deepEqual(headings, ["a Article A", "b Article B", "c Wire"]);
  assert.deepEqual(await page.locator('.finding-group[data-group="only"] h3').allTextContents(), [
    "Named only in a · Article A",
    "Named only in b · Article B",
    "Named only in c · Wire",
  ]);

  // Removing article a turns b into a and c into b.
  await card(page, "a").getByRole("button", { name: "Remove article a" }).click();
  assert.equal(await page.locator(".card").count(), 2);
  assert.equal(await card(page, "b").getByLabel("Outlet", { exact: true }).inputValue(), "Wire");
  assert.ok(await card(page, "a").getByRole("button", { name: "Remove article a" }).isDisabled());

  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});
