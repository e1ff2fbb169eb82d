// This file renders the sections of the results that compare articles with each other, in the
// order the page shows them after "Check these": "Quotes across articles" (quoted word for word,
// quoted differently with the changed words struck out and underlined, credited to someone
// else, carried by only some articles), "Reused text" (per pair of articles: the share of each
// one's words that stands in passages also in the other, the sentences matched by kind, and the
// matched sentences themselves, collapsed), "Framing and sourcing" (different words for the same
// thing, hedges, who each article quotes, outlets credited), "Agreements written differently"
// and "Left out" (sentences and figures one article has and another lacks, collapsed, grouped by
// article). The entity matrix between them is in matrix.js. It also lists the finding kinds the
// page knows, so that results.js sends only unknown ones to "Other findings".

import {
  badge,
  badges,
  cappedList,
  diffKey,
  el,
  excerpt,
  findingItem,
  group,
  labelOf,
  nameOf,
  percent,
  renderDiff,
  section,
  strings,
  textAt,
} from "./findings.js";

/** Finding kinds -> the section that shows them (the entity ones are the overlap lists'). */
export const SECTION_OF_KIND = Object.freeze({
  "conflict/quantity": "checks",
  "conflict/date": "checks",
  "conflict/weekday": "checks",
  "entity/variant": "checks",
  "quote/identical": "quotes",
  "quote/altered": "quotes",
  "quote/reattributed": "quotes",
  "omission/quote": "quotes",
  "framing/label": "framing",
  "framing/hedge": "framing",
  "sourcing/outlet": "framing",
  "agreement/quantity": "agreements",
  "agreement/date": "agreements",
  "omission/sentence": "left-out",
  "omission/quantity": "left-out",
  "agreement/entity": "overlap",
  "omission/entity": "overlap",
});

/** True for a finding kind that some section of the page shows. */
export function isKnownKind(kind) {
  return typeof kind === "string" && Object.hasOwn(SECTION_OF_KIND, kind);
}

/** The findings of `kinds`, in the report's order. */
function ofKinds(findings, ...kinds) {
  return findings.filter((f) => kinds.includes(f?.kind));
}

/**
 * Findings of one kind that say the same thing (the same word pair at two places) as one item:
 * the first, with the spans of all and `ids` listing them all.
 */
function merged(findings) {
  const byText = new Map();
  for (const f of findings) {
    const key = `${f.kind}\u0000${f.summary}`;
    const seen = byText.get(key);
    if (seen) {
      seen.ids.push(f.id);
      seen.spans.push(...(Array.isArray(f.spans) ? f.spans : []));
    } else {
      byText.set(key, { ...f, ids: [f.id], spans: [...(Array.isArray(f.spans) ? f.spans : [])] });
    }
  }
  return [...byText.values()];
}

/** The item of a merged finding: "(2 places)" after it when it stands for several. */
function mergedItem(f, ctx, options) {
  const li = findingItem(f, ctx, options);
  if (f.ids.length > 1) {
    li.dataset.finding = strings(f.ids).join(" ");
    li.querySelector(".link-button, .finding-text")?.after(el("span", "places", ` (${f.ids.length} places)`));
  }
  return li;
}

/** The sentence classes of aligned pairs, as the page names them. */
const CLASSES = [
  ["identical", "identical", "Copied word for word"],
  ["edited", "edited", "Edited"],
  ["paraphrase", "paraphrased", "Paraphrased"],
];

/** The most items "Left out" lists per article (a huge article can give tens of thousands). */
const LEFT_OUT_MAX = 200;

/** Pairs listed in full; the rest of the pairs with shared text go in a collapsed list. */
const PAIRS_SHOWN = 6;

