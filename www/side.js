// This file makes the article texts read side by side: the texts scroll together (either one
// drives; a lock turns it off), so that a sentence and its counterparts in the other articles
// (the Report's matching sentences, `pairs[].aligned`) stand at the same height, and between
// matches the others follow in proportion; pointing at or clicking a sentence lights it and
// its counterparts, with the words that differ between them; beside each text, a strip shows
// where its findings are (a tick per marker in its group's colour; clicking one chooses the
// finding); and on a narrow screen the articles become tabs. With three or more articles, a
// base article can be chosen: the others follow its scrolling. All lighting uses the CSS Custom
// Highlight API, so the text's elements stay as render.js and marks.js made them.

import { el } from "./dom.js";
import { FINDING_GROUPS_SHOWN } from "./kinds.js";
import { offsetIn, rangeIn, textIndex } from "./marks.js";
import { CHUNK } from "./render.js";

/** The highlights: the sentence pointed at, its counterparts, and the words that differ. */
const SENTENCE = "pf-sentence";
const COUNTERPART = "pf-counterpart";
const DIFFERS = "pf-differs";

/** How long the texts do not follow each other after the page scrolled them itself. */
const QUIET_MS = 250;

/** How many places a long text's strip has for ticks (one tick per group per place). */
const STRIP_STEPS = 200;

/** With more articles than this, each article's text is shown on demand. */
const FOLD_ABOVE = 4;

/** Each group's place in the order a checker reads them (FINDING_GROUPS_SHOWN's). */
const RANK = Object.fromEntries(Object.keys(FINDING_GROUPS_SHOWN).map((group, i) => [group, i]));

const HIGHLIGHTS = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

/**
 * The side-by-side behaviour of the results in `container` (articles already rendered and
 * marked). `choose(number)` chooses the finding numbered `number` (a tick's).
 */
export class SideBySide {
  constructor(container, report, choose) {
    this.report = report;
    /** The report's articles by id. */
    this.articles = new Map(report.articles.map((article) => [article.id, article]));
    this.bodies = new Map();
    for (const article of report.articles) {
      const body = container.querySelector(`.article-result[data-article="${CSS.escape(article.id)}"] .article-text`);
      if (body && article.sentences.length > 0) this.bodies.set(article.id, body);
    }
    this.matches = matchesOf(report);
    this.locked = true;
    this.base = [...this.bodies.keys()][0] ?? null;
    /** Per body, the scrollTop this module last set, so its own scroll events are not echoed. */
    this.expected = new Map();
    /** Per article, its sentences' tops in the text box's content (measured when needed). */
    this.tops = new Map();
    /** Per article, what places the ticks of its strip (again once its text is whole). */
    this.strips = new Map();
    this.controls = this.renderControls(container);
    for (const [id, body] of this.bodies) {
      body.addEventListener("scroll", () => this.onScroll(id), { passive: true });
      body.addEventListener("pointermove", (event) => this.onPoint(id, event));
      body.addEventListener("pointerleave", () => this.pinned || this.light(null));
      body.addEventListener("click", (event) => this.onClick(id, event));
      body.addEventListener("focusin", (event) => this.onFocus(id, event));
      this.addStrip(id, body, choose);
    }
    if (this.bodies.size > FOLD_ABOVE) this.fold(container);
    if (typeof ResizeObserver === "function") {
      const resized = new ResizeObserver(() => this.tops.clear());
      for (const body of this.bodies.values()) resized.observe(body);
    }
  }

  /** The lock and, with three articles or more, the base article; the tabs of a narrow screen. */
  renderControls(container) {
    const grid = container.querySelector(".article-results");
    if (!grid || this.bodies.size < 2) return null;
    const lock = el("input", {
      type: "checkbox",
      id: "scroll-lock",
      checked: true,
      on: {
        change: (event) => {
          this.locked = event.currentTarget.checked;
        },
      },
    });
    const ids = [...this.bodies.keys()];
    const base =
      ids.length >= 3 &&
      el(
        "label",
        { class: "base-choice" },
        "Others follow ",
        el(
          "select",
          {
            id: "base-article",
            on: {
              change: (event) => this.setBase(event.currentTarget.value, grid),
            },
          },
          ...ids.map((id) => el("option", { value: id, text: this.name(id) })),
        ),
      );
    const tabs = el(
      "div",
      { class: "article-tabs", role: "tablist", "aria-label": "Articles" },
      ...ids.map((id, i) =>
        el("button", {
          type: "button",
          role: "tab",
          id: `tab-${id}`,
          "aria-selected": i === 0 ? "true" : "false",
          data: { article: id },
          text: this.name(id),
          on: { click: () => this.showTab(id, grid) },
        }),
      ),
    );
    grid.querySelector(`.article-result[data-article="${CSS.escape(ids[0])}"]`)?.classList.add("is-base");
    const bar = el(
      "div",
      "side-controls",
      el("label", { class: "scroll-lock", for: "scroll-lock" }, lock, " Scroll the articles together"),
      base,
      tabs,
    );
    grid.before(bar);
    this.controls = bar;
    this.showTab(ids[0], grid);
    return bar;
  }

