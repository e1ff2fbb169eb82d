// This file is the classroom mode: a student reads the articles and marks, first, what they
// see (loaded words, attributions, what is left out elsewhere) by selecting words in a text and
// pressing a button; the findings stay hidden (their lists, their marks in the texts, the bar)
// until the student reveals them. Then the overlap shows: each of the student's marks that
// stands on a finding of its group (a loaded word on a wording finding, an attribution on a
// sourcing finding, a left-out passage on an omission), the ones that stand on none, and how
// many findings of those groups the student did not mark. Marks are lit with their own
// highlight; nothing is stored or sent.

import { el } from "./dom.js";
import { offsetIn, rangeIn, textIndex } from "./marks.js";

/** What a student can mark, the group of findings each is held against, and its words. */
const MARK_KINDS = [
  ["loaded", "wording", "Loaded word"],
  ["attribution", "sourcing", "Attribution"],
  ["left-out", "omissions", "Left out elsewhere"],
];

const STUDENT = "pf-student";
const HIGHLIGHTS = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

/**
 * The classroom mode of the results in `container`: a switch in `host` (the findings'
 * overview), and while it is on, the student's tools. `findings` is navigator.js's Navigator.
 */
export class Classroom {
  constructor(container, host, findings) {
    this.container = container;
    this.findings = findings;
    /** The student's marks: { kind, article, start, end, text }. */
    this.marks = [];
    this.list = el("ol", "student-marks");
    this.status = el("p", { class: "note", "aria-live": "polite" });
    this.tools = el(
      "div",
      { class: "classroom-tools", hidden: true },
      el("p", {
        class: "note",
        text: "Select words in an article, then say what they are. The findings stay hidden until you reveal them.",
      }),
      el(
        "div",
        "classroom-buttons",
        ...MARK_KINDS.map(([kind, , words]) =>
          el("button", {
            type: "button",
            data: { mark: kind },
            text: words,
            on: { click: () => this.markSelection(kind) },
          }),
        ),
        el("button", {
          type: "button",
          class: "button-primary",
          text: "Reveal the findings",
          on: { click: () => this.reveal() },
        }),
      ),
      this.status,
      this.list,
    );
    this.overlap = el("section", {
      class: "compare classroom-overlap",
      hidden: true,
      "aria-label": "Your marks and the findings",
    });
    const toggle = el("input", {
      type: "checkbox",
      id: "classroom-mode",
      on: { change: (event) => this.setOn(event.currentTarget.checked) },
    });
    host.append(
      el(
        "label",
        { class: "keys-toggle classroom-toggle", for: "classroom-mode" },
        toggle,
        " Classroom: mark first, then reveal the findings",
      ),
      this.tools,
    );
    host.after(this.overlap);
  }

  /** Hides the findings (on) or shows them again (off), and the student's tools with them. */
  setOn(on) {
    this.container.classList.toggle("is-classroom", on);
    this.tools.hidden = !on;
    if (on) {
      this.overlap.hidden = true;
      this.status.textContent = "";
    }
  }

  /** Marks the words selected in an article text as `kind`; says so when nothing usable is selected. */
  markSelection(kind) {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const anchor = range?.commonAncestorContainer;
    const body = (anchor?.nodeType === Node.TEXT_NODE ? anchor.parentElement : anchor)?.closest(".article-text");
    if (!range || range.collapsed || !body || !this.container.contains(body)) {
      this.status.textContent = "Select some words inside one article's text first.";
      return;
    }
    const index = textIndex(body);
    const start = offsetIn(index, range.startContainer, range.startOffset);
    const end = offsetIn(index, range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) {
      this.status.textContent = "Select some words inside one article's text first.";
      return;
    }
    const article = body.closest(".article-result").dataset.article;
    const text = range.toString();
    this.marks.push({ kind, article, start, end, text, range: rangeIn(index, start, end) });
    selection.removeAllRanges();
    this.status.textContent = `Marked “${text.trim()}” in ${article} as ${words(kind).toLowerCase()}.`;
    this.render();
  }

  /** The list of the student's marks, each with a Remove button, and their highlight. */
  render() {
    this.list.replaceChildren(
      ...this.marks.map((m, i) =>
        el(
          "li",
          { data: { mark: m.kind } },
          `${words(m.kind)} in ${m.article}: “${m.text.trim()}” `,
          el("button", {
            type: "button",
            class: "button-quiet",
            text: "Remove",
            "aria-label": `Remove the mark on “${m.text.trim()}”`,
            on: {
              click: () => {
                this.marks.splice(i, 1);
                this.render();
              },
            },
          }),
        ),
      ),
    );
    if (HIGHLIGHTS) CSS.highlights.set(STUDENT, new Highlight(...this.marks.map((m) => m.range).filter(Boolean)));
  }

  /** Shows the findings again, and how the student's marks and the findings overlap. */
  reveal() {
    const toggle = this.container.querySelector("#classroom-mode");
    if (toggle) toggle.checked = false;
    this.setOn(false);
    const rows = this.marks.map((m) => ({ mark: m, item: this.matchOf(m) }));
    const found = rows.filter((r) => r.item);
    const groups = new Set(MARK_KINDS.map(([, group]) => group));
    const marked = new Set(found.map((r) => r.item.number));
    const unmarked = this.findings.items.filter((item) => groups.has(item.group) && !marked.has(item.number));
    this.overlap.replaceChildren(
      el("h2", { text: "Your marks and the findings" }),
      el("p", {
        class: "classroom-summary",
        text:
          `You marked ${this.marks.length}: ${found.length} stand on a finding of the same kind. ` +
          `Parallax has ${unmarked.length} wording, sourcing and omission finding${unmarked.length === 1 ? "" : "s"} you did not mark.`,
      }),
      el(
        "ul",
        "finding-list",
        ...rows.map(({ mark, item }) =>
          el(
            "li",
            { data: { matched: item ? "yes" : "no" } },
            `${words(mark.kind)} in ${mark.article}: “${mark.text.trim()}” — `,
            item
              ? el("button", {
                  type: "button",
                  class: "link-button",
                  text: `also a finding: ${item.summary}`,
                  on: { click: () => this.findings.choose(item) },
                })
              : "not among the findings",
          ),
        ),
      ),
    );
    this.overlap.hidden = false;
    this.overlap.querySelector("h2").setAttribute("tabindex", "-1");
    this.overlap.querySelector("h2").focus();
  }

  /** The finding item of the mark's group whose span in the mark's article overlaps it, if any. */
  matchOf(mark) {
    const group = MARK_KINDS.find(([kind]) => kind === mark.kind)[1];
    return this.findings.items.find(
      (item) =>
        item.group === group &&
        item.spans.some((s) => s.article === mark.article && s.start < mark.end && mark.start < s.end),
    );
  }
}

function words(kind) {
  return MARK_KINDS.find(([k]) => k === kind)[2];
}