/** "Quotes across articles": what the same quote looks like in each article that has it. */
export function renderQuotesAcross(findings, ctx) {
  const node = section(
    "compare",
    "quotes",
    "Quotes across articles",
    "The same quote in more than one article: word for word, changed, or credited to someone else; and quotes only some articles carry.",
  );
  const groups = [];
  const identical = ofKinds(findings, "quote/identical");
  if (identical.length > 0) {
    groups.push(
      group(
        "quote-identical",
        "Quoted word for word",
        identical.map((f) => findingItem(f, ctx)),
      ),
    );
  }
  const altered = ofKinds(findings, "quote/altered");
  if (altered.length > 0) {
    groups.push(
      group(
        "quote-altered",
        "Quoted differently",
        altered.map((f) => alteredQuote(f, ctx)),
      ),
    );
  }
  const moved = merged(ofKinds(findings, "quote/reattributed"));
  if (moved.length > 0) {
    groups.push(
      group(
        "quote-reattributed",
        "Credited to someone else",
        moved.map((f) => mergedItem(f, ctx, { why: true })),
      ),
    );
  }
  const some = ofKinds(findings, "omission/quote");
  if (some.length > 0) {
    groups.push(
      group(
        "quote-some",
        "Quoted in only some articles",
        some.map((f) => quoteOnlyIn(f, ctx)),
      ),
    );
  }
  if (groups.length === 0) node.append(el("p", "empty-note", "No quote appears in more than one article."));
  node.append(...groups);
  return node;
}

/** An altered quote: its summary, then the quote with the changed words struck out and underlined. */
function alteredQuote(f, ctx) {
  const li = findingItem(f, ctx, { className: "finding quote-altered" });
  const [first, second] = strings(f.articles);
  const block = el("p", "diff-block");
  block.append(
    el("span", "diff-mark", "“"),
    renderDiff(f.diff, {
      removed: first ? nameOf(ctx.names, first) : "",
      added: second ? nameOf(ctx.names, second) : "",
    }),
    el("span", "diff-mark", "”"),
  );
  li.append(block);
  if (first && second) li.append(diffKey(ctx.names, [first, second]));
  return li;
}

/** A quote only some articles carry: the quote itself (as a button to it), and where it is not. */
function quoteOnlyIn(f, ctx) {
  const first = Array.isArray(f.spans) ? f.spans.find((s) => typeof s?.article === "string") : null;
  // The words inside the marks, without the comma that hands over to "she said".
  const said = first
    ? textAt(ctx, first.article, first.span)
        ?.trim()
        .replace(/[\s,;:]+$/u, "")
    : null;
  const li = findingItem(f, ctx, { label: said ? el("q", "quote-text", said) : undefined });
  const missing = strings(f.missing);
  if (missing.length > 0)
    li.append(el("span", "why", `not in ${missing.map((id) => nameOf(ctx.names, id)).join(", ")}`));
  return li;
}

/** "Reused text": per pair of articles, how much of each stands in passages the other has too. */
export function renderReuse(pairs, ctx) {
  const node = section(
    "compare",
    "reuse",
    "Reused text",
    "How much of each article stands in passages of five or more words also found in the other, and which sentences match.",
  );
  const list = (Array.isArray(pairs) ? pairs : []).filter((p) => p && strings(p.articles).length === 2);
  const shared = list.filter((p) => maxReuse(p) > 0 || (Array.isArray(p.aligned) && p.aligned.length > 0));
  shared.sort((x, y) => maxReuse(y) - maxReuse(x));
  if (shared.length === 0) {
    node.append(
      el(
        "p",
        "empty-note",
        list.length > 0 ? "The articles share no passages and no matching sentences." : "Nothing to compare.",
      ),
    );
    return node;
  }
  const ul = el("ul", "reuse-list");
  ul.append(...shared.slice(0, PAIRS_SHOWN).map((p) => reusePair(p, ctx)));
  node.append(ul);
  if (shared.length > PAIRS_SHOWN) {
    const more = el("details", "more-pairs");
    more.append(el("summary", "", `${shared.length - PAIRS_SHOWN} more pairs with shared text`));
    const rest = el("ul", "reuse-list");
    rest.append(...shared.slice(PAIRS_SHOWN).map((p) => reusePair(p, ctx)));
    more.append(rest);
    node.append(more);
  }
  if (shared.length < list.length) {
    node.append(
      el(
        "p",
        "note",
        `${list.length - shared.length} other pair${list.length - shared.length === 1 ? "" : "s"} share no text.`,
      ),
    );
  }
  return node;
}

function maxReuse(p) {
  const r = Array.isArray(p.reuse) ? p.reuse.filter((x) => typeof x === "number" && Number.isFinite(x)) : [];
  return r.length > 0 ? Math.max(...r) : 0;
}

