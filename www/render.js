// This file turns one article's text and the report's mention spans into DOM nodes: plain text
// nodes for the stretches between mentions and a <mark data-kind="..."> for each mention. It is
// the only place in the page that applies report offsets to text. Spans use the report's
// `start_utf16`/`end_utf16` fields (JavaScript string indices into the pasted text), never the
// UTF-8 byte fields. Every span is checked before use: integer offsets, 0 <= start < end <=
// the rendered length, and no overlap with the previous kept span; bad spans are skipped (and
// counted), never allowed to throw or to reorder text. All text goes in through text nodes.

import { kindCode, mentionTitle } from "./kinds.js";

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
 * @returns {{ fragment: DocumentFragment, marks: number, skipped: number }}
 */
export function renderHighlightedText(text, mentions, options = {}) {
  const source = typeof text === "string" ? text : "";
  const limit = Number.isSafeInteger(options.length) ? Math.min(Math.max(options.length, 0), source.length) : source.length;
  const list = Array.isArray(mentions) ? mentions : [];
  const entities = Array.isArray(options.entities) ? options.entities : [];

  // Order by start offset (stable, so equal starts keep the report's order); entries without
  // usable offsets sort last and are skipped below.
  const ordered = list
    .map((mention, index) => ({ mention, index, range: utf16Range(mention?.span) }))
    .sort((x, y) => (x.range?.start ?? Infinity) - (y.range?.start ?? Infinity) || x.index - y.index);

  const fragment = document.createDocumentFragment();
  let cursor = 0;
  let marks = 0;
  let skipped = 0;

  for (const { mention, index, range } of ordered) {
    if (!range || range.start < 0 || range.start >= range.end || range.end > limit || range.start < cursor) {
      skipped += 1;
      continue;
    }
    if (range.start > cursor) fragment.appendChild(document.createTextNode(source.slice(cursor, range.start)));
    fragment.appendChild(createMark(source.slice(range.start, range.end), mention, index, entities));
    cursor = range.end;
    marks += 1;
  }
  if (cursor < limit) fragment.appendChild(document.createTextNode(source.slice(cursor, limit)));
  return { fragment, marks, skipped };
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
function createMark(slice, mention, index, entities) {
  const mark = document.createElement("mark");
  const kind = shownKind(mention, entities);
  mark.dataset.kind = kindCode(kind);
  mark.dataset.mention = String(index);
  if (Number.isSafeInteger(mention.entity) && mention.entity >= 0) mark.dataset.entity = String(mention.entity);
  const value = typeof mention.value === "string" || typeof mention.value === "number" ? mention.value : null;
  mark.title = mentionTitle(kind, value);
  mark.appendChild(document.createTextNode(slice));
  return mark;
}
