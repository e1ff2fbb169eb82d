// This file shares the inputs (each card's outlet, date, web address and text) without a server:
// "Copy link" puts the page's address with the inputs packed after its # (JSON, compressed with
// CompressionStream("deflate-raw"), in base64url, after a version: "#v1."). A browser never
// sends the part after # in a request, so opening the link sends no text to the site; but the
// link itself carries the texts, to whoever it is given. A link longer than about 8 KB is not offered (mail and chat programs cut
// such links): "Save to file" writes the same inputs to a .parallax.json file instead, and
// "Open file…" in the toolbar reads one back. Opening a link (or a file) hands its inputs to the
// page, which keeps the previous ones for Undo and analyses; a damaged or foreign link, or a
// file that is not Parallax's, gets a clear message and the inputs stay as they were.

import { el } from "./dom.js";
import { download } from "./downloads.js";

/** The version prefix of the fragments this page makes and reads. */
const PREFIX = "v1.";
/** The longest link offered: mail and chat programs may cut longer ones. */
const LINK_LIMIT = 8 * 1024;
/** The most a link or file may unpack to, so that a crafted one cannot fill the memory. */
const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;
/** The most articles a link or file may hold (the analyser takes far fewer). */
const MAX_SHARED_ARTICLES = 100;
/** What a .parallax.json file says it is. */
const FILE_FORMAT = "parallax-inputs";
/** The fields of one article, all strings. */
const FIELDS = ["label", "published", "url", "text"];

/** A link or file that could not be read; its message says what is wrong and what to do. */
class ShareError extends Error {
  constructor(message) {
    super(message);
    this.name = "ShareError";
  }
}

const DAMAGED = "This link is damaged: part of it is missing or changed. Ask for the link again, or copy all of it.";

/**
 * Checks that `data` holds Parallax inputs ({ articles: [{ label, published, url, text }] })
 * and returns the articles, every field a string; throws a ShareError saying what is wrong.
 * @param {unknown} data
 * @param {string} what "This link" or the file's name, for the message
 * @returns {Array<{label: string, published: string, url: string, text: string}>}
 */
function articlesFrom(data, what) {
  const list = data && typeof data === "object" ? data.articles : null;
  if (!Array.isArray(list) || list.length === 0) {
    throw new ShareError(`${what} does not hold Parallax inputs: it has no list of articles.`);
  }
  if (list.length > MAX_SHARED_ARTICLES) {
    throw new ShareError(
      `${what} holds ${list.length} articles: more than Parallax can show (${MAX_SHARED_ARTICLES}).`,
    );
  }
  return list.map((article, i) => {
    if (!article || typeof article !== "object") throw new ShareError(`${what} does not hold Parallax inputs.`);
    const clean = {};
    for (const field of FIELDS) {
      const value = article[field] ?? "";
      if (typeof value !== "string") {
        throw new ShareError(`${what} does not hold Parallax inputs: article ${i + 1}'s ${field} is not text.`);
      }
      clean[field] = value;
    }
    if (clean.published !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(clean.published)) clean.published = "";
    return clean;
  });
}

/** `bytes` in base64url, without padding. */
function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The bytes of base64url `text`; throws a ShareError when it is not base64url. */
function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) throw new ShareError(DAMAGED);
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** `bytes` inflated (deflate-raw), refusing more than MAX_UNPACKED_BYTES; throws a ShareError. */
async function inflate(bytes) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const chunks = [];
  let size = 0;
  try {
    for (let step = await reader.read(); !step.done; step = await reader.read()) {
      size += step.value.length;
      if (size > MAX_UNPACKED_BYTES) {
        reader.cancel().catch(() => {});
        throw new ShareError("This link unpacks to more than 20 MB: it was not made by Parallax. Nothing was loaded.");
      }
      chunks.push(step.value);
    }
  } catch (err) {
    throw err instanceof ShareError ? err : new ShareError(DAMAGED);
  }
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}

/**
 * The fragment (without "#") that carries `articles`: "v1." and the compressed JSON.
 * @param {Array<{label: string, published: string, url: string, text: string}>} articles
 * @returns {Promise<string>}
 */
