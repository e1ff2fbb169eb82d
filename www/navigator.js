// This file makes the findings of a report something to go through, not a page to scroll: a
// summary at the top of the results ("3 conflicts, 2 quotes changed, 12 omissions"), which
// takes focus after Analyze; filters by group of findings and by article; and a bar that stays
// in view with Previous and Next (also the n and p keys, which can be switched off), where the
// reader is ("4 of 17", announced politely), what the chosen finding says, a button to each of
// its spans in the texts (and a link to the passage at the source when the article's address
// was given), one back to it in the list, and Copy. The items it walks are the
// results' list items that stand for findings (li[data-finding], in page order, and the
// entries of the paged lists (dom.js) whether or not their items are built yet, which is the
// order a checker reads them: conflicts, spellings, quotes, sourcing and wording, agreements,
// what is left out); marks.js marks each in the texts. Choosing one (from the list, a marker,
// or Next) lights its spans in every article that has one and scrolls each article's text to
// it, until another is chosen.

import { el, pagedListOf } from "./dom.js";
import { findingText, paragraphLookup, passageLink } from "./exports.js";
import { FINDING_GROUPS, FINDING_GROUPS_SHOWN } from "./kinds.js";
import { lightCurrent, planMarks } from "./marks.js";
import { loadSetting, saveSetting } from "./storage.js";

/** Where the choice of single-key shortcuts is kept (only "off" is stored). */
const KEYS_SETTING = "parallax.keys";

/**
 * One finding (or several merged into one line) as the navigator walks it.
 * @typedef {object} Item
 * @property {number} number its position in the whole list, from 1
 * @property {HTMLLIElement} li its line in the results (a getter: building its page of a paged list
 *   when it is not built yet)
 * @property {import("./dom.js").Slot | { node: HTMLElement }} slot where its line is
 * @property {object[]} findings the report's findings it stands for
 * @property {string} group its key of FINDING_GROUPS_SHOWN
 * @property {string} summary what it says
 * @property {Set<string>} articles the articles it carries or points into
 * @property {Array<{ article: string, start: number, end: number, source: object }>} spans
 */

/**
 * The navigator of the results in `container`, whose sections are already in the page: puts
 * the summary and filters after the notes on the input, the bar after them, and the marks in
 * the texts.
 */
export class Navigator {
  /**
   * @param {HTMLElement} container the results area, filled by results.js
   * @param {object} report the report shown
   * @param {object} view results.js's View of it
   * @param {Array<object>} inputs the inputs analysed (texts, labels, addresses), in order
   * @param {(text: string) => void} say shows a short message in the page's status line
   * @param {Node | null} exports the export buttons, put under the filters
   */
  constructor(container, report, view, inputs, say, exports) {
    this.view = view;
    this.report = report;
    this.inputs = inputs;
    this.say = say;
    this.items = collectItems(container, report);
    /** @type {Item | null} */
    this.current = null;
    /** Told of each finding chosen, before its spans are shown (side.js shows its article's tab). */
    this.onChoose = null;
    /** Per article, its paragraph lookup (exports.js), made when first needed. */
    this.paragraphs = new Map();
    this.filter = { groups: new Set(this.items.map((item) => item.group)), article: "" };
    this.overview = this.renderOverview(exports);
    this.bar = this.renderBar();
    container.querySelector(".diagnostics").after(this.overview, this.bar);
    /** The marks of the findings in the texts (marks.js), made as texts.js builds the texts. */
    this.plan = planMarks(this.items, (item) => this.backTo(item));
    this.marks = this.plan.out;
    /** Resolves when every text is built and marked (results.js sets it). */
    this.ready = Promise.resolve();
    // One listener for every line's button, built or still to be built.
    const byNode = new WeakMap();
    for (const item of this.items) if (item.slot.node) byNode.set(item.slot.node, item);
    container.addEventListener("paged", (event) => {
      for (const slot of event.detail.slots) {
        if (!slot.item) continue;
        byNode.set(slot.node, slot.item);
        slot.node.hidden = !this.passes(slot.item);
      }
    });
    container.addEventListener("click", (event) => {
      const button = event.target.closest?.(".link-button");
      const item = button && byNode.get(button.closest("li[data-finding]"));
      if (item) this.choose(item);
    });
    lightCurrent([]);
    this.update();
  }

