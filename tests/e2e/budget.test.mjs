// This file tests the page under the heaviest request it takes: 20 articles of about 1 MiB each
// of invented news (people, places, amounts and quotes drawn from shared pools, so that the
// articles agree, disagree and quote each other thousands of times). The analyser reads 2 MiB
// of it in all (its request budget) and says so with an `over_budget` note; the page must show
// that note where the reader lands, page its long lists, and keep every pasted text in its card.
// It prints the longest main-thread task from the Analyze click until the results are in and
// while a few "Show more" pages are opened and the texts scrolled, and the renderer's peak
// memory, against issue 19's bars (200 ms, 1 GB), which are not met yet.
//
// Memory is the resident size (VmRSS, from /proc) of this test's Chromium renderer processes,
// the page's and its worker's (a dedicated worker runs in its page's renderer), sampled every
// 250 ms from the click to the end: wasm memory, both JS heaps and the DOM are all in it. The
// page's own JS heap (CDP Performance.getMetrics) is printed beside it.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { assertOnlyLocalRequests, fillArticle, openPage, resultPath, useSite, waitForAnalysed } from "./harness.mjs";

const env = useSite("/");

/** How many articles, and how long each is (characters: a little over 1 MiB of UTF-8). */
const ARTICLES = 20;
const LENGTH = 2 ** 20;

/** The longest main-thread task allowed, and the most memory the renderer may hold. */
const LONGEST_TASK_MS = 200;
const MEMORY_LIMIT = 1024 ** 3;

// Invented words only: no name, place or body here is meant to be real.
const FIRST = ["Ilsabet", "Doran", "Maelis", "Teodor", "Varka", "Oswin", "Renata", "Jarek", "Sabeline", "Hollis"];
const MORE_FIRST = ["Merrin", "Calder", "Ysolde", "Brannock", "Edda", "Fenwick", "Orla", "Tamsin", "Quill", "Anselm"];
const LAST = ["Quillfeather", "Ashgrove", "Vantrell", "Orlimund", "Drezwick", "Palloran", "Kestrevane", "Tamsworth"];
const MORE_LAST = [
  "Ferrogan",
  "Halvesty",
  "Brindlemoor",
  "Castellan",
  "Ovrenko",
  "Marlowe",
  "Sedgecombe",
  "Thistlewaite",
];
const PLACES = ["Port Velmar", "Karsk", "Oldenmere", "Briarholt", "Tessaly Cove", "Nunhaven", "Glaswick", "Marrowby"];
const MORE_PLACES = ["Eastreach", "Suldane", "Corrow Bay", "Hethermoor", "Lindqvist Point", "Ravensgate", "Ulmstead"];
const BODIES = [
  "Velmar Harbour Authority",
  "Karsk Transit Board",
  "Oldenmere District Council",
  "Briarholt Water Trust",
];
const MORE_BODIES = ["Northern Ferry Union", "Glaswick Fire Service", "Coastal Rescue Guild", "Marrowby Port Police"];
const OUTLETS = ["Harbour Gazette", "Velmar Courier", "Coastline Daily", "Northern Wire", "Eastreach Post"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const SAYINGS = [
  "We were told the ferry would run until midnight, and then the lights went out",
  "Nobody from the board has answered a single letter since the spring",
  "The water came over the wall faster than anyone had planned for",
  "We will rebuild the quay before the winter storms arrive",
  "Every family on the east bank has been offered a place to stay",
  "The figures we were given last week were simply wrong",
  "I have worked on this harbour for thirty years and never seen it so quiet",
  "The council must explain where the money for the sea wall went",
];

/** A seeded generator (mulberry32), so that every run pastes the same texts. */
function seeded(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One sentence about the invented event. `random` picks everything; the same random state gives
 * the same sentence, so articles that share a fact's seed share its sentence (and with `twist`,
 * write it with another figure or word: a conflict, an altered quote).
 */
function sentence(random, twist) {
  const pick = (...lists) => {
    const all = lists.flat();
    return all[Math.floor(random() * all.length)];
  };
  const person = `${pick(FIRST, MORE_FIRST)} ${pick(LAST, MORE_LAST)}`;
  const place = pick(PLACES, MORE_PLACES);
  const body = pick(BODIES, MORE_BODIES);
  const n = 2 + Math.floor(random() * 900) + (twist ? 7 : 0);
  const day = 1 + Math.floor(random() * 28);
  const date = `${pick(DAYS)} ${day} ${pick(MONTHS)} 2025`;
  const saying = pick(SAYINGS);
  switch (Math.floor(random() * 6)) {
    case 0:
      return `${person} of the ${body} said on ${date} that ${n} homes in ${place} had been cleared.`;
    case 1:
      return `“${twist ? saying.replace("the", "our") : saying},” said ${person}, who lives in ${place}.`;
    case 2:
      return `The ${body} put the cost of the repairs at €${n} million, ${twist ? "down" : "up"} ${day}% on last year.`;
    case 3:
      return `According to the ${pick(OUTLETS)}, about ${n} residents of ${place} were moved to ${pick(PLACES)} by ${date}.`;
    case 4:
      return `${person}, a spokesperson for the ${body}, told reporters that ${n} km of the coast road would stay closed.`;
    default:
      return `In ${place}, ${person} and ${pick(FIRST, MORE_FIRST)} ${pick(LAST, MORE_LAST)} counted ${n} boats in the harbour on ${date}.`;
  }
}

/**
 * Article `index`: sentences until it holds LENGTH characters, about half of them facts every
 * article may share (their seed is the fact's number, some twisted in this article), the rest
 * its own. No line breaks: filling a textarea with many of them takes Chromium quadratic time.
 */
function article(index) {
  const own = seeded(1000 + index);
  const parts = [];
  let length = 0;
  while (length < LENGTH) {
    const shared = own() < 0.5;
    const text = shared ? sentence(seeded(Math.floor(own() * 3000)), own() < 0.1) : sentence(own, false);
    parts.push(text);
    length += text.length + 1;
  }
  return { label: `${OUTLETS[index % OUTLETS.length]} ${index + 1}`, text: parts.join(" ").slice(0, LENGTH) };
}

/** The pids of the Chromium renderer processes descended from this test's process. */
function rendererPids() {
  const parent = new Map();
  const renderer = new Set();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
      if (readFileSync(`/proc/${name}/cmdline`, "utf8").includes("--type=renderer")) renderer.add(Number(name));
    } catch {
      // The process ended while being read.
    }
  }
  const ours = (pid) => {
    for (let at = pid, hops = 0; at > 1 && hops < 20; at = parent.get(at) ?? 0, hops += 1)
      if (at === process.pid) return true;
    return false;
  };
  return [...renderer].filter(ours);
}

