// This file makes one list item per finding, as every section of the results shows them: the
// badges of the articles that carry it, its summary (or a label the section chooses) as a
// button that shows the finding's spots in the article texts, and its reason in small print;
// data-kind and data-finding say which finding it is. Sections pick their findings by kind,
// and findings that say the same thing at several places can be merged into one item. Showing
// a spot scrolls the article's text box and the window to it and outlines it for a moment.
// Everything goes in as text.

import { el } from "./dom.js";

/** How long a spot shown from a finding stays outlined. */
const TARGET_MS = 2500;
/** The timer that takes the outline away again (one at a time: a new click restarts it). */
let targetTimer = null;

/** A small dark badge with the article's id, its full name as the hover title. */
export function badge(view, id) {
  return el("span", { class: "article-id", text: id, title: `Article ${view.name(id)}` });
}

/** Badges for `ids`, each followed by a space, for the start of a line. */
export function badges(view, ids) {
  return ids.flatMap((id) => [badge(view, id), " "]);
}

/**
 * One finding as a list item: data-kind and data-finding set, badges of the articles that
 * carry it (unless `badgeIds` says otherwise), then `label` (default: its summary) as a button
 * that shows its spots, then (when `why`) the reason in small print.
 */
export function findingItem(f, view, { className = "finding", label, why = false, badgeIds } = {}) {
  return el(
    "li",
    { class: className, data: { kind: f.kind, finding: f.id } },
    ...badges(view, badgeIds ?? f.articles),
    spotButton(f, view, label ?? f.summary),
    why && f.why && el("span", { class: "why", text: f.why }),
  );
}

/** The findings of `kinds`, in the report's order. */
export function ofKinds(findings, ...kinds) {
  return findings.filter((f) => kinds.includes(f.kind));
}

/**
 * Findings of one kind that say the same thing (the same word pair at two places) as one item:
 * the first, with the spans of all and `ids` listing them all.
 */
export function merged(findings) {
  const byText = new Map();
  for (const f of findings) {
    const key = `${f.kind}\u0000${f.summary}`;
    const seen = byText.get(key);
    if (seen) {
      seen.ids.push(f.id);
      seen.spans.push(...f.spans);
    } else {
      byText.set(key, { ...f, ids: [f.id], spans: [...f.spans] });
    }
  }
  return [...byText.values()];
}

/** The item of a merged finding: "(2 places)" after it when it stands for several. */
export function mergedItem(f, view, options) {
  const li = findingItem(f, view, options);
  if (f.ids.length > 1) {
    li.dataset.finding = f.ids.join(" ");
    li.querySelector(".link-button").after(el("span", { class: "places", text: ` (${f.ids.length} places)` }));
  }
  return li;
}

/** `content` (a string or a node) as a button that shows the finding's spots. */
function spotButton(f, view, content) {
  return el(
    "button",
    {
      class: "link-button",
      type: "button",
      title: "Show this in the article's text",
      on: { click: () => showSpots(view.container, f.spans) },
    },
    content,
  );
}

/**
 * Scrolls the first spot ({ article, span }, as a finding's `spans`) into view (the article's
 * text box and the page) and outlines every highlighted element the spots fall in for a
 * moment; focus moves to that text box.
 */
function showSpots(container, spots) {
  const unmark = () => {
    for (const node of container.querySelectorAll(".is-target")) node.classList.remove("is-target");
  };
  clearTimeout(targetTimer);
  unmark();
  targetTimer = setTimeout(unmark, TARGET_MS);
  const found = spots.map(({ article, span }) => {
    const body = container.querySelector(`.article-result[data-article="${CSS.escape(article)}"] .article-text`);
    return { body, ...locate(body, span.start_utf16, span.end_utf16) };
  });
  for (const { element } of found) element?.classList.add("is-target");
  const [first] = found;
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
  throw new Error(`no text at ${start}..${end}: the span lies past the rendered text`);
}
