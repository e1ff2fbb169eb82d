// This file turns a Report and the inputs that were analysed into files a fact-checker can
// cite or keep: the whole Report with the texts its offsets point into (JSON), a table with
// one row per place a finding points at (CSV, for a spreadsheet with a column to fill in), a
// report to paste into notes (Markdown), the findings as web annotations on the articles (W3C
// Web Annotation JSON), and one finding as plain text for the clipboard. Every place is cited
// with its article's label, its paragraph and the text exactly as pasted, so that it can be
// found again. The functions are pure (no DOM, no network, no state kept between calls), so
// that they run the same in the page and in Node.
//
// Inputs: `inputs[i]` is `{ label, published, text, url? }` as the page analysed it, and
// `report.articles[i]` is the same article ("a" is inputs[0]). Offsets are the Report's UTF-16
// ones (`start_utf16`, `end_utf16`), which index the pasted JS strings; a position in a Web
// Annotation counts code points instead, as that model defines it. Names are the Report's
// labels (the core fills "Article A" when none was given).

/** The `format` field of the JSON export, and its version. */
const FORMAT = "parallax-export";
const FORMAT_VERSION = 1;

/** The CSV's columns, in order. */
const CSV_COLUMNS = [
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
];

/**
 * The Markdown report's sections, in order, each with the findings it lists: `families`
 * takes every kind of those families, `kinds` the kinds named. Kinds in none (the entity
 * lists, `agreement/entity` and `omission/entity`) are left out.
 */
const MARKDOWN_SECTIONS = [
  { title: "Conflicts", families: ["conflict"], kinds: [] },
  { title: "Names that may be misspelt", families: ["variant"], kinds: [] },
  { title: "Quotes", families: ["quote"], kinds: ["omission/quote"] },
  { title: "Sourcing", families: ["sourcing"], kinds: [] },
  { title: "Wording", families: ["framing"], kinds: [] },
  { title: "Agreements written differently", families: [], kinds: ["agreement/quantity", "agreement/date"] },
  { title: "Left out", families: [], kinds: ["omission/sentence", "omission/quantity"], cap: 200 },
];

/** Finding kinds that are the page's lists of names, left out of the Markdown and the annotations. */
const NAME_LISTS = new Set(["agreement/entity", "omission/entity"]);

/** The JSON-LD context of the Web Annotation Data Model. */
const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** How much context a TextQuoteSelector gives before and after the quoted text, in characters. */
const QUOTE_CONTEXT = 32;

/**
 * A character that is not white space as Rust's `char::is_whitespace` reads it (Unicode
 * White_Space; JS's \s differs on U+0085 and U+FEFF).
 */
const NOT_SPACE = /[^\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** The first character of a spreadsheet cell that a spreadsheet may run as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The 1-based paragraph number of UTF-16 offset `offset` of `text`, as the Rust core counts
 * paragraphs: every line that holds more than white space is one ("\n" ends a line), and an
 * offset in a blank line belongs to the paragraph after it.
 */
export function paragraphOf(text, offset) {
  return paragraphLookup(text)(offset);
}

/**
 * A function from a UTF-16 offset of `text` to its paragraph number (see paragraphOf), built
 * once per text so that many offsets cost a binary search each.
 */
export function paragraphLookup(text) {
  const starts = [];
  const numbers = [];
  let count = 0;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const filled = NOT_SPACE.test(text.slice(start, end));
    if (filled) count += 1;
    starts.push(start);
    numbers.push(filled ? count : count + 1);
    if (newline < 0) break;
    start = newline + 1;
  }
  return (offset) => numbers[lastAtOrBefore(starts, offset)];
}