  /**
   * With many articles, each shows its heading only, with a button that shows its text (an
   * article is also shown when a finding in it is chosen), so the page stays short.
   */
  fold(container) {
    this.toggles = new Map();
    for (const id of this.bodies.keys()) {
      const result = container.querySelector(`.article-result[data-article="${CSS.escape(id)}"]`);
      const toggle = el("button", {
        type: "button",
        class: "button-quiet fold-toggle",
        "aria-expanded": "false",
        text: "Show the text",
        on: { click: () => this.setFolded(id, result.classList.contains("is-folded") === false) },
      });
      result.querySelector(".article-header").append(toggle);
      result.classList.add("is-folded");
      this.toggles.set(id, { result, toggle });
    }
  }

  setFolded(id, folded) {
    const entry = this.toggles?.get(id);
    if (!entry) return;
    entry.result.classList.toggle("is-folded", folded);
    entry.toggle.setAttribute("aria-expanded", String(!folded));
    entry.toggle.textContent = folded ? "Show the text" : "Hide the text";
    this.tops.delete(id);
  }

  /** Shows the texts of `ids` (folded with many articles). */
  unfold(ids) {
    for (const id of ids) this.setFolded(id, false);
  }

  /** Makes `id` the base article: it leads, first in the row, and the others follow it. */
  setBase(id, grid) {
    this.base = id;
    for (const node of grid.querySelectorAll(".article-result")) {
      node.classList.toggle("is-base", node.dataset.article === id);
    }
    this.follow(id, this.bodies.get(id).scrollTop);
  }

  name(id) {
    return `${id} · ${this.articles.get(id).label}`;
  }

  /** On a narrow screen, shows article `id` (the others are hidden by style.css). */
  showTab(id, grid = this.controls?.nextElementSibling) {
    if (!id || !grid || !this.controls) return;
    grid.dataset.tab = id;
    for (const tab of this.controls.querySelectorAll("[role=tab]")) {
      tab.setAttribute("aria-selected", tab.dataset.article === id ? "true" : "false");
    }
    for (const node of grid.querySelectorAll(".article-result")) {
      node.classList.toggle("is-other-tab", node.dataset.article !== id);
    }
  }

  /**
   * Lets the page scroll the texts itself for a moment (a chosen finding brings each text to
   * its own span) without the others following.
   */
  quiet() {
    this.quietUntil = performance.now() + QUIET_MS;
  }

  /** One article's text scrolled by the reader: the others follow, when locked. */
  onScroll(id) {
    if (performance.now() < (this.quietUntil ?? 0)) return;
    const body = this.bodies.get(id);
    const expected = this.expected.get(id);
    if (expected !== undefined && Math.abs(body.scrollTop - expected) <= 1) {
      this.expected.delete(id);
      return;
    }
    this.expected.delete(id);
    // With three articles or more, only the base article drives: another can be read alone.
    if (!this.locked || (this.bodies.size >= 3 && id !== this.base)) return;
    this.follow(id, body.scrollTop);
  }

  /** Scrolls every other article so that what stands at `top` of `id` stands at its top. */
  follow(id, top) {
    for (const [other, body] of this.bodies) {
      if (other === id || body.offsetParent === null) continue;
      const target = Math.max(0, Math.round(this.map(id, other, top)));
      if (Math.abs(body.scrollTop - target) < 1) continue;
      this.expected.set(other, Math.min(target, body.scrollHeight - body.clientHeight));
      body.scrollTop = target;
    }
  }

