// This file turns what a user brings into a card into plain article text: a rich paste (the
// clipboard's text/html, as a copy from a news page gives) and a dropped or opened file (.txt,
// .md or .html). HTML, its tags stripped of their attributes, is parsed with DOMParser into an
// inert document (no script runs, nothing loads, no node of it ever enters the page) and only
// its text nodes are read, with paragraphs kept: block elements and <br> become line breaks,
// with a blank line between paragraphs; scripts, styles, templates, frames, hidden elements and
// comments are left out. Markdown keeps its text with the markup of headings, emphasis and
// links removed. Text goes into a text box through the browser's own editing command, so that
// Ctrl+Z undoes it (but for very long texts, which that command would take seconds over).

/** The largest file a card reads: bigger ones are refused with a message, nothing loaded. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The file types a card reads, by extension -> how its text is made. */
const READERS = {
  txt: (text) => text,
  md: markdownToText,
  markdown: markdownToText,
  html: htmlToText,
  htm: htmlToText,
};

/** Elements whose content is not article text. */
const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "TEMPLATE",
  "IFRAME",
  "NOSCRIPT",
  "OBJECT",
  "EMBED",
  "SVG",
  "CANVAS",
  "HEAD",
]);

/** Elements that stand apart as paragraphs: a blank line before and after. */
const PARAGRAPHS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "PRE",
  "UL",
  "OL",
  "DL",
  "TABLE",
  "FIGURE",
  "HR",
  "ADDRESS",
]);

/** Other block elements: a line break before and after. */
const LINES = new Set([
  "DIV",
  "LI",
  "DT",
  "DD",
  "TR",
  "FIGCAPTION",
  "SECTION",
  "ARTICLE",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "NAV",
  "MAIN",
  "FORM",
  "FIELDSET",
  "DETAILS",
  "SUMMARY",
  "CAPTION",
  "CENTER",
]);

/**
 * Collects text and line breaks: breaks asked for between blocks merge (the larger wins), and
 * spaces at the edges of lines go, as a browser lays out text.
 */
class TextBuilder {
  constructor() {
    this.parts = [];
    /** Line breaks asked for before the next text (0, 1 or 2). */
    this.pending = 0;
  }

  /** Asks for `count` line breaks before the next text (none at the start). */
  breakLines(count) {
    this.pending = Math.max(this.pending, count);
  }

  /** Adds text; `collapse` folds runs of white space into one space (all but <pre>). */
  add(text, collapse) {
    let piece = collapse ? text.replace(/[ \t\n\r\f]+/g, " ") : text;
    const atLineStart = this.pending > 0 || this.parts.length === 0 || this.parts.at(-1).endsWith("\n");
    if (collapse && atLineStart) piece = piece.replace(/^ +/, "");
    if (piece === "") return;
    if (this.pending > 0 && this.parts.length > 0) {
      this.parts.push(`${this.parts.pop().replace(/ +$/, "")}${"\n".repeat(this.pending)}`);
    }
    this.pending = 0;
    this.parts.push(piece);
  }

  /** The text: lines trimmed at their ends, at most one blank line in a row. */
  toString() {
    return this.parts
      .join("")
      .replace(/ +\n/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  }
}

/** Appends the text under `node` to `out`; `pre` is true inside <pre>, where spacing is kept. */
function collect(node, out, pre) {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.add(child.data, !pre);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      collectElement(child, out, pre);
    }
    // Comments, processing instructions and the rest are not text.
  }
}

/** Appends the text of element `element` to `out`, with the line breaks its kind asks for. */
function collectElement(element, out, pre) {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED.has(tag) || element.hasAttribute("hidden")) return;
  if (tag === "BR") {
    out.add("\n", false);
    return;
  }
  const lines = PARAGRAPHS.has(tag) ? 2 : LINES.has(tag) ? 1 : 0;
  out.breakLines(lines);
  if (tag === "TD" || tag === "TH") out.add(" ", true);
  collect(element, out, pre || tag === "PRE");
  out.breakLines(lines);
}

