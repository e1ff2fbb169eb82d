// This file renders an analysis report into the results area: the diagnostics (warnings), the
// legend of kinds, "Check these" (conflict findings: things an article contradicts itself on;
// clicking one shows the spot in the text), the overlap between articles ("Named in every
// article", "Named only in ...", and with 3+ articles "Named in some articles but not all"),
// then each article's highlighted text (boilerplate greyed, quotes marked, mentions coloured),
// under it where the story was filed from, who wrote it and what relative dates were read
// against, its quotes, and its list of entities and mention counts. Everything is built in one
// fragment and inserted once. Strings from the report and from the user go in through
// textContent only. Any field the page does not know is ignored; any field it expects may be
// missing.

import { KIND_CODES, bylineRoleLabel, kindCode, kindInfo, speakerKindLabel } from "./kinds.js";
import { analysedLength, describeQuote, refText, renderHighlightedText, spanRange } from "./render.js";

/** How long a spot shown from "Check these" stays outlined. */
const TARGET_MS = 2500;
/** The timer that takes the outline away again (one at a time: a new click restarts it). */
let targetTimer = null;

/**
 * Replaces the contents of `container` with the rendering of `report`.
 * @param {HTMLElement} container
 * @param {object} report the report from the analyser
 * @param {Array<{label: string, published: string, text: string}>} inputs the exact inputs that
 *   were analysed, in order (the report carries offsets, not the texts)
 */
export function renderReport(container, report, inputs) {
  const articles = Array.isArray(report?.articles) ? report.articles : [];
  const entities = Array.isArray(report?.entities) ? report.entities : [];
  const findings = Array.isArray(report?.findings) ? report.findings : [];
  const names = articleNames(articles, inputs);

  const fragment = document.createDocumentFragment();
  fragment.append(renderDiagnostics(report?.diagnostics, names));
  fragment.append(renderLegend({
    kinds: new Set(articles.flatMap((a) => (Array.isArray(a?.mentions) ? a.mentions.map((m) => m?.kind) : []))),
    quotes: articles.some((a) => Array.isArray(a?.quotes) && a.quotes.length > 0),
    boilerplate: articles.some((a) => Array.isArray(a?.boilerplate) && a.boilerplate.length > 0),
  }));
  const checks = findings.filter(isConflict);
  if (checks.length > 0) fragment.append(renderChecks(checks, articles, inputs, names, container));
  const withText = new Set(articles.map((a, i) => (inputs[i]?.text?.trim() ? a?.id : null)).filter(Boolean));
  fragment.append(renderOverlap(findings.filter((f) => !isConflict(f)), entities, articles, names, withText));
  const grid = el("div", "article-results");
  articles.forEach((article, i) => grid.append(renderArticle(article, i, inputs[i], entities, names)));
  fragment.append(grid);
  container.replaceChildren(fragment);
}

/** Article id -> "a · Harbour Gazette" (or just "a" without a label). */
function articleNames(articles, inputs) {
  const names = new Map();
  articles.forEach((article, i) => {
    const id = typeof article?.id === "string" ? article.id : String.fromCharCode(97 + i);
    const label = inputs[i]?.label?.trim() ?? "";
    names.set(id, label ? `${id} · ${label}` : id);
  });
  return names;
}

function nameOf(names, id) {
  return names.get(id) ?? String(id);
}

function renderDiagnostics(diagnostics, names) {
  const list = Array.isArray(diagnostics) ? diagnostics.filter((d) => d && typeof d === "object") : [];
  const section = el("section", "diagnostics");
  section.hidden = list.length === 0;
  section.setAttribute("aria-label", "Notes on the input");
  section.append(el("h2", "", "Notes on the input"));
  const ul = el("ul", "diagnostic-list");
  for (const d of list) {
    const li = el("li", "diagnostic");
    li.dataset.level = typeof d.level === "string" ? d.level : "warning";
    if (typeof d.code === "string") li.dataset.code = d.code;
    const message = typeof d.message === "string" ? d.message : String(d.code ?? "warning");
    if (typeof d.article === "string") {
      li.dataset.article = d.article;
      // The analyser's messages usually name the article already ("Article b is empty ...").
      if (!message.startsWith(`Article ${d.article}`)) li.append(el("span", "diagnostic-article", `Article ${nameOf(names, d.article)}: `));
    }
    li.append(document.createTextNode(message));
    ul.append(li);
  }
  section.append(ul);
  return section;
}

