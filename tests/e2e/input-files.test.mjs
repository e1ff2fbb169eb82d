// This file tests, in headless Chromium, the ways text gets into a card besides typing: a rich
// paste (text/html) goes in as its text with paragraphs, and nothing in it runs or enters the
// page, and Ctrl+Z takes it back out (a very long one goes in at once); a plain paste is left
// to the browser; .md, .txt and .html
// files dropped on a card (DataTransfer) or opened with its Open file… button fill it, several
// fill the next empty cards, and a .pdf or a file over 5 MB gets a message with the text left as
// it was; and, after an analysis, the date read from an undated article's text is offered under
// its Published field and "Use this date" puts it there. Every text here is invented.

import assert from "node:assert/strict";
import { test } from "node:test";
import {
  analyseInNode,
  analyzeAndWait,
  assertOnlyLocalRequests,
  card,
  fileChoosers,
  fillArticle,
  openPage,
  useSite,
} from "./harness.mjs";

const env = useSite();

/** A copy from a made-up news page, with markup that must never run or enter the page. */
const RICH = `<html><head><style>p { color: red }</style><script>window.__pwned = 1</script></head><body>
<h1>Ferry service resumes at Orlin Bay</h1>
<p>The ferry between Orlin Bay and Tesk Island ran again on Monday,<br>after a week of storms.</p>
<script>window.__pwned = 2</script>
<img src="x" onerror="window.__pwned = 3">
<div>Harbour master Ilse Varga said <b>four</b> crossings were planned.</div>
<!-- a comment, not text -->
<template><p>Template text</p></template>
<iframe srcdoc="<script>parent.__pwned = 4</script>"></iframe>
<p>Tickets   bought
   for last week stay valid.</p>
</body></html>`;

/** What RICH pastes as: its paragraphs, a blank line between them, the <br> a line break. */
const RICH_TEXT = [
  "Ferry service resumes at Orlin Bay",
  "The ferry between Orlin Bay and Tesk Island ran again on Monday,\nafter a week of storms.",
  "Harbour master Ilse Varga said four crossings were planned.",
  "Tickets bought for last week stay valid.",
].join("\n\n");

const MARKDOWN = `# Bridge closed at Varrow

The **Varrow bridge** was closed on _Tuesday_ after engineers found [a crack](https://example.invalid/crack) in a support.

## What happens next

> "We will reopen it when it is safe," said engineer Tomas Pell.

Drivers are sent along the \`B12\` road.
`;

const MARKDOWN_TEXT = [
  "Bridge closed at Varrow",
  "The Varrow bridge was closed on Tuesday after engineers found a crack in a support.",
  "What happens next",
  '"We will reopen it when it is safe," said engineer Tomas Pell.',
  "Drivers are sent along the B12 road.",
].join("\n\n");

/** Article `id`'s text box. */
function textBox(page, id) {
  return card(page, id).getByLabel("Text", { exact: true });
}

/** Dispatches a paste of `data` (type -> string) on article `id`'s text box; true when the page took it. */
function paste(page, id, data) {
  return page.evaluate(
    ({ id, data }) => {
      const box = document.querySelector(`.card[data-article="${id}"] textarea`);
      const clipboardData = new DataTransfer();
      for (const [type, value] of Object.entries(data)) clipboardData.setData(type, value);
      const event = new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true });
      box.dispatchEvent(event);
      return event.defaultPrevented;
    },
    { id, data },
  );
}

/**
 * Drops `files` ({ name, type, text, repeat? }: the file holds `text` repeated `repeat` times)
 * on article `id`'s text box, as a drag from the desktop would; true when the page took them.
 */
function drop(page, id, files) {
  return page.evaluate(
    ({ id, files }) => {
      const dataTransfer = new DataTransfer();
      for (const f of files) dataTransfer.items.add(new File([f.text.repeat(f.repeat ?? 1)], f.name, { type: f.type }));
      const box = document.querySelector(`.card[data-article="${id}"] textarea`);
      box.dispatchEvent(new DragEvent("dragover", { dataTransfer, bubbles: true, cancelable: true }));
      const event = new DragEvent("drop", { dataTransfer, bubbles: true, cancelable: true });
      box.dispatchEvent(event);
      return event.defaultPrevented;
    },
    { id, files },
  );
}

/** Waits until article `id`'s note says something matching `pattern`; returns its text. */
async function noteOf(page, id, pattern) {
  const note = card(page, id).locator(".card-note");
  await note.filter({ hasText: pattern }).waitFor({ timeout: 5000 });
  return note.textContent();
}

test("a rich paste goes in as text with paragraphs; nothing in it runs; Ctrl+Z undoes it", {
  timeout: 30_000,
}, async () => {
  const { page, requests, errors } = await openPage(env.browser, env.url);
  await fillArticle(page, "a", { text: "Before the paste. " });
  await textBox(page, "a").press("End");
  assert.equal(await paste(page, "a", { "text/html": RICH, "text/plain": "plain version" }), true);
  assert.equal(await textBox(page, "a").inputValue(), `Before the paste. ${RICH_TEXT}`);

  await page.waitForTimeout(300); // time for a stray onerror or script to fire
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "nothing pasted ran");
  assert.equal(await page.locator("img, iframe, template, b").count(), 0, "no element was made from the paste");

  await textBox(page, "a").press("Control+z");
  assert.equal(await textBox(page, "a").inputValue(), "Before the paste. ", "Ctrl+Z takes the paste back out");

  // A plain paste is the browser's: the page does not take it.
  assert.equal(await paste(page, "b", { "text/plain": "Plain words." }), false);
  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});

