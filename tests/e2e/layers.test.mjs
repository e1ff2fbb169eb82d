// This file tests what the page shows besides the mentions, with the real build on a wire story
// as pasted from a web page: boilerplate greyed, quotes marked (with mentions nested inside
// them) and listed under the text with their speakers, reported speech listed with its
// sources, the dateline, bylines and the date that
// relative dates were read against, and "Check these" for a weekday that contradicts its date,
// whose spot in the text a click shows. A second test checks the hover titles of dates,
// quantities and groups, an undated article reading its dates against another's, and what the
// page says when relative dates could not be placed. A
// third checks render.js's nesting of the three span layers on random span sets, against a
// simple model of the rules, in the browser.

import assert from "node:assert/strict";
import { test } from "node:test";
import {
  analyzeAndWait,
  assertOnlyLocalRequests,
  fillArticle,
  litTexts,
  openPage,
  resultPath,
  useSite,
} from "./harness.mjs";

const env = useSite("/");

const FILLER = Array.from(
  { length: 24 },
  (_, i) => `Update ${i + 1}: crews met again at the quay and nothing was decided.`,
);

/** A wire story as pasted from a web page: share buttons above, credits and copyright below. */
const WIRE = [
  "Share this article",
  "Facebook · X · Email",
  "",
  "KATI (Harbour Wire) - Ferry crews in Kati 🚢 stopped work this week, and Norwegians on board waited for hours.",
  "",
  '"Kati will not be abandoned," said Mayor Lena Ortiz. "This is regrettable but short," a port official said, according to the Coast Herald.',
  "",
  ...FILLER.flatMap((line) => [line, ""]),
  "The strike began on Tuesday 17 August 2020, the union said.",
  "",
  '"We want €40 more a week," one sign read.',
  "",
  "Reporting by Ana Ruiz and Tom Berg; Writing by Lise Holm; Editing by Ola Dahl",
  "",
  "© 2020 Harbour Wire. All rights reserved.",
].join("\n");

const OTHER = 'Ferry crews in Kati met Mayor Lena Ortiz on Monday. "Talks went well," she said.';