/** The index of the last of the ascending `values` that is at most `target` (0 when none is). */
function lastAtOrBefore(values, target) {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (values[middle] <= target) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Each article of the report by id: the report's article, its label, the pasted text, the url
 * and valid publication date ("" when not given) and its paragraph lookup (built when first
 * asked).
 */
function articlesById(report, inputs) {
  return new Map(
    report.articles.map((article, i) => {
      const input = inputs[i] ?? {};
      const text = input.text ?? "";
      let lookup = null;
      const paragraph = (offset) => {
        lookup ??= paragraphLookup(text);
        return lookup(offset);
      };
      const published = article.published ?? "";
      return [article.id, { article, label: article.label, text, url: input.url ?? "", published, paragraph }];
    }),
  );
}

/** The pasted text at `span` of `source` (an entry of articlesById). */
function spanText(source, span) {
  return source.text.slice(span.start_utf16, span.end_utf16);
}

/** Whether a finding is listed in the Markdown and the annotations (not one of the name lists). */
function isCited(finding) {
  return !NAME_LISTS.has(finding.kind);
}

/** The summary, then " — " and the why when there is one. */
function summaryAndWhy(finding) {
  return finding.why ? `${finding.summary} — ${finding.why}` : finding.summary;
}

/** `value` on one line: every run of white space that holds a line break becomes one space. */
function oneLine(value) {
  return value.replace(/\s*[\r\n]\s*/g, " ");
}

/**
 * The text of a span between curly quotes; when it holds a line break, only up to the first
 * one, with "…" after the closing quote.
 */
function quoted(exact) {
  const cut = exact.search(/[\r\n]/);
  return cut < 0 ? `“${exact}”` : `“${exact.slice(0, cut)}”…`;
}

/**
 * "Label ¶N: “exact text”" for one span of a finding; with the article's address, then a link
 * to the passage there (`markdown`: as a Markdown link, else the bare address).
 */
function citation(sources, { article, span }, { markdown = false } = {}) {
  const source = sources.get(article);
  const exact = spanText(source, span);
  const cited = `${oneLine(source.label)} ¶${source.paragraph(span.start_utf16)}: ${quoted(exact)}`;
  if (!source.url) return cited;
  const link = passageLink(source.url, exact);
  return markdown ? `${cited} ([at the source](<${link}>))` : `${cited} ${link}`;
}

/** How many words a text fragment names at each end of a long passage. */
const FRAGMENT_WORDS = 4;

/**
 * The address of `exact` inside the page at `url`: a URL text fragment ("#:~:text="), which
 * browsers scroll to and light. A passage over 12 words is named by its first and last words
 * ("text=start,end"); only the passage's first line counts. Dashes, commas and ampersands are
 * escaped, as the fragment syntax uses them.
 */
export function passageLink(url, exact) {
  const escapeFragment = (part) =>
    encodeURIComponent(part).replace(/[-,&]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const line = exact.split(/[\r\n]/)[0].trim();
  const words = line.split(/\s+/).filter(Boolean);
  const directive =
    words.length > 3 * FRAGMENT_WORDS
      ? `${escapeFragment(words.slice(0, FRAGMENT_WORDS).join(" "))},${escapeFragment(words.slice(-FRAGMENT_WORDS).join(" "))}`
      : escapeFragment(line);
  const base = url.replace(/[\s<>]/g, encodeURIComponent).split("#")[0];
  return `${base}#:~:text=${directive}`;
}

/** "N articles" (or "1 article"). */
function articleCount(report) {
  const n = report.articles.length;
  return `${n} article${n === 1 ? "" : "s"}`;
}

/**
 * The report with the analysed texts, as pretty JSON (2-space indent):
 * `{ format: "parallax-export", version: 1, articles: [{ id, label, published, url, text }],
 * report }`, so that every offset in the report can be read against its text. `label` is the
 * report's, `published` the valid date the report read ("" when none), `url` as given ("" when
 * none).
 */
export function reportJson(report, inputs) {
  const articles = [...articlesById(report, inputs).values()].map((source) => ({
    id: source.article.id,
    label: source.label,
    published: source.published,
    url: source.url,
    text: source.text,
  }));
  return JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, articles, report }, null, 2);
}

/**
 * One cell of RFC 4180 CSV. A cell that starts with = + - @, a tab or a carriage return gets a
 * single quote (') in front, so that a spreadsheet shows it as text and never runs it as a
 * formula (this applies to every column, pasted text included); a cell that holds a comma, a
 * double quote, CR or LF is put in double quotes, its double quotes doubled.
 */
