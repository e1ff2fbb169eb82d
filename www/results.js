// This file renders an analysis report into the results area, in this order: the diagnostics
// (warnings), the legend of kinds, "Check these" (conflicts: articles that disagree with each
// other or with themselves, each with the words of each article; and names that look misspelt;
// clicking one shows the spot in the text), then the comparison sections of comparison.js and
// matrix.js (quotes across articles, reused text, who is named where, framing and sourcing,
// agreements written differently, what is left out), the overlap between articles ("Named in
// every article", "Named only in ...", and with 3+ articles "Named in some articles but not
// all", then "Other findings" for finding kinds this page does not know yet), then each
// article's highlighted text (boilerplate greyed, quotes marked, mentions coloured), under it
// where the story was filed from, who wrote it and what relative dates were read against, its
// quotes, and its list of entities and mention counts. Everything is built in one fragment and
// inserted once. Strings from the report and from the user go in through textContent only. Any
// field the page does not know is ignored; any field it expects may be missing.

import {
  conflictDetails,
  isKnownKind,
  renderAgreements,
  renderFraming,
  renderLeftOut,
  renderQuotesAcross,
  renderReuse,
} from "./comparison.js";
import { cappedList, el, findingItem, nameOf, strings } from "./findings.js";
import { bylineRoleLabel, KIND_CODES, kindCode, kindInfo, speakerKindLabel } from "./kinds.js";
import { renderMatrix } from "./matrix.js";
import { analysedLength, describeQuote, refText, renderHighlightedText, spanRange } from "./render.js";

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
  fragment.append(
    renderLegend({
      kinds: new Set(articles.flatMap((a) => (Array.isArray(a?.mentions) ? a.mentions.map((m) => m?.kind) : []))),
      quotes: articles.some((a) => Array.isArray(a?.quotes) && a.quotes.length > 0),
      boilerplate: articles.some((a) => Array.isArray(a?.boilerplate) && a.boilerplate.length > 0),
    }),
  );
  const withText = new Set(articles.map((a, i) => (inputs[i]?.text?.trim() ? a?.id : null)).filter(Boolean));
  const ctx = { articles, inputs, names, entities, container, withText };
  const checks = findings.filter(isConflict);
  const variants = findings.filter((f) => f?.kind === "entity/variant");
  if (checks.length > 0 || variants.length > 0) fragment.append(renderChecks(checks, variants, ctx));
  if (withText.size >= 2) {
    const sections = [
      renderQuotesAcross(findings, ctx),
      renderReuse(report?.pairs, ctx),
      renderMatrix(entities, ctx),
      renderFraming(findings, ctx),
      renderAgreements(findings, ctx),
      renderLeftOut(findings, ctx),
    ];
    fragment.append(...sections.filter(Boolean));
  }
  fragment.append(
    renderOverlap(
      findings.filter((f) => !isConflict(f)),
      entities,
      articles,
      names,
      withText,
    ),
  );
  const grid = el("div", "article-results");
  for (const [i, article] of articles.entries()) grid.append(renderArticle(article, i, inputs[i], entities));
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
      if (!message.startsWith(`Article ${d.article}`))
        li.append(el("span", "diagnostic-article", `Article ${nameOf(names, d.article)}: `));
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
  if (boilerplate)
    notes.push([
      "boilerplate",
      "Not the story",
      "Menus, share buttons, captions and the like: left out of the comparison",
    ]);
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

/** True for a finding of the conflict family: articles that disagree, or one with itself. */
function isConflict(f) {
  return (
    Boolean(f) &&
    typeof f === "object" &&
    (f.family === "conflict" || (typeof f.kind === "string" && f.kind.startsWith("conflict/")))
  );
}

/**
 * "Check these": one line per conflict finding, its summary, led by the article(s) it is in;
 * a conflict between articles adds why, and each article's words in their sentence. Then the
 * names that look misspelt. When a finding points at a spot in an article's text, its summary
 * is a button that shows that spot.
 */