  /**
   * Where position `y` of article `from`'s text falls in article `to`'s: through the matching
   * sentences of the two (kept in order in both), in proportion between them.
   */
  map(from, to, y) {
    // A long text's sentences are not measured (that lays out the whole text): its scrolling
    // maps in proportion to the texts' heights.
    if (this.isLong(from) || this.isLong(to)) {
      const fromBody = this.bodies.get(from);
      const toBody = this.bodies.get(to);
      const room = Math.max(1, fromBody.scrollHeight - fromBody.clientHeight);
      return (y / room) * Math.max(0, toBody.scrollHeight - toBody.clientHeight);
    }
    const a = this.sentenceTops(from);
    const b = this.sentenceTops(to);
    const pairs = this.matches.get(`${from} ${to}`) ?? [];
    // The sentence at the top of `from` (or starting within half a line below it): when it has
    // a counterpart, that counterpart stands level with it, even out of the texts' order.
    const line = lineHeight(this.bodies.get(from));
    let top = -1;
    while (top + 1 < a.length && a[top + 1] <= y + line / 2) top += 1;
    const direct = top >= 0 ? pairs.find((m) => m.from === top) : undefined;
    if (direct) return b[direct.to] - (a[top] - y);
    const points = [[0, 0]];
    for (const { from: x, to: z } of pairs) {
      const [lastX, lastY] = points[points.length - 1];
      const px = a[x];
      const py = b[z];
      if (px > lastX && py > lastY) points.push([px, py]);
    }
    const fromBody = this.bodies.get(from);
    const toBody = this.bodies.get(to);
    points.push([Math.max(fromBody.scrollHeight, points[points.length - 1][0] + 1), Math.max(toBody.scrollHeight, 1)]);
    let i = 1;
    while (i < points.length - 1 && points[i][0] <= y) i += 1;
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    return y0 + ((y - x0) * (y1 - y0)) / (x1 - x0);
  }

  /** True when article `id`'s text is long: longer than one of render.js's chunks. */
  isLong(id) {
    return this.articles.get(id).analysed_utf16_len > CHUNK;
  }

  /** The top of sentence `index` of article `id`: from sentenceTops when measured, else alone. */
  sentenceTop(id, index) {
    const tops = this.tops.get(id);
    if (tops) return tops[index];
    const body = this.bodies.get(id);
    const s = this.sentences(id)[index];
    const rect = rangeOf(body, s.start_utf16, s.start_utf16 + 1)?.getClientRects()[0];
    return rect ? rect.top - body.getBoundingClientRect().top + body.scrollTop - body.clientTop : 0;
  }

  /** The tops of article `id`'s sentences, in its text box's scrolled content, measured once. */
  sentenceTops(id) {
    if (!this.tops.has(id)) {
      const body = this.bodies.get(id);
      const box = body.getBoundingClientRect();
      const tops = this.sentences(id).map((s) => {
        const range = rangeOf(body, s.start_utf16, s.start_utf16 + 1);
        const rect = range?.getClientRects()[0];
        return rect ? rect.top - box.top + body.scrollTop - body.clientTop : 0;
      });
      this.tops.set(id, tops);
    }
    return this.tops.get(id);
  }

  onPoint(id, event) {
    if (this.pinned || event.pointerType === "touch") return;
    this.light(this.sentenceAt(id, event.clientX, event.clientY));
  }

  /** A click on a sentence (not on a marker) pins it and its counterparts, and aligns them. */
  onClick(id, event) {
    if (event.target.closest("button")) return;
    const at = this.sentenceAt(id, event.clientX, event.clientY);
    if (!at) return;
    // A second click on the pinned sentence unpins it.
    const same = this.pinned?.id === at.id && this.pinned?.index === at.index;
    this.pinned = same ? null : at;
    this.light(at);
    if (this.pinned) this.align(at);
  }

  /**
   * Pins sentence `index` of article `id` (from "Sentence by sentence"): it and its
   * counterparts lit, their texts shown and brought level, and the page scrolled to them.
   */
  pinSentence(id, index) {
    const at = { id, index };
    this.pinned = at;
    this.unfold([id, ...this.counterparts(at).map((c) => c.id)]);
    this.showTab(id);
    this.light(at);
    this.quiet();
    const body = this.bodies.get(id);
    const top = this.sentenceTops(id)[index];
    if (body && top !== undefined) {
      body.scrollTop = Math.max(0, top - body.clientHeight / 3);
      this.align(at);
      body.scrollIntoView({ block: "nearest" });
    }
  }

  /** A footnote marker focused: its sentence and counterparts are lit. */
  onFocus(id, event) {
    const marker = event.target.closest(".footnote");
    if (!marker || this.pinned) return;
    const offset = offsetIn(
      indexOf(this.bodies.get(id)),
      marker.parentNode,
      [...marker.parentNode.childNodes].indexOf(marker),
    );
    const index = sentenceIndex(this.sentences(id), Math.max(0, offset - 1));
    if (index >= 0) this.light({ id, index });
  }

