// This file holds the page's colours to the contrast a reader needs (WCAG 2.2), in the light
// and the dark theme, read from the custom properties of www/style.css: text and greyed text
// at least 4.5:1 against the backgrounds they stand on (also where a finding or a sentence is
// lit), the focus ring and each group's line at least 3:1 (non-text contrast). It also holds
// the groups' marks in the text apart by more than colour: each group's line differs from
// every other's in where it is drawn or its style, so they differ in greyscale and in forced
// colours too; and the kinds of names (Person, Place ...) likewise differ by their line's
// style, not their tint alone.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { FINDING_GROUPS_SHOWN } from "../../www/kinds.js";

/** The page's stylesheets: style.css (the colours) and findings.css (the findings' marks). */
const CSS = ["style.css", "findings.css"]
  .map((name) => readFileSync(new URL(`../../www/${name}`, import.meta.url), "utf8"))
  .join("\n");

/** The custom properties (--name: #rrggbb) of the first block that `opener` opens. */
function variables(opener) {
  const start = CSS.indexOf(opener);
  assert.ok(start >= 0, `style.css has ${opener}`);
  const body = CSS.slice(start, CSS.indexOf("}", start));
  return Object.fromEntries([...body.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
}

const LIGHT = variables(":root {");
const DARK = { ...LIGHT, ...variables("@media (prefers-color-scheme: dark) {\n  :root {") };

/** The relative luminance of #rrggbb. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(x, y) {
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

/** [foreground, background, least ratio] that every theme must meet. */
const PAIRS = [
  ["text", "bg", 4.5],
  ["text", "surface", 4.5],
  ["muted", "bg", 4.5],
  ["muted", "surface", 4.5],
  ["boilerplate-text", "bg", 4.5],
  ["boilerplate-text", "surface", 4.5],
  ["text", "current-bg", 4.5],
  ["text", "sentence-bg", 4.5],
  ["text", "differs-bg", 4.5],
  ["text", "student-bg", 4.5],
  ...[0, 1, 2, 3].map((side) => ["text", `side-${side}`, 4.5]),
  ["focus", "bg", 3],
  ["focus", "surface", 3],
  ...["conflicts", "spellings", "quotes", "sourcing", "wording", "agreements", "omissions"].flatMap((f) => [
    [`f-${f}`, "bg", 3],
    [`f-${f}`, "surface", 3],
  ]),
];

for (const [theme, colours] of [
  ["light", LIGHT],
  ["dark", DARK],
]) {
  test(`the ${theme} theme's colours have the contrast WCAG asks`, () => {
    const short = [];
    for (const [fg, bg, least] of PAIRS) {
      assert.ok(colours[fg] && colours[bg], `--${fg} and --${bg} are set in the ${theme} theme`);
      const ratio = contrast(colours[fg], colours[bg]);
      if (ratio < least) short.push(`--${fg} on --${bg}: ${ratio.toFixed(2)} < ${least}`);
    }
    assert.deepEqual(short, []);
  });
}

test("each group's mark in the text differs from every other's by more than colour", () => {
  const lines = {};
  for (const m of CSS.matchAll(/::highlight\(pf-([a-z-]+)\)\s*\{\s*text-decoration:\s*([a-z ]+?)\s+var/g)) {
    lines[m[1]] = m[2].trim();
  }
  assert.deepEqual(Object.keys(lines).sort(), Object.keys(FINDING_GROUPS_SHOWN).sort(), "a line for every group");
  const seen = new Map();
  for (const [group, line] of Object.entries(lines)) {
    assert.ok(!seen.has(line), `${group} and ${seen.get(line)} are both drawn "${line}"`);
    seen.set(line, group);
  }
  const glyphs = Object.values(FINDING_GROUPS_SHOWN).map((g) => g.glyph);
  assert.equal(new Set(glyphs).size, glyphs.length, "every group's marker has its own sign");
});

test("each kind of name differs from every other by its line's style, not its tint alone", () => {
  const style = new Map();
  const top = new Set();
  for (const m of CSS.matchAll(/^((?:\[data-kind="[A-Z]+"\],?\s*)+)\{\s*--k-(style|top):\s*([a-z0-9]+)/gm)) {
    for (const [, kind] of m[1].matchAll(/"([A-Z]+)"/g)) {
      if (m[2] === "style") style.set(kind, m[3]);
      else top.add(kind);
    }
  }
  const kinds = ["PER", "ORG", "LOC", "MISC", "NAME", "DATE", "QUANTITY", "GROUP"];
  const looks = kinds.map((k) => `${style.get(k) ?? "solid"}${top.has(k) ? "+above" : ""}`);
  assert.equal(
    new Set(looks).size,
    kinds.length,
    `kinds' lines: ${kinds.map((k, i) => `${k} ${looks[i]}`).join(", ")}`,
  );
});
