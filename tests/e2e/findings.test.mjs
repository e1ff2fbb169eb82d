// This file tests going through the findings as a checker would, in headless Chromium, on the
// built-in example (which plants a conflict, a changed quote and a wording difference): the
// keyboard-only route from Analyze to a finding, to each of its spans in the texts and back;
// n and p, and switching them off; the filters by group and by article; the marks in the
// texts (one footnote marker per span, each leading back to its finding); each export, checked
// on the downloaded file (the CSV's offsets re-extract its texts exactly, the Markdown's
// quotations are in the articles); Copy; and the results coming back after a reload, with no
// request leaving the page.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { EXAMPLE } from "../../www/examples.js";
import {
  analyseInNode,
  analyzeAndWait,
  assertOnlyLocalRequests,
  buildAllLines,
  fillArticle,
  litTexts,
  openPage,
  reloadRestored,
  resultPath,
  useSite,
  waitForAnalysed,
} from "./harness.mjs";

const env = useSite();

/** Opens the page, loads the example with the keyboard (Enter on the button) and waits. */
async function exampleAnalysed(options) {
  const opened = await openPage(env.browser, env.url, options);
  await opened.page.getByRole("button", { name: "Load example" }).focus();
  await opened.page.keyboard.press("Enter");
  await waitForAnalysed(opened.page);
  return opened;
}

/** The chosen finding's line: its kind and finding ids; null when none is chosen. */
function current(page) {
  return page.evaluate(() => {
    const li = document.querySelector("li.is-current");
    return li && { kind: li.dataset.kind, finding: li.dataset.finding, aria: li.getAttribute("aria-current") };
  });
}

/** What has focus: its tag, classes, and the data the tests read. */
function focused(page) {
  return page.evaluate(() => {
    const node = document.activeElement;
    return {
      tag: node.tagName,
      id: node.id,
      classes: [...node.classList],
      article: node.dataset.article ?? null,
      number: node.dataset.number ?? null,
      finding: node.closest("li")?.dataset.finding ?? null,
      text: node.textContent,
    };
  });
}

/** Presses `key` until `done(focused)` holds, at most `max` times; fails otherwise. */
async function pressUntil(page, key, done, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    if (done(await focused(page))) return;
  }
  assert.fail(`no element reached with ${key} in ${max} presses`);
}

/** The report the page was given for the example (the same wasm build, in Node). */
function exampleReport() {
  return analyseInNode({ articles: EXAMPLE.map((a) => ({ ...a })) });
}

test("keyboard only: Analyze, the summary, n to a conflict, each of its spans and back", {
  timeout: 60_000,
}, async () => {
  const { page, requests, errors } = await exampleAnalysed();
  assert.equal((await focused(page)).id, "findings-summary", "focus moves to the summary");
  const summary = await page.locator("#findings-summary").textContent();
  assert.match(summary, /^1 conflict, 1 quote changed, 1 wording difference, \d+ quotes? shared, /);

  // n chooses the first finding: the conflict, lit in both articles.
  await page.keyboard.press("n");
  const conflict = await current(page);
  assert.equal(conflict.kind, "conflict/quantity");
  assert.equal(conflict.aria, "true");
  assert.deepEqual(await litTexts(page), ["Three people", "Four people"]);
  const inView = await page.evaluate(() =>
    [...CSS.highlights.get("pf-current")].map((range) => {
      const box = range.startContainer.parentElement.closest(".article-text").getBoundingClientRect();
      const r = range.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    }),
  );
  assert.deepEqual(inView, [true, true], "each article's text is scrolled to its span");
  await buildAllLines(page);
  const total = await page.locator("li[data-finding]").count();
  assert.equal(
    await page.locator(".nav-status").textContent(),
    `1 of ${total}: The Brackwater Courier says “Three people”, Coastline Daily says “Four people”`,
  );

  // Tab to the bar's button for article a's span, Enter: focus on its marker in the text.
  await pressUntil(page, "Tab", (f) => f.classes.includes("spot") && f.text.startsWith("a "));
  await page.keyboard.press("Enter");
  let at = await focused(page);
  assert.deepEqual([at.classes.includes("footnote"), at.article, at.number], [true, "a", "1"]);
  const markerInView = await page.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.ok(markerInView, "the marker is in view");

  // Enter on the marker: back to the finding in the list.
  await page.keyboard.press("Enter");
  at = await focused(page);
  assert.deepEqual([at.classes.includes("link-button"), at.finding], [true, conflict.finding]);

  // Shift+Tab back up to the bar's button for article b, then its marker, then back again.
  await pressUntil(page, "Shift+Tab", (f) => f.classes.includes("spot") && f.text.startsWith("b "));
  await page.keyboard.press("Enter");
  at = await focused(page);
  assert.deepEqual([at.classes.includes("footnote"), at.article, at.number], [true, "b", "1"]);
  await page.keyboard.press("Enter");
  assert.equal((await focused(page)).finding, conflict.finding);
  assert.deepEqual(await current(page), conflict, "the same finding stays chosen");
  assert.deepEqual(await litTexts(page), ["Three people", "Four people"], "and lit");

  await page.screenshot({ path: resultPath("findings-keyboard.png") });
  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});

