// This file renders the sections of the results that compare articles with each other, in the
// order the page shows them after "Check these": "Quotes across articles" (quoted word for word,
// quoted differently with the changed words struck out and underlined, credited to someone
// else, carried by only some articles) and "Reused text" (per pair of articles: the share of
// each one's words that stands in passages also in the other, the sentences matched by class,
// and the matched sentences themselves, collapsed). It also gives "Check these" the details of
// a conflict between articles: each article's words in their sentence. The entity matrix comes
// next (matrix.js), then the sections of framing.js.

import { el, group, PAGE_SIZE, PagedList, section } from "./dom.js";
import { diffKey, excerpt, renderDiff, sentenceText, textAt } from "./excerpts.js";
import { badge, findingItem, merged, mergedItem, ofKinds } from "./finding-items.js";
import { ALIGNMENT_CLASSES } from "./kinds.js";

/** Pairs listed in full; the rest of the pairs with shared text go in a collapsed list. */
const PAIRS_SHOWN = 6;

/** The note under "Quotes across articles". */
const QUOTES_NOTE =
  "The same quote in more than one article: word for word, changed, or credited to someone else; and quotes only some articles carry.";

/** "Quotes across articles": what the same quote looks like in each article that has it. */
export function renderQuotesAcross(findings, view) {
  const node = section("compare", "quotes", "Quotes across articles", QUOTES_NOTE);
  const groups = [
    ["quote-identical", "Quoted word for word", ofKinds(findings, "quote/identical"), (f) => findingItem(f, view)],
    ["quote-altered", "Quoted differently", ofKinds(findings, "quote/altered"), (f) => alteredQuote(f, view)],
    [
      "quote-reattributed",
      "Credited to someone else",
      merged(ofKinds(findings, "quote/reattributed")),
      (f) => mergedItem(f, view, { why: true }),
    ],
    ["quote-some", "Quoted in only some articles", ofKinds(findings, "omission/quote"), (f) => quoteOnlyIn(f, view)],
  ].filter(([, , entries]) => entries.length > 0);
  if (groups.length === 0) {
    node.append(el("p", { class: "empty-note", text: "No quote appears in more than one article." }));
  }
  node.append(...groups.map(([key, title, entries, render]) => group(key, title, entries, render)));
  return node;
}

/** An altered quote: its summary, then the quote with the changed words struck out and underlined. */
function alteredQuote(f, view) {
  const [first, second] = f.articles;
  const li = findingItem(f, view, { className: "finding quote-altered" });
  li.append(
    el(
      "p",
      "diff-block",
      el("span", { class: "diff-mark", text: "“" }),
      renderDiff(f.diff, { removed: view.name(first), added: view.name(second) }),
      el("span", { class: "diff-mark", text: "”" }),
    ),
    diffKey(view, [first, second]),
  );
  return li;
}

/** A quote only some articles carry: the quote itself (as a button to it), and where it is not. */
function quoteOnlyIn(f, view) {
  const [{ article, span }] = f.spans;
  // The words inside the marks, without the comma that hands over to "she said".
  const said = textAt(view, article, span)
    .trim()
    .replace(/[\s,;:]+$/u, "");
  const li = findingItem(f, view, { label: el("q", { class: "quote-text", text: said }) });
  if (f.missing.length > 0) {
    li.append(el("span", { class: "why", text: `not in ${f.missing.map((id) => view.name(id)).join(", ")}` }));
  }
  return li;
}

/** The note under "Reused text". */
const REUSE_NOTE =
  "How much of each article stands in passages of five or more words also found in the other, and which sentences match.";

/** "Reused text": per pair of articles, how much of each stands in passages the other has too. */
export function renderReuse(pairs, view) {
  const node = section("compare", "reuse", "Reused text", REUSE_NOTE);
  const shared = pairs.filter((p) => Math.max(...p.reuse) > 0 || p.aligned.length > 0);
  shared.sort((x, y) => Math.max(...y.reuse) - Math.max(...x.reuse));
  if (shared.length === 0) {
    node.append(el("p", { class: "empty-note", text: "The articles share no passages and no matching sentences." }));
    return node;
  }
  node.append(el("ul", "reuse-list", ...shared.slice(0, PAIRS_SHOWN).map((p) => reusePair(p, view))));
  if (shared.length > PAIRS_SHOWN) {
    node.append(
      el(
        "details",
        "more-pairs",
        el("summary", { text: `${shared.length - PAIRS_SHOWN} more pairs with shared text` }),
        el("ul", "reuse-list", ...shared.slice(PAIRS_SHOWN).map((p) => reusePair(p, view))),
      ),
    );
  }
  const unshared = pairs.length - shared.length;
  if (unshared > 0) {
    node.append(el("p", { class: "note", text: `${unshared} other pair${unshared === 1 ? "" : "s"} share no text.` }));
  }
  return node;
}