  /** True when n and p move through the findings (the reader can switch them off). */
  static get keysOn() {
    return loadSetting(KEYS_SETTING) !== "off";
  }

  /** Moves focus to the summary (after Analyze), bringing it into view. */
  focusSummary() {
    this.heading.scrollIntoView({ block: "start" });
    this.heading.focus({ preventScroll: true });
  }

  /** Chooses the next shown finding after the current one (the first when none). */
  next() {
    const after = this.shown().find((item) => !this.current || item.number > this.current.number);
    if (after) this.choose(after);
    else this.announce("No more findings after this one.");
  }

  /** Chooses the shown finding before the current one (the last when none). */
  previous() {
    const shown = this.shown();
    const before = shown.reverse().find((item) => !this.current || item.number < this.current.number);
    if (before) this.choose(before);
    else this.announce("No findings before this one.");
  }

  /** The items the filters let through, in order. */
  shown() {
    return this.items.filter((item) => this.passes(item));
  }

  passes(item) {
    return this.filter.groups.has(item.group) && (!this.filter.article || item.articles.has(this.filter.article));
  }

  /**
   * Makes `item` the chosen finding: its line marked current (its folded list opened), its
   * spans lit, each article's text scrolled to its span and the page to the first one.
   */
  choose(item) {
    if (this.current) {
      this.current.li.classList.remove("is-current");
      this.current.li.removeAttribute("aria-current");
      for (const marker of this.marks.get(this.current.number).markers) marker?.classList.remove("is-current");
    }
    this.current = item;
    item.li.classList.add("is-current");
    item.li.setAttribute("aria-current", "true");
    for (let node = item.li.parentElement; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
    this.onChoose?.(item);
    const { ranges, markers } = this.marks.get(item.number);
    for (const marker of markers) marker?.classList.add("is-current");
    lightCurrent(ranges.filter(Boolean));
    showRanges(ranges.filter(Boolean), this.bar);
    this.update();
  }

  /** Chooses the item that stands for finding `id` (from the disputed facts' table). */
  chooseFinding(id) {
    const item = this.items.find((candidate) => candidate.findings.some((f) => f.id === id));
    if (item) this.choose(item);
  }

  /** From a marker in the text: chooses `item` and moves focus to its line in the list. */
  backTo(item) {
    this.choose(item);
    item.li.querySelector(".link-button")?.focus();
  }

  /** Puts a short message in the bar's live status (e.g. at the end of the list). */
  announce(text) {
    this.status.textContent = text;
  }

  /** The summary, the filters and the export buttons. */
  renderOverview(exports) {
    const counts = new Map();
    for (const item of this.items) counts.set(item.group, (counts.get(item.group) ?? 0) + 1);
    const parts = Object.entries(FINDING_GROUPS_SHOWN)
      .filter(([group]) => counts.has(group))
      .map(([group, { one, many }]) => `${counts.get(group)} ${counts.get(group) === 1 ? one : many}`);
    this.heading = el("h2", {
      id: "findings-summary",
      tabindex: -1,
      text: parts.length > 0 ? capitalise(parts.join(", ")) : "No findings to show",
    });
    const boxes = Object.entries(FINDING_GROUPS_SHOWN)
      .filter(([group]) => counts.has(group))
      .map(([group, { label, glyph }]) => {
        const box = el("input", {
          type: "checkbox",
          checked: true,
          data: { group },
          on: { change: (event) => this.setGroup(group, event.currentTarget.checked) },
        });
        return el(
          "label",
          { class: "filter", data: { group } },
          box,
          el("span", { class: "filter-glyph", "aria-hidden": "true", text: glyph }),
          ` ${label} (${counts.get(group)})`,
        );
      });
    const articles = el(
      "select",
      { id: "filter-article", on: { change: (event) => this.setArticle(event.currentTarget.value) } },
      el("option", { value: "", text: "All articles" }),
      ...[...this.view.withText].map((id) => el("option", { value: id, text: this.view.name(id) })),
    );
    const keys = el("input", {
      type: "checkbox",
      id: "keys-on",
      checked: Navigator.keysOn,
      on: { change: (event) => saveSetting(KEYS_SETTING, event.currentTarget.checked ? null : "off") },
    });
    return el(
      "section",
      { class: "findings-overview", "aria-labelledby": "findings-summary" },
      this.heading,
      el("p", {
        class: "note",
        text:
          this.items.length > 0
            ? "Go through them with Next and Previous, or the n and p keys. Each is marked in the texts below by its sign and number; Parallax can be wrong, so look at each spot."
            : "Nothing to go through: see the notes and the articles below.",
      }),
      this.items.length > 0 &&
        el(
          "div",
          "nav-tools",
          el("fieldset", "filters", el("legend", { text: "Show" }), ...boxes),
          el("div", "field filter-article", el("label", { for: "filter-article", text: "In article" }), articles),
          el("label", { class: "keys-toggle", for: "keys-on" }, keys, " Keys n and p go to the next and previous"),
        ),
      exports,
    );
  }

  /** The bar that stays in view: Previous, Next, where the reader is, the chosen finding. */
  renderBar() {
    this.previousButton = el("button", {
      type: "button",
      class: "button-quiet",
      text: "‹ Previous",
      on: { click: () => this.previous() },
    });
    this.nextButton = el("button", {
      type: "button",
      class: "button-quiet",
      text: "Next ›",
      on: { click: () => this.next() },
    });
    this.status = el("p", { class: "nav-status", "aria-live": "polite" });
    this.spots = el("span", "nav-spots");
    this.back = el("button", {
      type: "button",
      class: "button-quiet",
      text: "Back to the finding",
      on: { click: () => this.current?.li.querySelector(".link-button")?.focus() },
    });
    this.copy = el("button", {
      type: "button",
      class: "button-quiet",
      text: "Copy",
      title: "Copy this finding, with each article's words, as text",
      on: { click: () => this.copyCurrent() },
    });
    return el(
      "div",
      { class: "nav-bar", role: "navigation", "aria-label": "Findings", hidden: this.items.length === 0 },
      el("div", "nav-buttons", this.previousButton, this.nextButton),
      this.status,
      el("div", "nav-actions", this.spots, this.back, this.copy),
    );
  }

  setGroup(group, on) {
    if (on) this.filter.groups.add(group);
    else this.filter.groups.delete(group);
    this.applyFilter();
  }

  setArticle(id) {
    this.filter.article = id;
    this.applyFilter();
  }

  /** Hides the lines the filters leave out, and the groups and sections left with none. */
  applyFilter() {
    for (const item of this.items) if (item.slot.node) item.slot.node.hidden = !this.passes(item);
    const holders = this.bar.parentElement.querySelectorAll(
      "section[data-section], .finding-group, .check-group, .left-out-group",
    );
    for (const holder of holders) {
      // Its lines, built or not: a paged list's slots, and the lines outside paged lists.
      const passing = [];
      for (const li of holder.querySelectorAll("li[data-finding]")) {
        if (!pagedListOf(li.parentElement)) passing.push(!li.hidden);
      }
      for (const list of holder.querySelectorAll("ul, tbody")) {
        const paged = pagedListOf(list);
        if (paged) for (const slot of paged.slots) if (slot.item) passing.push(this.passes(slot.item));
      }
      if (passing.length === 0) continue;
      holder.hidden = passing.every((shown) => !shown);
    }
    this.update();
  }

  /** Updates the bar: the position among the shown findings, the chosen one's spans. */
  update() {
    const shown = this.shown();
    const at = this.current ? shown.indexOf(this.current) : -1;
    this.previousButton.disabled = shown.length === 0 || at === 0;
    this.nextButton.disabled = shown.length === 0 || (at >= 0 && at === shown.length - 1);
    if (!this.current) {
      this.status.textContent = `${shown.length} of ${this.items.length} findings shown. Next goes to the first.`;
    } else {
      const where = at >= 0 ? `${at + 1} of ${shown.length}` : `Hidden by the filters (${shown.length} shown)`;
      this.status.replaceChildren(
        el("span", { class: "nav-position", text: `${where}: ` }),
        el("span", { class: "nav-summary", text: this.current.summary }),
      );
    }
    this.spots.replaceChildren(...(this.current ? this.spotButtons(this.current) : []));
    this.back.disabled = !this.current;
    this.copy.disabled = !this.current;
  }

  /** One button per span of `item`: "a ¶3", which moves focus to its marker in the text. */
  spotButtons(item) {
    const { markers } = this.marks.get(item.number);
    return item.spans.flatMap((span, i) => {
      const text = this.view.text(span.article);
      const paragraph = this.paragraph(span.article, span.start);
      const label = this.view.article(span.article).label;
      const button = el("button", {
        type: "button",
        class: "button-quiet spot",
        text: `${span.article} ¶${paragraph}`,
        "aria-label": `${span.article} ¶${paragraph}: go to it in ${label}, paragraph ${paragraph}`,
        on: { click: () => markers[i]?.focus() },
      });
      // With the article's web address, the passage at the source (a text fragment link; only
      // http and https addresses, so a pasted "javascript:" can never become a link).
      const url = this.inputs[this.report.articles.findIndex((a) => a.id === span.article)]?.url ?? "";
      if (!/^https?:\/\//i.test(url)) return [button];
      const source = el("a", {
        class: "spot-source",
        href: passageLink(url, text.slice(span.start, span.end)),
        target: "_blank",
        rel: "noopener noreferrer",
        text: "↗",
        title: `This passage at ${label}'s address`,
        "aria-label": `${span.article}: this passage at the source (opens a new tab)`,
      });
      return [button, source];
    });
  }

  /** The paragraph number of `offset` in article `id` (each article's lines read once). */
  paragraph(id, offset) {
    if (!this.paragraphs.has(id)) this.paragraphs.set(id, paragraphLookup(this.view.text(id)));
    return this.paragraphs.get(id)(offset);
  }

  /** Copies the chosen finding, with each span's words and paragraph, as plain text. */
  async copyCurrent() {
    const item = this.current;
    if (!item) return;
    const [first] = item.findings;
    const finding = { ...first, spans: item.spans.map((span) => span.source) };
    try {
      await navigator.clipboard.writeText(findingText(finding, this.report, this.inputs));
      this.say(`Copied finding ${item.number}.`);
    } catch {
      this.say("The browser did not let the page copy: select the text and copy it instead.");
    }
  }
}

/**
 * The findings the results list, as items in page order; each finding's spans once. A paged
 * list (dom.js) gives all its entries, built or not; an entry's line is built when its item's
 * `li` is first read.
 */
function collectItems(container, report) {
  const byId = new Map(report.findings.map((f) => [f.id, f]));
  const slots = [];
  for (const node of container.querySelectorAll("li[data-finding], ul")) {
    const paged = pagedListOf(node);
    if (paged) slots.push(...paged.slots);
    else if (node.tagName === "LI" && !pagedListOf(node.parentElement)) slots.push({ key: node.dataset.finding, node });
  }
  const items = [];
  for (const slot of slots) {
    if (!slot.key) continue;
    const findings = slot.key
      .split(" ")
      .map((id) => byId.get(id))
      .filter(Boolean);
    const group = findings.length > 0 ? FINDING_GROUPS[findings[0].kind] : null;
    if (!group) continue;
    const spans = [];
    const seen = new Set();
    const articles = new Set();
    for (const f of findings) {
      for (const id of f.articles) articles.add(id);
      for (const source of f.spans) {
        const key = `${source.article}:${source.span.start_utf16}:${source.span.end_utf16}`;
        articles.add(source.article);
        if (seen.has(key)) continue;
        seen.add(key);
        spans.push({ article: source.article, start: source.span.start_utf16, end: source.span.end_utf16, source });
      }
    }
    const item = {
      number: items.length + 1,
      slot,
      get li() {
        return slot.node ?? slot.list.nodeAt(slot.index);
      },
      findings,
      group,
      summary: findings[0].summary,
      articles,
      spans,
    };
    if (slot.list) slot.item = item;
    items.push(item);
  }
  return items;
}

/**
 * Scrolls each article's text box so that the first of `ranges` in it stands a third of the
 * way down, then the page so that the first range sits below the sticky `bar`.
 */
function showRanges(ranges, bar) {
  const seen = new Set();
  for (const range of ranges) {
    const body = range.startContainer.parentElement?.closest(".article-text");
    if (!body || seen.has(body)) continue;
    seen.add(body);
    const box = body.getBoundingClientRect();
    body.scrollTop += range.getBoundingClientRect().top - box.top - box.height / 3;
  }
  const [first] = ranges;
  if (!first) return;
  const top = first.getBoundingClientRect().top;
  const room = bar.getBoundingClientRect().height;
  window.scrollBy({ top: top - room - window.innerHeight / 4, left: 0, behavior: "auto" });
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