function renderChecks(checks, variants, ctx) {
  const section = el("section", "checks");
  section.setAttribute("aria-labelledby", "checks-heading");
  const heading = el("h2", "", "Check these");
  heading.id = "checks-heading";
  section.append(
    heading,
    el(
      "p",
      "note",
      "Where the articles disagree, with each other or with themselves, and names that look misspelt. The text may be right and Parallax wrong: look at the spot.",
    ),
  );
  if (checks.length > 0) {
    section.append(
      ...cappedList(
        checks.map((f) => {
          const li = findingItem(f, ctx, { className: "check" });
          if (strings(f.articles).length > 1) li.append(...conflictDetails(f, ctx));
          return li;
        }),
        "check-list",
      ),
    );
  }
  if (variants.length > 0) {
    const group = el("div", "check-group");
    group.dataset.group = "variants";
    group.append(el("h3", "", "Names that may be misspelt"));
    group.append(
      ...cappedList(
        variants.map((f) => {
          const entity = entityAt(ctx.entities, f.entity);
          const where = strings((Array.isArray(entity?.variants) ? entity.variants : []).map((v) => v?.article));
          return findingItem(f, ctx, {
            className: "variant",
            why: true,
            badgeIds: where.length > 0 ? [...new Set(where)] : undefined,
          });
        }),
        "check-list",
      ),
    );
    section.append(group);
  }
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
    else if (!isKnownKind(f.kind) && typeof f.summary === "string" && f.summary) other.push(f);
  }

  section.append(
    chipGroup(
      "Named in every article",
      "every",
      everywhere.sort(byCanonical).map(({ entity }) => entityChip(entity)),
      "No name appears in every article.",
    ),
  );

  for (const [i, article] of articles.entries()) {
    const id = typeof article?.id === "string" ? article.id : String.fromCharCode(97 + i);
    if (!withText.has(id)) continue; // an empty article names nothing and omits nothing
    const entries = (onlyIn.get(id) ?? []).sort(byCanonical);
    const group = chipGroup(
      `Named only in ${nameOf(names, id)}`,
      "only",
      entries.map(({ entity }) => entityChip(entity)),
      "Nothing named only here.",
    );
    group.dataset.article = id;
    section.append(group);
  }

  if (withText.size >= 3) {
    const chips = some
      .sort(byCanonical)
      .map(({ entity, present, missing }) =>
        entityChip(entity, `in ${present.join(", ")}; not in ${missing.join(", ")}`),
      );
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

function renderArticle(article, index, input, entities) {
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
    body.append(
      el(
        "span",
        "truncated-note",
        `\n\n[${(text.length - length).toLocaleString("en")} more characters were not analysed]`,
      ),
    );
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
  if (byRole.size > 0)
    lines.push(["bylines", [...byRole].map(([role, who]) => `${role}: ${who.join(", ")}`).join(" · ")]);

  const anchor = article?.anchor && typeof article.anchor === "object" ? article.anchor : null;
  if (typeof anchor?.date === "string" && anchor.date) {
    const from =
      anchor.from === "input"
        ? ", the publication date"
        : anchor.from === "text"
          ? ", the first full date in the text"
          : "";
    lines.push(["anchor", `Relative dates read against ${anchor.date}${from}`]);
  } else if (article && typeof article === "object" && "anchor" in article) {
    // No anchor: say so only when a date in the text could not be placed because of it.
    const unplaced = mentions.find((m) => m?.kind === "DATE" && (m.value === null || m.value === undefined));
    const said = unplaced ? refText(text, unplaced) : null;
    if (said)
      lines.push(["anchor", `Relative dates such as “${said}” could not be placed: add the publication date above.`]);
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
    meta.append(
      document.createTextNode(speaker ? `— ${speaker}, ${speakerKindLabel(speakerKind)}` : "— speaker not stated"),
    );
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
  for (const [text, cls] of [
    ["Name", ""],
    ["Kind", ""],
    ["Mentions", "num"],
  ]) {
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
