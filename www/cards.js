// This file manages the article input cards: one card per article, each with an outlet label,
// its publication date (relative dates such as "on Tuesday" are read against it), the article
// text, its web address (optional: the exports cite it) and a Remove button. Articles are identified
// by a letter (a, b, c ...) that follows the cards' order, as the report does. There are always
// at least MIN_ARTICLES cards, and no more than the analyser takes once it has said how many
// (app.js passes on Engine.max_articles() from the worker). User text only ever goes into
// input values.

import { el } from "./dom.js";

/** The fewest cards shown: Parallax compares articles, so two to start with. */
const MIN_ARTICLES = 2;

/** The article id for the card at `index`: a, b, c ... */
function articleId(index) {
  return String.fromCharCode(97 + index);
}

/** A <div> with a <label for=...> and its control. */
function labelled(text, control, className = "field") {
  return el("div", className, el("label", { for: control.id, text }), control);
}

/** One card's DOM, with handles to its fields. */
class Card {
  constructor(serial, onChange, onRemove) {
    const prefix = `article-${serial}`;
    const editable = { on: { input: onChange } };
    this.badge = el("span", "article-id");
    const title = el("span", { class: "card-title", text: "Article" });
    this.label = el("input", {
      ...editable,
      id: `${prefix}-label`,
      type: "text",
      autocomplete: "off",
      spellcheck: "false",
      // The analyser keeps the first 200 characters of a label.
      maxlength: 200,
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
    this.remove = el("button", {
      class: "button-quiet remove",
      type: "button",
      text: "Remove",
      on: { click: () => onRemove(this) },
    });
    this.root = el(
      "fieldset",
      "card",
      el("legend", "card-legend", title, this.badge), // reads "Article a"
      el("div", "card-meta", labelled("Outlet", this.label), labelled("Published", this.published)),
      labelled("Text", this.text, "field card-text"),
      labelled("Web address", this.url, "field card-url"),
      el("div", "card-actions", this.remove),
    );
  }

  /** Shows the card's position: its article id and title. */
  setIndex(index) {
    const id = articleId(index);
    this.root.dataset.article = id;
    this.badge.textContent = id;
    this.remove.setAttribute("aria-label", `Remove article ${id}`);
  }

  get value() {
    return { label: this.label.value, published: this.published.value, text: this.text.value, url: this.url.value };
  }

  set value(article) {
    this.label.value = article.label;
    this.published.value = article.published;
    this.text.value = article.text;
    this.url.value = article.url ?? "";
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

  append() {
    const card = new Card(
      this.serial++,
      () => this.onChange(),
      (c) => this.remove(c),
    );
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