/** The kinds of highlights the report uses, then (when it has any) what quotes and greyed text look like. */
function renderLegend({ kinds, quotes, boilerplate }) {
  const section = el("section", "legend");
  section.setAttribute("aria-label", "Legend");
  const ul = el("ul", "legend-list");
  for (const code of KIND_CODES.filter((c) => kinds.has(c))) {
    const info = kindInfo(code);
    const li = el("li", "legend-item");
    const swatch = el("mark", "legend-swatch", info.label);
    swatch.dataset.kind = code;
    li.title = info.description;
    li.append(swatch);
    ul.append(li);
  }
  const notes = [];
  if (quotes) notes.push(["quote", "Quote", "What someone is quoted as saying; hover for who"]);
  if (boilerplate) notes.push(["boilerplate", "Not the story", "Menus, share buttons, captions and the like: left out of the comparison"]);
  for (const [cls, label, description] of notes) {
    const li = el("li", "legend-note");
    li.dataset.note = cls;
    li.title = description;
    li.append(el("span", `${cls} legend-swatch`, label));
    ul.append(li);
  }
  section.append(el("span", "legend-title", "Highlights:"), ul);
  return section;
}

/** True for a finding of the conflict family: an article that disagrees with itself. */
function isConflict(f) {
  return Boolean(f) && typeof f === "object" && (f.family === "conflict" || (typeof f.kind === "string" && f.kind.startsWith("conflict/")));
}

/**
 * "Check these": one line per conflict finding, its summary, led by the article(s) it is in.
 * When the finding points at a spot in an article's text, the summary is a button that shows
 * that spot.
 */
function renderChecks(checks, articles, inputs, names, container) {
  const section = el("section", "checks");
  section.setAttribute("aria-labelledby", "checks-heading");
  const heading = el("h2", "", "Check these");
  heading.id = "checks-heading";
  section.append(heading, el("p", "note", "An article that disagrees with itself. The text may be right and Parallax wrong: look at the spot."));
  const ul = el("ul", "check-list");
  for (const f of checks) {
    const li = el("li", "check");
    if (typeof f.id === "string") li.dataset.finding = f.id;
    if (typeof f.kind === "string") li.dataset.kind = f.kind;
    const ids = Array.isArray(f.articles) ? f.articles.filter((a) => typeof a === "string") : [];
    for (const id of ids) {
      const badge = el("span", "article-id", id);
      badge.title = `Article ${nameOf(names, id)}`;
      li.append(badge, document.createTextNode(" "));
    }
    const summary = typeof f.summary === "string" && f.summary ? f.summary : String(f.kind ?? "A possible contradiction");
    const spots = findingSpots(f, articles, inputs);
    if (spots.length > 0) {
      const button = el("button", "link-button", summary);
      button.type = "button";
      button.title = "Show this in the article's text";
      button.addEventListener("click", () => showSpots(container, spots));
      li.append(button);
    } else {
      li.append(el("span", "", summary));
    }
    ul.append(li);
  }
  section.append(ul);
  return section;
}

/** The usable spots a finding points at: [{ article, start, end }], in the report's order. */
function findingSpots(f, articles, inputs) {
  const spots = [];
  for (const ref of Array.isArray(f.spans) ? f.spans : []) {
    const i = articles.findIndex((a) => a?.id === ref?.article);
    if (i < 0) continue;
    const text = typeof inputs[i]?.text === "string" ? inputs[i].text : "";
    const range = spanRange(ref.span, analysedLength(text, articles[i]));
    if (range) spots.push({ article: ref.article, ...range });
  }
  return spots;
}

/**
 * Scrolls the first spot into view (the article's text box and the page) and outlines every
 * highlighted element the spots fall in for a moment; focus moves to that text box.
 */
