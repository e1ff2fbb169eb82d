// This file holds the pieces that every part of the results view uses to show findings: el()
// (the one way this page makes an element: tag, class, and text through textContent), article
// badges and names, the text a finding's span points at (alone, or inside its sentence with the
// span picked out), a word diff drawn with <del> and <ins>, one list item per finding (with
// data-kind and data-finding for tests, and its summary as a button that shows the spot in the
// article texts), and that showing of spots: scroll the article's text box to it and outline it
// for a moment. Everything from the report or the user goes in as text.

import { analysedLength, spanRange } from "./render.js";

/** How long a spot shown from a finding stays outlined. */
const TARGET_MS = 2500;
/** The timer that takes the outline away again (one at a time: a new click restarts it). */
let targetTimer = null;
/** The longest excerpt shown around a span, in UTF-16 units. */
const EXCERPT_MAX = 280;

/** Makes an element with an optional class and text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The strings of a list from the report (article ids), or []. */
export function strings(list) {
  return Array.isArray(list) ? list.filter((x) => typeof x === "string") : [];
}

/** "a · Harbour Gazette" for article id "a" (or the id itself when unknown). */
export function nameOf(names, id) {
  return names.get(id) ?? String(id);
}

/** The label alone ("Harbour Gazette"), else "Article a". */
export function labelOf(ctx, id) {
  const i = ctx.articles.findIndex((a) => a?.id === id);
  return ctx.inputs[i]?.label?.trim() || `Article ${id}`;
}

/** A small dark badge with the article's id, its full name as the hover title. */
export function badge(names, id) {
  const node = el("span", "article-id", id);
  node.title = `Article ${nameOf(names, id)}`;
  return node;
}

/** Badges for `ids`, each followed by a space, for the start of a line. */
export function badges(names, ids) {
  return ids.flatMap((id) => [badge(names, id), document.createTextNode(" ")]);
}

/** The pasted text of article `id` and how much of it was analysed, or null. */
function articleText(ctx, id) {
  const i = ctx.articles.findIndex((a) => a?.id === id);
  if (i < 0) return null;
  const text = typeof ctx.inputs[i]?.text === "string" ? ctx.inputs[i].text : "";
  return { article: ctx.articles[i], text, length: analysedLength(text, ctx.articles[i]) };
}

/** The text at `span` in article `id`, or null when the span is not usable. */
export function textAt(ctx, id, span) {
  const found = articleText(ctx, id);
  const range = found ? spanRange(span, found.length) : null;
  return range ? found.text.slice(range.start, range.end) : null;
}

/** The range of the article's sentence that holds `range` (or `range` itself). */
function sentenceRange(found, range) {
  for (const s of Array.isArray(found.article?.sentences) ? found.article.sentences : []) {
    const r = spanRange(s, found.length);
    if (r && r.start <= range.start && r.end >= range.end) return r;
  }
  return range;
}

/**
 * The sentence that holds `span` in article `id`, the span itself in <strong>, cut to about
 * EXCERPT_MAX units around it (with "…"); null when the span is not usable.
 */
export function excerpt(ctx, id, span, className = "excerpt") {
  const found = articleText(ctx, id);
  const range = found ? spanRange(span, found.length) : null;
  if (!range) return null;
  const around = sentenceRange(found, range);
  const room = Math.max(0, EXCERPT_MAX - (range.end - range.start)) / 2;
  const start = Math.max(around.start, Math.floor(range.start - room));
  const end = Math.min(around.end, Math.ceil(range.end + room));
  const node = el("span", className);
  const before = found.text.slice(start, range.start).trimStart();
  const after = found.text.slice(range.end, end).trimEnd();
  node.append(document.createTextNode(`${start > around.start ? "…" : ""}${before}`));
  node.append(el("strong", "", found.text.slice(range.start, range.end)));
  node.append(document.createTextNode(`${after}${end < around.end ? "…" : ""}`));
  return node;
}

/**
 * A word diff as one element: parts kept as text, removed ones in <del>, added ones in <ins>,
 * separated by spaces. `removed`/`added` name where each side comes from (hover titles).
 */
export function renderDiff(diff, { removed = "", added = "", className = "diff" } = {}) {
  const node = el("span", className);
  const parts = Array.isArray(diff) ? diff.filter((p) => p && typeof p.text === "string" && p.text) : [];
  parts.forEach((part, i) => {
    if (i > 0) node.append(document.createTextNode(" "));
    if (part.op === "removed" || part.op === "added") {
      const mark = el(part.op === "removed" ? "del" : "ins", "", part.text);
      const from = part.op === "removed" ? removed : added;
      if (from) mark.title = `Only in ${from}`;
      node.append(mark);
    } else {
      node.append(document.createTextNode(part.text));
    }
  });
  return node;
}