async function packInputs(articles) {
  const json = JSON.stringify({
    articles: articles.map((a) => Object.fromEntries(FIELDS.map((f) => [f, a[f] ?? ""]))),
  });
  const packed = new Blob([json]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return PREFIX + toBase64Url(new Uint8Array(await new Response(packed).arrayBuffer()));
}

/**
 * The articles a fragment (without "#") carries; throws a ShareError when it is damaged, from a
 * newer version, or not Parallax's.
 * @param {string} fragment
 * @returns {Promise<Array<{label: string, published: string, url: string, text: string}>>}
 */
async function unpackInputs(fragment) {
  const version = /^v(\d+)\./.exec(fragment);
  if (version && `v${version[1]}.` !== PREFIX) {
    throw new ShareError(
      `This link was made by another version of Parallax (v${version[1]}), which this page cannot read. Open it with the version it was made with.`,
    );
  }
  if (!fragment.startsWith(PREFIX)) throw new ShareError(DAMAGED);
  if (typeof DecompressionStream !== "function") {
    throw new ShareError(
      "This browser cannot open Parallax links: it has no DecompressionStream. Open the link in a current browser.",
    );
  }
  const bytes = await inflate(fromBase64Url(fragment.slice(PREFIX.length)));
  let data;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new ShareError(DAMAGED);
  }
  return articlesFrom(data, "This link");
}

/**
 * What the address's fragment is: "none" (empty, or a place in the page such as
 * #findings-summary), "link" (Parallax inputs, "#v1.…") or "foreign" (anything else).
 * @param {string} hash location.hash
 */
export function fragmentKind(hash) {
  if (hash === "" || hash === "#") return "none";
  if (/^#v\d/.test(hash)) return "link";
  return /^#[A-Za-z][\w.:-]*$/.test(hash) ? "none" : "foreign";
}

/**
 * The text of a .parallax.json file holding `articles`.
 * @param {Array<{label: string, published: string, url: string, text: string}>} articles
 */
function inputsFile(articles) {
  const clean = articles.map((a) => Object.fromEntries(FIELDS.map((f) => [f, a[f] ?? ""])));
  return `${JSON.stringify({ format: FILE_FORMAT, version: 1, articles: clean }, null, 2)}\n`;
}

/**
 * The articles in the text of a .parallax.json file called `name`; throws a ShareError saying
 * what is wrong when it is not one.
 * @param {string} text
 * @param {string} name
 */
function readInputsFile(text, name) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ShareError(
      `${name} is not a Parallax file: it is not JSON. Open a .parallax.json file made with Save to file.`,
    );
  }
  if (data?.format !== FILE_FORMAT || data?.version !== 1) {
    throw new ShareError(`${name} is not a Parallax file. Open a .parallax.json file made with Save to file.`);
  }
  return articlesFrom(data, name);
}

/** "3.2 KB": a length in bytes for a message. */
function kilobytes(length) {
  return `${(length / 1024).toFixed(1)} KB`;
}

/**
 * The toolbar's Copy link, Save to file and Open file… buttons, and opening a link from the
 * address (when the page opens, and when only its fragment changes).
 */
export class Sharing {
  /**
   * @param {{ copy: HTMLElement, save: HTMLElement, open: HTMLElement, file: HTMLInputElement, box: HTMLElement }} ui
   *   the buttons, the (hidden) file input, and where a link is shown when it cannot be copied
   * @param {object} hooks
   * @param {() => Array<{label: string, published: string, url: string, text: string}>} hooks.read the inputs now
   * @param {(articles: Array<object>) => void} hooks.load puts shared inputs in the cards (and analyses)
   * @param {(text: string) => void} hooks.say shows a message in the status line
   * @param {(what: string, detail: string) => void} hooks.fail shows an error
   */
  constructor(ui, hooks) {
    this.ui = ui;
    this.hooks = hooks;
    ui.copy.addEventListener("click", () => this.copyLink());
    ui.save.addEventListener("click", () => this.saveFile());
    ui.open.addEventListener("click", () => ui.file.click());
    ui.file.addEventListener("change", () => {
      const file = ui.file.files?.[0];
      ui.file.value = "";
      if (file) this.openFile(file);
    });
    window.addEventListener("hashchange", () => this.openFromAddress());
  }

