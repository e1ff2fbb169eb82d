// This file tests the built WebAssembly module (www/pkg) in Node, as the page's worker
// uses it: one Engine, plain objects in and out, UTF-16 offsets that slice JS strings
// exactly, and readable errors for bad requests; outside a worker it posts no progress.
// Run after scripts/build.sh.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { SCHEMA_VERSION } from "../../www/kinds.js";
import { Engine, initSync } from "../../www/pkg/parallax.js";

initSync({ module: readFileSync(new URL("../../www/pkg/parallax_bg.wasm", import.meta.url)) });
const engine = new Engine();

test("spans slice the pasted JS string exactly, after emoji and euro signs", () => {
  const text = "🙂 Costs hit €4 million. 👍🏽 Mayor Ines Varga spoke in Tromsø on 3 May 2024.";
  const report = engine.analyze({ articles: [{ label: "Gazette", text }] });
  const mentions = report.articles[0].mentions;
  assert.ok(mentions.length >= 4, JSON.stringify(mentions));
  for (const m of mentions) {
    assert.equal(text.slice(m.span.start_utf16, m.span.end_utf16), m.text);
  }
  const byText = Object.fromEntries(mentions.map((m) => [m.text, m]));
  assert.equal(byText["€4 million"].value, "4000000 EUR");
  assert.equal(byText["Ines Varga"].kind, "PER");
  assert.equal(byText.Tromsø.kind, "LOC");
  assert.equal(byText["3 May 2024"].value, "2024-05-03");
  assert.equal(report.articles[0].utf16_len, text.length);
});

test("the report is plain JSON-shaped data", () => {
  const report = engine.analyze({
    articles: [
      { label: "A", text: "Omar Haddad visited Lindmark.", published: "2024-03-05" },
      { label: "B", text: "Officials in Lindmark met Omar Haddad.", published: "" },
    ],
  });
  assert.equal(report.schema_version, SCHEMA_VERSION, "the schema version the page reads");
  assert.ok(Array.isArray(report.pairs) && report.pairs.length === 1, "one pair of articles");
  assert.ok(report.pairs[0].reuse.every((r) => r >= 0 && r <= 1));
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
  assert.equal(report.articles[0].published, "2024-03-05");
  const shared = report.findings
    .filter((f) => f.kind === "agreement/entity")
    .map((f) => report.entities[f.entity].canonical)
    .sort();
  assert.deepEqual(shared, ["Lindmark", "Omar Haddad"]);
});

test("outside a worker (Node), analyze with a request id posts no progress and still works", () => {
  const posted = [];
  globalThis.postMessage = (message) => posted.push(message);
  let report;
  try {
    report = engine.analyze(
      { articles: [{ text: "Omar Haddad visited Lindmark." }, { text: "Omar Haddad left." }] },
      7,
    );
  } finally {
    delete globalThis.postMessage;
  }
  assert.equal(report.articles.length, 2);
  assert.deepEqual(posted, [], "nothing is posted where there is no worker scope");
});

test("bad requests throw errors that say what to do", () => {
  assert.throws(() => engine.analyze({ articles: [] }), /at least one/);
  const many = Array.from({ length: Engine.max_articles() + 1 }, () => ({ text: "x" }));
  assert.throws(() => engine.analyze({ articles: many }), /at most 20/);
  assert.throws(() => engine.analyze("not an object"), /could not be read/);
});

test("hostile text is data: markup, binary and lone surrogates", () => {
  const report = engine.analyze({
    articles: [
      { text: "<script>alert(1)</script> Omar Haddad" },
      { text: "\u0000\u0001\u0002\u0003 abc" },
      { text: "broken \ud800 surrogate in Lindmark" },
    ],
  });
  const codes = report.diagnostics.map((d) => `${d.article}:${d.code}`);
  assert.ok(codes.includes("a:markup"), codes.join());
  assert.ok(codes.includes("b:binary"), codes.join());
  const c = report.articles[2];
  const text = "broken \ud800 surrogate in Lindmark";
  assert.equal(c.utf16_len, text.length);
  for (const m of c.mentions) assert.equal(text.slice(m.span.start_utf16, m.span.end_utf16), m.text);
});
