// This file renders the comparison sections that follow "Who is named where": "Sourcing and
// framing" (one claim credited to different kinds of source, outlets credited, a table of whom
// each article cites in reported speech by kind of source, then different words for the same
// thing and hedges one article adds), "Agreements written differently"
// (figures and dates that come to the same thing) and "Left out" (sentences and figures some
// articles have and others lack, collapsed and grouped by the articles that have them). Every
// list is paged (dom.js): its items are built a page at a time, when asked for.

import { compareText } from "./collate.js";
import { el, findingKey, group, pagedList, section } from "./dom.js";
import { textAt } from "./excerpts.js";
import { badge, badges, findingItem, merged, mergedItem, ofKinds } from "./finding-items.js";
import { SOURCE_KINDS } from "./kinds.js";

/** The note under "Sourcing and framing". */
const FRAMING_NOTE =
  "Claims credited to different kinds of source and whom each article cites, then different words for the same thing and claims hedged in one article only.";

/** "Sourcing and framing": attribution, outlets credited, whom each article cites, word choices, hedges. */
export function renderFraming(findings, view) {
  const node = section("compare", "framing", "Sourcing and framing", FRAMING_NOTE);
  // Attribution first: a checker checks who says so before how it is worded.
  const why = (f) => mergedItem(f, view, { why: true });
  const attributed = merged(ofKinds(findings, "sourcing/attribution"));
  if (attributed.length > 0) node.append(group("sourcing-attribution", "Attributed differently", attributed, why));
  const outlets = merged(ofKinds(findings, "sourcing/outlet"));
  if (outlets.length > 0)
    node.append(group("sourcing-outlet", "Other outlets credited", outlets, (f) => mergedItem(f, view)));
  node.append(sourcingTable(view));
  const labels = merged(ofKinds(findings, "framing/label"));
  if (labels.length > 0) node.append(group("framing-label", "Word choices", labels, why));
  const hedges = merged(ofKinds(findings, "framing/hedge"));
  if (hedges.length > 0) node.append(group("framing-hedge", "Hedged in one article only", hedges, why));
  return node;
}

/**
 * Each article with text, its reporting events (quoted, indirect and partly quoted) counted by
 * kind of source (`article.speech_sourcing`).
 */
function sourcingTable(view) {
  const columns = Object.entries(SOURCE_KINDS).map(([key, { column }]) => [key, column]);
  const head = [["Article", ""], ...columns.map(([, column]) => [column, "num"]), ["All", "num"]].map(([words, cls]) =>
    el("th", { class: cls, scope: "col", text: words }),
  );
  const rows = [...view.withText].map((id) => {
    const { label, speech_sourcing: sourcing } = view.article(id);
    const cells = columns.map(([key]) => {
      const n = sourcing[key];
      return el("td", { class: n > 0 ? "num" : "num zero", data: { source: key }, text: n > 0 ? String(n) : "—" });
    });
    const total = columns.reduce((sum, [key]) => sum + sourcing[key], 0);
    return el(
      "tr",
      { data: { article: id } },
      el("th", { class: "row-head", scope: "row" }, badge(view, id), ` ${label}`),
      ...cells,
      el("td", { class: "num total", text: String(total) }),
    );
  });
  const table = el(
    "table",
    "data-table sourcing-table",
    el("caption", { text: "Reported speech by kind of source (quoted, indirect and partly quoted)" }),
    el("thead", null, el("tr", null, ...head)),
    el("tbody", null, ...rows),
  );
  return el("div", { class: "finding-group sourcing", data: { group: "sourcing" } }, el("div", "table-scroll", table));
}

/** The note under "Agreements written differently". */
const AGREEMENTS_NOTE = "Figures and dates that look different but come to the same thing.";

/** "Agreements written differently": the same figure or day, written another way; null when none. */
export function renderAgreements(findings, view) {
  const list = merged(ofKinds(findings, "agreement/quantity", "agreement/date"));
  if (list.length === 0) return null;
  const node = section("compare", "agreements", "Agreements written differently", AGREEMENTS_NOTE);
  node.append(...pagedList(list, (f) => mergedItem(f, view, { why: true }), "finding-list plain", findingKey));
  return node;
}

/** The note under "Left out". */
const LEFT_OUT_NOTE = "Sentences with no counterpart in another article, and figures only some articles give.";

/** "Left out": sentences and figures some articles have and others lack, collapsed, by article. */
export function renderLeftOut(findings, view) {
  const list = ofKinds(findings, "omission/sentence", "omission/quantity");
  if (list.length === 0) return null;
  const node = section("compare", "left-out", "Left out", LEFT_OUT_NOTE);
  // Carrying articles -> items; one item per sentence (its findings merged across articles).
  const groups = new Map();
  for (const f of list) {
    const key = f.articles.join(" ");
    if (!groups.has(key)) groups.set(key, { has: f.articles, items: new Map() });
    const ref = f.spans.find((s) => f.articles.includes(s.article));
    const at = f.kind === "omission/sentence" ? `${ref.article}@${ref.span.start_utf16}` : f.id;
    const items = groups.get(key).items;
    if (!items.has(at)) items.set(at, { first: f, ref, ids: [], missing: [] });
    const item = items.get(at);
    item.ids.push(f.id);
    for (const id of f.missing) if (!item.missing.includes(id)) item.missing.push(id);
  }
  const entries = [...groups.values()].flatMap((g) => [...g.items.values()]);
  const sentences = entries.filter((item) => item.first.kind === "omission/sentence").length;
  const figures = entries.length - sentences;
  const counts = [];
  if (sentences > 0) counts.push(`${sentences.toLocaleString("en")} sentence${sentences === 1 ? "" : "s"}`);
  if (figures > 0) counts.push(`${figures.toLocaleString("en")} figure${figures === 1 ? "" : "s"}`);
  const details = el(
    "details",
    "left-out-details",
    el("summary", { text: `Show what is left out (${counts.join(", ")})` }),
  );
  const order = view.articles.map((a) => a.id);
  const keys = [...groups.keys()].sort(
    (x, y) => order.indexOf(x.split(" ")[0]) - order.indexOf(y.split(" ")[0]) || compareText(x, y),
  );
  for (const key of keys) {
    const { has, items } = groups.get(key);
    // With two articles, what one has the other lacks; with more, each item says where it is not.
    const where = has.map((id) => view.article(id).label).join(", ");
    const all = [...items.values()];
    details.append(
      el(
        "div",
        { class: "left-out-group", data: { articles: key } },
        el("h3", null, ...badges(view, has), view.withText.size > 2 ? `In ${where}` : `Only in ${where}`),
        ...pagedList(
          all,
          (item) => leftOutItem(item, view),
          "finding-list plain",
          (item) => item.ids.join(" "),
        ),
      ),
    );
  }
  node.append(details);
  return node;
}

/** One item of "Left out": the sentence itself, or a figure's summary; where it is not. */
function leftOutItem({ first, ref, ids, missing }, view) {
  const label =
    first.kind === "omission/sentence"
      ? el("span", { class: "left-out-text", text: textAt(view, ref.article, ref.span).trim() })
      : undefined;
  const li = findingItem(first, view, { label, badgeIds: [] });
  li.dataset.finding = ids.join(" ");
  // With two articles, "Only in a" already says where it is not.
  if (missing.length > 0 && view.withText.size > 2) {
    li.append(el("span", { class: "why", text: `not in ${missing.map((id) => view.name(id)).join(", ")}` }));
  }
  return li;
}