  sentences(id) {
    return this.articles.get(id).sentences;
  }

  /** The sentence of article `id` under the point, or null. */
  sentenceAt(id, x, y) {
    const point = caretAt(x, y);
    const body = this.bodies.get(id);
    if (!point || !body.contains(point.node) || point.node.nodeType !== Node.TEXT_NODE) return null;
    const offset = offsetIn(indexOf(body), point.node, point.offset);
    const index = sentenceIndex(this.sentences(id), offset);
    return index < 0 ? null : { id, index };
  }

  /** The counterparts of sentence `index` of `id`: [{ id, index, diff, mine }]. */
  counterparts({ id, index }) {
    return [...this.articles.keys()]
      .filter((other) => other !== id)
      .flatMap((other) =>
        (this.matches.get(`${id} ${other}`) ?? [])
          .filter((m) => m.from === index)
          .map((m) => ({ id: other, index: m.to, diff: m.diff, mine: m.mine })),
      );
  }

  /** Lights sentence `at` ({ id, index }, or null for none), its counterparts and their differing words. */
  light(at) {
    // Pointing moves often within one sentence: light again only when the sentence changes.
    const key = at ? `${at.id} ${at.index}` : "";
    if (!HIGHLIGHTS || key === this.lit) return;
    this.lit = key;
    const sentence = [];
    const counterparts = [];
    const differs = [];
    if (at) {
      const own = this.sentences(at.id)[at.index];
      const ownBody = this.bodies.get(at.id);
      const ownRange = rangeOf(ownBody, own.start_utf16, own.end_utf16);
      sentence.push(ownRange);
      for (const c of this.counterparts(at)) {
        const span = this.sentences(c.id)[c.index];
        const body = this.bodies.get(c.id);
        if (!body) continue;
        const range = rangeOf(body, span.start_utf16, span.end_utf16);
        counterparts.push(range);
        const theirs = c.mine === "removed" ? "added" : "removed";
        differs.push(
          ...diffRanges(ownBody, own, ownRange, c.diff, c.mine),
          ...diffRanges(body, span, range, c.diff, theirs),
        );
      }
    }
    CSS.highlights.set(SENTENCE, new Highlight(...sentence.filter(Boolean)));
    CSS.highlights.set(COUNTERPART, new Highlight(...counterparts.filter(Boolean)));
    const diff = new Highlight(...differs.filter(Boolean));
    diff.priority = 2;
    CSS.highlights.set(DIFFERS, diff);
  }

  /** Scrolls the other articles so that the counterparts of `at` stand level with it. */
  align(at) {
    const body = this.bodies.get(at.id);
    const own = this.sentenceTop(at.id, at.index) - body.scrollTop;
    for (const c of this.counterparts(at)) {
      const other = this.bodies.get(c.id);
      if (!other) continue;
      const target = Math.max(0, Math.round(this.sentenceTop(c.id, c.index) - own));
      this.expected.set(c.id, Math.min(target, other.scrollHeight - other.clientHeight));
      other.scrollTop = target;
    }
  }

  /**
   * Texts.js finished the texts of articles `ids` after this was made: their text indexes and
   * sentence tops are measured again, their strips placed again.
   */
  textsBuilt(ids) {
    for (const id of ids) {
      const body = this.bodies.get(id);
      if (!body) continue;
      indexes.delete(body);
      this.tops.delete(id);
      const place = this.strips.get(id);
      if (place) requestAnimationFrame(place);
    }
  }