test("n and p walk the findings in order, stop at the ends, and can be switched off", {
  timeout: 60_000,
}, async () => {
  const { page, errors } = await exampleAnalysed();
  await buildAllLines(page);
  const order = await page.locator("li[data-finding]").evaluateAll((lis) => lis.map((li) => li.dataset.finding));
  const status = page.locator(".nav-status");
  await page.keyboard.press("p");
  assert.equal((await current(page))?.finding, order[order.length - 1], "p with none chosen goes to the last");
  await page.keyboard.press("n");
  assert.equal(await status.textContent(), "No more findings after this one.");
  // Next is disabled on the last finding: the end stops it.
  assert.equal(await page.getByRole("button", { name: "Next ›" }).isDisabled(), true);
  assert.equal((await current(page)).finding, order[order.length - 1]);

  // From the top: n, n, n, p reads 2 of N.
  await page.locator(`li[data-finding="${order[0]}"] .link-button`).click();
  await page.locator("#findings-summary").focus();
  await page.keyboard.press("n");
  await page.keyboard.press("n");
  await page.keyboard.press("p");
  assert.equal((await current(page)).finding, order[1]);
  assert.match(await status.textContent(), new RegExp(`^2 of ${order.length}: `));
  assert.equal(await page.getByRole("button", { name: "‹ Previous" }).isDisabled(), false);

  // n typed into a text box is text, not a shortcut.
  const textA = page.locator('.card[data-article="a"]').getByLabel("Text", { exact: true });
  await textA.focus();
  await page.keyboard.press("End");
  await page.keyboard.press("n");
  assert.equal((await current(page)).finding, order[1]);
  assert.ok((await textA.inputValue()).endsWith("n"));
  await page.keyboard.press("Backspace");

  // Switched off, n does nothing; the choice outlives a reload.
  await page.getByLabel("Keys n and p go to the next and previous").uncheck();
  await page.locator("#findings-summary").focus();
  await page.keyboard.press("n");
  assert.equal((await current(page)).finding, order[1], "n is off");
  await reloadRestored(page);
  await waitForAnalysed(page);
  assert.equal(await page.getByLabel("Keys n and p go to the next and previous").isChecked(), false);
  assert.deepEqual(errors, []);
});

test("filters by group and by article hide findings, and Next skips what they hide", {
  timeout: 60_000,
}, async () => {
  const { page, errors } = await exampleAnalysed();
  const omissions = page.locator('li[data-kind^="omission/"]');
  assert.ok((await omissions.count()) > 5);
  await page.locator('.filter[data-group="omissions"] input').uncheck();
  assert.equal(await page.locator('li[data-kind^="omission/"]:visible').count(), 0, "omissions hidden");
  assert.equal(await page.locator('section[data-section="left-out"]').isVisible(), false, "and their section");
  const shown = await page.locator("li[data-finding]:visible").count();
  assert.match(await page.locator(".nav-status").textContent(), new RegExp(`^${shown} of \\d+ findings shown`));
  const next = page.getByRole("button", { name: "Next ›" });
  for (let i = 0; i < shown && !(await next.isDisabled()); i += 1) await next.click();
  assert.equal(await next.isDisabled(), true, "Next reaches the last shown finding");
  assert.ok(!(await current(page)).kind.startsWith("omission/"), "Next never lands on a hidden finding");

  await page.locator('.filter[data-group="omissions"] input').check();
  await page.getByLabel("In article").selectOption("b");
  const report = await exampleReport();
  const inB = new Set(
    report.findings.filter((f) => f.articles.includes("b") || f.spans.some((s) => s.article === "b")).map((f) => f.id),
  );
  const visible = await page
    .locator("li[data-finding]:visible")
    .evaluateAll((lis) => lis.map((li) => li.dataset.finding.split(" ")));
  assert.ok(visible.length > 3);
  for (const ids of visible)
    assert.ok(
      ids.some((id) => inB.has(id)),
      `${ids} involves b`,
    );
  const onlyA = report.findings.find((f) => f.kind === "omission/sentence" && f.articles.join() === "a");
  assert.ok(onlyA, "the example has a sentence only a carries");
  assert.equal(await page.locator(`li[data-finding~="${onlyA.id}"]`).isVisible(), false, "a's own omission is hidden");
  assert.deepEqual(errors, []);
});

