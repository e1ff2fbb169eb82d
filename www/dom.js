// This file is the one way the page makes elements, el(tag, props, ...children), and the few
// shapes that the results view repeats: a section with its heading, a titled group, and a list
// that builds its first items and the rest a page at a time, only when asked. Text, from the report or from the user,
// only ever goes in as text: props.text through textContent, and string children as text
// nodes; nothing here parses markup. Every other module builds its nodes with el().

/**
 * Makes an element. `props` is a class name (a string), or an object of:
 *   class     the class attribute
 *   text      the text content (set with textContent)
 *   data      an object whose entries become data-* attributes
 *   on        an object of event type -> listener
 *   any other key: the attribute of that name ("for", "type", "title", "role", "aria-label",
 *   "tabindex", "scope", "hidden"...), set to the value as a string; true sets an empty one.
 * A prop whose value is null, undefined or false is left out. `children` are nodes or strings
 * (strings become text nodes); null, undefined and false children are skipped.
 * @param {string} tag
 * @param {string | Record<string, any> | null} [props]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function el(tag, props = null, ...children) {
  const node = document.createElement(tag);
  const given = typeof props === "string" ? { class: props } : (props ?? {});
  for (const [key, value] of Object.entries(given)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") {
      if (value) node.className = value;
    } else if (key === "text") {
      node.textContent = String(value);
    } else if (key === "data") {
      for (const [name, v] of Object.entries(value)) if (v !== null && v !== undefined) node.dataset[name] = String(v);
    } else if (key === "on") {
      for (const [type, listener] of Object.entries(value)) node.addEventListener(type, listener);
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

/** A section of the results with its heading (id'd for aria-labelledby) and an optional note. */
export function section(className, key, title, note) {
  return el(
    "section",
    { class: className, data: { section: key }, "aria-labelledby": `${key}-heading` },
    el("h2", { id: `${key}-heading`, text: title }),
    note && el("p", { class: "note", text: note }),
  );
}

/** How many items a list shows at first. */
export const LIST_CAP = 8;

/** How many more items each "Show more" builds. */
export const PAGE_SIZE = 100;

/**
 * One entry of a paged list: `key` is what the entry stands for (a finding list's
 * data-finding, "" for other lists), `node` its element once built (null until then), and
 * `list` and `index` where it is.
 * @typedef {{ key: string, node: HTMLElement | null, list: PagedList, index: number }} Slot
 */

/** The paged lists in the page, by their wrapper element (navigator.js reads their slots). */
const pagedLists = new WeakMap();

/**
 * A list of any length whose items are built only when asked for: the first `first` at once,
 * then PAGE_SIZE more per press of "Show 100 more (of N)" under it, so that no result set puts
 * thousands of nodes in the page (or takes one long task to build them). Callers hand over the
 * data and a function that makes one item's element, never the elements themselves. When a
 * page is built, the wrapper fires a bubbling "paged" event whose `detail.slots` are the new
 * slots (navigator.js filters and numbers them).
 */
export class PagedList {
  /**
   * @param {any[]} entries the data, one entry per item, in order
   * @param {(entry: any, index: number) => HTMLElement} render makes one item
   * @param {object} [options]
   * @param {string} [options.className] the class of the list element
   * @param {string} [options.tag] the list element ("ul", or "tbody" for a table's rows)
   * @param {number} [options.first] how many items are built at once
   * @param {(entry: any) => string} [options.key] what an entry stands for (Slot.key)
   */
  constructor(entries, render, { className = "finding-list", tag = "ul", first = LIST_CAP, key = () => "" } = {}) {
    this.entries = entries;
    this.render = render;
    /** @type {Slot[]} */
    this.slots = entries.map((entry, index) => ({ key: key(entry), node: null, list: this, index }));
    this.list = el(tag, className);
    this.button = el("button", {
      type: "button",
      class: "button-quiet show-more",
      on: { click: () => this.more() },
    });
    this.footer = el("p", "show-more-line", this.button);
    this.built = 0;
    pagedLists.set(this.list, this);
    this.build(Math.min(first, entries.length));
  }

  /** The nodes to put in the page: the list, then (while items are left) its button's line. */
  nodes() {
    return [this.list, this.footer];
  }

  /** Builds the items up to (not including) index `end`, and says what is left. */
  build(end) {
    const fresh = [];
    for (; this.built < end; this.built += 1) {
      const slot = this.slots[this.built];
      slot.node = this.render(this.entries[this.built], this.built);
      this.list.append(slot.node);
      fresh.push(slot);
    }
    const left = this.entries.length - this.built;
    this.footer.hidden = left === 0;
    this.button.textContent = `Show ${Math.min(left, PAGE_SIZE).toLocaleString("en")} more (of ${this.entries.length.toLocaleString("en")})`;
    if (fresh.length > 0 && this.list.isConnected) {
      this.list.dispatchEvent(new CustomEvent("paged", { bubbles: true, detail: { slots: fresh } }));
    }
  }

  /** The next page, from the button: focus moves to the first new item's first control. */
  more() {
    const first = this.built;
    this.build(Math.min(this.entries.length, this.built + PAGE_SIZE));
    const node = this.slots[first]?.node;
    if (!node) return;
    const control = node.querySelector("button, a[href], [tabindex]");
    if (control) control.focus();
    else {
      node.tabIndex = -1;
      node.focus();
    }
  }

  /** The element of entry `index`, building the pages up to it first when it is not built. */
  nodeAt(index) {
    if (index >= this.built) this.build(Math.min(this.entries.length, (Math.floor(index / PAGE_SIZE) + 1) * PAGE_SIZE));
    return this.slots[index].node;
  }
}

/** The PagedList whose list element is `node`, or undefined. */
export function pagedListOf(node) {
  return pagedLists.get(node);
}

/**
 * `entries` in a paged <ul class=className> (PagedList): the first LIST_CAP built, the rest a
 * page at a time. `key` says which findings an entry stands for. Returns the nodes to append.
 */
export function pagedList(entries, render, className = "finding-list", key = undefined) {
  return new PagedList(entries, render, { className, key }).nodes();
}

/** What a finding entry stands for: its id, or a merged entry's ids (finding-items.js). */
export function findingKey(f) {
  return f.ids ? f.ids.join(" ") : f.id;
}

/**
 * A titled group inside a section: <div class="finding-group" data-group=key><h3>…</h3><ul>,
 * the findings `entries` paged, each made by `render`.
 */
export function group(key, title, entries, render, className = "finding-list") {
  return el(
    "div",
    { class: "finding-group", data: { group: key } },
    el("h3", { text: title }),
    ...pagedList(entries, render, className, findingKey),
  );
}