  /** The strip of ticks beside a text: one per marker, at its height. */
  addStrip(id, body, choose) {
    const strip = body.parentElement.querySelector(".tick-strip");
    if (!strip) return;
    const length = Math.max(1, this.articles.get(id).analysed_utf16_len);
    /** The tick of `marker`, `top` percent down the strip. */
    const tick = (marker, top) => {
      const node = el("span", {
        class: "tick",
        data: { group: marker.dataset.group },
        title: marker.title,
        on: { click: () => choose(Number(marker.dataset.number)) },
      });
      node.style.top = `${top.toFixed(2)}%`;
      return node;
    };
    const place = () => {
      // A long text's ticks stand where their offsets are in the text (reading each marker's
      // place would lay out the whole text); a short one's at their markers' heights.
      // There, one tick per group per step of the strip (the first marker's), so that
      // thousands of markers make at most STRIP_STEPS ticks of each group.
      if (this.isLong(id)) {
        const first = new Map();
        for (const marker of body.querySelectorAll(".footnote")) {
          const step = Math.floor((Number(marker.dataset.at) / length) * STRIP_STEPS);
          const key = `${marker.dataset.group} ${step}`;
          if (!first.has(key)) first.set(key, { marker, top: (step / STRIP_STEPS) * 100 });
        }
        strip.replaceChildren(
          ...[...first.values()]
            .sort((x, y) => RANK[y.marker.dataset.group] - RANK[x.marker.dataset.group])
            .map(({ marker, top }) => tick(marker, top)),
        );
        return;
      }
      const height = Math.max(body.scrollHeight, 1);
      // Where ticks overlap, the group a checker reads first lies on top (is appended last).
      const markers = [...body.querySelectorAll(".footnote")].sort(
        (x, y) => RANK[y.dataset.group] - RANK[x.dataset.group],
      );
      // Every position read before any tick is added: reading one after a change to the page
      // would lay out the whole text again (seconds, for a long text and many markers).
      const tops = markers.map((marker) => marker.offsetTop);
      strip.replaceChildren(...markers.map((marker, i) => tick(marker, (tops[i] / height) * 100)));
    };
    this.strips.set(id, place);
    requestAnimationFrame(place);
  }
}

/** The height of a line of text in `body`, in pixels. */
function lineHeight(body) {
  const style = getComputedStyle(body);
  return Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5 || 24;
}

/** For each ordered pair of articles "x y", their matching sentences (matchesBetween). */
function matchesOf(report) {
  const out = new Map();
  for (const pair of report.pairs) {
    const [a, b] = pair.articles;
    out.set(`${a} ${b}`, matchesBetween(report, a, b));
    out.set(`${b} ${a}`, matchesBetween(report, b, a));
  }
  return out;
}

/**
 * The matching sentences of articles `from` and `to` (the Report's `pairs[].aligned`, seen
 * from `from`), in `from`'s order: { from, to } sentence indexes, the class, the word diff,
 * and which of the diff's ops are `from`'s own words ("removed" when `from` is the pair's
 * first article, "added" when its second).
 */
export function matchesBetween(report, from, to) {
  const pair = report.pairs.find((p) => p.articles.includes(from) && p.articles.includes(to) && from !== to);
  if (!pair) return [];
  const first = pair.articles[0] === from;
  return pair.aligned
    .map((m) => ({
      from: first ? m.a : m.b,
      to: first ? m.b : m.a,
      class: m.class,
      diff: m.diff,
      mine: first ? "removed" : "added",
    }))
    .sort((x, y) => x.from - y.from);
}

/** The index of the sentence (Report spans, in order) that holds UTF-16 `offset`, or -1. */
function sentenceIndex(sentences, offset) {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid].end_utf16 <= offset) low = mid + 1;
    else if (sentences[mid].start_utf16 > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** The text node and offset under a point on the screen. */
function caretAt(x, y) {
  if (document.caretPositionFromPoint) {
    const p = document.caretPositionFromPoint(x, y);
    return p && { node: p.offsetNode, offset: p.offset };
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r && { node: r.startContainer, offset: r.startOffset };
}

/** The text index (marks.js) of each text box, made once its markers are in. */
const indexes = new WeakMap();

/** The text index of `body`, made on first use. */
function indexOf(body) {
  if (!indexes.has(body)) indexes.set(body, textIndex(body));
  return indexes.get(body);
}

/** A Range over UTF-16 offsets start..end of the text inside `body` (null when past it). */
function rangeOf(body, start, end) {
  return rangeIn(indexOf(body), start, end);
}

/**
 * The ranges, inside `sentence` of `body` (lit by `range`, whose text is the sentence's), of
 * the diff's parts that only that side has (`op`: "removed" for the pair's first article,
 * "added" for its second): the parts are found in order in the sentence's text, ignoring case.
 */
function diffRanges(body, sentence, range, diff, op) {
  const text = range?.toString() ?? "";
  const lower = text.toLowerCase();
  const folded = lower.length === text.length ? lower : text;
  const ranges = [];
  let cursor = 0;
  for (const part of diff) {
    if (part.op !== "same" && part.op !== op) continue;
    const needle = folded === lower ? part.text.toLowerCase() : part.text;
    const at = folded.indexOf(needle, cursor);
    if (at < 0) continue;
    cursor = at + needle.length;
    if (part.op === op) {
      ranges.push(rangeOf(body, sentence.start_utf16 + at, sentence.start_utf16 + cursor));
    }
  }
  return ranges;
}
