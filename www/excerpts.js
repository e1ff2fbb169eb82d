// This file shows what the articles say where a finding points: the pasted text at a span, a
// sentence by its index, the sentence that holds a span with the span itself in <strong> (cut
// to a readable length around it), and a word diff drawn with <del> and <ins>, with the key
// that says which article each side comes from. Spans are the Report's UTF-16 offsets into the
// text as pasted; the texts come from the page's inputs, which the Report does not repeat.
// Everything goes in as text.

import { el } from "./dom.js";

/** The longest excerpt shown around a span, in UTF-16 units. */
const EXCERPT_MAX = 280;

/** The pasted text of article `id` at `span`. */
export function textAt(view, id, span) {
  return view.text(id).slice(span.start_utf16, span.end_utf16);
}

/** The text of sentence `index` of article `id`, trimmed. */
export function sentenceText(view, id, index) {
  return textAt(view, id, view.article(id).sentences[index]).trim();
}

/** The UTF-16 range of the article's sentence that holds start..end (or start..end itself). */
function sentenceAround(article, start, end) {
  const sentence = article.sentences.find((s) => s.start_utf16 <= start && s.end_utf16 >= end);
  return sentence ? { start: sentence.start_utf16, end: sentence.end_utf16 } : { start, end };
}

/**
 * The sentence that holds `span` in article `id`, the span itself in <strong>, cut to about
 * EXCERPT_MAX units around it (with "…").
 */
export function excerpt(view, id, span, className = "excerpt") {
  const text = view.text(id);
  const { start_utf16: start, end_utf16: end } = span;
  const around = sentenceAround(view.article(id), start, end);
  const room = Math.max(0, EXCERPT_MAX - (end - start)) / 2;
  const from = Math.max(around.start, Math.floor(start - room));
  const to = Math.min(around.end, Math.ceil(end + room));
  const before = text.slice(from, start).trimStart();
  const after = text.slice(end, to).trimEnd();
  return el(
    "span",
    className,
    `${from > around.start ? "…" : ""}${before}`,
    el("strong", { text: text.slice(start, end) }),
    `${after}${to < around.end ? "…" : ""}`,
  );
}

/**
 * A word diff as one element: parts kept as text, removed ones in <del>, added ones in <ins>,
 * separated by spaces. `removed`/`added` name where each side comes from (hover titles).
 */
export function renderDiff(diff, { removed, added, className = "diff" }) {
  const node = el("span", className);
  diff.forEach((part, i) => {
    if (i > 0) node.append(" ");
    if (part.op === "same") node.append(part.text);
    else {
      const from = part.op === "removed" ? removed : added;
      node.append(el(part.op === "removed" ? "del" : "ins", { text: part.text, title: `Only in ${from}` }));
    }
  });
  return node;
}

/** The key under a diff: "struck out: only in a · X · underlined: only in b · Y". */
export function diffKey(view, [first, second]) {
  return el(
    "span",
    "diff-key",
    el("del", { text: "struck out" }),
    `: only in ${view.name(first)} · `,
    el("ins", { text: "underlined" }),
    `: only in ${view.name(second)}`,
  );
}
