// This file makes one list item per finding, as every section of the results shows them: the
// badges of the articles that carry it, its summary (or a label the section chooses) as a
// button that chooses the finding (navigator.js: its spots lit and scrolled to in the texts),
// and its reason in small print; data-kind and data-finding say which finding it is. Sections
// pick their findings by kind, and findings that say the same thing at several places can be
// merged into one item. Everything goes in as text.

import { el } from "./dom.js";

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
    spotButton(label ?? f.summary),
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

/**
 * `content` (a string or a node) as a button that chooses the finding: navigator.js gives it
 * its click (lighting the finding's spots in the texts).
 */
function spotButton(content) {
  return el("button", { class: "link-button", type: "button", title: "Show this in the articles' texts" }, content);
}
