// This file turns one article's text and the report's spans into DOM nodes, in one
// DocumentFragment built from three layers of spans, outermost first:
//   boilerplate  <span class="boilerplate" data-boilerplate="share">  (not the story: greyed)
//   quotes       <span class="quote" data-quote="3">
//   mentions     <mark data-kind="PER" data-mention="7">
// with plain text nodes for everything else. It is the only place in the page that applies
// report offsets to text. Spans use the report's `start_utf16`/`end_utf16` fields (JavaScript
// string indices into the pasted text), never the UTF-8 byte fields. Every span is checked
// before use: integer offsets, 0 <= start < end <= the rendered length, no overlap with a span
// of its own layer kept before it, and proper nesting with the outer layers (a mention inside a
// quote is fine; one that crosses a quote's edge, or contains a whole quote, is not). Outer
// layers win: a span that breaks these rules is skipped (and counted), never allowed to throw,
// to lose text or to reorder it. The report promises that boilerplate holds no mentions or
// quotes; if one ever does, it is still shown, nested, so that the text says what was
// compared. All text goes in through text nodes; attribute values are only codes and titles.

import { boilerplateTitle, kindCode, mentionTitle, quoteTitle } from "./kinds.js";

/** The layers, outermost first; a span's layer is its index here. */
const BOILERPLATE = 0;
const QUOTE = 1;
const MENTION = 2;

/** A code from the report is kept as an attribute value only if it looks like one. */
const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;

/**
 * Reads a span's UTF-16 offsets, or returns null when they are missing or not integers.
 * @param {unknown} span
 * @returns {{start: number, end: number} | null}
 */
function utf16Range(span) {
  if (!span || typeof span !== "object") return null;
  const start = span.start_utf16;
  const end = span.end_utf16;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return null;
  return { start, end };
}

/**
 * A span's UTF-16 range when it is usable on a text of `length` units (integers, 0 <= start <
 * end <= length), else null.
 * @returns {{start: number, end: number} | null}
 */
export function spanRange(span, length) {
  const range = utf16Range(span);
  if (!range || range.start < 0 || range.start >= range.end || range.end > length) return null;
  return range;
}

/**
 * The text of a report reference shaped { text, span }: the pasted text at its span when the
 * span is usable, else the report's `text` (a string, trimmed), else null.
 */
export function refText(text, ref) {
  if (!ref || typeof ref !== "object") return null;
  const source = typeof text === "string" ? text : "";
  const range = spanRange(ref.span, source.length);
  if (range) return source.slice(range.start, range.end);
  return typeof ref.text === "string" && ref.text.trim() ? ref.text.trim() : null;
}

/**
 * Returns the number of leading UTF-16 units of `text` that were analysed, as the report says
 * (`analysed_utf16_len`), clamped to the text; the whole text when the report does not say.
 */
export function analysedLength(text, article) {
  const n = article?.analysed_utf16_len;
  if (Number.isSafeInteger(n) && n >= 0 && n < text.length) return n;
  return text.length;
}

/**
 * Builds the highlighted text of one article in a single DocumentFragment.
 *
 * @param {string} text the exact text the user pasted for this article
 * @param {Array<object>} mentions the article's `mentions` from the report
 * @param {object} [options]
 * @param {number} [options.length] how much of `text` to render (default: all of it)
 * @param {Array<object>} [options.entities] the report's `entities`: an untyped name (kind
 *   NAME) that is linked to an entity of a known type is shown with the entity's kind
 * @param {Array<object>} [options.quotes] the article's `quotes` ({ span, speaker, partial, via })
 * @param {Array<object>} [options.boilerplate] the article's `boilerplate` ({ span, kind })
 * @returns {{ fragment: DocumentFragment, marks: number, quotes: number, boilerplate: number,
 *   skipped: number, quoteIndexes: number[] }} the counts of elements made per layer and of
 *   spans skipped, and the indexes (into `options.quotes`) of the quotes shown, in text order
 */