/** The key under a diff: "struck out: only in a · X · underlined: only in b · Y". */
export function diffKey(names, [first, second]) {
  const key = el("span", "diff-key");
  key.append(el("del", "", "struck out"), document.createTextNode(`: only in ${nameOf(names, first)} · `));
  key.append(el("ins", "", "underlined"), document.createTextNode(`: only in ${nameOf(names, second)}`));
  return key;
}

/**
 * One finding as a list item: data-kind and data-finding set, badges of the articles that
 * carry it (unless `badgeIds` says otherwise), then `label` (default: its summary) as a button
 * that shows its spots, or as plain text when it has none, then (when `why`) the reason in
 * small print.
 */
export function findingItem(f, ctx, { className = "finding", label, why = false, badgeIds } = {}) {
  const li = el("li", className);
  if (typeof f.kind === "string") li.dataset.kind = f.kind;
  if (typeof f.id === "string") li.dataset.finding = f.id;
  li.append(...badges(ctx.names, badgeIds ?? strings(f.articles)));
  const text = label ?? (typeof f.summary === "string" && f.summary ? f.summary : String(f.kind ?? "A finding"));
  li.append(spotButton(f, ctx, text));
  if (why && typeof f.why === "string" && f.why) li.append(el("span", "why", f.why));
  return li;
}

/** `content` (a string or a node) as a button that shows the finding's spots, or as a span. */
export function spotButton(f, ctx, content) {
  const spots = findingSpots(f, ctx);
  const node = spots.length > 0 ? el("button", "link-button") : el("span", "finding-text");
  if (typeof content === "string") node.textContent = content;
  else node.append(content);
  if (spots.length > 0) {
    node.type = "button";
    node.title = "Show this in the article's text";
    node.addEventListener("click", () => showSpots(ctx.container, spots));
  }
  return node;
}

/** The usable spots a finding points at: [{ article, start, end }], in the report's order. */
export function findingSpots(f, ctx) {
  const spots = [];
  for (const ref of Array.isArray(f?.spans) ? f.spans : []) {
    const found = typeof ref?.article === "string" ? articleText(ctx, ref.article) : null;
    const range = found ? spanRange(ref.span, found.length) : null;
    if (range) spots.push({ article: ref.article, ...range });
  }
  return spots;
}

/**
 * Scrolls the first spot into view (the article's text box and the page) and outlines every
 * highlighted element the spots fall in for a moment; focus moves to that text box.
 */
export function showSpots(container, spots) {
  const unmark = () => {
    for (const node of container.querySelectorAll(".is-target")) node.classList.remove("is-target");
  };
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

/** A section of the results with its heading (id'd for aria-labelledby) and an optional note. */
export function section(className, key, title, note) {
  const node = el("section", className);
  node.dataset.section = key;
  const heading = el("h2", "", title);
  heading.id = `${key}-heading`;
  node.setAttribute("aria-labelledby", heading.id);
  node.append(heading);
  if (note) node.append(el("p", "note", note));
  return node;
}

/** How many items a list shows before the rest go under "N more". */
export const LIST_CAP = 8;

/**
 * `items` in a <ul class=className>: the first LIST_CAP shown, the rest in a collapsed
 * <details> ("12 more") under it. Returns the nodes to append.
 */
export function cappedList(items, className = "finding-list") {
  const ul = el("ul", className);
  ul.append(...items.slice(0, LIST_CAP));
  if (items.length <= LIST_CAP) return [ul];
  const more = el("details", "more");
  more.append(el("summary", "", `${items.length - LIST_CAP} more`));
  const rest = el("ul", className);
  rest.append(...items.slice(LIST_CAP));
  more.append(rest);
  return [ul, more];
}

/** A titled group inside a section: <div class="finding-group" data-group=key><h3>…</h3><ul>. */
export function group(key, title, items, className = "finding-list") {
  const node = el("div", "finding-group");
  node.dataset.group = key;
  node.append(el("h3", "", title), ...cappedList(items, className));
  return node;
}

/** "42%" for a share 0..1 ("<1%" for a little above 0), or "?" when not a number. */
export function percent(share) {
  if (typeof share !== "number" || !Number.isFinite(share)) return "?";
  if (share > 0 && share < 0.005) return "<1%";
  return `${Math.round(Math.min(Math.max(share, 0), 1) * 100)}%`;
}
