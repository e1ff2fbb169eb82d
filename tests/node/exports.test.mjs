// This file tests the exports of www/exports.js on real analyses by the built WebAssembly
// module (www/pkg): three short invented articles about an invented footbridge collapse, which
// differ on a number (12 / 15 people), carry one quote with a word changed and each have
// sentences the others lack. Valley Courier has an emoji in its headline just before a span and
// a line that starts with "-" (a spreadsheet formula character); Regional Wire has a quote
// hard-wrapped over two lines. Every exported place must lead back to the pasted text: by
// UTF-16 offsets (CSV, JSON), by code points (Web Annotation) or as a verbatim quotation
// (Markdown, clipboard text). Run after scripts/build.sh.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import {
  claimTableCsv,
  findingText,
  markdownReport,
  paragraphOf,
  passageLink,
  reportJson,
  webAnnotations,
} from "../../www/exports.js";
import { Engine, initSync } from "../../www/pkg/parallax.js";

initSync({ module: readFileSync(new URL("../../www/pkg/parallax_bg.wasm", import.meta.url)) });
const engine = new Engine();

/** Three invented articles (not news text) about one invented event. */
const INPUTS = [
  {
    label: "Valley Courier",
    published: "2025-03-14",
    url: "https://courier.example/bridge",
    text: [
      "Footbridge gives way in Ostrany 🌉",
      "",
      "On Thursday evening a wooden footbridge over the Melka river collapsed, injuring 12 people who were crossing it after a spring festival.",
      "",
      "Fire chief Lorna Teskey said crews pulled everyone from the shallow water within an hour. “The railings simply folded under the crowd, and we were lucky the river was low,” Teskey said.",
      "",
      "  The bridge, built in 1987, was last inspected in January, according to council records.",
      "Mayor Pavel Oduya ordered the town's three other timber crossings closed until engineers have checked them.",
      "- Engineers from the regional roads agency will examine every remaining crossing over the coming fortnight.",
    ].join("\n"),
  },
  {
    label: "Ostrany Post",
    published: "2025-03-14",
    text: [
      "Fifteen hurt as Ostrany footbridge falls",
      "",
      "A footbridge across the Melka river in Ostrany collapsed on Thursday, injuring 15 people as a festival crowd walked home.",
      "",
      "“The railings just folded under the crowd, and we were lucky the river was low,” fire chief Lorna Teskey told reporters.",
      "",
      "Mayor Pavel Oduyo closed the town's other timber crossings. Residents told Radio Melka that the bridge had swayed badly for months and that they had asked the council to repair it.",
    ].join("\n"),
  },
  {
    label: "Regional Wire",
    published: "",
    text: [
      "OSTRANY, March 13 (Regional Wire) - Twelve people were hurt when a timber",
      "footbridge over the Melka river gave way on Thursday night, police said. The bridge",
      "was reportedly last inspected in January.",
      "“The railings simply folded under the crowd, and we were lucky the river",
      "was low,” said fire chief Lorna Teskey. An independent engineer will review",
      "the collapse and report to the council within six weeks, a council",
      "spokeswoman said.",
    ].join("\n"),
  },
];

const REPORT = engine.analyze({ articles: INPUTS.map(({ label, published, text }) => ({ label, published, text })) });

/** The input text of article `id`. */
function textOf(report, inputs, id) {
  return inputs[report.articles.findIndex((a) => a.id === id)].text;
}

/** The pasted text at a finding's span. */
function spanText(report, inputs, { article, span }) {
  return textOf(report, inputs, article).slice(span.start_utf16, span.end_utf16);
}

/** The only finding of `kind` whose spans hold `texts` (in any order). */
function findingWith(kind, ...texts) {
  const found = REPORT.findings.filter(
    (f) => f.kind === kind && texts.every((t) => f.spans.some((s) => spanText(REPORT, INPUTS, s) === t)),
  );
  assert.equal(found.length, 1, `one ${kind} finding with ${texts.join(", ")}`);
  return found[0];
}

