// This file renders "Who is named where": one table with a row per entity (its name, coloured
// by kind, with the other ways the articles write it in small print and a note when one of
// them looks misspelt) and a column per article with text, each cell the number of times that
// article names it ("—" for none). Rows are sorted by total mentions, then by name; the first
// MATRIX_ROWS are built, and the rest a page at a time when asked (dom.js's PagedList). The table scrolls sideways inside its box
// (the name column stays put), so that it reads with as many articles as the page takes.

import { compareText } from "./collate.js";
import { el, PagedList, section } from "./dom.js";
import { badge } from "./finding-items.js";
import { MENTION_KINDS } from "./kinds.js";

/** Rows shown before "Show more". */
const MATRIX_ROWS = 25;

/** "Who is named where"; null when no article with text names an entity. */
export function renderMatrix(view) {
  const ids = [...view.withText];
  const rows = [];
  for (const entity of view.entities) {
    const counts = new Map(entity.mentions.map((m) => [m.article, m.indexes.length]));
    const total = ids.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
    if (total > 0) rows.push({ entity, counts, total });
  }
  if (rows.length === 0) return null;
  rows.sort((x, y) => y.total - x.total || compareText(x.entity.canonical, y.entity.canonical));

  const head = [
    el("th", { class: "matrix-name", scope: "col", text: "Name" }),
    el("th", { class: "matrix-kind", scope: "col", text: "Kind" }),
    ...ids.map((id) =>
      el(
        "th",
        { class: "num matrix-article", scope: "col", data: { article: id }, title: view.name(id) },
        badge(view, id),
        el("span", { class: "matrix-label", text: view.article(id).label }),
      ),
    ),
  ];
  const render = ({ entity, counts }) => {
    const cells = ids.map((id) => {
      const n = counts.get(id) ?? 0;
      return el("td", {
        class: n > 0 ? "num" : "num zero",
        data: { article: id },
        title: n === 0 && `Not named in ${view.name(id)}`,
        text: n > 0 ? String(n) : "—",
      });
    });
    return el(
      "tr",
      { class: "matrix-row", data: { entity: entity.id, kind: entity.kind } },
      nameCell(entity),
      el("td", { class: "matrix-kind", text: MENTION_KINDS[entity.kind].label }),
      ...cells,
    );
  };
  const [body, more] = new PagedList(rows, render, { className: "", tag: "tbody", first: MATRIX_ROWS }).nodes();
  const table = el("table", "data-table matrix-table", el("thead", null, el("tr", null, ...head)), body);

  const node = section(
    "compare matrix",
    "matrix",
    "Who is named where",
    "How many times each article names each person, place or organisation, most named first.",
  );
  node.append(
    el(
      "div",
      {
        class: "table-scroll matrix-scroll",
        tabindex: 0,
        role: "region",
        "aria-label": "Names by article (scrolls sideways)",
      },
      table,
    ),
  );
  node.append(more);
  return node;
}

/**
 * The row head: the entity's name, its other written forms (not the same name in capitals, nor
 * a misspelling, which is noted after them with where it stands and why it is read as this).
 */
function nameCell(entity) {
  const { canonical, aliases, variants } = entity;
  const seen = new Set([canonical, ...variants.map((v) => v.text)].map((x) => x.toLocaleLowerCase()));
  const others = aliases.filter((a) => {
    if (seen.has(a.toLocaleLowerCase())) return false;
    seen.add(a.toLocaleLowerCase());
    return true;
  });
  const misspelt = variants.map((v) => `“${v.text}” in ${v.article}`).join(", ");
  const why = variants.map((v) => v.why).filter((w) => w);
  return el(
    "th",
    { class: "matrix-name", scope: "row" },
    el("span", { class: "entity-swatch", data: { kind: entity.kind }, text: canonical }),
    others.length > 0 && el("span", { class: "matrix-aliases", text: `also ${others.join(", ")}` }),
    variants.length > 0 &&
      el("span", { class: "matrix-variant", text: `misspelt as ${misspelt}`, title: why.length > 0 && why.join("\n") }),
  );
}
