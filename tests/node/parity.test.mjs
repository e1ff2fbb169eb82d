// This file tests that the built WebAssembly module (www/pkg, 32-bit) finds what the native
// library finds: every mention of every article of the comparison fixtures
// (tests/compare/*.toml) as the native snapshot reports (tests/snapshots/compare/) give it.
// Tables read in the module's data (the model, the word lists, the word clusters) must be
// read alike on both; arithmetic that overflows a 32-bit usize would show here first.
// Run after scripts/build.sh.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { Engine, initSync } from "../../www/pkg/parallax.js";
import { fixtureArticles } from "../fixture-articles.mjs";

initSync({ module: readFileSync(new URL("../../www/pkg/parallax_bg.wasm", import.meta.url)) });
const engine = new Engine();
const root = new URL("../../", import.meta.url);

const mention = (m) => `${m.kind} ${m.source} ${m.span.start_utf16}-${m.span.end_utf16} ${m.text}`;

test("the module finds the mentions the native snapshots hold, fixture by fixture", () => {
  const files = readdirSync(new URL("tests/compare/", root)).filter((f) => f.endsWith(".toml"));
  assert.ok(files.length >= 5, `${files.length} fixtures`);
  let compared = 0;
  for (const file of files) {
    const input = fixtureArticles(file);
    if (input.length < 2 || input.some((a) => a.text.includes("\\"))) {
      continue;
    }
    const snapshot = JSON.parse(
      readFileSync(new URL(`tests/snapshots/compare/${file.replace(/\.toml$/, ".json")}`, root), "utf8"),
    );
    const report = engine.analyze({ articles: input });
    assert.equal(report.articles.length, snapshot.articles.length, file);
    report.articles.forEach((article, i) => {
      assert.deepEqual(
        article.mentions.map(mention),
        snapshot.articles[i].mentions.map(mention),
        `${file}, article ${i + 1}`,
      );
    });
    compared += 1;
  }
  assert.ok(compared >= 5, `${compared} fixtures compared`);
});