/**
 * A strict RFC 4180 parser: records end with CRLF, a quoted field may hold commas, CR, LF and
 * doubled quotes; a bare LF or CR outside quotes, or a quote inside an unquoted field, throws.
 */
function parseCsv(csv) {
  const records = [];
  let record = [];
  let i = 0;
  while (i < csv.length) {
    let field = "";
    if (csv[i] === '"') {
      i += 1;
      while (true) {
        if (i >= csv.length) throw new Error("unclosed quoted field");
        if (csv[i] === '"' && csv[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (csv[i] === '"') {
          i += 1;
          break;
        } else {
          field += csv[i];
          i += 1;
        }
      }
    } else {
      while (i < csv.length && csv[i] !== "," && csv[i] !== "\r" && csv[i] !== "\n") {
        if (csv[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        field += csv[i];
        i += 1;
      }
    }
    record.push(field);
    if (csv[i] === ",") i += 1;
    else if (csv.startsWith("\r\n", i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`expected a comma or CRLF at ${i}`);
  }
  assert.equal(record.length, 0, "the last record ends with CRLF");
  return records;
}

/** The CSV as objects keyed by the header's column names. */
function csvRows(csv) {
  const [header, ...records] = parseCsv(csv);
  for (const r of records) assert.equal(r.length, header.length, JSON.stringify(r));
  return { header, rows: records.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i]]))) };
}

/** A cell with the formula guard taken off: the one quote added before = + - @ tab or CR. */
function unguard(cell) {
  return cell.startsWith("'") && /^[=+\-@\t\r]/.test(cell.slice(1)) ? cell.slice(1) : cell;
}

test("paragraphOf counts lines with more than white space, blank lines going with the next", () => {
  const text = "  \nFirst line\n\n \t \n   Second, indented\nThird\r\n\u00a0\u0085\n\ufeff\nFifth\n\n";
  const at = (part) => text.indexOf(part);
  assert.equal(paragraphOf(text, 0), 1, "a leading blank line belongs to the first paragraph");
  assert.equal(paragraphOf(text, at("First")), 1);
  assert.equal(paragraphOf(text, at("line")), 1);
  assert.equal(paragraphOf(text, at("line") + 4), 1, "the line break ends its own line");
  assert.equal(paragraphOf(text, at("\n\n") + 1), 2, "the blank lines after it go with the next");
  assert.equal(paragraphOf(text, at(" \t ")), 2);
  assert.equal(paragraphOf(text, at("   Second")), 2, "leading spaces are in the paragraph");
  assert.equal(paragraphOf(text, at("Second")), 2);
  assert.equal(paragraphOf(text, at("Third")), 3);
  assert.equal(paragraphOf(text, at("\r\n")), 3, "CR before LF is part of the line");
  assert.equal(paragraphOf(text, at("\u00a0")), 4, "no-break space and NEL are white space to Rust");
  assert.equal(paragraphOf(text, at("\ufeff")), 4, "U+FEFF is not white space to Rust: a paragraph");
  assert.equal(paragraphOf(text, at("Fifth")), 5);
  assert.equal(paragraphOf(text, text.length - 1), 6, "trailing blank lines: the number after the last");
  assert.equal(paragraphOf("", 0), 1);
  assert.equal(paragraphOf("One\nTwo", 4), 2);
});