function reusePair(p, ctx) {
  const [a, b] = strings(p.articles);
  const reuse = Array.isArray(p.reuse) ? p.reuse : [];
  const words = Array.isArray(p.words) ? p.words : [];
  const li = el("li", "reuse-pair");
  li.dataset.pair = `${a} ${b}`;
  const title = el("h3", "reuse-title");
  title.append(
    badge(ctx.names, a),
    document.createTextNode(` ${labelOf(ctx, a)} and `),
    badge(ctx.names, b),
    document.createTextNode(` ${labelOf(ctx, b)}`),
  );
  li.append(title);
  li.append(
    el(
      "p",
      "reuse-line",
      `${labelOf(ctx, b)} takes ${percent(reuse[1])} of its words from passages also in ${labelOf(ctx, a)}; ` +
        `${labelOf(ctx, a)} takes ${percent(reuse[0])} from ${labelOf(ctx, b)}.`,
    ),
  );
  const bars = el("div", "reuse-bars");
  for (const [i, id, other] of [
    [0, a, b],
    [1, b, a],
  ]) {
    const row = el("div", "reuse-bar-row");
    row.dataset.article = id;
    const bar = el("span", "reuse-bar");
    const fill = el("span", "reuse-fill");
    const share = typeof reuse[i] === "number" && Number.isFinite(reuse[i]) ? Math.min(Math.max(reuse[i], 0), 1) : 0;
    fill.style.width = `${(share * 100).toFixed(1)}%`;
    bar.append(fill);
    const count = Number.isSafeInteger(words[i]) ? ` of its ${words[i].toLocaleString("en")} words` : "";
    row.append(badge(ctx.names, id), bar, el("span", "reuse-share", `${percent(reuse[i])}${count} also in ${other}`));
    bars.append(row);
  }
  li.append(bars);

  const aligned = Array.isArray(p.aligned) ? p.aligned.filter((m) => m && typeof m === "object") : [];
  const counts = el("p", "reuse-counts");
  counts.append(document.createTextNode("Matching sentences: "));
  if (aligned.length === 0) counts.append(document.createTextNode("none"));
  CLASSES.forEach(([cls, word]) => {
    const n = aligned.filter((m) => m.class === cls).length;
    if (n === 0) return;
    const tag = el("span", "tag", `${n} ${word}`);
    tag.dataset.class = cls;
    counts.append(tag, document.createTextNode(" "));
  });
  li.append(counts);
  for (const [cls, , title] of CLASSES) {
    const matches = aligned.filter((m) => m.class === cls);
    if (matches.length > 0) li.append(alignedList(matches, cls, title, a, b, ctx));
  }
  return li;
}

/** A collapsed list of matched sentence pairs of one class: the copied text, or the word diff. */
function alignedList(matches, cls, title, a, b, ctx) {
  const details = el("details", "aligned");
  details.dataset.class = cls;
  details.append(el("summary", "", `${title} (${matches.length})`));
  if (cls !== "identical") details.append(diffKey(ctx.names, [a, b]));
  const ol = el("ol", "aligned-list");
  for (const m of matches) {
    const li = el("li", "aligned-item");
    li.dataset.a = String(m.a);
    li.dataset.b = String(m.b);
    const loc = el("span", "aligned-where", `${a} ${ordinal(m.a)} · ${b} ${ordinal(m.b)}`);
    loc.title = `Sentence ${ordinal(m.a)} of ${nameOf(ctx.names, a)}, sentence ${ordinal(m.b)} of ${nameOf(ctx.names, b)}`;
    li.append(loc);
    if (cls === "identical" || !Array.isArray(m.diff) || m.diff.length === 0) {
      const sentence = sentenceText(ctx, a, m.a);
      li.append(el("span", "aligned-text", sentence ?? "(the same sentence)"));
    } else {
      li.append(renderDiff(m.diff, { removed: nameOf(ctx.names, a), added: nameOf(ctx.names, b) }));
    }
    ol.append(li);
  }
  details.append(ol);
  return details;
}

/** A sentence's number, counted from 1 ("#3"). */
function ordinal(index) {
  return Number.isSafeInteger(index) ? `#${index + 1}` : "#?";
}

