// This file marks the findings inside the article texts: every span of every finding the
// results list (one item of navigator.js: a finding, or findings merged into one line) is
// drawn with its group's line (the CSS Custom Highlight API: ranges styled by ::highlight(),
// so no element is added around the text and the names, quotes and greyed stretches render.js
// made stay as they are), and followed by a footnote marker: a small button showing the
// group's glyph and the item's number, which leads back to the finding in the list. The
// markers carry no text node (their label is CSS generated content and an aria-label), so
// the rendered text still has exactly the pasted text's UTF-16 offsets. The spans of the
// chosen finding are lit by one more highlight, "pf-current", until another is chosen.
// Browsers without the Highlight API get the markers only. The marks are made as the texts are
// built (render.js's chunks, article.js): each chunk's markers before it goes into the page,
// each article's ranges once its whole text is in.

import { el } from "./dom.js";
import { FINDING_GROUPS_SHOWN } from "./kinds.js";

/** The highlight names: one per group ("pf-conflicts" ...), and the chosen finding's. */
const PREFIX = "pf-";
const CURRENT = "pf-current";

/**
 * The longest stretch of a finding that its group's line is drawn under, in UTF-16 units: a
 * run of omitted sentences can span a whole pasted text, and a line drawn under a megabyte
 * takes the browser seconds to paint. The chosen finding is still lit whole.
 */
const LINE_MAX = 2000;

/** True when this browser draws custom highlights. */
const HIGHLIGHTS = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

/**
 * One item of the findings list as the marks need it.
 * @typedef {object} MarkedItem
 * @property {number} number its position in the list, from 1
 * @property {string} group its key of FINDING_GROUPS_SHOWN
 * @property {string} summary what the finding says, for the marker's accessible name
 * @property {Array<{ article: string, start: number, end: number }>} spans UTF-16 offsets
 */

/**
 * What marking `items` takes, article by article: each span of each item, with where its marker
 * goes, and the ranges and markers made so far of each item (by item number, in the order of
 * its spans; a span's entry stays empty until its article's text is built).
 * @typedef {object} MarkPlan
 * @property {Map<string, Array<{ item: MarkedItem, span: object, index: number }>>} byArticle
 *   each article's spans, by end from the last back (the order markers go in)
 * @property {Map<number, { ranges: Range[], markers: HTMLElement[] }>} out
 * @property {(item: MarkedItem) => void} onActivate
 */

/**
 * Plans the marks of `items` in the article texts (none is made yet: markChunk and
 * markArticle make them as each text is built), and removes the highlights of the results
 * shown before. A marker's click calls `onActivate(item)`.
 * @param {MarkedItem[]} items
 * @param {(item: MarkedItem) => void} onActivate
 * @returns {MarkPlan}
 */
export function planMarks(items, onActivate) {
  clearHighlights();
  const byArticle = new Map();
  for (const item of items) {
    item.spans.forEach((span, index) => {
      if (!byArticle.has(span.article)) byArticle.set(span.article, []);
      byArticle.get(span.article).push({ item, span, index });
    });
  }
  for (const spans of byArticle.values())
    spans.sort((x, y) => y.span.end - x.span.end || y.item.number - x.item.number);
  const out = new Map(items.map((item) => [item.number, { ranges: [], markers: [] }]));
  return { byArticle, out, onActivate };
}

/**
 * Puts the markers of the spans that end inside `chunk` (a text-chunk of article `article`,
 * its text from UTF-16 offset `start` to `end`; render.js) in it, each after its span, before
 * the chunk goes into the page (so no layout is made for them).
 */
export function markChunk(plan, article, { node, start, end }) {
  const spans = plan.byArticle.get(article);
  if (!spans) return;
  // Spans end in (start, end]: one ending at a chunk's start has its marker at the end of the
  // chunk before. The spans are by end from the last back.
  const inside = spans.slice(firstEndingBy(spans, end), firstEndingBy(spans, start));
  if (inside.length === 0) return;
  const texts = textIndex(node);
  for (const { item, span, index } of inside) {
    const marker = footnote(item, span.article, plan.onActivate);
    marker.dataset.at = String(span.end);
    insertAt(node, texts, span.end - start, marker);
    plan.out.get(item.number).markers[index] = marker;
  }
}

/** The index of the first of `spans` (by end from the last back) that ends at or before `offset`. */
function firstEndingBy(spans, offset) {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].span.end <= offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Once the whole text of `article` is in `body` with its markers: each span's range, and its
 * group's line (added to the group's highlight).
 */