test("the claim table is RFC 4180 CSV with one row per span, in the report's order", () => {
  const csv = claimTableCsv(REPORT, INPUTS);
  assert.ok(csv.startsWith("finding_id,family,kind,summary,"), csv.slice(0, 80));
  const { header, rows } = csvRows(csv);
  assert.deepEqual(header, [
    "finding_id",
    "family",
    "kind",
    "summary",
    "article",
    "outlet",
    "paragraph",
    "start_utf16",
    "end_utf16",
    "text",
    "value",
    "why",
    "status",
  ]);
  const places = REPORT.findings.flatMap((f) => f.spans.map((s) => ({ finding: f, place: s })));
  assert.equal(rows.length, places.length, "one row per span");
  rows.forEach((row, i) => {
    const { finding, place } = places[i];
    assert.equal(row.finding_id, finding.id);
    assert.equal(row.kind, finding.kind);
    assert.equal(row.summary, finding.summary);
    assert.equal(row.why, finding.why);
    assert.equal(row.article, place.article);
    assert.equal(row.outlet, REPORT.articles.find((a) => a.id === place.article).label);
    assert.equal(Number(row.start_utf16), place.span.start_utf16);
    const text = textOf(REPORT, INPUTS, row.article);
    assert.equal(text.slice(Number(row.start_utf16), Number(row.end_utf16)), unguard(row.text), JSON.stringify(row));
    assert.equal(row.status, "");
  });
  assert.ok(
    rows.some((r) => r.text.includes("\n")),
    "the quote wrapped over two lines survives the round trip",
  );
});

test("the claim table counts paragraphs and guards cells against formulas", () => {
  const { rows } = csvRows(claimTableCsv(REPORT, INPUTS));
  const indented = rows.find((r) => r.text.startsWith("The bridge, built in 1987"));
  // The headline, a blank line, the lead, a blank line, Teskey, a blank line, this indented line.
  assert.equal(indented.paragraph, "4");
  const dash = rows.find((r) => r.text.includes("Engineers from the regional roads agency"));
  assert.equal(dash.kind, "omission/sentence");
  assert.equal(dash.paragraph, "6");
  assert.ok(dash.text.startsWith("'- Engineers"), dash.text);
  assert.ok(!rows.some((r) => Object.values(r).some((cell) => /^[=+\-@\t\r]/.test(cell))), "no cell left unguarded");
});

test("the claim table gives a conflict's side values and mentions' values", () => {
  const { rows } = csvRows(claimTableCsv(REPORT, INPUTS));
  const conflict = findingWith("conflict/quantity", "12 people", "15 people");
  const conflictRows = rows.filter((r) => r.finding_id === conflict.id);
  assert.equal(conflictRows.length, conflict.spans.length);
  assert.ok(conflict.sides.length >= 2, JSON.stringify(conflict.sides));
  conflictRows.forEach((row, i) => {
    const side = conflict.sides.find((s) => s.spans.includes(i));
    assert.equal(row.value, side.value, JSON.stringify(row));
  });
  const twelve = conflictRows.find((r) => r.text === "12 people");
  const fifteen = conflictRows.find((r) => r.text === "15 people");
  assert.notEqual(twelve.value, fifteen.value, "the two sides read back differently");

  const date = findingWith("agreement/date", "Thursday evening");
  assert.equal(date.sides.length, 0);
  const dateRow = rows.find((r) => r.finding_id === date.id && r.text === "Thursday evening");
  const mention = REPORT.articles[0].mentions.find((m) => m.text === "Thursday evening");
  assert.ok(mention.value, "the date has a value");
  assert.equal(dateRow.value, mention.value);
  const sentence = rows.find((r) => r.text.startsWith("The bridge, built in 1987"));
  assert.equal(sentence.value, "", "a sentence is no mention");

  // A side's value comes before the mention's, whatever it says (here one with a line break).
  const renamed = structuredClone(REPORT);
  const copy = renamed.findings.find((f) => f.id === conflict.id);
  copy.sides.forEach((side, k) => {
    side.value = `side ${k}\nread back`;
  });
  const values = csvRows(claimTableCsv(renamed, INPUTS))
    .rows.filter((r) => r.finding_id === conflict.id)
    .map((r) => r.value);
  assert.deepEqual(
    values,
    copy.spans.map((_, i) => copy.sides.find((s) => s.spans.includes(i)).value),
  );
});

