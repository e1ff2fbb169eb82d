// This file tests sharing the inputs in headless Chromium: Copy link puts the page's address
// with the inputs packed after its # on the clipboard, and opening that link in a new page
// fills the same cards and gives the same findings, while no request either page makes carries
// the texts (every URL, header and body is checked); a link opened over other inputs keeps
// those for Undo; when the browser refuses the clipboard, the link is shown to copy by hand; a
// link too long to share says so and offers Save to file, whose .parallax.json file Open file…
// reads back (and a file that is not one gets a message); a broken, newer or foreign fragment
// gives a message and leaves the inputs as they were. Every text here is invented.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { card, fileChoosers, fillArticle, openPage, useSite, waitForAnalysed } from "./harness.mjs";

const env = useSite();

/** Two made-up reports of a made-up event, with every field filled. */
const ARTICLES = [
  {
    label: "Northfield Ledger",
    published: "2024-06-11",
    url: "https://ledger.example/stories/quillmere-kiln",
    text: "A kiln fire at the Quillmere pottery works injured three workers on Monday, said fire officer Jonas Brell. The works will stay shut until Friday.",
  },
  {
    label: "Riverside Wire",
    published: "2024-06-12",
    url: "",
    text: 'Five workers were hurt when a kiln caught fire at the Quillmere pottery works on Monday. "We were lucky," said owner Hana Ostrova.',
  },
];

/** A word that is only in the texts: no request may carry it. */
const SECRET = "Quillmere";

/**
 * A `beforeGoto` for openPage that grants the clipboard and records every request of the
 * context (pages and workers) in `log`.
 */
function recording(log) {
  return async (page, context) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(env.url).origin });
    context.on("request", (request) => log.add(request));
    page.on("request", (request) => log.add(request));
  };
}

/** Fails when a request in `log` carries `needle` in its URL (up to the #, which is never sent), headers or body. */
function assertNotSent(log, needles) {
  assert.ok(log.size > 0, "no request recorded: the recorder is broken");
  for (const request of log) {
    const sent = [request.url().split("#")[0], JSON.stringify(request.headers()), request.postData() ?? ""].join("\n");
    for (const needle of needles) {
      assert.ok(!sent.includes(needle), `a request to ${request.url().split("#")[0]} carries ${needle.slice(0, 40)}`);
    }
  }
}

/** Puts `articles` in the page's cards (a and b), every field. */
async function fillAll(page, articles) {
  for (const [i, article] of articles.entries()) {
    const id = String.fromCharCode(97 + i);
    await fillArticle(page, id, article);
    await card(page, id).getByLabel("Web address", { exact: true }).fill(article.url);
  }
}

/** The inputs of every card, as the page holds them. */
function inputsOf(page) {
  return page.locator(".card").evaluateAll((cards) =>
    cards.map((c) => {
      const [label, published, url] = ["text", "date", "url"].map(
        (type) => c.querySelector(`input[type="${type}"]`).value,
      );
      return { label, published, url, text: c.querySelector("textarea").value };
    }),
  );
}

