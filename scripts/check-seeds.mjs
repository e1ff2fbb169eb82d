// This file checks the canonical case: the two seed articles in ../shared/seeds (a wire
// story and a second outlet's article on the same event, not part of this repository). It
// runs the CLI on them and asserts what a reader must see in the Report, then prints the
// relevant excerpt. scripts/test.sh runs it only when the seeds are there; the test suite
// itself does not depend on them.
//   node scripts/check-seeds.mjs [SEEDS_DIR] [--print]

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv.find((a, i) => i > 1 && !a.startsWith("--")) ?? "../shared/seeds";
const print = process.argv.includes("--print");
if (!existsSync(dir)) {
  console.log(`check-seeds: ${dir} not found; skipped`);
  process.exit(0);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const wire = files.find((f) => f.startsWith("reuters"));
const other = files.find((f) => f.startsWith("presstv"));
assert.ok(wire && other, `expected the two seed files in ${dir}, found ${files}`);

const bin = existsSync("target/debug/parallax") ? "target/debug/parallax" : "target/release/parallax";
// The Report on the pair, with the publication date typed for each (`dated`) or none.
const compare = (dated) =>
  JSON.parse(
    execFileSync(
      bin,
      [
        "compare",
        "--label",
        "Wire",
        ...(dated ? ["--published", "2020-08-18"] : []),
        join(dir, wire),
        "--label",
        "Outlet",
        ...(dated ? ["--published", "2020-08-18"] : []),
        join(dir, other),
        "--format",
        "json",
      ],
      { encoding: "utf8", maxBuffer: 64 << 20 },
    ),
  );
const report = compare(true);
const undated = compare(false);

const wireText = readFileSync(join(dir, wire), "utf8");
const otherText = readFileSync(join(dir, other), "utf8");
const [a, b] = report.articles;

const values = (article, kind) =>
  Object.fromEntries(article.mentions.filter((m) => m.kind === kind).map((m) => [m.text, m.value]));
const checks = [];
function check(what, fn) {
  try {
    fn();
    checks.push(`ok    ${what}`);
  } catch (err) {
    checks.push(`FAIL  ${what}: ${err.message.split("\n")[0]}`);
  }
}

check("boilerplate of the second outlet is marked: share buttons, the app link, mirror addresses", () => {
  const kinds = new Set(b.boilerplate.map((x) => x.kind));
  for (const k of ["share", "follow", "mirror_address"]) assert.ok(kinds.has(k), `kinds ${[...kinds]}`);
  const last = b.boilerplate.at(-1);
  assert.equal(otherText.slice(last.span.start_utf16, last.span.end_utf16).trim().split("\n").length, 1);
});
check("the wire credit block becomes bylines", () => {
  const names = a.bylines.map((x) => `${x.role}:${x.name.text}`);
  for (const n of [
    "reporting:Tiemoko Diallo",
    "reporting:Paul Lorgerie",
    "additional_reporting:David Lewis",
    "writing:Aaron Ross",
    "editing:John Stonestreet",
    "editing:Alison Williams",
  ]) {
    assert.ok(names.includes(n), `${n} not in ${names}`);
  }
});
check("the dateline gives place and source", () => {
  assert.equal(a.dateline?.place.text, "BAMAKO");
  assert.equal(a.dateline?.source?.text, "Reuters");
});
check("dates are resolved", () => {
  const da = values(a, "DATE");
  const db = values(b, "DATE");
  assert.equal(da.Tuesday, "2020-08-18");
  assert.equal(db.Tuesday, "2020-08-18");
  assert.equal(db["August 18, 2020"], "2020-08-18");
  assert.equal(da["Aug. 18"], "2020-08-18");
  assert.ok(da["Thursday morning"], "Thursday morning has a value");
  assert.equal(da["2012"], "2012");
  assert.equal(db.June, "2020-06");
});
check("the weekday that does not match Aug. 18 is flagged", () => {
  const f = report.findings.find((x) => x.kind === "conflict/weekday" && x.articles.includes("a"));
  assert.ok(f, "no conflict/weekday finding in the wire story");
});
check("about 15 km (9 miles) and 15 kilometers are both 15000 m", () => {
  const qa = values(a, "QUANTITY");
  const qb = values(b, "QUANTITY");
  assert.equal(qa["about 15 km (9 miles)"], "15000 m (about)");
  assert.equal(qb["15 kilometers"], "15000 m");
});
check("at least 14 people is a death count of 14 in both", () => {
  assert.equal(values(a, "QUANTITY")["At least 14 people"], "14 deaths (at least)");
  assert.equal(values(b, "QUANTITY")["at least 14 people"], "14 deaths (at least)");
});
check("every direct quote has the right speaker and kind", () => {
  const quotes = (article) =>
    article.quotes.map((q) => `${q.speaker?.name.text ?? "-"}|${q.speaker?.kind ?? "-"}|${q.via?.text ?? "-"}`);
  assert.deepEqual(quotes(a), [
    "Norwegian Embassy|institutional|-",
    "security source|anonymous|-",
    "French Embassy|institutional|-",
  ]);
  assert.deepEqual(quotes(b), ["unnamed security official|anonymous|Reuters", "Norwegian Embassy|institutional|-"]);
});

// The comparison: what a reader must see across the two articles.
const findings = (kind) => report.findings.filter((f) => f.kind === kind);
const spanText = (f, article) =>
  f.spans
    .filter((s) => s.article === article.id)
    .map((s) => (article.id === a.id ? wireText : otherText).slice(s.span.start_utf16, s.span.end_utf16));
check("the quotes both carry word for word are found", () => {
  assert.ok(findings("quote/identical").length >= 2, JSON.stringify(findings("quote/identical").map((f) => f.summary)));
});
check("Keita and Ibrahim Boubacar Keita are one person, named in both", () => {
  const keita = report.entities.find((e) => e.canonical === "Ibrahim Boubacar Keita");
  assert.ok(keita?.aliases.includes("Keita"), JSON.stringify(keita));
  assert.deepEqual(
    keita.mentions.map((m) => m.article),
    ["a", "b"],
  );
});
check('"Mail" is flagged as a misspelling of Mali', () => {
  const v = findings("entity/variant").find((f) => spanText(f, a).includes("Mail"));
  assert.ok(v && report.entities[v.entity].canonical === "Mali", JSON.stringify(findings("entity/variant")));
});
check("15 km (9 miles) and 15 kilometers agree, as do the two counts of 14 dead", () => {
  const agreements = findings("agreement/quantity").map((f) => [spanText(f, a).join(), spanText(f, b).join()]);
  assert.ok(
    agreements.some(([x, y]) => x.includes("15 km") && y.includes("15 kilometers")),
    JSON.stringify(agreements),
  );
  assert.ok(
    agreements.some(([x, y]) => /14 people/.test(x) && /14 people/.test(y)),
    JSON.stringify(agreements),
  );
  assert.equal(
    findings("conflict/quantity").length,
    0,
    JSON.stringify(findings("conflict/quantity").map((f) => f.summary)),
  );
});
check("Takfiri militants is set against jihadist or Islamist militants", () => {
  const labels = findings("framing/label").map((f) => [spanText(f, a).join(), spanText(f, b).join()]);
  assert.ok(
    labels.some(([x, y]) => /jihadist|Islamist/.test(x) && y === "Takfiri"),
    JSON.stringify(labels),
  );
});
check("the second outlet credits the wire with a quote", () => {
  assert.ok(findings("sourcing/outlet").some((f) => spanText(f, b).includes("Reuters")));
  assert.ok(b.quotes.some((q) => q.via?.text === "Reuters"));
});
check("facts in only one article are listed both ways", () => {
  const omitted = findings("omission/sentence");
  assert.ok(omitted.some((f) => f.articles[0] === "a") && omitted.some((f) => f.articles[0] === "b"));
});

check("with no date typed, the Thursday slip is still flagged", () => {
  assert.ok(undated.findings.some((x) => x.kind === "conflict/weekday" && x.articles.includes("a")));
  assert.ok(undated.diagnostics.some((d) => d.code === "borrowed_date"));
});
check("with no date typed, fewer than 8 omitted claims, none a headline or page furniture", () => {
  const omitted = undated.findings.filter((f) => f.kind === "omission/sentence");
  const texts = omitted.map((f) => {
    const s = f.spans[0];
    return (s.article === "a" ? wireText : otherText).slice(s.span.start_utf16, s.span.end_utf16);
  });
  assert.ok(omitted.length < 8, JSON.stringify(texts));
  assert.ok(
    texts.every((t) => /[.!?\u201d"]$/.test(t.trim())),
    JSON.stringify(texts),
  );
});

if (print) {
  const excerpt = {
    a: {
      dateline: a.dateline?.place.text,
      bylines: a.bylines.map((x) => `${x.role}: ${x.name.text}`),
      dates: values(a, "DATE"),
      quantities: values(a, "QUANTITY"),
      quotes: a.quotes.map((q) => ({ speaker: q.speaker?.name.text, kind: q.speaker?.kind, via: q.via?.text })),
    },
    b: {
      boilerplate: b.boilerplate.map((x) => x.kind),
      dates: values(b, "DATE"),
      quantities: values(b, "QUANTITY"),
      quotes: b.quotes.map((q) => ({ speaker: q.speaker?.name.text, kind: q.speaker?.kind, via: q.via?.text })),
    },
    conflicts: report.findings.filter((f) => f.family === "conflict").map((f) => f.summary),
    comparison: report.findings
      .filter((f) => !["agreement/entity", "omission/entity", "omission/sentence"].includes(f.kind))
      .map((f) => `${f.kind}: ${f.summary}`),
    reuse: report.pairs.map((p) => ({
      articles: p.articles,
      reuse: p.reuse.map((r) => `${Math.round(r * 100)}%`),
      aligned: p.aligned.length,
    })),
    keita: report.entities.find((e) => e.canonical === "Ibrahim Boubacar Keita"),
  };
  console.log(JSON.stringify(excerpt, null, 1));
}
console.log(checks.join("\n"));
const failed = checks.filter((c) => c.startsWith("FAIL")).length;
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
