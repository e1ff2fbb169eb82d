// This file renders an analysis report into the results area, in this order: the diagnostics
// (notes on the input), the legend of kinds, "Check these" (conflicts: articles that disagree
// with each other or with themselves, each with the words of each article; and names that look
// misspelt; clicking one shows the spot in the text), then the comparison sections of
// comparison.js, matrix.js and framing.js (quotes across articles, reused text, who is named
// where, framing and sourcing, agreements written differently, what is left out), the overlap
// between articles ("Named in every article", "Named only in ...", and with 3+ articles "Named
// in some articles but not all"), then each article (article.js). Which section shows a
// finding is kinds.js's FINDING_KINDS. Everything is built in one fragment and inserted once,
// every long list paged (dom.js) and the article texts left to texts.js, which fills them a
// slice of time per task; navigator.js then adds the summary, the filters and the bar, and
// plans the marks of the findings that texts.js puts in the texts, side.js makes the texts
// read side by side, and classroom.js offers to hide the
// findings until a student has marked the texts. Strings from the report and from the user go in as text. The report is trusted: worker.js
// checked its schema version, so every field the schema promises is there.

import { renderAligned } from "./aligned.js";
import { renderArticle } from "./article.js";
import { Classroom } from "./classroom.js";
import { compareText } from "./collate.js";
import { conflictDetails, renderQuotesAcross, renderReuse } from "./comparison.js";
import { el, findingKey, PAGE_SIZE, PagedList, pagedList, section } from "./dom.js";
import { renderDisputed } from "./facts.js";
import { findingItem } from "./finding-items.js";
import { renderAgreements, renderFraming, renderLeftOut } from "./framing.js";
import { FINDING_KINDS, MENTION_KINDS } from "./kinds.js";
import { renderMatrix } from "./matrix.js";
import { Navigator } from "./navigator.js";
import { preparePrinting } from "./print.js";
import { SideBySide } from "./side.js";
import { TextBuilder } from "./texts.js";

/** The results areas made ready for printing (once each). */
const printing = new WeakSet();

/** The texts still being built in each results area (stopped when new results replace them). */
const building = new WeakMap();

/**
 * What every section reads: the report's articles and entities, and the article texts its
 * offsets point into.
 * @typedef {object} View
 * @property {object[]} articles the report's articles, in input order
 * @property {object[]} entities the report's entities
 * @property {HTMLElement} container the results area, where spots are shown
 * @property {Set<string>} withText the ids of the articles with text (those the report does
 *   not call `empty`)
 * @property {(id: string) => object} article the report's article `id`
 * @property {(id: string) => string} text the text of article `id` as pasted
 * @property {(id: string) => string} name "a · Harbour Gazette": article `id`'s id and label
 */

/**
 * Replaces the contents of `container` with the rendering of `report`, and returns the
 * Navigator of its findings (navigator.js: the summary, filters and Previous/Next bar it puts
 * after the notes on the input, and the marks in the texts).
 * @param {HTMLElement} container
 * @param {object} report the report from the analyser
 * @param {Array<{text: string}>} inputs the exact inputs that were analysed, in order (the
 *   report carries offsets, not the texts)
 * @param {(text: string) => void} say shows a short message in the page's status line
 * @param {Node | null} exports the export buttons, shown with the summary
 * @returns {Navigator} its `ready` resolves once every article's text is in the page, marked
 */
