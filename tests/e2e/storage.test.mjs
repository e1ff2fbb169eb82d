// This file tests that no pasted text is lost: the inputs are kept in IndexedDB on every edit,
// so a renderer crash right after an edit keeps it; a paste of six million characters comes
// back after a reload; when the origin's storage is full, the page says so with what a reload
// would bring back, and the earlier save is never deleted; an outlet's name longer than the
// analyser keeps is cut with a note, not silently; inputs saved in localStorage by earlier
// versions are moved over; Load example clicked before the saved inputs are read wins, with
// Undo; and Forget everything deletes all the page keeps in the browser.

import assert from "node:assert/strict";
import { test } from "node:test";
import { card, cardsRestored, fillArticle, openPage, useSite, waitForAnalysed } from "./harness.mjs";

const env = useSite("/");

/** Article `id`'s text box. */
function textBox(page, id) {
  return card(page, id).getByLabel("Text", { exact: true });
}

/** A new page in `context` at the site, with its cards restored (they unlock once read). */
async function reopen(context) {
  const page = await context.newPage();
  await page.goto(env.url);
  await cardsRestored(page);
  return page;
}

/**
 * About `length` characters of words in an order that does not repeat (the browser compresses
 * what it stores, and a repeated sentence would take almost no room).
 */
function varied(length) {
  const words = ["ferry", "Ortiz", "harbour", "Friday", "council", "engine", "passengers", "said", "would", "rescued"];
  let seed = 1;
  const out = [];
  for (let n = 0; n < length; ) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const word = `${words[seed % words.length]}${(seed >>> 8) % 1000}`;
    out.push(word);
    n += word.length + 1;
  }
  return out.join(" ");
}

/** Crashes `page`'s renderer, as a tab that runs out of memory would (no pagehide, no unload). */
async function crash(page) {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent("crash");
  cdp.send("Page.crash").catch(() => {});
  await crashed;
}

test("an edit survives a crash of the tab right after it", { timeout: 30_000 }, async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await fillArticle(page, "a", { label: "Harbour Gazette", text: "Mayor Lena Ortiz visited Kati on Monday." });
  await fillArticle(page, "b", { text: "Lena Ortiz left Kati." });
  await crash(page);
  const again = await reopen(context);
  assert.equal(await textBox(again, "a").inputValue(), "Mayor Lena Ortiz visited Kati on Monday.");
  assert.equal(await card(again, "a").getByLabel("Outlet", { exact: true }).inputValue(), "Harbour Gazette");
  assert.equal(await textBox(again, "b").inputValue(), "Lena Ortiz left Kati.");
  await context.close();
});

test("a paste of six million characters is kept across a reload", { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, env.url);
  const huge = "Mayor Lena Ortiz visited Kati. ".repeat(200_000);
  assert.ok(huge.length >= 6_000_000);
  await fillArticle(page, "a", { text: huge });
  await page.waitForTimeout(1000);
  assert.ok(await page.locator("#storage-note").isHidden(), "no notice: it was kept");
  const again = await reopen(context);
  assert.equal((await textBox(again, "a").inputValue()).length, huge.length);
  await context.close();
});

