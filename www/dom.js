// This file is the one way the page makes elements, el(tag, props, ...children), and the few
// shapes that the results view repeats: a section with its heading, a titled group, and a list
// that shows its first items and folds the rest away. Text, from the report or from the user,
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

/** How many items a list shows before the rest go under "N more". */
const LIST_CAP = 8;

/**
 * `items` in a <ul class=className>: the first LIST_CAP shown, the rest in a collapsed
 * <details> ("12 more") under it. Returns the nodes to append.
 */
export function cappedList(items, className = "finding-list") {
  const shown = el("ul", className, ...items.slice(0, LIST_CAP));
  if (items.length <= LIST_CAP) return [shown];
  const rest = el("ul", className, ...items.slice(LIST_CAP));
  return [shown, el("details", "more", el("summary", { text: `${items.length - LIST_CAP} more` }), rest)];
}

/** A titled group inside a section: <div class="finding-group" data-group=key><h3>…</h3><ul>. */
export function group(key, title, items, className = "finding-list") {
  return el(
    "div",
    { class: "finding-group", data: { group: key } },
    el("h3", { text: title }),
    ...cappedList(items, className),
  );
}