test("boilerplate is greyed, quotes are marked and listed, and the text stays exactly as pasted", {
  timeout: 30_000,
}, async () => {
  const { page, requests, errors } = await openPage(env.browser, env.url);
  await fillArticle(page, "a", { label: "Harbour Wire", text: WIRE });
  await fillArticle(page, "b", { label: "Coast Herald", published: "2020-08-18", text: OTHER });
  await analyzeAndWait(page);

  const a = page.locator('.article-result[data-article="a"]');
  const textA = a.locator(".article-text");
  assert.equal(
    await textA.evaluate((el) => el.textContent),
    WIRE,
    "the text is the pasted text, character for character",
  );
  assert.equal(
    await page.locator('.article-result[data-article="b"] .article-text').evaluate((el) => el.textContent),
    OTHER,
  );

  // Boilerplate: greyed, with a title that says what it is and that it was left out.
  const boilerplate = textA.locator(".boilerplate");
  assert.deepEqual(
    await boilerplate.evaluateAll((els) => els.map((el) => [el.dataset.boilerplate, el.textContent, el.title])),
    [
      ["share", "Share this article\nFacebook · X · Email", "Boilerplate: share widget — left out of the comparison"],
      [
        "wire_credit",
        "Reporting by Ana Ruiz and Tom Berg; Writing by Lise Holm; Editing by Ola Dahl",
        "Boilerplate: wire credit — left out of the comparison",
      ],
      [
        "copyright",
        "© 2020 Harbour Wire. All rights reserved.",
        "Boilerplate: copyright notice — left out of the comparison",
      ],
    ],
  );
  const [grey, ink] = await Promise.all([
    boilerplate.first().evaluate((el) => getComputedStyle(el).color),
    textA.evaluate((el) => getComputedStyle(el).color),
  ]);
  assert.notEqual(grey, ink, "boilerplate is greyed");
  // Names in boilerplate are shown, inside it, but linked to no entity: they are not compared.
  assert.deepEqual(
    await boilerplate
      .locator("mark")
      .evaluateAll((els) => els.map((el) => [el.textContent, el.dataset.entity ?? null])),
    [
      ["Facebook", null],
      ["Ana Ruiz", null],
      ["Tom Berg", null],
      ["Lise Holm", null],
      ["Ola Dahl", null],
      ["Harbour Wire", null],
    ],
  );

  // Quotes: marked in the text, with who said them in the hover title.
  const quotes = textA.locator(".quote");
  assert.deepEqual(await quotes.evaluateAll((els) => els.map((el) => [el.dataset.quote, el.textContent, el.title])), [
    ["0", '"Kati will not be abandoned,"', "Quote — Lena Ortiz (named source)"],
    ["1", '"This is regrettable but short,"', "Quote — port official (anonymous source), via Coast Herald"],
    ["2", '"We want €40 more a week,"', "Partial quote — speaker not stated"],
  ]);
  // A mention inside a quote is nested in it, and keeps its own hover title.
  assert.deepEqual(await quotes.nth(0).locator('mark[data-kind="LOC"]').allTextContents(), ["Kati"]);
  assert.deepEqual(
    await quotes
      .nth(2)
      .locator("mark")
      .evaluateAll((els) => els.map((el) => [el.textContent, el.title])),
    [["€40 more a week", "Quantity: 40 EUR per week"]],
  );
  const [tint, page0] = await Promise.all([
    quotes.nth(0).evaluate((el) => getComputedStyle(el).backgroundColor),
    textA.evaluate((el) => getComputedStyle(el).backgroundColor),
  ]);
  assert.notEqual(tint, page0, "quotes are tinted");

  // Under the text: dateline, bylines, anchor, then the quotes list.
  const facts = await a
    .locator(".article-fact")
    .evaluateAll((els) => els.map((el) => [el.dataset.fact, el.textContent]));
  assert.deepEqual(facts, [
    ["dateline", "Filed from KATI (Harbour Wire)"],
    ["bylines", "Reporting: Ana Ruiz, Tom Berg · Writing: Lise Holm · Editing: Ola Dahl"],
    ["anchor", "Relative dates read against 2020-08-17, the first full date in the text"],
  ]);
  const items = a.locator(".quote-item");
  assert.deepEqual(await items.locator(".quote-content").allTextContents(), [
    "Kati will not be abandoned,",
    "This is regrettable but short,",
    "We want €40 more a week,",
  ]);
  assert.deepEqual(await items.locator(".quote-meta").allTextContents(), [
    "— Lena Ortiz, named source",
    "— port official, anonymous source · via Coast Herald",
    "— speaker not stated partial",
  ]);
  assert.equal(await items.nth(2).locator(".tag").textContent(), "partial");
  // Article b's speaker is the mayor named before "she".
  const b = page.locator('.article-result[data-article="b"]');
  assert.deepEqual(await b.locator(".quote-meta").allTextContents(), ["— Lena Ortiz, named source"]);
  // Reported speech, quoted or not, with its source, the kind of source, the cue and the form;
  // the sign's words are read by no one.
  assert.equal(await a.locator(".speech > summary").textContent(), "Reported speech (4)");
  assert.deepEqual(await a.locator(".speech-meta").allTextContents(), [
    "— Mayor Lena Ortiz, named source · “said” · quoted",
    "— a port official, unnamed source · “said” · quoted",
    "— the Coast Herald, news outlet · “according to” · partly quoted",
    "— the union, institution · “said” · indirect",
  ]);
  assert.equal(
    await a.locator('.speech-item[data-kind="institutional"] .speech-content').textContent(),
    "The strike began on Tuesday 17 August 2020",
  );
  assert.deepEqual(await b.locator(".speech-meta").allTextContents(), [
    "— she (Lena Ortiz), named source · “said” · quoted",
  ]);
  assert.equal(
    await b.locator('.article-fact[data-fact="anchor"]').textContent(),
    "Relative dates read against 2020-08-18, the publication date",
  );

  // The legend explains the two looks that are not kinds, after the kinds.
  assert.deepEqual(await page.locator(".legend-note").allTextContents(), ["Quote", "Not the story"]);

  // "Check these" comes before the overlap lists and holds the weekday that contradicts its date.
  const order = await page.locator("#results > section").evaluateAll((els) => els.map((el) => el.className));
  assert.ok(order.indexOf("checks") >= 0 && order.indexOf("checks") < order.indexOf("overlap"), `sections: ${order}`);
  const checks = page.locator(".checks .check");
  assert.deepEqual(await checks.evaluateAll((els) => els.map((el) => [el.dataset.kind, el.textContent])), [
    ["conflict/weekday", "a Tuesday does not match 17 Aug 2020, a Monday"],
  ]);

  await page.screenshot({ path: resultPath("layers.png"), fullPage: true });

  // Clicking it scrolls the weekday into view inside the text box and in the window, and
  // lights the weekday and the date until another finding is chosen; focus stays on it.
  const visible = () =>
    textA.evaluate((box) => {
      const mark = [...box.querySelectorAll("mark")].find((m) => m.textContent === "Tuesday");
      const r = mark.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return r.top >= b.top && r.bottom <= b.bottom && r.top >= 0 && r.bottom <= window.innerHeight;
    });
  assert.equal(await visible(), false, "the weekday starts out of sight");
  await checks.first().getByRole("button").click();
  assert.equal(await visible(), true, "the weekday is in sight after the click");
  assert.deepEqual(await litTexts(page), ["Tuesday", "17 August 2020"]);
  assert.equal(await page.evaluate(() => document.activeElement?.closest("li")?.dataset.kind), "conflict/weekday");

  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});