test("labels and summaries that start like formulas are guarded too", () => {
  const inputs = [
    { label: "=Harbour Gazette", published: "yesterday", text: "Omar Haddad visited Lindmark." },
    { label: "+Bay Herald", published: "", text: "Officials in Lindmark met Omar Haddad." },
  ];
  const report = engine.analyze({ articles: inputs });
  const { rows } = csvRows(claimTableCsv(report, inputs));
  assert.ok(rows.length > 0);
  for (const row of rows) {
    assert.ok(["'=Harbour Gazette", "'+Bay Herald"].includes(row.outlet), row.outlet);
  }
  const json = JSON.parse(reportJson(report, inputs));
  assert.equal(json.articles[0].published, "", "a date the core could not read is not given");
});

test("the Markdown report lists the articles, then its sections in order", () => {
  const md = markdownReport(REPORT, INPUTS);
  const lines = md.split("\n");
  assert.equal(lines[0], "# Parallax: comparison of 3 articles");
  assert.equal(lines[1], "");
  assert.deepEqual(lines.slice(2, 5), [
    "- a · Valley Courier, published 2025-03-14, <https://courier.example/bridge>",
    "- b · Ostrany Post, published 2025-03-14",
    "- c · Regional Wire",
  ]);
  const sections = [
    ["## Conflicts", (f) => f.family === "conflict"],
    ["## Names that may be misspelt", (f) => f.family === "variant"],
    ["## Quotes", (f) => f.family === "quote" || f.kind === "omission/quote"],
    ["## Sourcing", (f) => f.family === "sourcing"],
    ["## Wording", (f) => f.family === "framing"],
    ["## Agreements written differently", (f) => ["agreement/quantity", "agreement/date"].includes(f.kind)],
    ["## Left out", (f) => ["omission/sentence", "omission/quantity"].includes(f.kind)],
  ];
  const expected = sections.filter(([, has]) => REPORT.findings.some(has)).map(([title]) => title);
  assert.deepEqual(
    lines.filter((l) => l.startsWith("## ")),
    expected,
  );
  for (const title of ["## Conflicts", "## Quotes", "## Left out"]) assert.ok(expected.includes(title), title);
  const items = lines.filter((l) => l.startsWith("- ") && !/^- [a-z] · /.test(l));
  const listed = REPORT.findings.filter((f) => f.kind !== "agreement/entity" && f.kind !== "omission/entity");
  assert.equal(items.length, listed.length, "one item per finding but the name lists");
  assert.ok(!md.includes("is named in all 3 articles"), "the name lists are left out");
  const conflict = findingWith("conflict/quantity", "12 people");
  assert.ok(lines.includes(`- ${conflict.summary} — ${conflict.why}`));
  assert.ok(md.endsWith("\n"));
});

test("every quotation in the Markdown is the pasted text, cut at a line break", () => {
  const md = markdownReport(REPORT, INPUTS);
  const byLabel = Object.fromEntries(REPORT.articles.map((a, i) => [a.label, INPUTS[i].text]));
  const cited = md.split("\n").filter((l) => l.startsWith("  - "));
  const spans = REPORT.findings
    .filter((f) => f.kind !== "agreement/entity" && f.kind !== "omission/entity")
    .flatMap((f) => f.spans);
  assert.equal(cited.length, spans.length);
  let cut = 0;
  for (const line of cited) {
    const m = /^ {2}- (.+) ¶(\d+): “(.*)”(…?)(?: \(\[at the source\]\(<(.+)>\)\))?$/.exec(line);
    assert.ok(m, line);
    const text = byLabel[m[1]];
    assert.ok(text.includes(m[3]), line);
    const input = INPUTS[REPORT.articles.findIndex((a) => a.label === m[1])];
    if (input.url) {
      assert.ok(m[5]?.startsWith(`${input.url}#:~:text=`), `${line}: links to the passage at its address`);
      const directive = decodeURIComponent(m[5].split("#:~:text=")[1].split(",")[0]);
      assert.ok(m[3].startsWith(directive), `${line}: the text fragment starts the passage`);
    } else {
      assert.equal(m[5], undefined, `${line}: no address, no link`);
    }
    if (m[4]) {
      cut += 1;
      assert.ok(text.includes(`${m[3]}\n`), `${line}: cut at a line break`);
    }
  }
  assert.ok(cut >= 1, "the wrapped quote is cut");
  assert.ok(
    cited.includes("  - Regional Wire ¶4: “The railings simply folded under the crowd, and we were lucky the river”…"),
    cited.join("\n"),
  );
  assert.ok(
    cited.some((line) =>
      line.startsWith(
        "  - Valley Courier ¶6: “- Engineers from the regional roads agency will examine every remaining crossing over the coming fortnight.” ([at the source](<https://courier.example/bridge#:~:text=%2D%20Engineers%20from%20the,over%20the%20coming%20fortnight.>))",
      ),
    ),
    cited.join("\n"),
  );
});