export function renderHighlightedText(text, mentions, options = {}) {
  const source = typeof text === "string" ? text : "";
  const limit = Number.isSafeInteger(options.length)
    ? Math.min(Math.max(options.length, 0), source.length)
    : source.length;
  const entities = Array.isArray(options.entities) ? options.entities : [];
  const layers = [options.boilerplate, options.quotes, mentions].map((list) => (Array.isArray(list) ? list : []));

  // Choose the spans, outermost layer first, so that an outer span always wins over an inner
  // one that crosses it. kept[layer] stays sorted by start, its spans disjoint.
  /** @type {Array<Array<{ item: any, index: number, layer: number, start: number, end: number }>>} */
  const kept = [[], [], []];
  let skipped = 0;
  for (const [layer, list] of layers.entries()) {
    // Order by start offset (stable, so equal starts keep the report's order); entries without
    // usable offsets sort last and are skipped below.
    const ordered = list
      .map((item, index) => ({ item, index, range: utf16Range(item?.span) }))
      .sort((x, y) => (x.range?.start ?? Infinity) - (y.range?.start ?? Infinity) || x.index - y.index);
    let cursor = 0;
    for (const { item, index, range } of ordered) {
      if (
        !range ||
        range.start < 0 ||
        range.start >= range.end ||
        range.end > limit ||
        range.start < cursor ||
        kept.slice(0, layer).some((outer) => crosses(outer, range))
      ) {
        skipped += 1;
        continue;
      }
      kept[layer].push({ item, index, layer, start: range.start, end: range.end });
      cursor = range.end;
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
      top().node.appendChild(document.createTextNode(source.slice(cursor, upTo)));
      cursor = upTo;
    }
  };
  for (const span of all) {
    while (open.length > 1 && top().end <= span.start) {
      emit(top().end);
      open.pop();
    }
    emit(span.start);
    const node = createElement(span, source, entities);
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

function createElement(span, source, entities) {
  if (span.layer === BOILERPLATE) return createBoilerplate(span.item);
  if (span.layer === QUOTE) return createQuote(span.item, span.index, source);
  return createMark(span.item, span.index, entities);
}

/** A greyed stretch of text that is not the story. */
function createBoilerplate(item) {
  const node = document.createElement("span");
  node.className = "boilerplate";
  const kind = typeof item.kind === "string" && CODE_PATTERN.test(item.kind) ? item.kind : "unknown";
  node.dataset.boilerplate = kind;
  node.title = boilerplateTitle(item.kind);
  return node;
}

/** One quote; its hover title says who is quoted, as the report has it. */
function createQuote(quote, index, source) {
  const node = document.createElement("span");
  node.className = "quote";
  node.dataset.quote = String(index);
  node.title = quoteTitle(describeQuote(quote, source));
  return node;
}

/**
 * The words about a quote that the page shows: { speaker, speakerKind, via, partial }, the
 * names read from the pasted text where their spans allow.
 */
export function describeQuote(quote, text) {
  const speaker = quote?.speaker && typeof quote.speaker === "object" ? quote.speaker : null;
  return {
    speaker: speaker ? refText(text, speaker.name) : null,
    speakerKind: speaker?.kind,
    via: refText(text, quote?.via),
    partial: quote?.partial === true,
  };
}

/**
 * The kind to show for a mention: its own, except that an untyped name (NAME) takes the kind
 * of the entity it is linked to, which the report decides from all of that entity's mentions.
 */
export function shownKind(mention, entities) {
  const own = mention?.kind;
  if (own !== "NAME") return own;
  const e = Number.isSafeInteger(mention.entity) ? entities[mention.entity] : null;
  return typeof e?.kind === "string" ? e.kind : own;
}

/** One <mark> for one mention; its text comes from the pasted text, never from the report. */
function createMark(mention, index, entities) {
  const mark = document.createElement("mark");
  const kind = shownKind(mention, entities);
  mark.dataset.kind = kindCode(kind);
  mark.dataset.mention = String(index);
  if (Number.isSafeInteger(mention.entity) && mention.entity >= 0) mark.dataset.entity = String(mention.entity);
  const value = typeof mention.value === "string" || typeof mention.value === "number" ? mention.value : null;
  mark.title = mentionTitle(kind, value);
  return mark;
}