function sentenceText(ctx, id, index) {
  const article = ctx.articles.find((x) => x?.id === id);
  const span = Number.isSafeInteger(index) && Array.isArray(article?.sentences) ? article.sentences[index] : null;
  return span ? (textAt(ctx, id, span)?.trim() ?? null) : null;
}

/** The kinds of source counted in `article.sourcing`, with their column headings. */
const SOURCE_KINDS = [
  ["named", "Named"],
  ["anonymous", "Anonymous"],
  ["institutional", "Institution"],
  ["outlet", "Other outlet"],
  ["unattributed", "Unattributed"],
];

/** "Framing and sourcing": word choices, hedges, who each article quotes, and outlets credited. */
export function renderFraming(findings, ctx) {
  const node = section(
    "compare",
    "framing",
    "Framing and sourcing",
    "Different words for the same thing, claims hedged in one article only, and whom each article quotes.",
  );
  const labels = merged(ofKinds(findings, "framing/label"));
  if (labels.length > 0)
    node.append(
      group(
        "framing-label",
        "Word choices",
        labels.map((f) => mergedItem(f, ctx, { why: true })),
      ),
    );
  const hedges = merged(ofKinds(findings, "framing/hedge"));
  if (hedges.length > 0)
    node.append(
      group(
        "framing-hedge",
        "Hedged in one article only",
        hedges.map((f) => mergedItem(f, ctx, { why: true })),
      ),
    );
  const table = sourcingTable(ctx);
  if (table) node.append(table);
  const outlets = merged(ofKinds(findings, "sourcing/outlet"));
  if (outlets.length > 0)
    node.append(
      group(
        "sourcing-outlet",
        "Other outlets credited",
        outlets.map((f) => mergedItem(f, ctx)),
      ),
    );
  if (node.querySelector(".finding-group, table") === null)
    node.append(el("p", "empty-note", "No differences in wording or sourcing found."));
  return node;
}

/** Each article's quotes counted by kind of source; null when no article says. */
function sourcingTable(ctx) {
  const rows = ctx.articles.filter((a) => a?.sourcing && typeof a.sourcing === "object" && ctx.withText.has(a.id));
  if (rows.length === 0) return null;
  const wrap = el("div", "finding-group sourcing");
  wrap.dataset.group = "sourcing";
  const scroll = el("div", "table-scroll");
  const table = el("table", "data-table sourcing-table");
  table.append(el("caption", "", "Quotes by kind of source"));
  const head = el("tr");
  for (const [text, cls] of [["Article", ""], ...SOURCE_KINDS.map(([, h]) => [h, "num"]), ["All", "num"]]) {
    const th = el("th", cls, text);
    th.scope = "col";
    head.append(th);
  }
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  for (const article of rows) {
    const tr = el("tr");
    tr.dataset.article = article.id;
    const th = el("th", "row-head");
    th.scope = "row";
    th.append(badge(ctx.names, article.id), document.createTextNode(` ${labelOf(ctx, article.id)}`));
    tr.append(th);
    let total = 0;
    for (const [key] of SOURCE_KINDS) {
      const n = Number.isSafeInteger(article.sourcing[key]) ? article.sourcing[key] : 0;
      total += n;
      const td = el("td", n > 0 ? "num" : "num zero", n > 0 ? String(n) : "—");
      td.dataset.source = key;
      tr.append(td);
    }
    tr.append(el("td", "num total", String(total)));
    tbody.append(tr);
  }
  table.append(thead, tbody);
  scroll.append(table);
  wrap.append(scroll);
  return wrap;
}

/** "Agreements written differently": the same figure or day, written another way; null when none. */
export function renderAgreements(findings, ctx) {
  const list = merged(ofKinds(findings, "agreement/quantity", "agreement/date"));
  if (list.length === 0) return null;
  const node = section(
    "compare",
    "agreements",
    "Agreements written differently",
    "Figures and dates that look different but come to the same thing.",
  );
  node.append(
    ...cappedList(
      list.map((f) => mergedItem(f, ctx, { why: true })),
      "finding-list plain",
    ),
  );
  return node;
}

