// This file checks the built site statically for anything that could reach a network: no
// absolute URL (http, https, ws, wss, ftp, or protocol-relative in an attribute), no
// preconnect, dns-prefetch, prefetch or prerender hint, no sendBeacon, RTCPeerConnection,
// WebSocket, WebTransport, EventSource, XMLHttpRequest, importScripts or service worker, and
// fetch() only where the wasm module is fetched. It reads what a visitor gets: www/ (the page,
// its scripts and styles, the wasm glue and the module's bytes) and dist/parallax.html, the
// offline file. The few absolute URLs that are text, not addresses, are listed below with the
// reason; a listed one that is gone is an error too, so the list stays true.
// (tests/e2e/network.test.mjs proves the same in the browser. Run after scripts/build.sh.)

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";

const ROOT = new URL("../../", import.meta.url);

/** The built files a visitor downloads (text), and the module's bytes. */
function builtFiles() {
  const www = readdirSync(new URL("www/", ROOT))
    .filter((name) => /\.(html|js|css)$/.test(name))
    .map((name) => `www/${name}`);
  const files = [...www, "www/pkg/parallax.js", "dist/parallax.html"];
  for (const file of files) {
    assert.ok(existsSync(new URL(file, ROOT)), `${file} is missing: build first (bash scripts/build.sh)`);
  }
  return files;
}

/**
 * Absolute URLs that are text, never requested: where each may stand (a file, or the offline
 * file that inlines it) and why.
 */
const TEXT_NOT_ADDRESSES = [
  {
    url: "http://www.w3.org/ns/anno.jsonld",
    files: ["www/exports.js", "dist/parallax.html"],
    why: "the Web Annotation context: an identifier written into the exported file, not fetched",
  },
  {
    url: "https://…",
    files: ["www/cards.js", "dist/parallax.html"],
    why: "the placeholder of the article's address field",
  },
  {
    url: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/typeof#description",
    files: ["www/pkg/parallax.js", "dist/parallax.html"],
    why: "a comment in wasm-bindgen's generated glue",
  },
];

const ABSOLUTE_URL = /\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]*/gi;
const PROTOCOL_RELATIVE = /\b(?:src|href|action|poster|srcset|data)\s*=\s*["']?\/\/[^\s"'>]+/gi;
const NETWORK_APIS = [
  /rel\s*=\s*["']?(?:preconnect|dns-prefetch|prefetch|prerender|modulepreload)/gi,
  /\bsendBeacon\b/g,
  /\b(?:webkit)?RTCPeerConnection\b/g,
  /\bnew\s+WebSocket\b/g,
  /\bWebTransport\b/g,
  /\bEventSource\b/g,
  /\bXMLHttpRequest\b/g,
  /\bimportScripts\s*\(/g,
  /\bserviceWorker\b/g,
];
/**
 * Where fetch( may appear: boot.js (the wasm module, its two addresses), the glue (it fetches
 * the module only when not given one; worker.js always gives it boot.js's, and the offline
 * file has initSync take the inline bytes), and the offline file that inlines that glue.
 */
const FETCH_ALLOWED = new Set(["www/boot.js", "www/pkg/parallax.js", "dist/parallax.html"]);

test("the built site holds no absolute address and no way to reach a network but the module's fetch", () => {
  const problems = [];
  const seenText = new Set();
  for (const file of builtFiles()) {
    const text = readFileSync(new URL(file, ROOT), "utf8");
    const at = (index) => `${file}:${text.slice(0, index).split("\n").length}`;
    for (const match of text.matchAll(ABSOLUTE_URL)) {
      const listed = TEXT_NOT_ADDRESSES.find((entry) => match[0] === entry.url && entry.files.includes(file));
      if (listed) seenText.add(`${listed.url} in ${file}`);
      else problems.push(`${at(match.index)}: an absolute URL, ${match[0]}`);
    }
    for (const match of text.matchAll(PROTOCOL_RELATIVE)) {
      problems.push(`${at(match.index)}: a protocol-relative address, ${match[0]}`);
    }
    for (const api of NETWORK_APIS) {
      for (const match of text.matchAll(api)) problems.push(`${at(match.index)}: ${match[0]}`);
    }
    if (!FETCH_ALLOWED.has(file)) {
      for (const match of text.matchAll(/\bfetch\s*\(/g)) problems.push(`${at(match.index)}: fetch(`);
    }
  }
  assert.deepEqual(problems, [], "the built files could reach a network");
  for (const entry of TEXT_NOT_ADDRESSES) {
    for (const file of entry.files) {
      assert.ok(seenText.has(`${entry.url} in ${file}`), `${entry.url} is no longer in ${file}: take it off the list`);
    }
  }
});

test("the wasm module's bytes hold no absolute address", () => {
  const bytes = readFileSync(new URL("www/pkg/parallax_bg.wasm", ROOT)).toString("latin1");
  assert.deepEqual(bytes.match(ABSOLUTE_URL) ?? [], []);
});
