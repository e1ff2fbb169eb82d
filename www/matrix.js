// This file renders "Who is named where": one table with a row per entity (its name, coloured
// by kind, with the other ways the articles write it in small print and a note when one of
// them looks misspelt) and a column per article, each cell the number of times that article
// names it ("—" for none). Rows are sorted by total mentions, then by name; the first
// MATRIX_ROWS are shown and a button shows the rest. The table scrolls sideways inside its box
// (the name column stays put), so that it reads with up to 20 articles.

import { badge, el, labelOf, nameOf, section } from "./findings.js";
import { kindCode, kindInfo } from "./kinds.js";

/** Rows shown before "Show all". */
const MATRIX_ROWS = 25;

/** "Who is named where"; null when no entity is named. */
export function renderMatrix(entities, ctx) {
  const ids = ctx.articles
    .map((a, i) => (typeof a?.id === "string" ? a.id : String.fromCharCode(97 + i)))
    .filter((id) => ctx.withText.has(id));
  const rows = [];
  for (const entity of entities) {
    if (!entity || typeof entity !== "object") continue;
    const counts = new Map();
    for (const m of Array.isArray(entity.mentions) ? entity.mentions : []) {
      if (typeof m?.article !== "string" || !Array.isArray(m.indexes)) continue;
      counts.set(m.article, (counts.get(m.article) ?? 0) + m.indexes.length);
    }
    const total = ids.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
    if (total > 0)
      rows.push({ entity, counts, total, name: typeof entity.canonical === "string" ? entity.canonical : "?" });
  }
  if (rows.length === 0) return null;
  rows.sort((x, y) => y.total - x.total || x.name.localeCompare(y.name));

  const node = section(
    "compare matrix",
    "matrix",
    "Who is named where",
    "How many times each article names each person, place or organisation, most named first.",
  );

  const scroll = el("div", "table-scroll matrix-scroll");
  scroll.tabIndex = 0;
  scroll.setAttribute("role", "region");
  scroll.setAttribute("aria-label", "Names by article (scrolls sideways)");
  const table = el("table", "data-table matrix-table");
  const head = el("tr");
  const nameHead = el("th", "matrix-name", "Name");
  nameHead.scope = "col";
  const kindHead = el("th", "matrix-kind", "Kind");
  kindHead.scope = "col";
  head.append(nameHead, kindHead);
  for (const id of ids) {
    const th = el("th", "num matrix-article");
    th.scope = "col";
    th.dataset.article = id;
    th.title = nameOf(ctx.names, id);
    th.append(badge(ctx.names, id), el("span", "matrix-label", labelOf(ctx, id)));
    head.append(th);
  }
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  rows.forEach(({ entity, counts, name }, i) => {
    const tr = el("tr", i < MATRIX_ROWS ? "matrix-row" : "matrix-row is-extra");
    if (Number.isSafeInteger(entity.id)) tr.dataset.entity = String(entity.id);
    const info = kindInfo(entity.kind);
    tr.dataset.kind = info.code;
    const th = el("th", "matrix-name");
    th.scope = "row";
    const swatch = el("span", "entity-swatch", name);
    swatch.dataset.kind = kindCode(entity.kind);
    th.append(swatch);
    const variants = (Array.isArray(entity.variants) ? entity.variants : []).filter(
      (v) => typeof v?.text === "string" && v.text,
    );
    // Other written forms, but not the same name in capitals or a misspelling (noted below).
    const seen = new Set([name, ...variants.map((v) => v.text)].map((x) => x.toLocaleLowerCase()));
    const aliases = (Array.isArray(entity.aliases) ? entity.aliases : []).filter((a) => {
      if (typeof a !== "string" || !a || seen.has(a.toLocaleLowerCase())) return false;
      seen.add(a.toLocaleLowerCase());
      return true;
    });
    if (aliases.length > 0) th.append(el("span", "matrix-aliases", `also ${aliases.join(", ")}`));
    if (variants.length > 0) {
      const note = el(
        "span",
        "matrix-variant",
        `misspelt as ${variants.map((v) => `“${v.text}”${typeof v.article === "string" ? ` in ${v.article}` : ""}`).join(", ")}`,
      );
      const why = variants.map((v) => v.why).filter((w) => typeof w === "string" && w);
      if (why.length > 0) note.title = why.join("\n");
      th.append(note);
    }
    tr.append(th, el("td", "matrix-kind", info.label));
    for (const id of ids) {
      const n = counts.get(id) ?? 0;
      const td = el("td", n > 0 ? "num" : "num zero", n > 0 ? String(n) : "—");
      td.dataset.article = id;
      if (n === 0) td.title = `Not named in ${nameOf(ctx.names, id)}`;
      tr.append(td);
    }
    tbody.append(tr);
  });
  table.append(thead, tbody);
  scroll.append(table);
  node.append(scroll);

  if (rows.length > MATRIX_ROWS) {
    const more = el("button", "button-quiet matrix-more", `Show all ${rows.length} names`);
    more.type = "button";
    more.setAttribute("aria-expanded", "false");
    more.addEventListener("click", () => {
      const open = !table.classList.contains("show-all");
      table.classList.toggle("show-all", open);
      more.setAttribute("aria-expanded", String(open));
      more.textContent = open ? `Show the ${MATRIX_ROWS} most named` : `Show all ${rows.length} names`;
    });
    node.append(more);
  }
  return node;
}