  /** True when every card is empty, so there is nothing to share. */
  nothingToShare(articles) {
    return articles.every((a) => !a.text.trim() && !a.label.trim() && !a.published && !a.url.trim());
  }

  /** Copies a link to the inputs, or says why not and offers Save to file. */
  async copyLink() {
    this.hideLink();
    const articles = this.hooks.read();
    if (this.nothingToShare(articles)) {
      this.hooks.say("Nothing to link to: every card is empty.");
      return;
    }
    let fragment;
    try {
      fragment = await packInputs(articles);
    } catch (err) {
      this.hooks.fail(
        `This browser could not make the link (${err?.message ?? err}).`,
        "Use Save to file instead: the file holds the same inputs.",
      );
      return;
    }
    const link = `${location.href.split("#")[0]}#${fragment}`;
    if (link.length > LINK_LIMIT) {
      this.hooks.say(
        `The link would be ${kilobytes(link.length)} long, more than the 8 KB a link can carry safely. Use Save to file instead: the file holds the same inputs.`,
      );
      this.ui.save.focus();
      return;
    }
    try {
      await navigator.clipboard.writeText(link);
      this.hooks.say(
        "Link copied. It carries the texts themselves, so whoever has it can read them; opening it sends them nowhere (the part after # stays in the browser).",
      );
    } catch {
      this.showLink(link);
      this.hooks.say("The browser did not let the page copy the link: it is selected in the box below, ready to copy.");
    }
  }

  /** Shows `link` selected in a read-only box, for copying by hand. */
  showLink(link) {
    const input = el("input", { id: "share-link", type: "text", readonly: true, spellcheck: "false" });
    input.value = link;
    this.ui.box.replaceChildren(el("label", { for: "share-link", text: "Link to these inputs" }), input);
    this.ui.box.hidden = false;
    input.focus();
    input.select();
  }

  /** Takes away the link shown by showLink. */
  hideLink() {
    this.ui.box.hidden = true;
    this.ui.box.replaceChildren();
  }

  /** Downloads the inputs as a .parallax.json file. */
  saveFile() {
    const articles = this.hooks.read();
    if (this.nothingToShare(articles)) {
      this.hooks.say("Nothing to save: every card is empty.");
      return;
    }
    download("articles.parallax.json", "application/json", inputsFile(articles));
    this.hooks.say("Downloaded the inputs as articles.parallax.json. Open file… reads it back.");
  }

  /** Loads the inputs of a .parallax.json `file`, or says why it cannot. */
  async openFile(file) {
    try {
      if (file.size > MAX_UNPACKED_BYTES) {
        throw new ShareError(`${file.name} is larger than 20 MB: it is not a file Parallax saved. Nothing was loaded.`);
      }
      this.hooks.load(readInputsFile(await file.text(), file.name));
    } catch (err) {
      const message =
        err instanceof ShareError ? err.message : `${file.name} could not be read (${err?.message ?? err}).`;
      this.hooks.fail(message, "Your inputs are unchanged.");
    }
  }

  /**
   * Opens the inputs of a link in the address, if it has one (the fragment is then taken off the
   * address, so that a reload keeps later edits); says so when the fragment is no such link.
   * @returns {Promise<void>}
   */
  async openFromAddress() {
    const kind = fragmentKind(location.hash);
    if (kind === "none") return;
    const fragment = location.hash.slice(1);
    history.replaceState(history.state, "", location.href.split("#")[0]);
    if (kind === "foreign") {
      this.hooks.fail(
        "The address ends in something that is not a Parallax link, so nothing was loaded from it.",
        "Your inputs are unchanged. To open shared articles, use the whole link as it was copied.",
      );
      return;
    }
    try {
      this.hooks.load(await unpackInputs(fragment));
    } catch (err) {
      const message = err instanceof ShareError ? err.message : DAMAGED;
      this.hooks.fail(message, "Your inputs are unchanged.");
    }
  }
}