test("each finding's spans carry a footnote marker with its group's sign, leading back to it", {
  timeout: 60_000,
}, async () => {
  const { page, errors } = await exampleAnalysed();
  await buildAllLines(page);
  const items = await page.locator("li[data-finding]").evaluateAll((lis) => lis.map((li) => li.dataset.finding));
  const report = await exampleReport();
  const byId = new Map(report.findings.map((f) => [f.id, f]));
  // One marker per distinct span of each item.
  let spans = 0;
  for (const ids of items) {
    const keys = new Set(
      ids
        .split(" ")
        .flatMap((id) => byId.get(id).spans.map((s) => `${s.article}:${s.span.start_utf16}:${s.span.end_utf16}`)),
    );
    spans += keys.size;
  }
  assert.equal(await page.locator(".article-text .footnote").count(), spans);
  // The markers add no text: each article's text reads exactly as pasted.
  for (const [i, article] of EXAMPLE.entries()) {
    const id = String.fromCharCode(97 + i);
    const shown = await page.locator(`.article-result[data-article="${id}"] .article-text`).textContent();
    assert.equal(shown, article.text);
  }
  // The conflict's markers wear its sign and number; clicking one chooses it and focuses its line.
  const marker = page.locator('.article-result[data-article="b"] .footnote[data-group="conflicts"]');
  assert.equal(await marker.getAttribute("data-label"), "≠1");
  assert.match(await marker.getAttribute("aria-label"), /^Finding 1, conflict: .*Go to the finding\.$/);
  await marker.click();
  assert.equal((await current(page)).kind, "conflict/quantity");
  assert.equal((await focused(page)).finding, items[0]);
  // Each group's line is drawn: every group present has a highlight of its own.
  const groups = await page.evaluate(() =>
    [...CSS.highlights.keys()]
      .filter((k) => !["pf-current", "pf-sentence", "pf-counterpart", "pf-differs"].includes(k))
      .sort(),
  );
  const present = await page.locator(".filter").evaluateAll((ls) => ls.map((l) => `pf-${l.dataset.group}`).sort());
  assert.deepEqual(groups, present);
  assert.deepEqual(errors, []);
});

/** Clicks the export button `name` and returns the downloaded file's name and text. */
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
}

