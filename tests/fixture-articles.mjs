// Reads the articles of a comparison fixture (tests/compare/*.toml) as the page and the
// module take them, for the browser and Node tests. The fixtures write each article's
// label, optional publication date and text in that order, the text a TOML multi-line
// basic string whose first newline is trimmed; escapes are not undone (tests/node/parity
// skips a text with a backslash).

import { readFileSync } from "node:fs";

/** The articles of `tests/compare/<name>`, e.g. "pair-05-court-ruling.toml". */
export function fixtureArticles(name) {
  const toml = readFileSync(new URL(`compare/${name}`, import.meta.url), "utf8");
  const blocks = toml.split(/^\[\[article\]\]$/m).slice(1);
  return blocks.map((block) => ({
    label: /^label = "(.*)"/m.exec(block)[1],
    published: /^published = "(.*)"/m.exec(block)?.[1] ?? "",
    text: /^text = """\n([\s\S]*?)"""/m.exec(block)[1],
  }));
}