test("when the origin's storage is full, the page says what a reload brings back and deletes nothing", {
  timeout: 60_000,
}, async () => {
  // The browser's refusal, as Chromium gives it for a value over what is left of the quota,
  // once the test says the storage is full (a real full disk cannot be made here).
  const { page, context, errors } = await openPage(env.browser, env.url, {
    beforeGoto: (p) =>
      p.addInitScript(() => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function full(value, key) {
          if (globalThis.storageIsFull && value?.text?.length > 100_000) {
            throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          }
          return put.call(this, value, key);
        };
      }),
  });
  await fillArticle(page, "a", { label: "Harbour Gazette", text: "Mayor Lena Ortiz visited Kati on Monday." });
  await fillArticle(page, "b", { label: "Valley Wire", text: "Lena Ortiz left Kati." });
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    globalThis.storageIsFull = true;
  });
  // One edit changes a label and pastes a long text: neither is kept, nothing before is lost.
  const big = varied(1_000_000);
  await card(page, "a").getByLabel("Outlet", { exact: true }).fill("Harbour Gazette (evening)");
  await page.waitForTimeout(300);
  await page.evaluate(
    ({ big }) => {
      const a = document.querySelector('.card[data-article="a"] textarea');
      a.value = big;
      const b = document.querySelector('.card[data-article="b"] input[type="text"]');
      b.value = "Valley Wire (late)";
      a.dispatchEvent(new Event("input", { bubbles: true }));
    },
    { big },
  );
  const note = page.locator("#storage-note");
  await note.filter({ hasText: "storage for this page is full" }).waitFor();
  assert.match(await note.textContent(), /A reload would bring back what was saved at \d/);
  assert.equal(await textBox(page, "a").inputValue(), big, "the text stays in its box");
  // A reload brings back the last save, labels and all: the failure deleted nothing.
  const again = await reopen(context);
  assert.equal(await card(again, "a").getByLabel("Outlet", { exact: true }).inputValue(), "Harbour Gazette (evening)");
  assert.equal(await textBox(again, "a").inputValue(), "Mayor Lena Ortiz visited Kati on Monday.");
  assert.equal(await card(again, "b").getByLabel("Outlet", { exact: true }).inputValue(), "Valley Wire");
  assert.equal(await textBox(again, "b").inputValue(), "Lena Ortiz left Kati.");
  // Room is made again: the next edit is kept and the notice goes away.
  await page.evaluate(() => {
    globalThis.storageIsFull = false;
  });
  await fillArticle(page, "a", { text: "Short." });
  await note.waitFor({ state: "hidden" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("an outlet's name longer than the analyser keeps is cut with a note", { timeout: 30_000 }, async () => {
  const { page, context } = await openPage(env.browser, env.url);
  const long = `The ${"Very ".repeat(60)}Long Gazette`;
  await fillArticle(page, "a", { label: long });
  assert.equal(await card(page, "a").getByLabel("Outlet", { exact: true }).inputValue(), long.slice(0, 200));
  assert.match(
    await card(page, "a").locator(".card-note").textContent(),
    /^The outlet's name was cut to its first 200 characters/,
  );
  await context.close();
});

test("inputs an earlier version saved in localStorage are moved to IndexedDB", { timeout: 30_000 }, async () => {
  // Written as the earlier version wrote it, before the page first loads in this browser.
  const { page, context } = await openPage(env.browser, env.url, {
    beforeGoto: (p) =>
      p.addInitScript(() => {
        if (localStorage.getItem("test.seeded")) return;
        localStorage.setItem("test.seeded", "yes");
        const articles = [
          { label: "Old Gazette", published: "2024-03-05", text: "Saved long ago.", url: "" },
          { label: "", published: "", text: "The second.", url: "" },
        ];
        localStorage.setItem("parallax.inputs.v1", JSON.stringify({ version: 1, articles }));
      }),
  });
  assert.equal(await textBox(page, "a").inputValue(), "Saved long ago.");
  assert.equal(await card(page, "a").getByLabel("Published", { exact: true }).inputValue(), "2024-03-05");
  await page.waitForFunction(() => localStorage.getItem("parallax.inputs.v1") === null);
  await page.close();
  const later = await reopen(context);
  assert.equal(await textBox(later, "b").inputValue(), "The second.");
  await context.close();
});

test("Forget everything deletes all the page keeps in the browser; Undo brings the text back", {
  timeout: 30_000,
}, async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await fillArticle(page, "a", { label: "Harbour Gazette", text: "Mayor Lena Ortiz visited Kati on Monday." });
  await page.locator("#blind").check();
  await page.getByRole("button", { name: "Forget everything" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /^Everything this page kept in this browser is deleted\./ })
    .waitFor();
  assert.equal(await textBox(page, "a").inputValue(), "");
  const kept = await page.evaluate(async () => ({
    keys: Object.keys(localStorage).filter((key) => key.startsWith("parallax.")),
    records: await new Promise((resolve) => {
      const open = indexedDB.open("parallax");
      open.onsuccess = () => {
        const db = open.result;
        const names = [...db.objectStoreNames];
        if (names.length === 0) {
          db.close();
          resolve(0);
          return;
        }
        const count = db.transaction(names[0]).objectStore(names[0]).count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
      };
    }),
  }));
  assert.deepEqual(kept.keys, [], "no setting or fingerprint left in localStorage");
  assert.equal(kept.records, 0, "no record left in IndexedDB");
  const after = await reopen(context);
  assert.equal(await textBox(after, "a").inputValue(), "");
  await after.close();
  await page.getByRole("button", { name: /^Undo/ }).click();
  assert.equal(await textBox(page, "a").inputValue(), "Mayor Lena Ortiz visited Kati on Monday.");
  await context.close();
});

test("Load example clicked before the saved inputs are read keeps the example; Undo brings the saved ones", {
  timeout: 30_000,
}, async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await fillArticle(page, "a", { label: "Harbour Gazette", text: "Mayor Lena Ortiz visited Kati on Monday." });
  await page.waitForTimeout(300);
  await page.close();
  // The next page's database opens slowly (a busy disk): a second.
  const slow = await context.newPage();
  await slow.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function slowOpen(...args) {
      const request = open.apply(this, args);
      // Heard before the page's own handler, which it then calls a second later.
      request.addEventListener("success", (event) => {
        event.stopImmediatePropagation();
        setTimeout(() => request.onsuccess?.(event), 1000);
      });
      return request;
    };
  });
  await slow.goto(env.url);
  await slow.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysed(slow);
  await slow.waitForTimeout(1500);
  assert.notEqual(await textBox(slow, "a").inputValue(), "Mayor Lena Ortiz visited Kati on Monday.");
  assert.ok((await textBox(slow, "a").inputValue()).length > 100, "the example stays");
  await slow.getByRole("button", { name: /^Undo/ }).click();
  assert.equal(await textBox(slow, "a").inputValue(), "Mayor Lena Ortiz visited Kati on Monday.");
  await context.close();
});