test("the Markdown's Left out section stops at 200 findings and says how many more", () => {
  const lines = Array.from({ length: 205 }, (_, i) => `Sentence number ${i + 1} stands here.`);
  const text = lines.join("\n");
  let offset = 0;
  const findings = lines.map((line, i) => {
    const span = { start: offset, end: offset + line.length, start_utf16: offset, end_utf16: offset + line.length };
    offset += line.length + 1;
    return {
      id: `f${i + 1}`,
      family: "omission",
      kind: "omission/sentence",
      entity: null,
      articles: ["a"],
      missing: ["b"],
      spans: [{ article: "a", span, claimed_by: null }],
      summary: "This sentence of Solo has no counterpart in Other",
      why: "",
      diff: [],
      sides: [],
    };
  });
  const article = (id, label) => ({ id, label, published: null, mentions: [] });
  const report = { articles: [article("a", "Solo"), article("b", "Other")], findings };
  const md = markdownReport(report, [{ text }, { text: "" }]);
  const cited = md.split("\n").filter((l) => l.startsWith("  - Solo ¶"));
  assert.equal(cited.length, 200);
  assert.equal(cited[199], "  - Solo ¶200: “Sentence number 200 stands here.”");
  assert.ok(md.includes("…and 5 more"), md.slice(-200));
});

test("web annotations: code point positions that select the quoted text", () => {
  const collection = JSON.parse(webAnnotations(REPORT, INPUTS));
  assert.equal(collection["@context"], "http://www.w3.org/ns/anno.jsonld");
  assert.equal(collection.type, "AnnotationCollection");
  assert.equal(collection.first.type, "AnnotationPage");
  const items = collection.first.items;
  const listed = REPORT.findings.filter((f) => f.kind !== "agreement/entity" && f.kind !== "omission/entity");
  assert.equal(collection.total, listed.length);
  assert.deepEqual(
    items.map((a) => a.id),
    listed.map((f) => `urn:parallax:finding:${f.id}`),
  );
  items.forEach((annotation, i) => {
    const finding = listed[i];
    assert.equal(annotation.type, "Annotation");
    assert.equal(annotation.motivation, "commenting");
    assert.equal(annotation.body.type, "TextualBody");
    assert.equal(annotation.body.value, finding.why ? `${finding.summary} — ${finding.why}` : finding.summary);
    assert.equal(annotation.target.length, finding.spans.length);
    annotation.target.forEach((target, j) => {
      const place = finding.spans[j];
      const input = INPUTS[REPORT.articles.findIndex((a) => a.id === place.article)];
      assert.equal(target.source, input.url ?? `urn:parallax:article:${place.article}`);
      const [quote, position] = target.selector;
      assert.equal(quote.type, "TextQuoteSelector");
      assert.equal(position.type, "TextPositionSelector");
      assert.equal(quote.exact, spanText(REPORT, INPUTS, place));
      const points = Array.from(input.text);
      assert.equal(points.slice(position.start, position.end).join(""), quote.exact);
      const before = Array.from(quote.prefix).length;
      const after = Array.from(quote.suffix).length;
      assert.ok(before <= 32 && after <= 32);
      assert.equal(points.slice(position.start - before, position.start).join(""), quote.prefix);
      assert.equal(points.slice(position.end, position.end + after).join(""), quote.suffix);
      assert.ok(before === 32 || before === position.start, "as much before as there is, up to 32");
    });
  });
  const conflict = listed.find((f) => f.kind === "conflict/quantity");
  const afterEmoji = items[listed.indexOf(conflict)].target.find((t) => t.selector[0].exact === "12 people");
  const span = conflict.spans.find((s) => spanText(REPORT, INPUTS, s) === "12 people").span;
  assert.equal(afterEmoji.selector[1].start, span.start_utf16 - 1, "the emoji is two UTF-16 units, one code point");
  assert.equal(afterEmoji.source, "https://courier.example/bridge");
  const date = items.flatMap((a) => a.target).find((t) => t.selector[0].exact === "Thursday evening");
  const [{ prefix }] = date.selector;
  assert.ok(prefix.includes("🌉"), prefix);
  assert.equal(Array.from(prefix).length, 32, "32 code points before, the emoji one of them");
  assert.ok(prefix.endsWith("🌉\n\nOn "), JSON.stringify(prefix));
});