export function markArticle(plan, article, body) {
  const spans = plan.byArticle.get(article);
  if (!spans) return;
  const marked = textIndex(body);
  const groups = new Map();
  for (const { item, span, index } of spans) {
    plan.out.get(item.number).ranges[index] = rangeIn(marked, span.start, span.end);
    const line = rangeIn(marked, span.start, Math.min(span.end, span.start + LINE_MAX));
    if (!line) continue;
    if (!groups.has(item.group)) groups.set(item.group, []);
    groups.get(item.group).push(line);
  }
  if (!HIGHLIGHTS) return;
  for (const [group, ranges] of groups) {
    const highlight = CSS.highlights.get(PREFIX + group);
    if (highlight) for (const range of ranges) highlight.add(range);
    else CSS.highlights.set(PREFIX + group, new Highlight(...ranges));
  }
}

/** Lights `ranges` as the chosen finding's (none: nothing is lit). */
export function lightCurrent(ranges) {
  if (!HIGHLIGHTS) return;
  const current = new Highlight(...ranges);
  current.priority = 1;
  CSS.highlights.set(CURRENT, current);
}

/** Removes every highlight this module made (a new report replaces the old one's). */
function clearHighlights() {
  if (!HIGHLIGHTS) return;
  for (const name of [...CSS.highlights.keys()]) if (name.startsWith(PREFIX)) CSS.highlights.delete(name);
}

/** The footnote marker of `item` in article `article`: glyph and number, no text node. */
function footnote(item, article, onActivate) {
  const { glyph, one } = FINDING_GROUPS_SHOWN[item.group];
  return el("button", {
    type: "button",
    class: "footnote",
    data: { group: item.group, number: item.number, article, label: `${glyph}${item.number}` },
    "aria-label": `Finding ${item.number}, ${one}: ${item.summary}. Go to the finding.`,
    title: item.summary,
    on: { click: () => onActivate(item) },
  });
}

/**
 * The text nodes inside `body`, in order, with the UTF-16 offset each starts at: one walk, so
 * that finding the node of an offset is a binary search.
 * @returns {{ nodes: Text[], starts: number[] }}
 */
export function textIndex(body) {
  const nodes = [];
  const starts = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    nodes.push(text);
    starts.push(at);
    at += text.nodeValue.length;
  }
  return { nodes, starts };
}

/** The index of the last text node of `index` that starts at or before `offset` (-1: none). */
function nodeAt({ starts }, offset) {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * The UTF-16 offset of the DOM point (`node`, `offset`) in the text `index` (textIndex's)
 * covers: in a text node, its start plus `offset` (null for a text node outside it); between
 * children, the start of the first text at or after the child there (markers carry no text);
 * past the last child, the end of the text.
 */
export function offsetIn(index, node, offset) {
  if (node.nodeType === Node.TEXT_NODE) {
    const at = index.nodes.indexOf(node);
    return at < 0 ? null : index.starts[at] + offset;
  }
  const child = node.childNodes[offset];
  if (child) {
    for (const [i, text] of index.nodes.entries()) {
      if (child.contains(text) || child.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) {
        return index.starts[i];
      }
    }
  }
  const last = index.nodes.length - 1;
  return last < 0 ? null : index.starts[last] + index.nodes[last].nodeValue.length;
}

/** A Range over UTF-16 offsets start..end of the text `index` (textIndex's) covers, or null. */
export function rangeIn(index, start, end) {
  const first = nodeAt(index, start);
  let last = nodeAt(index, end);
  while (last > 0 && index.starts[last] === end) last -= 1;
  if (first < 0 || last < 0) return null;
  const range = document.createRange();
  range.setStart(index.nodes[first], Math.min(start - index.starts[first], index.nodes[first].nodeValue.length));
  range.setEnd(index.nodes[last], Math.min(end - index.starts[last], index.nodes[last].nodeValue.length));
  return range;
}

/**
 * Inserts `node` at UTF-16 offset `offset` of the text `index` (textIndex's) covers: after the
 * outermost element that ends there (so that a marker after a name sits outside its <mark>),
 * else inside the text node that holds the offset, split in two. Insertions must come from the
 * end of the text backwards: a split only ever shortens the node before the offsets to come.
 */
function insertAt(body, index, offset, node) {
  let i = nodeAt(index, offset);
  // An offset at a node's very start belongs to the end of the node before it.
  while (i > 0 && index.starts[i] === offset) i -= 1;
  if (i < 0) {
    body.prepend(node);
    return;
  }
  const text = index.nodes[i];
  const local = offset - index.starts[i];
  if (local < text.nodeValue.length) {
    text.parentNode.insertBefore(node, text.splitText(local));
    return;
  }
  let ref = text;
  while (ref.parentNode !== body && ref.nextSibling === null) ref = ref.parentNode;
  ref.parentNode.insertBefore(node, ref.nextSibling);
}
