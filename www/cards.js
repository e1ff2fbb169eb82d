// This file manages the article input cards: one card per article, each with an outlet label,
// its publication date (relative dates such as "on Tuesday" are read against it), the article
// text, its web address (optional: the exports cite it) and a Remove button. Articles are identified
// by a letter (a, b, c ...) that follows the cards' order, as the report does. There are always
// at least MIN_ARTICLES cards, and no more than the analyser takes once it has said how many
// (app.js passes on Engine.max_articles() from the worker). User text only ever goes into
// input values. A rich paste goes in as its text (paste.js); a .txt, .md or .html file dropped
// on a card, or chosen with its "Open file…" button, fills its text (several files fill the
// next empty cards, then new ones, up to the limit), and a file the card cannot read gets a
// message in it. After an analysis, a card with no publication date whose article's dates were
// read against a date found in its text offers that date ("Use this date").

import { el } from "./dom.js";
import { insertText, pasteAsText, readArticleFile } from "./paste.js";

/** The fewest cards shown: Parallax compares articles, so two to start with. */
const MIN_ARTICLES = 2;
/** The longest outlet label kept, in UTF-16 units (the analyser keeps 200 characters: src/document.rs). */
const LABEL_MAX = 200;

/** The article id for the card at `index`: a, b, c ... */
function articleId(index) {
  return String.fromCharCode(97 + index);
}

/** A <div> with a <label for=...> and its control. */
function labelled(text, control, className = "field") {
  return el("div", className, el("label", { for: control.id, text }), control);
}

const MONTHS = "January February March April May June July August September October November December".split(" ");

/** "5 March 2024" for "2024-03-05"; null when `iso` is not such a date. */
function longDate(iso) {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  const month = parts && MONTHS[Number(parts[2]) - 1];
  return month ? `${Number(parts[3])} ${month} ${parts[1]}` : null;
}

/** True when a drag carries files (not text dragged from within the page). */
function carriesFiles(event) {
  return Boolean(event.dataTransfer?.types.includes("Files"));
}

/** One card's DOM, with handles to its fields. */
class Card {
  /**
   * @param {number} serial makes the card's element ids unique
   * @param {{ change: () => void, remove: (card: Card) => void, files: (card: Card, files: File[]) => void }} on
   *   told after an edit of the card, when its Remove button is pressed, and when files are dropped
   *   on it or chosen with its Open file… button
   */
  constructor(serial, on) {
    const prefix = `article-${serial}`;
    const editable = {
      on: {
        input: (event) => {
          this.forgetDateFound();
          this.setNote("");
          if (event.target === this.label) this.cutLabel();
          on.change();
        },
      },
    };
    this.badge = el("span", "article-id");
    const title = el("span", { class: "card-title", text: "Article" });
    this.label = el("input", {
      ...editable,
      id: `${prefix}-label`,
      type: "text",
      autocomplete: "off",
      spellcheck: "false",
      placeholder: "e.g. Harbour Gazette",
    });
    this.published = el("input", { ...editable, id: `${prefix}-date`, type: "date" });
    this.url = el("input", {
      ...editable,
      id: `${prefix}-url`,
      type: "url",
      autocomplete: "off",
      spellcheck: "false",
      placeholder: "https://… (optional: exports link each passage to it)",
    });
    this.text = el("textarea", {
      ...editable,
      id: `${prefix}-text`,
      rows: 12,
      placeholder: "Paste the article text here",
      spellcheck: "false",
    });
    this.text.addEventListener("paste", pasteAsText);
    this.remove = el("button", {
      class: "button-quiet remove",
      type: "button",
      text: "Remove",
      on: { click: () => on.remove(this) },
    });
    this.fileInput = el("input", {
      type: "file",
      hidden: true,
      multiple: true,
      accept: ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html",
      on: { change: () => this.takeChosenFiles(on.files) },
    });
    this.openFile = el("button", {
      class: "button-quiet open-file",
      type: "button",
      text: "Open file…",
      title: "Read the article from a .txt, .md or .html file (or drop the file on this card)",
      on: { click: () => this.fileInput.click() },
    });
    this.note = el("p", { class: "card-note", "aria-live": "polite", hidden: true });
    this.dateFound = el("div", { class: "date-found", hidden: true });
    this.dateFoundId = `${prefix}-date-found`;
    const dateField = labelled("Published", this.published);
    dateField.append(this.dateFound);
    this.root = el(
      "fieldset",
      "card",
      el("legend", "card-legend", title, this.badge), // reads "Article a"
      el("div", "card-meta", labelled("Outlet", this.label), dateField),
      labelled("Text", this.text, "field card-text"),
      this.note,
      labelled("Web address", this.url, "field card-url"),
      el("div", "card-actions", this.openFile, this.fileInput, this.remove),
    );
    this.acceptDrops(on.files);
  }