test("the JSON export holds the texts the report's offsets point into", () => {
  const json = JSON.parse(reportJson(REPORT, INPUTS));
  assert.equal(json.format, "parallax-export");
  assert.equal(json.version, 1);
  assert.deepEqual(json.report, REPORT);
  assert.deepEqual(
    json.articles.map(({ id, label, published, url }) => [id, label, published, url]),
    [
      ["a", "Valley Courier", "2025-03-14", "https://courier.example/bridge"],
      ["b", "Ostrany Post", "2025-03-14", ""],
      ["c", "Regional Wire", "", ""],
    ],
  );
  let mentions = 0;
  json.report.articles.forEach((article, i) => {
    assert.equal(json.articles[i].id, article.id);
    assert.equal(json.articles[i].text, INPUTS[i].text);
    for (const m of article.mentions) {
      assert.equal(json.articles[i].text.slice(m.span.start_utf16, m.span.end_utf16), m.text);
      mentions += 1;
    }
  });
  assert.ok(mentions >= 10, `${mentions} mentions`);
  assert.ok(reportJson(REPORT, INPUTS).includes('\n  "format": "parallax-export"'), "two-space indent");
});

test("findingText of a conflict names each article and quotes its words", () => {
  const conflict = findingWith("conflict/quantity", "12 people", "15 people");
  const text = findingText(conflict, REPORT, INPUTS);
  const lines = text.split("\n");
  assert.equal(lines[0], conflict.summary);
  assert.equal(lines[1], conflict.why);
  assert.equal(lines.length, 2 + conflict.spans.length);
  assert.ok(lines.includes("Valley Courier ¶2: “12 people” https://courier.example/bridge#:~:text=12%20people"), text);
  assert.ok(lines.includes("Ostrany Post ¶2: “15 people”"), text);
  assert.ok(lines.includes("Regional Wire ¶1: “Twelve people”"), text);

  const named = REPORT.findings.find((f) => f.kind === "agreement/entity" && f.why === "");
  const plain = findingText(named, REPORT, INPUTS).split("\n");
  assert.equal(plain.length, 1 + named.spans.length, "no line for an empty why");
});

test("a passage link names a long passage by its ends, escaping the fragment's own marks", () => {
  const long = "The railings simply folded under the weight of the crowd, a council engineer said on site";
  assert.equal(
    passageLink("https://example.org/story#top", long),
    "https://example.org/story#:~:text=The%20railings%20simply%20folded,engineer%20said%20on%20site",
  );
  assert.equal(
    passageLink("https://example.org/a b", "a well-known, & busy bridge"),
    "https://example.org/a%20b#:~:text=a%20well%2Dknown%2C%20%26%20busy%20bridge",
  );
});