function showSpots(container, spots) {
  const unmark = () => container.querySelectorAll(".is-target").forEach((node) => node.classList.remove("is-target"));
  clearTimeout(targetTimer);
  unmark();
  targetTimer = setTimeout(unmark, TARGET_MS);
  let first = null;
  for (const spot of spots) {
    const body = container.querySelector(`.article-result[data-article="${CSS.escape(spot.article)}"] .article-text`);
    if (!body) continue;
    const found = locate(body, spot.start, spot.end);
    if (!found) continue;
    if (found.element) found.element.classList.add("is-target");
    if (!first) first = { body, ...found };
  }
  if (!first) return;
  // Bring the spot to the upper third of the text box, then the text box into the window.
  const box = first.body.getBoundingClientRect();
  const at = first.range.getBoundingClientRect();
  first.body.scrollTop += at.top - box.top - box.height / 3;
  const now = first.range.getBoundingClientRect();
  window.scrollBy({ top: now.top - window.innerHeight / 3, left: 0, behavior: "auto" });
  first.body.focus({ preventScroll: true });
}

/**
 * Finds UTF-16 offsets start..end of the rendered text inside `body`: a Range over them, and
 * the innermost highlight (mark, quote or greyed stretch) that holds the start, if any.
 */
function locate(body, start, end) {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let startNode = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue.length;
    if (!startNode && start < offset + length) {
      startNode = node;
      range.setStart(node, start - offset);
    }
    if (startNode && end <= offset + length) {
      range.setEnd(node, end - offset);
      const holder = startNode.parentElement?.closest("mark, .quote, .boilerplate");
      return { range, element: holder && body.contains(holder) ? holder : null };
    }
    offset += length;
  }
  return null;
}

/** A chip for one entity: its canonical text, coloured by kind. */
function entityChip(entity, extra) {
  const info = kindInfo(entity?.kind);
  const chip = el("li", "chip");
  chip.dataset.kind = info.code;
  if (Number.isSafeInteger(entity?.id)) chip.dataset.entity = String(entity.id);
  chip.title = info.label;
  chip.append(el("span", "chip-text", typeof entity?.canonical === "string" ? entity.canonical : "?"));
  chip.append(el("span", "chip-kind", info.label));
  if (extra) chip.append(el("span", "chip-extra", extra));
  return chip;
}

function entityAt(entities, index) {
  return Number.isSafeInteger(index) && index >= 0 && index < entities.length ? entities[index] : null;
}

function byCanonical(a, b) {
  return String(a.entity.canonical ?? "").localeCompare(String(b.entity.canonical ?? ""));
}

function renderOverlap(findings, entities, articles, names, withText) {
  const section = el("section", "overlap");
  section.append(el("h2", "", "Who and what each article names"));
  if (withText.size < 2) {
    section.append(el("p", "empty-note", "Nothing to compare: fewer than two articles have text."));
    return section;
  }

  const everywhere = [];
  const onlyIn = new Map(); // article id -> entries
  const some = [];
  const other = [];
  for (const f of findings) {
    if (!f || typeof f !== "object") continue;
    const entity = entityAt(entities, f.entity);
    const present = Array.isArray(f.articles) ? f.articles.filter((a) => typeof a === "string") : [];
    const missing = Array.isArray(f.missing) ? f.missing.filter((a) => typeof a === "string") : [];
    if (f.kind === "agreement/entity" && entity) everywhere.push({ entity, f });
    else if (f.kind === "omission/entity" && entity && present.length === 1) {
      if (!onlyIn.has(present[0])) onlyIn.set(present[0], []);
      onlyIn.get(present[0]).push({ entity, f });
    } else if (f.kind === "omission/entity" && entity && present.length > 1) some.push({ entity, f, present, missing });
    else if (typeof f.summary === "string" && f.summary) other.push(f);
  }

  section.append(chipGroup("Named in every article", "every", everywhere.sort(byCanonical).map(({ entity }) => entityChip(entity)),
    "No name appears in every article."));

  for (const [i, article] of articles.entries()) {
    const id = typeof article?.id === "string" ? article.id : String.fromCharCode(97 + i);
    if (!withText.has(id)) continue; // an empty article names nothing and omits nothing
    const entries = (onlyIn.get(id) ?? []).sort(byCanonical);
    const group = chipGroup(`Named only in ${nameOf(names, id)}`, "only", entries.map(({ entity }) => entityChip(entity)), "Nothing named only here.");
    group.dataset.article = id;
    section.append(group);
  }

  if (withText.size >= 3) {
    const chips = some.sort(byCanonical).map(({ entity, present, missing }) =>
      entityChip(entity, `in ${present.join(", ")}; not in ${missing.join(", ")}`));
    section.append(chipGroup("Named in some articles but not all", "some", chips, "None."));
  }

  if (other.length > 0) {
    const group = el("div", "finding-group");
    group.dataset.group = "other";
    group.append(el("h3", "", "Other findings"));
    const ul = el("ul", "finding-list");
    for (const f of other) ul.append(el("li", "", f.summary));
    group.append(ul);
    section.append(group);
  }
  return section;
}