test("hover titles show dates, ranges, weeks, quantities and groups as values; unplaced dates are explained", {
  timeout: 30_000,
}, async () => {
  const { page, requests, errors } = await openPage(env.browser, env.url);
  await fillArticle(page, "a", {
    label: "Coast Herald",
    published: "2020-08-18",
    text: "Norwegians and 12 firefighters reached Kati on 17 August 2020. Turnout was 61.5% and the cost €4 million, 15 km away. Talks ran from 3 to 5 May 2020 and resume next week.",
  });
  await fillArticle(page, "b", { text: "Ferry crews stopped work this week, the union said on Tuesday." });
  await analyzeAndWait(page);

  const titles = (id) =>
    page
      .locator(`.article-result[data-article="${id}"] mark`)
      .evaluateAll((els) => els.map((el) => [el.textContent, el.title]));
  assert.deepEqual(await titles("a"), [
    ["Norwegians", "Group: Norway"],
    ["12 firefighters", "Quantity: 12 firefighters"],
    ["Kati", "Place"],
    ["17 August 2020", "Date: 2020-08-17"],
    ["61.5%", "Quantity: 61.5 %"],
    ["€4 million", "Quantity: 4000000 EUR"],
    ["15 km", "Quantity: 15000 m"],
    ["3 to 5 May 2020", "Date: 2020-05-03 to 2020-05-05"],
    ["next week", "Date: 2020-08-24 to 2020-08-30"],
  ]);
  assert.equal(await page.locator(".legend-item").filter({ hasText: "Group" }).count(), 1);

  // Article b has no publication date and no full date: it reads its relative dates against
  // article a's date, and the page says so, in the article and as a note.
  assert.deepEqual(await titles("b"), [
    ["this week", "Date: 2020-08-17 to 2020-08-23"],
    ["Tuesday", "Date: 2020-08-18"],
  ]);
  const anchorB = page.locator('.article-result[data-article="b"] .article-fact[data-fact="anchor"]');
  assert.equal(
    await anchorB.textContent(),
    "Relative dates read against 2020-08-18, the date of another article (this one gives none)",
  );
  assert.equal(await page.locator('.diagnostic[data-code="borrowed_date"][data-article="b"]').count(), 1);

  // When no article has a date, b's relative dates have no value, and the page says why.
  await fillArticle(page, "a", { published: "", text: "Talks between the port and the union resume next week." });
  await analyzeAndWait(page);
  assert.deepEqual(await titles("b"), [
    ["this week", "Date"],
    ["Tuesday", "Date"],
  ]);
  assert.equal(
    await anchorB.textContent(),
    "Relative dates such as “this week” could not be placed: add the publication date above.",
  );

  assertOnlyLocalRequests(requests, env.url);
  assert.deepEqual(errors, []);
});