  /** Lets files be dropped on the card, which shows where they will land while dragged. */
  acceptDrops(onFiles) {
    const root = this.root;
    root.addEventListener("dragover", (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      root.classList.add("is-drop-target");
    });
    root.addEventListener("dragleave", (event) => {
      if (!root.contains(/** @type {Node | null} */ (event.relatedTarget))) root.classList.remove("is-drop-target");
    });
    root.addEventListener("drop", (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      root.classList.remove("is-drop-target");
      onFiles(this, [...event.dataTransfer.files]);
    });
  }

  /** Passes on the files chosen with Open file…, and resets the chooser for the next time. */
  takeChosenFiles(onFiles) {
    const files = [...(this.fileInput.files ?? [])];
    this.fileInput.value = "";
    if (files.length > 0) onFiles(this, files);
  }

  /** Shows `message` under the text (an error when `error`); "" hides it. */
  setNote(message, error = false) {
    this.note.textContent = message;
    this.note.hidden = message === "";
    this.note.classList.toggle("is-error", error);
  }

  /** Puts `text` in the text box in place of what was there (Ctrl+Z brings that back). */
  fillText(text) {
    insertText(this.text, text, { whole: true });
  }

  /**
   * Offers the date the analyser read from the text (`anchor`, report.articles[i].anchor) when
   * the Published field is empty; otherwise shows nothing.
   */
  offerDate(anchor) {
    const shown = anchor?.from === "text" && this.published.value === "" ? longDate(anchor.date) : null;
    if (!shown) {
      this.forgetDateFound();
      return;
    }
    const use = () => {
      this.published.value = anchor.date;
      this.published.dispatchEvent(new Event("input", { bubbles: true }));
      this.published.focus();
    };
    this.dateFound.replaceChildren(
      el("span", { id: this.dateFoundId, text: `Read from the text: ${shown}` }),
      el("button", {
        type: "button",
        class: "button-quiet",
        text: "Use this date",
        "aria-describedby": this.dateFoundId,
        on: { click: use },
      }),
    );
    this.dateFound.hidden = false;
  }

  /** Hides the date offered by offerDate. */
  forgetDateFound() {
    this.dateFound.hidden = true;
    this.dateFound.replaceChildren();
  }

  /** Shows the card's position: its article id and title. */
  setIndex(index) {
    const id = articleId(index);
    this.root.dataset.article = id;
    this.badge.textContent = id;
    this.remove.setAttribute("aria-label", `Remove article ${id}`);
    this.openFile.setAttribute("aria-label", `Open file for article ${id}`);
  }

  /** Cuts a label longer than the analyser keeps (LABEL_MAX), and says so in the card's note. */
  cutLabel() {
    const label = this.label.value;
    if (label.length <= LABEL_MAX) return;
    // Not inside a surrogate pair.
    const end = /[\uD800-\uDBFF]/.test(label[LABEL_MAX - 1]) ? LABEL_MAX - 1 : LABEL_MAX;
    this.label.value = label.slice(0, end);
    this.setNote(`The outlet's name was cut to its first ${end} characters, the most Parallax keeps.`);
  }

  get value() {
    return { label: this.label.value, published: this.published.value, text: this.text.value, url: this.url.value };
  }

  set value(article) {
    this.label.value = article.label;
    this.published.value = article.published;
    this.text.value = article.text;
    this.url.value = article.url ?? "";
    this.forgetDateFound();
    this.setNote("");
    this.cutLabel();
  }
}

/** The list of cards inside `container`; `onChange` is called after any edit, add or remove. */
export class CardList {
  constructor(container, onChange) {
    this.container = container;
    this.onChange = onChange;
    /** @type {Card[]} */
    this.cards = [];
    this.serial = 0;
    /** The most cards: unknown (no limit) until the analyser says. */
    this.limit = Number.POSITIVE_INFINITY;
    this.isLocked = false;
  }

  /** Locked, every card's fields are disabled (while the saved inputs are read). */
  set locked(locked) {
    this.isLocked = locked;
    for (const card of this.cards) card.root.disabled = locked;
  }