/** Clicks Copy link and returns what it put on the clipboard. */
async function copyLink(page) {
  await page.getByRole("button", { name: "Copy link" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Link copied|would be/ })
    .waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

test("Copy link, opened in a new page: the same inputs and findings, and no request carries the texts", {
  timeout: 90_000,
}, async () => {
  const log = new Set();
  const first = await openPage(env.browser, env.url, { beforeGoto: recording(log) });
  await fillAll(first.page, ARTICLES);
  await first.page.getByRole("button", { name: "Analyze" }).click();
  await waitForAnalysed(first.page);
  const summary = await first.page.locator("#findings-summary").textContent();
  const link = await copyLink(first.page);
  assert.ok(link.startsWith(`${env.url}#v1.`), `a link to this page with the inputs after #v1.: ${link.slice(0, 60)}`);
  assert.ok(!link.includes(SECRET), "the texts are packed, not readable in the link");

  const second = await openPage(env.browser, link, { beforeGoto: recording(log) });
  await waitForAnalysed(second.page);
  assert.deepEqual(await inputsOf(second.page), ARTICLES);
  assert.equal(await second.page.locator("#findings-summary").textContent(), summary);
  assert.equal(second.page.url(), env.url, "the fragment is taken off the address once read");
  assertNotSent(log, [SECRET, encodeURIComponent(ARTICLES[1].text.slice(0, 30)), link.split("#")[1]]);
  assert.deepEqual([...first.errors, ...second.errors], []);

  // Opened over other inputs (only the fragment changes): those are kept for Undo.
  await fillArticle(second.page, "a", { text: "Other text, typed after." });
  await second.page.goto(link);
  await waitForAnalysed(second.page);
  assert.deepEqual(await inputsOf(second.page), ARTICLES);
  await second.page.getByRole("button", { name: /^Undo/ }).click();
  assert.equal(
    await card(second.page, "a").getByLabel("Text", { exact: true }).inputValue(),
    "Other text, typed after.",
  );
});

test("when the browser refuses the clipboard, the link is shown selected, to copy by hand", {
  timeout: 30_000,
}, async () => {
  const { page, errors } = await openPage(env.browser, env.url, {
    beforeGoto: (p) =>
      p.addInitScript(() => {
        navigator.clipboard.writeText = () =>
          Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
      }),
  });
  await fillAll(page, ARTICLES);
  await page.getByRole("button", { name: "Copy link" }).click();
  const box = page.getByRole("textbox", { name: "Link to these inputs" });
  await box.waitFor();
  const link = await box.inputValue();
  assert.ok(link.startsWith(`${env.url}#v1.`));
  assert.match(await page.getByRole("status").textContent(), /did not let the page copy/);
  assert.deepEqual(
    await box.evaluate((input) => [document.activeElement === input, input.selectionStart, input.selectionEnd]),
    [true, 0, link.length],
    "the link has focus, all selected",
  );
  assert.deepEqual(errors, []);
});

/** Invented text too varied to pack into 8 KB: made-up words from a fixed pseudo-random sequence. */
function longText() {
  const syllables = "ka lo mi ren tas vu pel dor isk na bre col fen gar hul jor lem nis oth pra".split(" ");
  let seed = 17;
  const words = [];
  for (let i = 0; i < 9000; i += 1) {
    let word = "";
    for (let s = 0; s < 3; s += 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      word += syllables[seed % syllables.length];
    }
    words.push(word);
  }
  return `${words.join(" ")}.`;
}

test("too long for a link: Save to file, and Open file… reads it back", { timeout: 90_000 }, async () => {
  const { page, errors } = await openPage(env.browser, env.url, { beforeGoto: recording(new Set()) });
  const articles = [{ ...ARTICLES[0], text: longText() }, ARTICLES[1]];
  await fillAll(page, articles);
  await page.evaluate(() => navigator.clipboard.writeText("before"));
  assert.equal(await copyLink(page), "before", "no link was copied");
  assert.match(await page.getByRole("status").textContent(), /would be [\d.]+ KB long.*Save to file/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "save-file", "Save to file is offered");

  const download = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const folder = mkdtempSync(join(tmpdir(), "parallax-permalink-"));
  const file = join(folder, "articles.parallax.json");
  await (await download).saveAs(file);
  assert.equal((await download).suggestedFilename(), "articles.parallax.json");
  assert.deepEqual(JSON.parse(readFileSync(file, "utf8")).articles, articles);

  const choosers = fileChoosers();
  const other = await openPage(env.browser, env.url, { beforeGoto: choosers.beforeGoto });
  await fillArticle(other.page, "a", { text: "Text typed before opening." });
  const open = async (files) => {
    await other.page.getByRole("button", { name: "Open file…", exact: true }).click();
    await (await choosers.next()).setFiles(files);
  };
  // Files that are not Parallax's: a message, and the inputs untouched.
  const alert = other.page.getByRole("alert");
  await open({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello": 1}') });
  await alert.filter({ hasText: "notes.json is not a Parallax file" }).waitFor();
  await open({ name: "story.txt", mimeType: "text/plain", buffer: Buffer.from("Just words.") });
  await alert.filter({ hasText: "story.txt is not a Parallax file: it is not JSON" }).waitFor();
  assert.equal(
    await card(other.page, "a").getByLabel("Text", { exact: true }).inputValue(),
    "Text typed before opening.",
  );

  await open(file);
  await waitForAnalysed(other.page);
  assert.deepEqual(await inputsOf(other.page), articles);
  assert.deepEqual([...errors, ...other.errors], []);
  rmSync(folder, { recursive: true });
});

test("a broken, newer or foreign fragment gives a message and keeps the inputs", { timeout: 60_000 }, async () => {
  const { page, errors } = await openPage(env.browser, env.url);
  await fillAll(page, ARTICLES);
  const alert = page.getByRole("alert");
  /** Opens `hash` on this page and waits for a message matching `pattern`; the inputs stay. */
  const expectMessage = async (hash, pattern, reload = false) => {
    const dismiss = alert.getByRole("button", { name: "Dismiss" });
    if ((await dismiss.count()) > 0) await dismiss.click();
    if (reload) await page.goto("about:blank");
    await page.goto(`${env.url}${hash}`);
    await alert.filter({ hasText: pattern }).waitFor({ timeout: 5000 });
    assert.deepEqual(await inputsOf(page), ARTICLES, `inputs kept after ${hash}`);
  };
  await expectMessage("#v1.not*base64", /This link is damaged/);
  await expectMessage("#v1.q83vq83vq83v", /This link is damaged/);
  await expectMessage("#v7.AAAA", /another version of Parallax \(v7\)/);
  await expectMessage("#token=abc&x=1", /not a Parallax link/);
  // Loading the page with a broken link (not only changing its fragment) keeps the saved inputs.
  await expectMessage("#v1.AAAA", /This link is damaged/, true);
  assert.doesNotMatch(await page.getByRole("status").textContent(), /Analys/, "no analysis was started");

  // A place in the page is not a link: no message.
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await page.goto(`${env.url}#findings-summary`);
  await page.waitForTimeout(300);
  assert.equal(await alert.textContent(), "");
  assert.deepEqual(errors, []);
});
