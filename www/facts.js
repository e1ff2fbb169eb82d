// This file renders "Facts the articles dispute", the overview shown first when three articles
// or more are compared: one row per fact the articles give different values for (a conflict
// of numbers, dates or names, with its sides), the most disputed first (most sides, then most
// articles), and a column per article with text, each cell the value that article gives ("—"
// when it gives none), marked by its side (a letter as well as a tint, so that the sides read
// without colour). A row is named by its kind and its sides' values ("Number: 5 deaths · 8
// deaths"); its button chooses the conflict (its spans lit in every article). The first
// FACT_ROWS rows are built, the rest a page at a time when asked (dom.js's PagedList).

import { el, PagedList, section } from "./dom.js";
import { badge } from "./finding-items.js";

/** What a row's fact is, by the conflict's kind: the start of its label. */
const KIND_WORDS = { "conflict/quantity": "Number", "conflict/date": "Date", "conflict/name": "Name" };

/** Rows shown before "Show more". */
const FACT_ROWS = 12;

/**
 * The overview of disputed facts, or null when there is none or fewer than three articles
 * have text. `choose(findingId)` chooses a conflict.
 */
export function renderDisputed(report, view, choose) {
  const ids = [...view.withText];
  if (ids.length < 3) return null;
  const facts = report.findings.filter((f) => f.family === "conflict" && f.sides.length >= 2);
  if (facts.length === 0) return null;
  facts.sort(
    (x, y) =>
      y.sides.length - x.sides.length ||
      y.articles.length - x.articles.length ||
      Number(x.id.slice(1)) - Number(y.id.slice(1)),
  );
  const head = el(
    "tr",
    null,
    el("th", { scope: "col", text: "Fact" }),
    ...ids.map((id) => el("th", { scope: "col", class: "fact-article", title: view.name(id) }, badge(view, id))),
  );
  const render = (f) => {
    const sideOf = new Map();
    f.sides.forEach((side, s) => {
      for (const id of side.articles) sideOf.set(id, s);
    });
    const cells = ids.map((id) => {
      if (!sideOf.has(id)) return el("td", { class: "fact-cell none", text: "—" });
      const s = sideOf.get(id);
      const letter = String.fromCharCode(65 + s);
      return el(
        "td",
        { class: "fact-cell", data: { side: s }, title: `Side ${letter} of ${f.sides.length}` },
        el("span", { class: "side-letter", "aria-label": `side ${letter}:`, text: letter }),
        ` ${f.sides[s].value}`,
      );
    });
    return el(
      "tr",
      { class: "fact-row", data: { finding: f.id } },
      el(
        "th",
        { scope: "row", class: "fact-name" },
        el("button", {
          type: "button",
          class: "link-button",
          text: `${KIND_WORDS[f.kind] ?? "Fact"}: ${f.sides.map((side) => side.value).join(" · ")}`,
          title: f.summary,
          on: { click: () => choose(f.id) },
        }),
      ),
      ...cells,
    );
  };
  const [body, more] = new PagedList(facts, render, { className: "", tag: "tbody", first: FACT_ROWS }).nodes();
  const table = el(
    "table",
    "data-table facts-table",
    el("caption", { text: "The value each article gives, by side (articles on one side agree)" }),
    el("thead", null, head),
    body,
  );
  const node = section(
    "compare",
    "disputed",
    "Facts the articles dispute",
    `${facts.length} fact${facts.length === 1 ? "" : "s"} given differently, the most disputed first. Choose one to see it in every article.`,
  );
  node.append(el("div", "table-scroll", table), more);
  return node;
}
