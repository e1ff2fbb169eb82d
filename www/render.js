// This file turns one article's text and the report's spans into DOM nodes, built from three
// layers of spans, outermost first:
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
//
// The text is built in chunks: blocks (<div class="text-chunk">) of about CHUNK units each,
// cut only where no span is open, at a line break, so that a long text (a megabyte, tens of
// thousands of marks) is built a few chunks per task across tasks (article.js) and laid out a
// block at a time, and the blocks read as the one text (a block ends where a line does).

import { el } from "./dom.js";
import { boilerplateTitle, MENTION_KINDS, mentionTitle, quoteTitle } from "./kinds.js";

/** The layers, outermost first; a span's layer is its index here. */
const BOILERPLATE = 0;
const QUOTE = 1;
const MENTION = 2;

/** About how many UTF-16 units of text a chunk holds (a cut waits for a line break). */
export const CHUNK = 4096;

/** A chunk with no line break to end it is cut anyway (between spans) past this many units. */
const CHUNK_MAX = 2 * CHUNK;

/**
 * Prepares the highlighted text of one article: the first `article.analysed_utf16_len` units
 * of `text`, with its boilerplate, quotes and mentions. The spans are chosen at once; the
 * elements are made by `chunks`, one text-chunk block per step, when the caller asks.
 *
 * @param {string} text the exact text the user pasted for this article
 * @param {{ analysed_utf16_len: number, boilerplate: object[], quotes: object[], mentions: object[] }} article
 *   the article from the report
 * @param {Array<object>} entities the report's `entities`: an untyped name (kind NAME) that is
 *   linked to an entity of a known type is shown with the entity's kind
 * @returns {{ chunks: Generator<{ node: HTMLElement, start: number, end: number }>, marks: number, quotes: number, boilerplate: number,
 *   skipped: number, quoteIndexes: number[] }} the chunks, made one per step (each a
 *   text-chunk and the UTF-16 offsets of the text it holds); the counts of
 *   elements made per layer and of spans skipped, and the indexes (into `article.quotes`) of
 *   the quotes shown, in text order
 */
export function highlightedText(text, article, entities) {
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

  const all = kept.flat().sort((x, y) => x.start - y.start || x.layer - y.layer);
  return {
    chunks: buildChunks(text, limit, all, entities),
    marks: kept[MENTION].length,
    quotes: kept[QUOTE].length,
    boilerplate: kept[BOILERPLATE].length,
    skipped,
    quoteIndexes: kept[QUOTE].map((span) => span.index),
  };
}

/**
 * The elements of the text up to `limit` with the chosen spans `all` (by start, an outer layer
 * before an inner one at the same start), one text-chunk block per step, with its offsets. Each open element
 * holds text up to its end; text between spans goes to the innermost open element. A chunk
 * ends in text outside every span: after the first line break once it holds CHUNK units, or
 * anywhere once it holds CHUNK_MAX.
 */
function* buildChunks(text, limit, all, entities) {
  let chunk = el("div", "text-chunk");
  let chunkStart = 0;
  /** @type {Array<{ node: Node, end: number }>} */
  const open = [{ node: chunk, end: limit }];
  let cursor = 0;
  /** Chunks cut and not yet handed out. */
  const ready = [];
  /** The next line break at or after the last place looked from (Infinity: none). */
  let lineBreak = -1;
  const top = () => open[open.length - 1];
  const add = (upTo) => {
    if (upTo > cursor) {
      top().node.appendChild(document.createTextNode(text.slice(cursor, upTo)));
      cursor = upTo;
    }
  };
  // Text up to `upTo`; outside every span, the chunk is cut where it may be.
  const emit = (upTo) => {
    while (open.length === 1 && upTo - chunkStart >= CHUNK) {
      const from = Math.max(cursor, chunkStart + CHUNK);
      if (lineBreak < from) {
        const found = text.indexOf("\n", from);
        lineBreak = found < 0 ? Number.POSITIVE_INFINITY : found;
      }
      let cut = lineBreak < upTo ? lineBreak + 1 : -1;
      if (cut < 0 && upTo - chunkStart >= CHUNK_MAX) cut = Math.max(cursor, chunkStart + CHUNK_MAX);
      if (cut <= chunkStart || cut >= limit) break;
      add(cut);
      ready.push({ node: chunk, start: chunkStart, end: cut });
      chunk = el("div", "text-chunk");
      chunkStart = cut;
      open[0].node = chunk;
    }
    add(upTo);
  };
  for (const span of all) {
    while (open.length > 1 && top().end <= span.start) {
      emit(top().end);
      open.pop();
    }
    emit(span.start);
    yield* ready.splice(0);
    const node = createElement(span, entities);
    top().node.appendChild(node);
    open.push({ node, end: span.end });
  }
  while (open.length > 1) {
    emit(top().end);
    open.pop();
  }
  emit(limit);
  yield* ready.splice(0);
  if (chunk.hasChildNodes()) yield { node: chunk, start: chunkStart, end: limit };
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