/** The records of RFC 4180 CSV text. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else cell += c;
  }
  return rows;
}

test("the exports download files a checker can cite: spans re-extract, quotations are the articles' words", {
  timeout: 60_000,
}, async () => {
  const { page, requests, errors } = await exampleAnalysed();
  const texts = Object.fromEntries(EXAMPLE.map((a, i) => [String.fromCharCode(97 + i), a.text]));
  const report = await exampleReport();

  const csv = await download(page, "Claim table (CSV)");
  assert.equal(csv.name, "parallax-claims.csv");
  const [head, ...rows] = parseCsv(csv.text);
  assert.deepEqual(head.slice(0, 3), ["finding_id", "family", "kind"]);
  const col = Object.fromEntries(head.map((h, i) => [h, i]));
  assert.equal(rows.length, report.findings.flatMap((f) => f.spans).length, "one row per span");
  for (const r of rows) {
    const exact = texts[r[col.article]].slice(Number(r[col.start_utf16]), Number(r[col.end_utf16]));
    const cell = r[col.text];
    assert.equal(/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell, exact, `row ${r[col.finding_id]}`);
    assert.equal(r[col.status], "");
  }
  const conflictRows = rows.filter((r) => r[col.kind] === "conflict/quantity");
  assert.deepEqual(
    conflictRows.map((r) => [r[col.article], r[col.text], r[col.paragraph]]),
    [
      ["a", "Three people", "6"],
      ["b", "Four people", "10"],
    ],
  );

  const md = await download(page, "Markdown");
  const cites = [...md.text.matchAll(/^ {2}- (.+?) ¶(\d+): “(.*)”/gmu)];
  assert.ok(cites.length > 20, `${cites.length} quotations`);
  const byLabel = Object.fromEntries(EXAMPLE.map((a) => [a.label, a.text]));
  for (const [, label, , words] of cites) assert.ok(byLabel[label].includes(words), `${label}: “${words}”`);
  assert.match(md.text, /^## Conflicts$/m);

  const json = JSON.parse((await download(page, "Report (JSON)")).text);
  assert.deepEqual(
    json.articles.map((a) => a.text),
    EXAMPLE.map((a) => a.text),
  );
  assert.equal(json.report.findings.length, report.findings.length);

  const annotations = JSON.parse((await download(page, "Web Annotations")).text);
  assert.equal(annotations.type, "AnnotationCollection");
  for (const a of annotations.first.items) {
    for (const t of a.target) {
      const [quote, position] = t.selector;
      const id = t.source.replace("urn:parallax:article:", "");
      assert.equal(Array.from(texts[id]).slice(position.start, position.end).join(""), quote.exact);
    }
  }
  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});

test("Copy puts the chosen finding on the clipboard with each article's words", { timeout: 60_000 }, async () => {
  const { page, context, errors } = await exampleAnalysed();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.keyboard.press("n");
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "Copied finding 1." }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(copied.split("\n"), [
    "The Brackwater Courier says “Three people”, Coastline Daily says “Four people”",
    copied.split("\n")[1],
    "The Brackwater Courier ¶6: “Three people”",
    "Coastline Daily ¶10: “Four people”",
  ]);
  assert.ok(copied.split("\n")[1].length > 10, "the reason is the second line");
  assert.deepEqual(errors, []);
});

test("the results come back after a reload, and nothing leaves the page", { timeout: 60_000 }, async () => {
  const { page, requests, errors } = await exampleAnalysed();
  const before = await page.locator("#findings-summary").textContent();
  const lines = await page.locator("li[data-finding]").count();
  await reloadRestored(page);
  await waitForAnalysed(page);
  assert.equal(await page.locator("#findings-summary").textContent(), before);
  assert.equal(await page.locator("li[data-finding]").count(), lines);
  assert.notEqual((await focused(page)).id, "findings-summary", "a reload does not move focus");
  // Edited after the analysis: a reload shows the text, not results that no longer match it.
  await page.locator('.card[data-article="b"]').getByLabel("Text", { exact: true }).fill("Something else.");
  await page.waitForTimeout(400);
  await reloadRestored(page);
  await page.waitForTimeout(500);
  assert.equal(await page.locator("#results").isVisible(), false);
  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});

test("a name spelled differently across articles, with no entity of its own, is shown", {
  timeout: 60_000,
}, async () => {
  // "Austin" and "Austen" are both listed names, so the linker keeps them apart, and the
  // finding on the matching sentences has no entity (the page used to fail on such a
  // finding: "reading 'variants'").
  const sentence = (town) => `Rescue teams in ${town} said the river rose overnight. The school was closed.`;
  const articles = [
    { label: "Valley Post", text: sentence("Austin") },
    { label: "River Wire", text: sentence("Austen") },
  ];
  const report = await analyseInNode({ articles });
  assert.ok(report.findings.some((f) => f.kind === "entity/variant" && f.entity === null));
  const { page, errors } = await openPage(env.browser, env.url);
  for (const [i, article] of articles.entries()) await fillArticle(page, String.fromCharCode(97 + i), article);
  await analyzeAndWait(page);
  const line = page.locator('li[data-kind="entity/variant"]', { hasText: "Austen" });
  assert.equal(await line.count(), 1);
  assert.deepEqual(await line.locator(".article-id").allTextContents(), ["a", "b"]);
  assert.deepEqual(errors, []);
});

test("with an article's web address, the bar links to the passage there; a javascript: address never", {
  timeout: 60_000,
}, async () => {
  const { page, requests, errors } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysed(page);
  const address = (id) => page.locator(`.card[data-article="${id}"]`).getByLabel("Web address", { exact: true });
  await address("a").fill("https://courier.example/fire");
  await address("b").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Analyze" }).click();
  await waitForAnalysed(page);
  await page.keyboard.press("n");
  const links = page.locator(".nav-bar a.spot-source");
  assert.equal(await links.count(), 1, "a link for a only");
  assert.equal(await links.getAttribute("href"), "https://courier.example/fire#:~:text=Three%20people");
  assert.equal(await links.getAttribute("rel"), "noopener noreferrer");
  assert.ok(![...requests].some((u) => u.includes("courier.example")), "nothing is fetched from the address");
  assert.deepEqual(errors, []);
});