/** "Left out": sentences and figures some articles have and others lack, collapsed, by article. */
export function renderLeftOut(findings, ctx) {
  const list = ofKinds(findings, "omission/sentence", "omission/quantity");
  if (list.length === 0) return null;
  const node = section(
    "compare",
    "left-out",
    "Left out",
    "Sentences with no counterpart in another article, and figures only some articles give.",
  );
  // Carrying articles -> items; one item per sentence (its findings merged across articles).
  const groups = new Map();
  for (const f of list) {
    const has = strings(f.articles);
    const key = has.join(" ");
    if (!groups.has(key)) groups.set(key, { has, items: new Map() });
    const ref = Array.isArray(f.spans) ? f.spans.find((s) => has.includes(s?.article)) : null;
    const at = f.kind === "omission/sentence" && ref ? `${ref.article}@${ref.span?.start_utf16}` : f.id;
    const items = groups.get(key).items;
    if (!items.has(at)) items.set(at, { first: f, ref, ids: [], missing: [] });
    const item = items.get(at);
    item.ids.push(f.id);
    for (const id of strings(f.missing)) if (!item.missing.includes(id)) item.missing.push(id);
  }
  const entries = [...groups.values()].flatMap((g) => [...g.items.values()]);
  const sentences = entries.filter((item) => item.first.kind === "omission/sentence").length;
  const figures = entries.length - sentences;
  const details = el("details", "left-out-details");
  const counts = [];
  if (sentences > 0) counts.push(`${sentences.toLocaleString("en")} sentence${sentences === 1 ? "" : "s"}`);
  if (figures > 0) counts.push(`${figures.toLocaleString("en")} figure${figures === 1 ? "" : "s"}`);
  details.append(el("summary", "", `Show what is left out (${counts.join(", ")})`));
  const order = ctx.articles.map((a) => a?.id);
  const keys = [...groups.keys()].sort(
    (x, y) => order.indexOf(x.split(" ")[0]) - order.indexOf(y.split(" ")[0]) || x.localeCompare(y),
  );
  for (const key of keys) {
    const { has, items } = groups.get(key);
    const div = el("div", "left-out-group");
    div.dataset.articles = key;
    const h3 = el("h3", "");
    // With two articles, what one has the other lacks; with more, each item says where it is not.
    const where = has.map((id) => labelOf(ctx, id)).join(", ");
    h3.append(
      ...badges(ctx.names, has),
      document.createTextNode(ctx.withText.size > 2 ? `In ${where}` : `Only in ${where}`),
    );
    div.append(h3);
    const ul = el("ul", "finding-list plain");
    const all = [...items.values()];
    for (const { first, ref, ids, missing } of all.slice(0, LEFT_OUT_MAX))
      ul.append(leftOutItem(first, ref, ids, missing, ctx));
    div.append(ul);
    if (all.length > LEFT_OUT_MAX)
      div.append(el("p", "note", `… and ${(all.length - LEFT_OUT_MAX).toLocaleString("en")} more, not listed here.`));
    details.append(div);
  }
  node.append(details);
  return node;
}

function leftOutItem(f, ref, ids, missing, ctx) {
  const sentence = f.kind === "omission/sentence" && ref ? textAt(ctx, ref.article, ref.span)?.trim() : null;
  const label = sentence ? el("span", "left-out-text", sentence) : undefined;
  const li = findingItem(f, ctx, { label, badgeIds: [] });
  li.dataset.finding = ids.filter((id) => typeof id === "string").join(" ");
  // With two articles, "Only in a" already says where it is not.
  if (missing.length > 0 && ctx.withText.size > 2)
    li.append(el("span", "why", `not in ${missing.map((id) => nameOf(ctx.names, id)).join(", ")}`));
  return li;
}

/** For "Check these": a conflict between articles, with each article's words in their sentence. */
export function conflictDetails(f, ctx) {
  const parts = [];
  if (typeof f.why === "string" && f.why) parts.push(el("span", "why", f.why));
  const ul = el("ul", "check-spots");
  for (const ref of Array.isArray(f.spans) ? f.spans : []) {
    const words = typeof ref?.article === "string" ? excerpt(ctx, ref.article, ref.span) : null;
    if (!words) continue;
    const li = el("li", "check-spot");
    li.dataset.article = ref.article;
    li.append(badge(ctx.names, ref.article), document.createTextNode(` ${labelOf(ctx, ref.article)}: `), words);
    ul.append(li);
  }
  if (ul.childElementCount > 0) parts.push(ul);
  return parts;
}