test("a long rich paste goes in whole and at once", { timeout: 30_000 }, async () => {
  const { page, errors } = await openPage(env.browser, env.url);
  const paragraphs = Array.from({ length: 2000 }, (_, i) => `Crossing ${i + 1} left Orlin Bay on time.`);
  const html = paragraphs.map((p) => `<p style="margin: 0">${p}</p>`).join("\n");
  const started = Date.now();
  await paste(page, "a", { "text/html": html });
  const took = Date.now() - started;
  assert.equal(await textBox(page, "a").inputValue(), paragraphs.join("\n\n"));
  // The browser's undoable insert takes about 16 s for 4,000 lines: too long to wait for.
  assert.ok(took < 3000, `the paste took ${took} ms`);
  assert.deepEqual(errors, []);
});

test("dropped files fill cards; a .pdf or a file over 5 MB gets a message and loads nothing", {
  timeout: 30_000,
}, async () => {
  const { page, errors } = await openPage(env.browser, env.url);
  await fillArticle(page, "b", { text: "Text already in b." });
  const taken = await drop(page, "a", [
    { name: "bridge.md", type: "text/markdown", text: MARKDOWN },
    { name: "minutes.pdf", type: "application/pdf", text: "%PDF-1.4" },
    { name: "wire.txt", type: "text/plain", text: "Engineer Tomas Pell inspected the Varrow bridge.\r\n" },
  ]);
  assert.equal(taken, true, "the drop is the page's, not the browser's");
  const noteA = await noteOf(page, "a", "minutes.pdf");
  assert.match(noteA, /Read from bridge\.md\./);
  assert.match(noteA, /Parallax reads \.txt, \.md and \.html files: minutes\.pdf is a \.pdf\./);
  assert.equal(await textBox(page, "a").inputValue(), MARKDOWN_TEXT, "Markdown loses its markup, keeps its text");
  // b held text, so the second readable file went to a new card c.
  assert.equal(await textBox(page, "b").inputValue(), "Text already in b.");
  assert.equal(await textBox(page, "c").inputValue(), "Engineer Tomas Pell inspected the Varrow bridge.");
  assert.match(await noteOf(page, "c", "wire.txt"), /^Read from wire\.txt\.$/);

  // A .pdf alone, and a .txt over 5 MB: a message in the card, its text as it was.
  await drop(page, "b", [{ name: "scan.pdf", type: "application/pdf", text: "%PDF-1.4" }]);
  assert.match(
    await noteOf(page, "b", "scan.pdf"),
    /Parallax reads \.txt, \.md and \.html files: scan\.pdf is a \.pdf\./,
  );
  await drop(page, "b", [{ name: "huge.txt", type: "text/plain", text: "x", repeat: 5 * 1024 * 1024 + 1 }]);
  assert.match(await noteOf(page, "b", "huge.txt"), /huge\.txt is 5\.0 MB: Parallax reads files up to 5 MB/);
  assert.equal(await textBox(page, "b").inputValue(), "Text already in b.");
  assert.equal(await card(page, "b").locator(".card-note.is-error").count(), 1, "the message reads as an error");
  assert.deepEqual(errors, []);
});

test("Open file… in a card reads an .html file, with the keyboard", { timeout: 30_000 }, async () => {
  const choosers = fileChoosers();
  const { page, errors } = await openPage(env.browser, env.url, { beforeGoto: choosers.beforeGoto });
  await card(page, "b").getByRole("button", { name: "Open file for article b" }).focus();
  await page.keyboard.press("Enter");
  await (await choosers.next()).setFiles({ name: "ferry.html", mimeType: "text/html", buffer: Buffer.from(RICH) });
  await noteOf(page, "b", "ferry.html");
  assert.equal(await textBox(page, "b").inputValue(), RICH_TEXT);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
});

const UNDATED = {
  label: "Valley Post",
  text: "Published 5 March 2024\n\nFlooding closed the Renfield road on Monday. On Tuesday, crews from Halden cleared the mud, said mayor Ruth Calder.",
};
const DATED = {
  label: "Halden Echo",
  published: "2024-03-07",
  text: "Mayor Ruth Calder said the Renfield road reopened on Wednesday after the flooding.",
};

test("the date read from an undated article's text is offered, and Use this date fills it", {
  timeout: 60_000,
}, async () => {
  const report = await analyseInNode({ articles: [UNDATED, DATED] });
  assert.deepEqual(
    report.articles[0].anchor,
    { date: "2024-03-05", from: "text" },
    "the premise: a's date is read from its text",
  );

  const { page, errors } = await openPage(env.browser, env.url);
  await fillArticle(page, "a", UNDATED);
  await fillArticle(page, "b", DATED);
  await analyzeAndWait(page);
  const found = card(page, "a").locator(".date-found");
  assert.equal(await found.locator("span").textContent(), "Read from the text: 5 March 2024");
  assert.ok(await card(page, "b").locator(".date-found").isHidden(), "b has its date: nothing offered");

  // An edit of the card takes the offer away; the next analysis brings it back.
  await textBox(page, "a").press("End");
  await textBox(page, "a").pressSequentially(" More.");
  assert.ok(await found.isHidden(), "the offer goes when the inputs change");
  await analyzeAndWait(page);
  await found.getByRole("button", { name: "Use this date" }).click();
  const published = card(page, "a").getByLabel("Published", { exact: true });
  assert.equal(await published.inputValue(), "2024-03-05");
  assert.ok(await found.isHidden());
  assert.equal(await page.evaluate(() => document.activeElement?.type), "date", "focus on the date, to edit it");
  await published.fill("2024-03-06");
  assert.equal(await published.inputValue(), "2024-03-06", "the date stays editable");
  assert.deepEqual(errors, []);
});
