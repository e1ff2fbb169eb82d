// This file tests www/parts.js: a Report split into slices for the trip from the worker to
// the page comes back whole and in order, and no slice is longer than SLICE. The Report is
// the built module's (www/pkg), on articles long enough for arrays of several slices. Run
// after scripts/build.sh.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { assemble, SLICE, slices } from "../../www/parts.js";
import { Engine, initSync } from "../../www/pkg/parallax.js";

initSync({ module: readFileSync(new URL("../../www/pkg/parallax_bg.wasm", import.meta.url)) });
const engine = new Engine();

/** `n` different sentences, each with a name, a date and a number. */
function story(n, town) {
  const lines = [];
  for (let i = 0; i < n; i += 1)
    lines.push(`Mayor Ines Varga said on ${(i % 28) + 1} May 2024 that ${i + 3} boats had left ${town}.`);
  return lines.join(" ");
}

test("a report with arrays longer than a slice comes back whole, in order", () => {
  const report = engine.analyze({
    articles: [
      { label: "Gazette", text: story(1500, "Lindmark") },
      { label: "Herald", text: story(40, "Tromsø") },
    ],
  });
  const whole = structuredClone(report);
  assert.ok(
    whole.articles[0].mentions.length > 2 * SLICE,
    `the first article has mentions for several slices (${whole.articles[0].mentions.length})`,
  );
  const parts = slices(report);
  assert.ok(parts.length >= 3, `${parts.length} slices`);
  assert.ok(parts.every((p) => p.items.length > 0 && p.items.length <= SLICE));
  assert.deepEqual(report.articles[0].mentions, [], "what the slices carry is taken out of the report");
  // Each slice and the rest of the report travel as messages do: cloned.
  const arrived = assemble(
    structuredClone(report),
    parts.map((p) => structuredClone(p)),
  );
  assert.deepEqual(arrived, whole);
});

test("a small report is sent as it is", () => {
  const report = engine.analyze({ articles: [{ label: "A", text: story(3, "Kati") }] });
  const whole = structuredClone(report);
  assert.deepEqual(slices(report), []);
  assert.deepEqual(assemble(report, []), whole);
});