function chipGroup(title, kind, chips, emptyText) {
  const group = el("div", "finding-group");
  group.dataset.group = kind;
  group.append(el("h3", "", title));
  if (chips.length === 0) {
    group.append(el("p", "empty-note", emptyText));
  } else {
    const ul = el("ul", "chips");
    ul.append(...chips);
    group.append(ul);
  }
  return group;
}

function renderArticle(article, index, input, entities, names) {
  const id = typeof article?.id === "string" ? article.id : String.fromCharCode(97 + index);
  const text = typeof input?.text === "string" ? input.text : "";
  const mentions = Array.isArray(article?.mentions) ? article.mentions : [];
  const section = el("article", "article-result");
  section.dataset.article = id;

  const header = el("header", "article-header");
  const title = el("h2", "");
  title.append(el("span", "article-id", id), document.createTextNode(" "));
  // The report names an unlabelled article "Article A"; the page calls it "Article a", as on
  // its card.
  title.append(document.createTextNode(input?.label?.trim() || `Article ${id}`));
  header.append(title);
  const published = typeof article?.published === "string" && article.published ? article.published : input?.published;
  if (published) header.append(el("p", "article-date", `Published ${published}`));
  section.append(header);

  const length = analysedLength(text, article);
  const quotes = Array.isArray(article?.quotes) ? article.quotes : [];
  const boilerplate = Array.isArray(article?.boilerplate) ? article.boilerplate : [];
  const { fragment, quoteIndexes } = renderHighlightedText(text, mentions, { length, entities, quotes, boilerplate });
  const body = el("div", "article-text");
  // The text box scrolls when long, so it must be reachable by keyboard and named.
  body.tabIndex = 0;
  body.setAttribute("role", "region");
  body.setAttribute("aria-label", `Text of article ${id}`);
  body.append(fragment);
  if (length < text.length) {
    body.append(el("span", "truncated-note", `\n\n[${(text.length - length).toLocaleString("en")} more characters were not analysed]`));
  }
  if (text.length === 0) body.append(el("span", "empty-note", "(empty)"));
  section.append(body);
  const facts = renderFacts(article, text, mentions);
  if (facts) section.append(facts);
  // Only when there are quotes: "No quotes found" under an article full of them (the report
  // may not look for quotes yet) would only puzzle.
  if (quoteIndexes.length > 0) section.append(renderQuotes(quotes, quoteIndexes, text, length));
  section.append(renderEntityList(mentions, entities));
  return section;
}

/**
 * The small print under an article's text, each line only when the report has it: where it was
 * filed from, who wrote it, and what relative dates ("on Tuesday") were read against.
 */