test("render.js nests boilerplate, quotes and mentions, skips crossing spans, cuts long texts in chunks, and never loses text", {
  timeout: 30_000,
}, async () => {
  const { page, errors } = await openPage(env.browser, env.url);
  const outcome = await page.evaluate(async () => {
    const { highlightedText } = await import(new URL("render.js", document.baseURI).href);
    const LAYERS = ["boilerplate", "quote", "mention"];

    /** The tree as a short string: [b:...] boilerplate, [q:...] quote, [m:...] mention. */
    const shape = (node) =>
      [...node.childNodes]
        .map((child) => {
          if (child.nodeType === Node.TEXT_NODE) return child.nodeValue;
          const tag = child.classList.contains("boilerplate") ? "b" : child.classList.contains("quote") ? "q" : "m";
          return `[${tag}:${shape(child)}]`;
        })
        .join("");
    /** Renders `text` as an article of the report with these spans, analysed up to `length`. */
    const render = (text, { boilerplate = [], quotes = [], mentions = [] }, length = text.length) => {
      const span = ([start, end]) => ({ start_utf16: start, end_utf16: end });
      const article = {
        analysed_utf16_len: length,
        mentions: mentions.map((s) => ({ span: span(s), kind: "PER", value: null, entity: null })),
        quotes: quotes.map((s) => ({ span: span(s), speaker: null, partial: false, via: null })),
        boilerplate: boilerplate.map((s) => ({ span: span(s), kind: "share" })),
      };
      const out = highlightedText(text, article, []);
      // The chunks' contents, put together, are the text (a chunk is a block of the text box).
      const host = document.createElement("div");
      let chunks = 0;
      for (const { node, start, end } of out.chunks) {
        if (!node.classList.contains("text-chunk")) throw new Error("a chunk that is not a text-chunk");
        if (node.textContent !== text.slice(start, end)) throw new Error(`chunk ${start}-${end} holds other text`);
        host.append(...node.childNodes);
        chunks += 1;
      }
      return { ...out, host, chunks, shape: shape(host) };
    };

    // Fixed cases, each with the one right answer.
    const T = "0123456789abcdefghij";
    const fixed = [
      // A mention inside a quote nests; one crossing the quote's end is skipped.
      [
        {
          quotes: [[5, 15]],
          mentions: [
            [6, 8],
            [10, 20],
          ],
        },
        "01234[q:5[m:67]89abcde]fghij",
      ],
      // A mention or a quote crossing boilerplate's edge is skipped.
      [{ boilerplate: [[0, 4]], quotes: [[2, 9]], mentions: [[2, 6]] }, "[b:0123]456789abcdefghij"],
      // Equal spans nest, outer layer outside.
      [{ boilerplate: [[3, 6]], quotes: [[10, 14]], mentions: [[10, 14]] }, "012[b:345]6789[q:[m:abcd]]efghij"],
      // A mention containing a whole quote is skipped; overlapping quotes: the first wins.
      [
        {
          quotes: [
            [4, 6],
            [5, 9],
          ],
          mentions: [
            [2, 8],
            [4, 5],
          ],
        },
        "0123[q:[m:4]5]6789abcdefghij",
      ],
      // Mentions touching each other and the quote's edges.
      [
        {
          quotes: [[2, 8]],
          mentions: [
            [2, 4],
            [4, 8],
            [8, 10],
          ],
        },
        "01[q:[m:23][m:4567]][m:89]abcdefghij",
      ],
      // Only the analysed part is rendered.
      [{ quotes: [[0, 3]], mentions: [[4, 8]] }, "[q:012]3[m:4567]89", 10],
    ];
    const fixedResults = fixed.map(([layers, want, length]) => ({ want, got: render(T, layers, length).shape }));

    // A model of the rules, written plainly (quadratic), to check the renderer against.
    const model = (layers) => {
      const kept = [];
      let crossings = 0;
      for (const [layer, list] of [layers.boilerplate, layers.quotes, layers.mentions].entries()) {
        const mine = [];
        const candidates = list.map(([s, e], i) => ({ s, e, i })).sort((x, y) => x.s - y.s || x.i - y.i);
        for (const c of candidates) {
          if (mine.some((k) => k.s < c.e && c.s < k.e)) continue;
          if (kept.some((k) => k.s < c.e && c.s < k.e && !(k.s <= c.s && c.e <= k.e))) {
            crossings += 1;
            continue;
          }
          mine.push(c);
        }
        kept.push(...mine.map((c) => ({ layer: LAYERS[layer], s: c.s, e: c.e })));
      }
      return { kept, crossings };
    };

    // Random cases from a seeded generator (mulberry32), so that a failure can be replayed.
    let seed = 20200817;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (n) => Math.floor(random() * n);
    const PIECES = ["a", "b", " ", "\n", "é", "€", "🚢", "<b>", "&amp;", '"', "Kati"];
    const failures = [];
    let crossings = 0;
    let kept = 0;
    let chunked = 0;
    // The last rounds are long texts (tens of thousands of pieces, hundreds of spans), cut in chunks.
    for (let round = 0; round < 406 && failures.length < 5; round += 1) {
      let text = "";
      for (let n = round < 400 ? int(40) : 20_000 + int(20_000); n > 0; n -= 1) text += PIECES[int(PIECES.length)];
      const L = text.length;
      const length = random() < 0.2 ? int(L + 1) : undefined;
      const limit = length ?? L;
      // Spans as the Report gives them: integers, 0 <= start < end <= the analysed length, each
      // layer's in any order and free to overlap and cross the others'.
      const spanOf = () => {
        const a = int(limit);
        const b = random() < 0.5 ? Math.min(limit, a + 1 + int(8)) : a + 1 + int(limit - a); // short ones nest more often
        return [a, b];
      };
      const many = (n) => (limit === 0 ? [] : Array.from({ length: n }, spanOf));
      const scale = round < 400 ? 1 : 40;
      const layers = { boilerplate: many(int(3)), quotes: many(int(4 * scale)), mentions: many(int(12 * scale)) };
      const out = render(text, layers, length);
      if (out.chunks > 1) chunked += 1;
      const want = model(layers);
      crossings += want.crossings;
      kept += want.kept.length;

      // The rendered text is the text, exactly; the spans kept are the model's, where they say.
      const got = [...out.host.querySelectorAll(".boilerplate, .quote, mark")].map((el) => {
        const before = document.createRange();
        before.setStart(out.host, 0);
        before.setEndBefore(el);
        const s = before.toString().length;
        const layer = el.classList.contains("boilerplate")
          ? "boilerplate"
          : el.classList.contains("quote")
            ? "quote"
            : "mention";
        return { layer, s, e: s + el.textContent.length };
      });
      const key = (k) => `${k.layer}@${k.s}-${k.e}`;
      const sorted = (list) => list.map(key).sort();
      const problems = [];
      if (out.host.textContent !== text.slice(0, limit)) problems.push("text changed");
      if (JSON.stringify(sorted(got)) !== JSON.stringify(sorted(want.kept)))
        problems.push(`kept ${JSON.stringify(sorted(got))}, model ${JSON.stringify(sorted(want.kept))}`);
      if (
        out.host.querySelector(
          "mark .quote, mark .boilerplate, .quote .boilerplate, mark mark, .quote .quote, .boilerplate .boilerplate",
        )
      )
        problems.push("layers nested the wrong way");
      const total = layers.boilerplate.length + layers.quotes.length + layers.mentions.length;
      if (out.marks + out.quotes + out.boilerplate + out.skipped !== total) problems.push("counts do not add up");
      if (problems.length > 0) failures.push({ round, text, layers, length, problems });
    }
    return { fixedResults, failures, crossings, kept, chunked };
  });

  for (const { want, got } of outcome.fixedResults) assert.equal(got, want);
  assert.deepEqual(outcome.failures, []);
  assert.ok(outcome.crossings > 50, `the random cases included crossing spans (${outcome.crossings})`);
  assert.ok(outcome.kept > 1000, `the random cases kept many spans (${outcome.kept})`);
  assert.ok(outcome.chunked >= 3, `long texts were cut in chunks (${outcome.chunked} of 6)`);
  assert.deepEqual(errors, []);
});