/** A <style> element with its rules. */
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
/** A start tag: its name, then its attributes (quoted values may hold ">"). */
const START_TAG = /<([a-zA-Z][^\s/<>]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * `html` without <style> elements and with every start tag's attributes taken off, but for
 * `hidden`: attributes are not text, and parsed under the page's Content-Security-Policy each
 * inline style or event handler would log a refusal in the console. (Nothing would run or load
 * either way: the document DOMParser makes is inert.)
 */
function withoutAttributes(html) {
  return html.replace(STYLE_ELEMENT, "").replace(START_TAG, (_, name, attributes) => {
    const names = attributes.replace(/"[^"]*"|'[^']*'/g, " ");
    return /(?:^|[\s/])hidden(?:[\s=/]|$)/i.test(names) ? `<${name} hidden>` : `<${name}>`;
  });
}

/**
 * The page requires Trusted Types (index.html's policy): a string becomes HTML only through a
 * named policy. This is the one that makes HTML, and htmlToText its one use: the HTML it
 * passes is parsed into DOMParser's inert document, never into the page.
 */
const inertHtml = globalThis.trustedTypes?.createPolicy("parallax-inert-html", { createHTML: (html) => html }) ?? null;

/**
 * The text of an HTML document or fragment, with its paragraphs: read from an inert document
 * made by DOMParser (nothing runs or loads; none of its nodes enters the page).
 * @param {string} html
 * @returns {string}
 */
function htmlToText(html) {
  const stripped = withoutAttributes(html);
  const doc = new DOMParser().parseFromString(
    inertHtml === null ? stripped : inertHtml.createHTML(stripped),
    "text/html",
  );
  const out = new TextBuilder();
  if (doc.body) collect(doc.body, out, false);
  return out.toString();
}

/**
 * The text of a Markdown document with the markup of headings, emphasis, links, images, inline
 * code and block quotes removed; paragraphs and list items stay as they are.
 * @param {string} markdown
 * @returns {string}
 */
function markdownToText(markdown) {
  return markdown
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter((line) => !/^ {0,3}\[[^\]]+\]:\s*\S+/.test(line)) // link reference definitions
    .filter((line) => !/^ {0,3}(?:={3,}|-{3,}|\*{3,}|_{3,})\s*$/.test(line)) // rules, heading underlines
    .map(markdownLine)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** One line of Markdown without its heading, quote, emphasis, link and code markup. */
function markdownLine(line) {
  return line
    .replace(/^ {0,3}(?:> ?)+/, "") // block quote
    .replace(/^ {0,3}#{1,6}(?:\s+|$)/, "") // ATX heading
    .replace(/\s+#+\s*$/, "") // closing #s of a heading
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // image -> its alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // inline link -> its text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // reference link -> its text
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1") // autolink -> the address
    .replace(/`+([^`]+)`+/g, "$1") // inline code
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2") // strong
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, "$1$2") // emphasis with *
    .replace(/(^|[^\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, "$1$2") // emphasis with _
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1") // strikethrough
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1"); // escaped characters
}

/** A file's extension, lower-case, without the dot ("" when it has none). */
function extensionOf(name) {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** "2.3 MB": a file size for a message. */
function formatSize(bytes) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads a dropped or opened file as article text. Resolves to { text } or, when the file is not
 * one Parallax reads, too large, empty or unreadable, to { error } (a sentence for the user).
 * @param {File} file
 * @returns {Promise<{ text: string } | { error: string }>}
 */
export async function readArticleFile(file) {
  const extension = extensionOf(file.name);
  const read = READERS[extension];
  if (!read) {
    const kind = extension ? `a .${extension}` : "a file without an extension";
    return { error: `Parallax reads .txt, .md and .html files: ${file.name} is ${kind}.` };
  }
  if (file.size > MAX_FILE_BYTES) {
    return {
      error: `${file.name} is ${formatSize(file.size)}: Parallax reads files up to 5 MB. Paste the article's text instead.`,
    };
  }
  let raw;
  try {
    raw = await file.text();
  } catch (err) {
    return { error: `${file.name} could not be read (${err?.message ?? err}). Try opening it again.` };
  }
  const text = read(raw.replace(/\r\n?/g, "\n")).trimEnd();
  if (text.trim() === "") return { error: `${file.name} has no text to read.` };
  return { text };
}

/**
 * The most lines, and characters, inserted through the browser's editing command: its time grows
 * with the square of the lines (about 0.3 s for 400 lines, 16 s for 4,000 in Chromium) and with
 * the length (1.6 s for 5 MB), so longer texts go in at once, without Ctrl+Z.
 */
const MAX_UNDOABLE_LINES = 300;
const MAX_UNDOABLE_LENGTH = 200_000;

/** How many line breaks `text` has, counting no further than `cap`. */
function lineBreaks(text, cap) {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0 && count <= cap; i = text.indexOf("\n", i + 1)) count += 1;
  return count;
}

/**
 * Puts `text` in `box` in place of its selection (or of everything, when `whole`), as typing
 * would: through the browser's editing command, so that Ctrl+Z undoes it and an input event
 * fires; when that command is missing, or the text too long for it (MAX_UNDOABLE_LINES),
 * through setRangeText and an input event of its own.
 * @param {HTMLTextAreaElement} box
 * @param {string} text
 * @param {{ whole?: boolean }} [options]
 */
export function insertText(box, text, { whole = false } = {}) {
  box.focus();
  if (whole) box.select();
  const small = text.length <= MAX_UNDOABLE_LENGTH && lineBreaks(text, MAX_UNDOABLE_LINES) <= MAX_UNDOABLE_LINES;
  if (small && execInsert(text)) return;
  box.setRangeText(text, box.selectionStart, box.selectionEnd, "end");
  box.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Inserts `text` at the focused selection with the browser's editing command; false when it cannot. */
function execInsert(text) {
  try {
    return document.execCommand("insertText", false, text);
  } catch {
    return false;
  }
}

/**
 * The paste handler of a card's text box: a paste that holds HTML goes in as its text, with
 * paragraphs; any other paste (plain text) is left to the browser.
 * @param {ClipboardEvent} event
 */
export function pasteAsText(event) {
  const data = event.clipboardData;
  if (!data?.types.includes("text/html")) return;
  const text = htmlToText(data.getData("text/html"));
  // HTML with no text in it (an image alone): the browser pastes whatever plain text came along.
  if (text === "") return;
  event.preventDefault();
  insertText(/** @type {HTMLTextAreaElement} */ (event.currentTarget), text);
}