function csvCell(value) {
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record: the cells joined by commas, ended by CRLF. */
function csvRecord(cells) {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/**
 * The value a span of `finding` stands for: the value of the finding's side that holds span
 * `index`, else the value of the mention of its article at exactly that span, else "".
 */
function spanValue(finding, index, { article, span }, mentionValues) {
  const side = finding.sides.find((s) => s.spans.includes(index));
  if (side) return side.value;
  return mentionValues.get(article)?.get(`${span.start_utf16}:${span.end_utf16}`) ?? "";
}

/** Per article id, its mentions' non-null values keyed by "start_utf16:end_utf16". */
function mentionValuesById(report) {
  return new Map(
    report.articles.map((article) => [
      article.id,
      new Map(
        article.mentions
          .filter((m) => m.value !== null)
          .map((m) => [`${m.span.start_utf16}:${m.span.end_utf16}`, m.value]),
      ),
    ]),
  );
}

/**
 * The findings as RFC 4180 CSV (CRLF line ends, a header row): one row per span of every
 * finding, in the report's order, with the columns of CSV_COLUMNS. `outlet` is the article's
 * label, `paragraph` its paragraph number (paragraphOf), `text` the pasted text at the span,
 * `value` what the span stands for (see spanValue), and `status` is left empty for the
 * checker. Against spreadsheet formula injection, a cell that starts with = + - @, a tab or a
 * carriage return starts with a single quote (') added in front, in every column: strip that
 * one character before comparing a `text` cell with the article.
 */
export function claimTableCsv(report, inputs) {
  const sources = articlesById(report, inputs);
  const mentionValues = mentionValuesById(report);
  const rows = report.findings.flatMap((finding) =>
    finding.spans.map((place, index) => {
      const source = sources.get(place.article);
      return csvRecord([
        finding.id,
        finding.family,
        finding.kind,
        finding.summary,
        place.article,
        source.label,
        source.paragraph(place.span.start_utf16),
        place.span.start_utf16,
        place.span.end_utf16,
        spanText(source, place.span),
        spanValue(finding, index, place, mentionValues),
        finding.why,
        "",
      ]);
    }),
  );
  return csvRecord(CSV_COLUMNS) + rows.join("");
}

/** "- a · Label, published YYYY-MM-DD, <url>", the date and the address only when given. */
function markdownArticle(source) {
  const parts = [`${source.article.id} · ${oneLine(source.label)}`];
  if (source.published) parts.push(`published ${source.published}`);
  if (source.url) parts.push(`<${source.url.replace(/[\s<>]/g, encodeURIComponent)}>`);
  return `- ${parts.join(", ")}`;
}

/** One finding as a Markdown list item: its summary and why, then one nested line per span. */
function markdownFinding(sources, finding) {
  const lines = [`- ${oneLine(summaryAndWhy(finding))}`];
  for (const place of finding.spans) lines.push(`  - ${citation(sources, place, { markdown: true })}`);
  return lines.join("\n");
}

/** A section of the Markdown report, or null when it has no findings. */
function markdownSection(sources, findings, { title, families, kinds, cap = Infinity }) {
  const chosen = findings.filter((f) => families.includes(f.family) || kinds.includes(f.kind));
  if (chosen.length === 0) return null;
  const listed = chosen.slice(0, cap).map((f) => markdownFinding(sources, f));
  const blocks = [`## ${title}`, listed.join("\n")];
  if (chosen.length > cap) blocks.push(`…and ${chosen.length - cap} more, not listed here.`);
  return blocks.join("\n\n");
}

/**
 * A Markdown report to paste into notes: a title, the articles, then one section per group of
 * findings that has any (conflicts, misspelt names, quotes, sourcing, wording, agreements
 * written differently, left out; see MARKDOWN_SECTIONS), each finding with one line per place
 * it points at: "Label ¶N: “the text as pasted”", cut at its first line break (then "…" after
 * the closing quote), and a link to the passage when the article's address was given.
 * "Left out" lists at most 200 findings and says how many more there are.
 */
export function markdownReport(report, inputs) {
  const sources = articlesById(report, inputs);
  const findings = report.findings.filter(isCited);
  const blocks = [
    `# Parallax: comparison of ${articleCount(report)}`,
    [...sources.values()].map(markdownArticle).join("\n"),
    ...MARKDOWN_SECTIONS.map((s) => markdownSection(sources, findings, s)).filter((b) => b !== null),
  ];
  return `${blocks.join("\n\n")}\n`;
}

/**
 * Per UTF-16 offset of `text` (0 to its length), how many code points come before it: the
 * Web Annotation Data Model counts positions in code points. Both halves of a surrogate pair
 * map to the pair's start.
 */
function codePointOffsets(text) {
  const offsets = new Array(text.length + 1);
  let points = 0;
  let i = 0;
  for (const char of text) {
    for (let k = 0; k < char.length; k += 1) offsets[i + k] = points;
    i += char.length;
    points += 1;
  }
  offsets[text.length] = points;
  return offsets;
}

/** The code points of each article's text, and its UTF-16 to code point offsets, built when first asked. */
function codePointsOf(sources) {
  const cache = new Map();
  return (id) => {
    if (!cache.has(id)) {
      const { text } = sources.get(id);
      cache.set(id, { points: Array.from(text), offsets: codePointOffsets(text) });
    }
    return cache.get(id);
  };
}

/**
 * One span as a Web Annotation SpecificResource: the article (its url, else
 * "urn:parallax:article:ID"), a TextQuoteSelector (the exact text with up to 32 characters
 * before and after) and a TextPositionSelector (start and end in code points).
 */
function annotationTarget(sources, codePoints, { article, span }) {
  const source = sources.get(article);
  const { points, offsets } = codePoints(article);
  const start = offsets[span.start_utf16];
  const end = offsets[span.end_utf16];
  return {
    type: "SpecificResource",
    source: source.url || `urn:parallax:article:${article}`,
    selector: [
      {
        type: "TextQuoteSelector",
        exact: spanText(source, span),
        prefix: points.slice(Math.max(0, start - QUOTE_CONTEXT), start).join(""),
        suffix: points.slice(end, end + QUOTE_CONTEXT).join(""),
      },
      { type: "TextPositionSelector", start, end },
    ],
  };
}

/** One finding as a Web Annotation: a comment (summary and why) on each place it points at. */
function annotation(sources, codePoints, finding) {
  return {
    id: `urn:parallax:finding:${finding.id}`,
    type: "Annotation",
    motivation: "commenting",
    body: { type: "TextualBody", value: summaryAndWhy(finding), format: "text/plain", purpose: "commenting" },
    target: finding.spans.map((place) => annotationTarget(sources, codePoints, place)),
  };
}

/**
 * The findings as a W3C Web Annotation Data Model AnnotationCollection (JSON, 2-space indent)
 * with one AnnotationPage: one Annotation per finding (the name lists left out), id
 * "urn:parallax:finding:" + its id, its summary and why as a plain-text comment, and one
 * target per span with a TextQuoteSelector and a TextPositionSelector counted in Unicode code
 * points (the model's definition, not UTF-16 units).
 */
export function webAnnotations(report, inputs) {
  const sources = articlesById(report, inputs);
  const codePoints = codePointsOf(sources);
  const items = report.findings.filter(isCited).map((f) => annotation(sources, codePoints, f));
  const id = "urn:parallax:findings";
  const collection = {
    "@context": ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `Parallax: comparison of ${articleCount(report)}`,
    total: items.length,
    first: { id: `${id}:page:1`, type: "AnnotationPage", partOf: id, startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2);
}

/**
 * One finding as plain text for the clipboard: its summary, its why on the next line when it
 * has one, then one line per span, "Label ¶N: “the text as pasted”" (cut at its first line
 * break, then "…"), followed by the link to the passage when the article's address was given.
 */
export function findingText(finding, report, inputs) {
  const sources = articlesById(report, inputs);
  const lines = [oneLine(finding.summary)];
  if (finding.why) lines.push(oneLine(finding.why));
  for (const place of finding.spans) lines.push(citation(sources, place));
  return lines.join("\n");
}