  /** True when no card can be added: there are as many as the analyser takes. */
  get full() {
    return this.cards.length >= this.limit;
  }

  /** The current inputs, in card order. */
  values() {
    return this.cards.map((card) => card.value);
  }

  /** Replaces every card with `articles` (padded to MIN_ARTICLES, cut to the limit). */
  setValues(articles) {
    const list = articles.slice(0, this.limit);
    while (list.length < MIN_ARTICLES) list.push({ label: "", published: "", text: "", url: "" });
    while (this.cards.length > list.length) this.cards.pop().root.remove();
    while (this.cards.length < list.length) this.append();
    list.forEach((article, i) => {
      this.cards[i].value = article;
    });
    this.refresh();
  }

  /** Adds an empty card at the end and focuses its text; returns false when full. */
  add() {
    if (this.full) return false;
    const card = this.append();
    this.refresh();
    this.onChange();
    card.label.focus();
    return true;
  }

  /** Moves focus to the text of the first card. */
  focusFirstText() {
    this.cards[0].text.focus();
  }

  /**
   * Shows, under each card's empty Published field, the date its article's relative dates were
   * read against when that date came from its text (report.articles[i].anchor), with a button
   * that puts it in the field. Call it right after the report is shown; a card's offer goes
   * when its inputs change.
   * @param {{ articles: Array<{ anchor: { date: string, from: string } | null }> }} report
   */
  showDatesFound(report) {
    this.cards.forEach((card, i) => {
      card.offerDate(report.articles[i]?.anchor);
    });
  }

  /**
   * Reads `files` (dropped on `card` or chosen with its Open file… button) into cards: the
   * first readable one into `card`, the next into the following cards whose text is empty,
   * then into new cards up to the limit. What could not be read or placed is said in `card`.
   * @param {Card} card
   * @param {File[]} files
   */
  async loadFiles(card, files) {
    const read = await Promise.all(files.map(async (file) => ({ file, ...(await readArticleFile(file)) })));
    const problems = read.filter((r) => r.error).map((r) => r.error);
    const texts = read.filter((r) => !r.error);
    const left = this.placeTexts(card, texts);
    if (left > 0) {
      const count = left === 1 ? "1 more file was" : `${left} more files were`;
      problems.push(`${count} not read: ${this.limit} articles is the most Parallax compares at once.`);
    }
    if (problems.length > 0) {
      const loaded = texts.length > 0 ? `${card.note.textContent} ` : "";
      card.setNote(loaded + problems.join(" "), true);
    }
    card.text.focus();
  }

  /**
   * Puts each of `texts` ({ file, text }) in a card, the first in `card`, each noting the file
   * it came from; returns how many found no card (the page is full).
   */
  placeTexts(card, texts) {
    let target = card;
    for (const [i, { file, text }] of texts.entries()) {
      if (i > 0) target = this.emptyCardAfter(target);
      if (!target) return texts.length - i;
      target.fillText(text);
      target.setNote(`Read from ${file.name}.`);
    }
    return 0;
  }

  /** The first card after `card` with no text, or a new one at the end; null when full. */
  emptyCardAfter(card) {
    const next = this.cards.slice(this.cards.indexOf(card) + 1).find((c) => c.text.value.trim() === "");
    if (next || this.full) return next ?? null;
    const added = this.append();
    this.refresh();
    this.onChange();
    return added;
  }

  append() {
    const card = new Card(this.serial++, {
      change: () => this.onChange(),
      remove: (c) => this.remove(c),
      files: (c, files) => this.loadFiles(c, files),
    });
    card.root.disabled = this.isLocked;
    this.cards.push(card);
    this.container.append(card.root);
    return card;
  }

  remove(card) {
    if (this.cards.length <= MIN_ARTICLES) return;
    const index = this.cards.indexOf(card);
    if (index < 0) return;
    this.cards.splice(index, 1);
    card.root.remove();
    this.refresh();
    this.onChange();
    // Keep keyboard focus nearby: the card that took this one's place, or the new last one.
    const next = this.cards[Math.min(index, this.cards.length - 1)];
    if (next.remove.disabled) next.text.focus();
    else next.remove.focus();
  }

  /** Renumbers the cards and updates which Remove buttons are usable. */
  refresh() {
    const removable = this.cards.length > MIN_ARTICLES;
    this.cards.forEach((card, i) => {
      card.setIndex(i);
      card.remove.disabled = !removable;
      card.remove.title = removable ? "" : `Parallax compares at least ${MIN_ARTICLES} articles`;
    });
  }
}
