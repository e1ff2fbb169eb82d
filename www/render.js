// This file turns one article's text and the report's spans into DOM nodes, in one
// DocumentFragment built from three layers of spans, outermost first:
//   boilerplate  <span class="boilerplate" data-boilerplate="share">  (not the story: greyed)
//   quotes       <span class="quote" data-quote="3">
//   mentions     <mark data-kind="PER" data-mention="7" data-spoken="Person: ">  (the kind,
//                heard by a screen reader through generated content)
// with plain text nodes for everything else. It is the only place in the page that applies
// report offsets to the text it shows. Spans use the report's `start_utf16`/`end_utf16` fields
// (JavaScript string indices into the pasted text), never the UTF-8 byte fields, and are
// trusted to lie within the analysed text, as the Report promises (worker.js checked its schema
// version). What this module decides is how the layers nest: the Report does not promise that
// a quote and a mention, say, never cross, so a span that overlaps one kept before it in its own
// layer, or that crosses the edge of a span of an outer layer (or contains one whole), is
// skipped and counted. Outer layers win, and no text is ever lost or reordered. All text goes
// in through text nodes; attribute values are only codes and titles.

import { el } from "./dom.js";
import { boilerplateTitle, MENTION_KINDS, mentionTitle, quoteTitle } from "./kinds.js";

/** The layers, outermost first; a span's layer is its index here. */
const BOILERPLATE = 0;
const QUOTE = 1;
const MENTION = 2;

/**
 * Builds the highlighted text of one article in a single DocumentFragment: the first
 * `article.analysed_utf16_len` units of `text`, with its boilerplate, quotes and mentions.
 *
 * @param {string} text the exact text the user pasted for this article
 * @param {{ analysed_utf16_len: number, boilerplate: object[], quotes: object[], mentions: object[] }} article
 *   the article from the report
 * @param {Array<object>} entities the report's `entities`: an untyped name (kind NAME) that is
 *   linked to an entity of a known type is shown with the entity's kind
 * @returns {{ fragment: DocumentFragment, marks: number, quotes: number, boilerplate: number,
 *   skipped: number, quoteIndexes: number[] }} the counts of elements made per layer and of
 *   spans skipped, and the indexes (into `article.quotes`) of the quotes shown, in text order
 */
export function renderHighlightedText(text, article, entities) {
  const limit = article.analysed_utf16_len;
  const layers = [article.boilerplate, article.quotes, article.mentions];

  // Choose the spans, outermost layer first, so that an outer span always wins over an inner
  // one that crosses it. kept[layer] stays sorted by start, its spans disjoint.
  /** @type {Array<Array<{ item: any, index: number, layer: number, start: number, end: number }>>} */
  const kept = [[], [], []];
  let skipped = 0;
  for (const [layer, list] of layers.entries()) {
    // Order by start offset (stable, so equal starts keep the report's order).
    const ordered = list
      .map((item, index) => ({ item, index, start: item.span.start_utf16, end: item.span.end_utf16 }))
      .sort((x, y) => x.start - y.start || x.index - y.index);
    let cursor = 0;
    for (const span of ordered) {
      if (span.start < cursor || kept.slice(0, layer).some((outer) => crosses(outer, span))) {
        skipped += 1;
        continue;
      }
      kept[layer].push({ ...span, layer });
      cursor = span.end;
    }
  }

  // Build the tree: by start, an outer layer before an inner one at the same start. Each open
  // element holds text up to its end; text between spans goes to the innermost open element.
  const all = kept.flat().sort((x, y) => x.start - y.start || x.layer - y.layer);
  const fragment = document.createDocumentFragment();
  /** @type {Array<{ node: Node, end: number }>} */
  const open = [{ node: fragment, end: limit }];
  let cursor = 0;
  const top = () => open[open.length - 1];
  const emit = (upTo) => {
    if (upTo > cursor) {
      top().node.appendChild(document.createTextNode(text.slice(cursor, upTo)));
      cursor = upTo;
    }
  };
  for (const span of all) {
    while (open.length > 1 && top().end <= span.start) {
      emit(top().end);
      open.pop();
    }
    emit(span.start);
    const node = createElement(span, entities);
    top().node.appendChild(node);
    open.push({ node, end: span.end });
  }
  while (open.length > 1) {
    emit(top().end);
    open.pop();
  }
  emit(limit);
  return {
    fragment,
    marks: kept[MENTION].length,
    quotes: kept[QUOTE].length,
    boilerplate: kept[BOILERPLATE].length,
    skipped,
    quoteIndexes: kept[QUOTE].map((span) => span.index),
  };
}

/**
 * True when `range` overlaps a span of `outer` (sorted by start, disjoint) without lying
 * entirely inside it: it crosses that span's edge, or contains it whole.
 */
function crosses(outer, range) {
  // The last outer span starting at or before range.start.
  let lo = 0;
  let hi = outer.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (outer[mid].start <= range.start) {
      at = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (at >= 0 && outer[at].end > range.start && outer[at].end < range.end) return true;
  // The next one starts after range.start: it must also start at or after range.end.
  const next = outer[at + 1];
  return next !== undefined && next.start < range.end;
}

function createElement(span, entities) {
  if (span.layer === BOILERPLATE) return createBoilerplate(span.item);
  if (span.layer === QUOTE) return createQuote(span.item, span.index);
  return createMark(span.item, span.index, entities);
}

/** A greyed stretch of text that is not the story. */
function createBoilerplate(item) {
  return el("span", { class: "boilerplate", data: { boilerplate: item.kind }, title: boilerplateTitle(item.kind) });
}

/** One quote; its hover title says who is quoted, as the report has it. */
function createQuote(quote, index) {
  return el("span", { class: "quote", data: { quote: index }, title: quoteTitle(quote) });
}

/**
 * The kind to show for a mention: its own, except that an untyped name (NAME) takes the kind
 * of the entity it is linked to, which the report decides from all of that entity's mentions.
 */
function shownKind(mention, entities) {
  return mention.kind === "NAME" && mention.entity !== null ? entities[mention.entity].kind : mention.kind;
}

/** One <mark> for one mention; its text comes from the pasted text, never from the report. */
function createMark(mention, index, entities) {
  const kind = shownKind(mention, entities);
  return el("mark", {
    data: { kind, mention: index, entity: mention.entity, spoken: `${MENTION_KINDS[kind].label}: ` },
    title: mentionTitle(kind, mention.value),
  });
}