export function renderReport(container, report, inputs, say, exports = null) {
  if (!printing.has(container)) {
    preparePrinting(container);
    printing.add(container);
  }
  const view = viewOf(report, inputs, container);
  const bySection = new Map();
  for (const f of report.findings) {
    const key = FINDING_KINDS[f.kind];
    if (!bySection.has(key)) bySection.set(key, []);
    bySection.get(key).push(f);
  }
  const of = (key) => bySection.get(key) ?? [];

  const fragment = document.createDocumentFragment();
  fragment.append(renderDiagnostics(report.diagnostics), renderLegend(report.articles));
  if (of("checks").length > 0) fragment.append(renderChecks(of("checks"), view));
  if (view.withText.size >= 2) {
    const sections = [
      renderQuotesAcross(of("quotes"), view),
      renderReuse(report.pairs, view),
      renderMatrix(view),
      renderFraming(of("framing"), view),
      renderAgreements(of("agreements"), view),
      renderLeftOut(of("left-out"), view),
    ];
    fragment.append(...sections.filter(Boolean));
  }
  fragment.append(renderOverlap(of("overlap"), view));
  const grid = el("div", "article-results");
  const texts = [];
  for (const article of report.articles) grid.append(renderArticle(article, view, texts));
  fragment.append(grid);
  building.get(container)?.stop();
  container.replaceChildren(fragment);
  const findings = new Navigator(container, report, view, inputs, say, exports);
  const budget = budgetNote(report.diagnostics);
  if (budget) findings.heading.after(budget);
  // The texts: the first slice now (all of them, unless they are long), the rest task by task.
  const builder = new TextBuilder(texts);
  building.set(container, builder);
  builder.plan = findings.plan;
  builder.slice();
  const side = new SideBySide(container, report, (number) => findings.choose(findings.items[number - 1]));
  findings.onChoose = (item) => {
    side.quiet();
    side.unfold(item.spans.map((span) => span.article));
    side.showTab(item.spans[0]?.article);
  };
  // With three articles or more, the disputed facts come first, under the findings' bar.
  const disputed = renderDisputed(report, view, (id) => findings.chooseFinding(id));
  if (disputed) findings.bar.after(disputed);
  if (findings.items.length > 0) new Classroom(container, findings.overview, findings);
  // Sentence by sentence, just above the texts it lights.
  const aligned = renderAligned(report, view, (id, index) => side.pinSentence(id, index));
  if (aligned) (side.controls ?? container.querySelector(".article-results")).before(aligned);
  findings.ready = builder.rest((finished) => side.textsBuilt(finished.map((text) => text.id)));
  return findings;
}

/** The View of `report` for `inputs`, shown in `container`. */
function viewOf(report, inputs, container) {
  const index = new Map(report.articles.map((a, i) => [a.id, i]));
  const empty = new Set(report.diagnostics.filter((d) => d.code === "empty").map((d) => d.article));
  return {
    articles: report.articles,
    entities: report.entities,
    container,
    withText: new Set(report.articles.map((a) => a.id).filter((id) => !empty.has(id))),
    article: (id) => report.articles[index.get(id)],
    text: (id) => inputs[index.get(id)].text,
    name: (id) => `${id} · ${report.articles[index.get(id)].label}`,
  };
}

/**
 * The report's notes on the input, in its own words, the request's (no article) first; hidden
 * when there are none. Many notes (one per article cut short, say) are paged.
 */
function renderDiagnostics(diagnostics) {
  const ordered = [...diagnostics.filter((d) => d.article === null), ...diagnostics.filter((d) => d.article !== null)];
  const render = (d) =>
    el("li", { class: "diagnostic", data: { level: d.level, code: d.code, article: d.article } }, d.message);
  return el(
    "section",
    { class: "diagnostics", hidden: diagnostics.length === 0, "aria-label": "Notes on the input" },
    el("h2", { text: "Notes on the input" }),
    ...pagedList(ordered, render, "diagnostic-list"),
  );
}

/**
 * When the request was over the analyser's budget (a diagnostic `over_budget`): a note under
 * the summary, where focus lands after Analyze, saying that only part of the text was
 * analysed and what to do about it; null otherwise.
 */
function budgetNote(diagnostics) {
  const over = diagnostics.find((d) => d.code === "over_budget");
  if (!over) return null;
  return el(
    "p",
    { class: "budget-note", role: "note", data: { code: over.code, level: over.level } },
    el("strong", { text: "Not all of your text was analysed. " }),
    over.message,
    " The findings below come from the part that was; to compare the rest, analyse fewer or shorter articles at a time.",
  );
}

/** The kinds of highlights the report uses, then (when it has any) what quotes and greyed text look like. */
function renderLegend(articles) {
  const used = new Set(articles.flatMap((a) => a.mentions.map((m) => m.kind)));
  const items = Object.entries(MENTION_KINDS)
    .filter(([code]) => used.has(code))
    .map(([code, { label, description }]) =>
      el(
        "li",
        { class: "legend-item", title: description },
        el("mark", { class: "legend-swatch", data: { kind: code }, text: label }),
      ),
    );
  const notes = [];
  if (articles.some((a) => a.quotes.length > 0)) {
    notes.push(["quote", "Quote", "What someone is quoted as saying; hover for who"]);
  }
  if (articles.some((a) => a.boilerplate.length > 0)) {
    notes.push([
      "boilerplate",
      "Not the story",
      "Menus, share buttons, captions and the like: left out of the comparison",
    ]);
  }
  for (const [cls, label, description] of notes) {
    items.push(
      el(
        "li",
        { class: "legend-note", data: { note: cls }, title: description },
        el("span", { class: `${cls} legend-swatch`, text: label }),
      ),
    );
  }
  return el(
    "section",
    { class: "legend", "aria-label": "Legend" },
    el("span", { class: "legend-title", text: "Highlights:" }),
    el("ul", "legend-list", ...items),
  );
}

