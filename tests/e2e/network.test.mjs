// This file proves that the page asks for nothing once it has loaded: every request is logged
// at the loopback server that serves the site and in the browser (the page and its workers;
// service workers are blocked, WebSockets listened for, and the Content-Security-Policy's
// refusals reach the console, where errors are collected), and after the analyser has loaded
// none is made while HTML with remote images, styles and frames is pasted, the articles are
// analysed, every export is downloaded and a link to the inputs is copied. A page opened from
// that link asks for exactly what a plain load asks for, and analyses without more.

import assert from "node:assert/strict";
import { test } from "node:test";
import { card, fillArticle, openPage, useSite, waitForAnalysed } from "./harness.mjs";

const env = useSite("/");

/** Where a remote resource in pasted HTML would point (nothing listens there). */
const ELSEWHERE = "http://127.0.0.1:9/";

/** HTML as copied from a news site: remote images, a stylesheet, a frame, a video, a style. */
const PASTED_HTML = `<html><head><link rel="stylesheet" href="${ELSEWHERE}site.css">
<style>body { background: url(${ELSEWHERE}bg.png) }</style></head><body>
<h1>Ferry fire near Port Aldren</h1>
<img src="${ELSEWHERE}photo.jpg" srcset="${ELSEWHERE}photo-2x.jpg 2x" alt="The ferry">
<p style="background-image: url(${ELSEWHERE}p.png)">Captain Mara Velt said 14 people were rescued on Tuesday.</p>
<iframe src="${ELSEWHERE}share"></iframe><video poster="${ELSEWHERE}poster.jpg"></video>
<p>The coastguard said the fire started in the engine room.</p></body></html>`;

/** Only the requests that go over a network (not blob: or data:, which the page makes itself). */
function networked(urls) {
  return [...urls].filter((url) => !/^(blob|data):/.test(url));
}

/**
 * Opens the page with the clipboard granted, logging what the server is asked for and any
 * WebSocket, and resolves once the page and its analyser have loaded (the network idle).
 */
async function openLogged(url = env.url) {
  const served = [];
  const log = (request) => served.push(request.url);
  env.server.on("request", log);
  const sockets = [];
  const opened = await openPage(env.browser, url, {
    beforeGoto: async (page, context) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(env.url).origin });
      page.on("websocket", (socket) => sockets.push(socket.url()));
    },
  });
  await opened.page.waitForLoadState("networkidle");
  return { ...opened, served, sockets, stopLogging: () => env.server.off("request", log) };
}

test("after it has loaded, the page asks for nothing while text is pasted, analysed, exported and linked", {
  timeout: 60_000,
}, async () => {
  const { page, requests, errors, served, sockets, stopLogging } = await openLogged();
  try {
    const loaded = networked(requests);
    const servedAtLoad = served.length;
    assert.ok(
      loaded.some((url) => url.endsWith("/pkg/parallax_bg.wasm.lzma")),
      "the load fetched the module",
    );
    assert.ok(
      loaded.some((url) => url.endsWith("/pkg/parallax.js")),
      "and the worker its glue",
    );

    // Paste HTML full of remote references into the first card, type the second.
    const taken = await page.evaluate((html) => {
      const box = document.querySelector('.card[data-article="a"] textarea');
      const clipboardData = new DataTransfer();
      clipboardData.setData("text/html", html);
      clipboardData.setData("text/plain", "Ferry fire near Port Aldren");
      const event = new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true });
      box.dispatchEvent(event);
      return event.defaultPrevented;
    }, PASTED_HTML);
    assert.ok(taken, "the page took the paste as HTML");
    assert.match(await card(page, "a").getByLabel("Text", { exact: true }).inputValue(), /Captain Mara Velt said 14/);
    await fillArticle(page, "b", { text: "Mara Velt, the captain, said 12 people were rescued on Tuesday." });

    await page.getByRole("button", { name: "Analyze" }).click();
    await waitForAnalysed(page);

    const exports = page.locator("button[data-export]");
    assert.ok((await exports.count()) >= 3, "the exports are offered");
    for (const button of await exports.all()) {
      await Promise.all([page.waitForEvent("download"), button.click()]);
    }

    await page.getByRole("button", { name: "Copy link" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /Link copied/ })
      .waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /#/, "the link carries the inputs after its #");

    await page.waitForTimeout(500);
    assert.deepEqual(networked(requests), loaded, "the browser asked for nothing after the load");
    assert.deepEqual(served.slice(servedAtLoad), [], "the server was asked for nothing after the load");
    assert.deepEqual(sockets, [], "no WebSocket was opened");
    assert.deepEqual(errors, [], "nothing was refused by the page's policy, and nothing failed");

    // The link: a page opened from it loads what a plain load does, and analyses with no more.
    stopLogging();
    const second = await openLogged(link);
    try {
      await waitForAnalysed(second.page);
      await second.page.waitForTimeout(500);
      const path = (url) => new URL(url).pathname;
      assert.deepEqual(
        networked(second.requests).map(path).sort(),
        loaded.map(path).sort(),
        "the linked page asked for what a plain load asks for",
      );
      assert.deepEqual(second.sockets, []);
      assert.deepEqual(second.errors, []);
    } finally {
      second.stopLogging();
      await second.context.close();
    }
  } finally {
    stopLogging();
  }
});
