// This file renders "Sentence by sentence": with two to six articles, a table whose rows are
// one article's sentences (the base, which the reader chooses) and whose other columns hold
// each other article's matching sentence (the Report's `pairs[].aligned`: copied, edited or
// paraphrased), or an empty cell where that article has none (the sentence is left out
// there). A row's button lights the sentence and its counterparts in the texts and brings
// them level (side.js). The rows are built a page at a time (dom.js's PagedList): a long
// article has thousands of sentences. Everything goes in as text.

import { el, PAGE_SIZE, PagedList, section } from "./dom.js";
import { sentenceText } from "./excerpts.js";
import { badge } from "./finding-items.js";
import { ALIGNMENT_CLASSES } from "./kinds.js";
import { matchesBetween } from "./side.js";

/** The most articles the table lays side by side (more: the disputed facts give the overview). */
const MAX_ARTICLES = 6;

/**
 * "Sentence by sentence", or null with fewer than two or more than MAX_ARTICLES articles with
 * text. `show(id, index)` lights sentence `index` of article `id` and its counterparts.
 */
export function renderAligned(report, view, show) {
  const ids = [...view.withText];
  if (ids.length < 2 || ids.length > MAX_ARTICLES) return null;
  const node = section(
    "compare",
    "aligned-rows",
    "Sentence by sentence",
    "Each sentence of one article beside the matching sentence of every other; an empty cell: that article has no matching sentence.",
  );
  const table = el("div", "table-scroll");
  const choose = el(
    "select",
    { id: "aligned-base", on: { change: (event) => fill(event.currentTarget.value) } },
    ...ids.map((id) => el("option", { value: id, text: view.name(id) })),
  );
  node.append(el("label", { class: "base-choice", for: "aligned-base" }, "Rows are the sentences of ", choose), table);

  /** Fills the table with the rows of base article `base`. */
  function fill(base) {
    const others = ids.filter((id) => id !== base);
    const match = new Map(
      others.map((id) => [
        id,
        new Map(matchesBetween(report, base, id).map((m) => [m.from, { index: m.to, class: m.class }])),
      ]),
    );
    const head = el(
      "tr",
      null,
      el("th", { scope: "col" }, badge(view, base), ` ${view.article(base).label}`),
      ...others.map((id) => el("th", { scope: "col" }, badge(view, id), ` ${view.article(id).label}`)),
    );
    // Sentences with no words (a blank line the Report keeps as a span) make no row.
    const sentences = view
      .article(base)
      .sentences.map((_, index) => ({ index, text: sentenceText(view, base, index) }))
      .filter(({ text }) => text !== "");
    const render = ({ index, text }) => {
      const cells = others.map((id) => {
        const m = match.get(id).get(index);
        if (!m) return el("td", { class: "aligned-cell none", title: `No matching sentence in ${view.name(id)}` }, "");
        return el(
          "td",
          { class: "aligned-cell", data: { class: m.class } },
          el("span", { class: "tag", text: ALIGNMENT_CLASSES[m.class].count }),
          " ",
          sentenceText(view, id, m.index),
        );
      });
      return el(
        "tr",
        { data: { sentence: index } },
        el(
          "th",
          { scope: "row", class: "aligned-base" },
          el("button", {
            type: "button",
            class: "link-button",
            text,
            title: "Light it and its counterparts in the texts",
            on: { click: () => show(base, index) },
          }),
        ),
        ...cells,
      );
    };
    const [body, more] = new PagedList(sentences, render, { className: "", tag: "tbody", first: PAGE_SIZE }).nodes();
    table.replaceChildren(el("table", "data-table aligned-table", el("thead", null, head), body), more);
  }
  fill(ids[0]);
  return node;
}
