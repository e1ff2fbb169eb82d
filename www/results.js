// This file renders an analysis report into the results area: the diagnostics (warnings), the
// legend of kinds, the overlap between articles ("Named in every article", "Named only in ...",
// and with 3+ articles "Named in some articles but not all"), then each article's highlighted
// text with its list of entities and mention counts. Everything is built in one fragment and
// inserted once. Strings from the report and from the user go in through textContent only. Any
// field the page does not know is ignored; any field it expects may be missing.

import { KIND_CODES, kindCode, kindInfo } from "./kinds.js";
import { analysedLength, renderHighlightedText } from "./render.js";

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
  fragment.append(renderLegend());
  const withText = new Set(articles.map((a, i) => (inputs[i]?.text?.trim() ? a?.id : null)).filter(Boolean));
  fragment.append(renderOverlap(findings, entities, articles, names, withText));
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

function renderLegend() {
  const section = el("section", "legend");
  section.setAttribute("aria-label", "Legend");
  const ul = el("ul", "legend-list");
  for (const code of KIND_CODES) {
    const info = kindInfo(code);
    const li = el("li", "legend-item");
    const swatch = el("mark", "legend-swatch", info.label);
    swatch.dataset.kind = code;
    li.title = info.description;
    li.append(swatch);
    ul.append(li);
  }
  section.append(el("span", "legend-title", "Highlights:"), ul);
  return section;
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
  const { fragment } = renderHighlightedText(text, mentions, { length, entities });
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
  section.append(body, renderEntityList(mentions, entities));
  return section;
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