/**
 * "Check these": one line per conflict finding, its summary (a button that shows the spot),
 * led by the article(s) it is in; a conflict between articles adds why, and each article's
 * words in their sentence. Then the names that look misspelt.
 */
function renderChecks(findings, view) {
  const node = section(
    "checks",
    "checks",
    "Check these",
    "Where the articles disagree, with each other or with themselves, and names that look misspelt. The text may be right and Parallax wrong: look at the spot.",
  );
  const conflicts = findings.filter((f) => f.family === "conflict");
  const variants = findings.filter((f) => f.family === "variant");
  if (conflicts.length > 0) {
    const render = (f) => {
      const li = findingItem(f, view, { className: "check" });
      if (f.articles.length > 1) li.append(...conflictDetails(f, view));
      return li;
    };
    node.append(...pagedList(conflicts, render, "check-list", findingKey));
  }
  if (variants.length > 0) {
    const render = (f) => {
      // A spelling across articles that the linker kept apart has no entity: its spans say where.
      const entity = f.entity === null ? null : view.entities[f.entity];
      const where = [...new Set(entity ? entity.variants.map((v) => v.article) : f.spans.map((s) => s.article))];
      return findingItem(f, view, { className: "variant", why: true, badgeIds: where.length > 0 ? where : undefined });
    };
    node.append(
      el(
        "div",
        { class: "check-group", data: { group: "variants" } },
        el("h3", { text: "Names that may be misspelt" }),
        ...pagedList(variants, render, "check-list", findingKey),
      ),
    );
  }
  return node;
}

/** A chip for one entity: its canonical text, coloured by kind, and `extra` in small print. */
function entityChip(entity, extra) {
  const { label } = MENTION_KINDS[entity.kind];
  return el(
    "li",
    { class: "chip", data: { kind: entity.kind, entity: entity.id }, title: label },
    el("span", { class: "chip-text", text: entity.canonical }),
    el("span", { class: "chip-kind", text: label }),
    extra && el("span", { class: "chip-extra", text: extra }),
  );
}

function byCanonical(a, b) {
  return compareText(a.canonical, b.canonical);
}

/** "Who and what each article names": the entities every article names, only one, or some. */
function renderOverlap(findings, view) {
  const node = el("section", "overlap", el("h2", { text: "Who and what each article names" }));
  if (view.withText.size < 2) {
    node.append(el("p", { class: "empty-note", text: "Nothing to compare: fewer than two articles have text." }));
    return node;
  }
  const entityOf = (f) => view.entities[f.entity];
  const omitted = findings.filter((f) => f.kind === "omission/entity");
  const everywhere = findings.filter((f) => f.kind === "agreement/entity").map(entityOf);
  node.append(
    chipGroup(
      "Named in every article",
      "every",
      everywhere.sort(byCanonical),
      (e) => entityChip(e),
      "No name appears in every article.",
    ),
  );
  // An empty article names nothing and omits nothing: it gets no list.
  for (const id of view.withText) {
    const only = omitted.filter((f) => f.articles.length === 1 && f.articles[0] === id).map(entityOf);
    const group = chipGroup(
      `Named only in ${view.name(id)}`,
      "only",
      only.sort(byCanonical),
      (e) => entityChip(e),
      "Nothing named only here.",
    );
    group.dataset.article = id;
    node.append(group);
  }
  if (view.withText.size >= 3) {
    const some = omitted.filter((f) => f.articles.length > 1).sort((x, y) => byCanonical(entityOf(x), entityOf(y)));
    const chip = (f) => entityChip(entityOf(f), `in ${f.articles.join(", ")}; not in ${f.missing.join(", ")}`);
    node.append(chipGroup("Named in some articles but not all", "some", some, chip, "None."));
  }
  return node;
}

/** A titled list of entity chips, `entries` each made by `render`, paged (the first PAGE_SIZE at once). */
function chipGroup(title, key, entries, render, emptyText) {
  return el(
    "div",
    { class: "finding-group", data: { group: key } },
    el("h3", { text: title }),
    ...(entries.length === 0
      ? [el("p", { class: "empty-note", text: emptyText })]
      : new PagedList(entries, render, { className: "chips", first: PAGE_SIZE }).nodes()),
  );
}