/** The resident size of processes `pids`, in bytes, summed. */
function residentBytes(pids) {
  let sum = 0;
  for (const pid of pids) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) sum += Number(rss[1]) * 1024;
    } catch {
      // The process ended.
    }
  }
  return sum;
}

const MB = (bytes) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

test("20 articles of 1 MiB: results with the budget said, lists paged, texts kept (the longest task and the memory printed)", {
  timeout: 600_000,
}, async () => {
  const articles = Array.from({ length: ARTICLES }, (_, i) => article(i));
  assert.ok(articles.every((a) => a.text.length === LENGTH && !a.text.includes("\n")));
  const { page, requests, errors } = await openPage(env.browser, env.url);
  // Every main-thread task over 50 ms, from now on.
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__long.push({ start: entry.startTime, ms: entry.duration });
    }).observe({ type: "longtask" });
  });

  // Filling: twenty cards, 20 MiB of text. The labels with the test tool's fill; the texts set
  // in the page with an input event each, as a paste gives: fill() focuses each text box,
  // and with twenty long ones every focus lays the page out again (20 x 100 KiB took 93 s).
  const fillStart = Date.now();
  for (let i = 2; i < ARTICLES; i += 1) await page.getByRole("button", { name: "Add article" }).click();
  for (const [i, a] of articles.entries()) {
    const id = String.fromCharCode(97 + i);
    await fillArticle(page, id, { label: a.label });
    await page.locator(`.card[data-article="${id}"] textarea`).evaluate((box, text) => {
      box.value = text;
      box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    }, a.text);
  }
  const fillMs = Date.now() - fillStart;
  const fillTasks = await page.evaluate(() => window.__long.map((t) => t.ms));
  console.log(
    `filling ${ARTICLES} cards: ${fillMs} ms; longest task ${Math.max(0, ...fillTasks).toFixed(0)} ms (${fillTasks.length} over 50 ms)`,
  );
  await page.waitForTimeout(1000);

  // Memory, sampled from the click on.
  const pids = rendererPids();
  assert.ok(pids.length > 0, "the page's renderer process is found");
  let peak = residentBytes(pids);
  const before = peak;
  const sampler = setInterval(() => {
    peak = Math.max(peak, residentBytes(rendererPids()));
  }, 250);

  try {
    const clickedAt = await page.evaluate(() => {
      window.__clickedAt = performance.now();
      return window.__clickedAt;
    });
    const started = Date.now();
    await page.getByRole("button", { name: "Analyze" }).click();
    await waitForAnalysed(page, 400_000);
    const toResults = Date.now() - started;

    // The budget is said where the reader lands, in view, and among the notes.
    const note = page.locator('.budget-note[data-code="over_budget"]');
    await note.waitFor({ state: "visible", timeout: 5_000 });
    assert.ok(await note.isVisible(), "the over_budget note is shown");
    const box = await note.boundingBox();
    const viewport = page.viewportSize();
    assert.ok(
      box && box.y >= 0 && box.y + box.height <= viewport.height,
      `the note is in view (${JSON.stringify(box)})`,
    );
    assert.match(await note.textContent(), /^Not all of your text was analysed\. /);
    assert.equal(await page.locator('.diagnostic[data-code="over_budget"]').count(), 1);
    assert.ok((await page.locator('.diagnostic[data-code="truncated"]').count()) >= 1, "articles cut short are said");
    await page.screenshot({ path: resultPath("budget-results.png") });

    // Show more: the first few lists' next pages.
    const more = page.locator(".show-more-line:not([hidden]) .show-more");
    const lists = await more.count();
    assert.ok(lists > 0, "long lists are paged");
    for (let i = 0; i < Math.min(3, lists); i += 1) {
      const button = more.nth(i);
      const said = await button.textContent();
      assert.match(said, /^Show \d+ more \(of [\d,]+\)$/);
      await button.click();
      await page.waitForTimeout(200);
    }
    await page.screenshot({ path: resultPath("budget-more.png") });

    // The texts: shown on demand with twenty articles; three opened and scrolled through.
    for (const id of ["a", "b", "c"]) {
      await page.locator(`.article-result[data-article="${id}"] .fold-toggle`).click();
      const body = page.locator(`.article-result[data-article="${id}"] .article-text`);
      await body.scrollIntoViewIfNeeded();
      for (let step = 1; step <= 5; step += 1) {
        await body.evaluate((el, at) => {
          el.scrollTop = (el.scrollHeight * at) / 5;
        }, step);
        await page.waitForTimeout(150);
      }
    }
    await page.screenshot({ path: resultPath("budget-texts.png") });
    await page.waitForTimeout(500);

    const tasks = await page.evaluate((from) => window.__long.filter((t) => t.start >= from), clickedAt);
    const longest = Math.max(0, ...tasks.map((t) => t.ms));
    const heap = await (async () => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable");
      const { metrics } = await cdp.send("Performance.getMetrics");
      return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
    })();
    const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    console.log(
      `click to results ${toResults} ms; longest task ${longest.toFixed(0)} ms (${tasks.length} over 50 ms: ${tasks
        .map((t) => t.ms.toFixed(0))
        .join(
          ", ",
        )}); renderer RSS ${MB(before)} before, peak ${MB(peak)}; page JS heap ${MB(heap)}; ${nodes} elements`,
    );
    // Issue 19's bars, printed, not asserted: neither is met yet (BENCHMARKS.md, "Second session
    // of issue 19": the frames after Show more and after opening a text are laid out for over a
    // second, and twenty boxes of a megabyte hold about 1.5 GB before the analysis starts).
    console.log(
      `bars: longest task ${longest.toFixed(0)} ms (${longest <= LONGEST_TASK_MS ? "within" : "over"} ${LONGEST_TASK_MS} ms); ` +
        `peak ${MB(peak)} (${peak < MEMORY_LIMIT ? "within" : "over"} 1 GB)`,
    );

    // The texts are kept: each card holds exactly what was filled.
    const kept = await page.evaluate(() =>
      [...document.querySelectorAll(".card textarea")].map((t) => ({
        length: t.value.length,
        end: t.value.slice(-40),
      })),
    );
    assert.deepEqual(
      kept,
      articles.map((a) => ({ length: a.text.length, end: a.text.slice(-40) })),
    );
  } finally {
    clearInterval(sampler);
  }
  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});