function renderFacts(article, text, mentions) {
  const lines = [];
  const dateline = article?.dateline && typeof article.dateline === "object" ? article.dateline : null;
  const place = dateline ? refText(text, dateline.place) : null;
  if (place) {
    const source = refText(text, dateline.source);
    lines.push(["dateline", `Filed from ${place}${source ? ` (${source})` : ""}`]);
  }

  const byRole = new Map(); // role heading -> names, in the order the roles first appear
  for (const byline of Array.isArray(article?.bylines) ? article.bylines : []) {
    const name = refText(text, byline?.name);
    if (!name) continue;
    const role = bylineRoleLabel(byline.role);
    if (!byRole.has(role)) byRole.set(role, []);
    if (!byRole.get(role).includes(name)) byRole.get(role).push(name);
  }
  if (byRole.size > 0) lines.push(["bylines", [...byRole].map(([role, who]) => `${role}: ${who.join(", ")}`).join(" · ")]);

  const anchor = article?.anchor && typeof article.anchor === "object" ? article.anchor : null;
  if (typeof anchor?.date === "string" && anchor.date) {
    const from = anchor.from === "input" ? ", the publication date" : anchor.from === "text" ? ", the first full date in the text" : "";
    lines.push(["anchor", `Relative dates read against ${anchor.date}${from}`]);
  } else if (article && typeof article === "object" && "anchor" in article) {
    // No anchor: say so only when a date in the text could not be placed because of it.
    const unplaced = mentions.find((m) => m?.kind === "DATE" && (m.value === null || m.value === undefined));
    const said = unplaced ? refText(text, unplaced) : null;
    if (said) lines.push(["anchor", `Relative dates such as “${said}” could not be placed: add the publication date above.`]);
  }

  if (lines.length === 0) return null;
  const wrap = el("div", "article-facts");
  for (const [fact, words] of lines) {
    const p = el("p", "article-fact", words);
    p.dataset.fact = fact;
    wrap.append(p);
  }
  return wrap;
}

/**
 * The article's quotes: what is quoted, who said it (and of what kind), via whom, partial or
 * not. It lists the quotes marked in the text (`shown`: their indexes, in text order), so that
 * the list and the text agree; a quote's content is read at its `content` span when that lies
 * inside the quote, else the whole quote is shown.
 */
function renderQuotes(quotes, shown, text, length) {
  const wrap = el("div", "quotes");
  wrap.append(el("h3", "", "Quotes"));
  const ul = el("ul", "quote-list");
  for (const index of shown) {
    const quote = quotes[index];
    const whole = spanRange(quote.span, length);
    const content = spanRange(quote.content, length);
    const range = content && whole && content.start >= whole.start && content.end <= whole.end ? content : whole;
    const { speaker, speakerKind, via, partial } = describeQuote(quote, text);
    const li = el("li", "quote-item");
    li.dataset.quote = String(index);
    li.append(el("q", "quote-content", text.slice(range.start, range.end)));
    const meta = el("p", "quote-meta");
    meta.append(document.createTextNode(speaker ? `— ${speaker}, ${speakerKindLabel(speakerKind)}` : "— speaker not stated"));
    if (via) meta.append(document.createTextNode(` · via ${via}`));
    if (partial) {
      const tag = el("span", "tag", "partial");
      tag.title = "Only part of what was said is quoted";
      meta.append(document.createTextNode(" "), tag);
    }
    li.append(meta);
    ul.append(li);
  }
  wrap.append(ul);
  return wrap;
}

/** The entities named in one article, with how often, sorted by count then name. */
function renderEntityList(mentions, entities) {
  const counts = new Map();
  for (const m of mentions) {
    const entity = entityAt(entities, m?.entity);
    if (entity) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  const rows = [...counts].map(([index, count]) => ({ entity: entities[index], count }));
  rows.sort((a, b) => b.count - a.count || byCanonical(a, b));

  const wrap = el("div", "entity-table-wrap");
  if (rows.length === 0) {
    wrap.append(el("h3", "", "Names in this article"), el("p", "empty-note", "No names found."));
    return wrap;
  }
  const table = el("table", "entity-table");
  table.append(el("caption", "", "Names in this article"));
  const head = el("thead");
  const headRow = el("tr");
  for (const [text, cls] of [["Name", ""], ["Kind", ""], ["Mentions", "num"]]) {
    const th = el("th", cls, text);
    th.scope = "col";
    headRow.append(th);
  }
  head.append(headRow);
  const tbody = el("tbody");
  for (const { entity, count } of rows) {
    const info = kindInfo(entity.kind);
    const tr = el("tr", "entity-row");
    tr.dataset.kind = info.code;
    const name = el("td", "entity-name");
    const chip = el("span", "entity-swatch", typeof entity.canonical === "string" ? entity.canonical : "?");
    chip.dataset.kind = kindCode(entity.kind);
    name.append(chip);
    tr.append(name, el("td", "entity-kind", info.label), el("td", "num entity-count", String(count)));
    tbody.append(tr);
  }
  table.append(head, tbody);
  wrap.append(table);
  return wrap;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
