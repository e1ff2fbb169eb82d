// This file tests the page's vocabularies in www/kinds.js without a browser: that each table
// has the one-entry-per-line shape its header promises (so that a simple reader, such as a Rust
// test holding them to the core's enums, can parse them), and that every code the committed
// Report snapshots use (tests/snapshots/compare/) is in the page's tables, so that the page
// has words and a section for everything the analyser writes.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  ALIGNMENT_CLASSES,
  ANCHOR_SOURCES,
  BOILERPLATE_KINDS,
  BYLINE_ROLES,
  FAMILIES,
  FINDING_GROUPS,
  FINDING_GROUPS_SHOWN,
  FINDING_KINDS,
  MENTION_KINDS,
  SCHEMA_VERSION,
  SOURCE_KINDS,
  SPEAKER_KINDS,
  SPEECH_FORMS,
} from "../../www/kinds.js";

/** The tables by name, in the order kinds.js declares them. */
const TABLES = {
  MENTION_KINDS,
  FINDING_KINDS,
  FINDING_GROUPS,
  FINDING_GROUPS_SHOWN,
  FAMILIES,
  SPEAKER_KINDS,
  SOURCE_KINDS,
  SPEECH_FORMS,
  ALIGNMENT_CLASSES,
  BOILERPLATE_KINDS,
  BYLINE_ROLES,
  ANCHOR_SOURCES,
};

const SOURCE = readFileSync(new URL("../../www/kinds.js", import.meta.url), "utf8");
const SNAPSHOTS = fileURLToPath(new URL("../snapshots/compare/", import.meta.url));

/** Every Report under `dir`, recursively. */
function reports(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return reports(path);
    return entry.name.endsWith(".json") ? [JSON.parse(readFileSync(path, "utf8"))] : [];
  });
}

/** The tables as a simple reader sees them: name -> the first quoted string of each entry line. */
function readTables(source) {
  const tables = {};
  let current = null;
  for (const line of source.split("\n")) {
    const open = /^export const ([A-Z_]+) = \{$/.exec(line);
    if (open) {
      current = open[1];
      tables[current] = [];
    } else if (current && line === "};") {
      current = null;
    } else if (current) {
      tables[current].push(/"([^"]*)"/.exec(line)[1]);
    }
  }
  return tables;
}

test("each vocabulary is a table with one entry a line, its code first", () => {
  const tables = readTables(SOURCE);
  assert.deepEqual(Object.keys(tables), Object.keys(TABLES));
  for (const [name, codes] of Object.entries(tables)) {
    assert.deepEqual(codes, Object.keys(TABLES[name]), `${name} as read from the source`);
  }
});

test("every code in the committed Report snapshots is in the page's tables", () => {
  const all = reports(SNAPSHOTS);
  assert.ok(all.length >= 20, `${all.length} snapshot reports`);
  const seen = Object.fromEntries(Object.keys(TABLES).map((name) => [name, new Set()]));
  for (const report of all) {
    assert.equal(report.schema_version, SCHEMA_VERSION);
    for (const article of report.articles) {
      for (const m of article.mentions) seen.MENTION_KINDS.add(m.kind);
      for (const q of article.quotes) if (q.speaker) seen.SPEAKER_KINDS.add(q.speaker.kind);
      for (const r of article.speech) {
        seen.SOURCE_KINDS.add(r.kind);
        seen.SPEECH_FORMS.add(r.form);
      }
      assert.deepEqual(Object.keys(article.speech_sourcing).sort(), Object.keys(SOURCE_KINDS).sort());
      for (const b of article.boilerplate) seen.BOILERPLATE_KINDS.add(b.kind);
      for (const b of article.bylines) seen.BYLINE_ROLES.add(b.role);
      if (article.anchor) seen.ANCHOR_SOURCES.add(article.anchor.from);
      assert.deepEqual(Object.keys(article.sourcing).sort(), [...Object.keys(SPEAKER_KINDS), "unattributed"].sort());
    }
    for (const e of report.entities) seen.MENTION_KINDS.add(e.kind);
    for (const f of report.findings) {
      seen.FINDING_KINDS.add(f.kind);
      seen.FINDING_GROUPS.add(f.kind);
      if (FINDING_GROUPS[f.kind]) seen.FINDING_GROUPS_SHOWN.add(FINDING_GROUPS[f.kind]);
      seen.FAMILIES.add(f.family);
    }
    for (const p of report.pairs) for (const m of p.aligned) seen.ALIGNMENT_CLASSES.add(m.class);
  }
  for (const [name, codes] of Object.entries(seen)) {
    assert.ok(codes.size > 0, `the snapshots use some ${name}`);
    assert.deepEqual(
      [...codes].filter((code) => !Object.hasOwn(TABLES[name], code)),
      [],
      `codes missing from ${name}`,
    );
  }
});