/** "42%" for a share from 0 to 1, "<1%" for a little above 0. */
function percent(share) {
  if (share > 0 && share < 0.005) return "<1%";
  return `${Math.round(share * 100)}%`;
}

function reusePair(p, view) {
  const [a, b] = p.articles;
  const label = (id) => view.article(id).label;
  const bars = [
    [0, a, b],
    [1, b, a],
  ].map(([i, id, other]) => {
    const fill = el("span", "reuse-fill");
    fill.style.width = `${(p.reuse[i] * 100).toFixed(1)}%`;
    const share = `${percent(p.reuse[i])} of its ${p.words[i].toLocaleString("en")} words also in ${other}`;
    return el(
      "div",
      { class: "reuse-bar-row", data: { article: id } },
      badge(view, id),
      el("span", "reuse-bar", fill),
      el("span", { class: "reuse-share", text: share }),
    );
  });
  const counts = el("p", "reuse-counts", "Matching sentences: ", p.aligned.length === 0 && "none");
  const lists = [];
  for (const [cls, { count, title }] of Object.entries(ALIGNMENT_CLASSES)) {
    const matches = p.aligned.filter((m) => m.class === cls);
    if (matches.length === 0) continue;
    counts.append(el("span", { class: "tag", data: { class: cls }, text: `${matches.length} ${count}` }), " ");
    lists.push(alignedList(matches, cls, title, a, b, view));
  }
  return el(
    "li",
    { class: "reuse-pair", data: { pair: `${a} ${b}` } },
    el("h3", "reuse-title", badge(view, a), ` ${label(a)} and `, badge(view, b), ` ${label(b)}`),
    el("p", {
      class: "reuse-line",
      text:
        `${label(b)} takes ${percent(p.reuse[1])} of its words from passages also in ${label(a)}; ` +
        `${label(a)} takes ${percent(p.reuse[0])} from ${label(b)}.`,
    }),
    el("div", "reuse-bars", ...bars),
    counts,
    ...lists,
  );
}

/**
 * A collapsed list of matched sentence pairs of one class: the copied text, or the word diff.
 * Its items are built when it is first opened, a page at a time (a long pair has thousands).
 */
function alignedList(matches, cls, title, a, b, view) {
  const render = (m) =>
    el(
      "li",
      { class: "aligned-item", data: { a: m.a, b: m.b } },
      el("span", {
        class: "aligned-where",
        text: `${a} #${m.a + 1} · ${b} #${m.b + 1}`,
        title: `Sentence #${m.a + 1} of ${view.name(a)}, sentence #${m.b + 1} of ${view.name(b)}`,
      }),
      cls === "identical"
        ? el("span", { class: "aligned-text", text: sentenceText(view, a, m.a) })
        : renderDiff(m.diff, { removed: view.name(a), added: view.name(b) }),
    );
  // Built as the summary is clicked (so the items are there as it opens), or on any other
  // opening (printing opens every list).
  let built = false;
  const build = () => {
    if (built) return;
    built = true;
    const list = new PagedList(matches, render, { className: "aligned-list", tag: "ol", first: PAGE_SIZE });
    details.append(...[cls !== "identical" && diffKey(view, [a, b]), ...list.nodes()].filter(Boolean));
  };
  const details = el(
    "details",
    { class: "aligned", data: { class: cls }, on: { toggle: () => details.open && build() } },
    el("summary", { text: `${title} (${matches.length})`, on: { click: build } }),
  );
  return details;
}

/** For "Check these": a conflict between articles, with each article's words in their sentence. */
export function conflictDetails(f, view) {
  const spots = f.spans.map(({ article, span }) =>
    el(
      "li",
      { class: "check-spot", data: { article } },
      badge(view, article),
      ` ${view.article(article).label}: `,
      excerpt(view, article, span),
    ),
  );
  return [f.why && el("span", { class: "why", text: f.why }), el("ul", "check-spots", ...spots)].filter(Boolean);
}
