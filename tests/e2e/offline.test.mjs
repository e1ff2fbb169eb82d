// This file tests the offline file, dist/parallax.html (made by scripts/offline.mjs, which
// scripts/build.sh runs; this test builds nothing): opened from file:// in headless Chromium
// with the network off and every request that is not the file itself aborted, it analyses the
// built-in example and shows its findings (the summary, the marks in the texts) and lets a
// report be downloaded, with no request but the file (blob: and data: are its own) and no
// Content-Security-Policy violation; and its CSP lists the hashes of exactly the inline
// script and style the browser parsed, with nothing looser than the file needs.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { launchChromium } from "../../scripts/chromium.mjs";
import { EXAMPLE } from "../../www/examples.js";
import { openPage, REPO_ROOT, resultPath, waitForAnalysed } from "./harness.mjs";

const OFFLINE = `${REPO_ROOT}dist/parallax.html`;
const OFFLINE_URL = pathToFileURL(OFFLINE).href;

let browser = null;

before(async () => {
  if (!existsSync(OFFLINE)) {
    throw new Error(
      "dist/parallax.html is missing: build it first (bash scripts/build.sh, or node scripts/offline.mjs after a build).",
    );
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

/**
 * Opens the offline file from file:// with the network off: every request that is not for a
 * file:// URL is aborted. Records every request (page and workers), console errors (page and
 * workers), page errors and CSP violations (securitypolicyviolation events).
 */
async function openOffline() {
  return openPage(browser, OFFLINE_URL, {
    beforeGoto: async (page, context) => {
      await context.setOffline(true);
      await context.route(
        (url) => url.protocol !== "file:",
        (route) => route.abort(),
      );
      await page.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener("securitypolicyviolation", (event) => {
          window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
    },
  });
}

/** The CSP violations the page has seen since it opened. */
function violations(page) {
  return page.evaluate(() => window.cspViolations);
}

/** The directives of a CSP as a Map from name to its list of sources. */
function directives(policy) {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** sha256 of `text` as a CSP source: 'sha256-…'. */
function hashSource(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

test("from file:// with the network off, the offline file analyses the example and shows its findings", {
  timeout: 60_000,
}, async () => {
  const { context, page, requests, errors } = await openOffline();
  await page.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysed(page);

  // The findings summary, with the example's conflict, changed quote and wording difference.
  const summary = page.locator("#findings-summary");
  assert.match(await summary.textContent(), /^1 conflict, 1 quote changed, 1 wording difference, /);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "findings-summary");
  assert.ok((await page.locator("li[data-finding]").count()) > 3, "the findings are listed");

  // The marks in the texts: footnote markers in every article and each group's line drawn,
  // and the texts read exactly as pasted.
  for (const [i, article] of EXAMPLE.entries()) {
    const id = String.fromCharCode(97 + i);
    const text = page.locator(`.article-result[data-article="${id}"] .article-text`);
    assert.ok((await text.locator(".footnote").count()) > 0, `article ${id} has footnote markers`);
    assert.equal(await text.textContent(), article.text);
  }
  const highlights = await page.evaluate(() => [...CSS.highlights.keys()]);
  assert.ok(highlights.includes("pf-conflicts"), `the conflict's line is drawn: ${JSON.stringify(highlights)}`);

  // A report can be saved: the download is made in the page (a blob:), not fetched.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Report (JSON)" }).click(),
  ]);
  const saved = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.ok(saved.report.findings.length > 0, "the downloaded report has the findings");

  await page.screenshot({ path: resultPath("offline-example.png") });
  const foreign = [...requests].filter((url) => url !== OFFLINE_URL && !/^(blob|data):/.test(url));
  assert.deepEqual(foreign, [], "no request but the file itself");
  assert.ok(requests.has(OFFLINE_URL), "the recorder saw the file's own request");
  assert.deepEqual(await violations(page), [], "no CSP violation");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the offline file's CSP lists the hashes of its one inline script and style, and nothing looser", {
  timeout: 30_000,
}, async () => {
  const { context, page, errors } = await openOffline();
  // What the browser parsed: the texts it hashes, and the policy from the meta.
  const parsed = await page.evaluate(() => ({
    scripts: [...document.scripts].map((s) => ({ type: s.type, src: s.src, text: s.textContent })),
    styles: [...document.querySelectorAll("style")].map((s) => s.textContent),
    links: [...document.querySelectorAll("link")].map((l) => `${l.rel} ${l.getAttribute("href")}`),
    policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? "",
  }));
  const csp = directives(parsed.policy);

  assert.equal(parsed.scripts.length, 1, "one script");
  assert.deepEqual([parsed.scripts[0].type, parsed.scripts[0].src], ["module", ""], "inline, a module");
  assert.deepEqual(csp.get("script-src"), [hashSource(parsed.scripts[0].text), "'wasm-unsafe-eval'"]);
  assert.equal(parsed.styles.length, 1, "one style element");
  assert.deepEqual(csp.get("style-src"), [hashSource(parsed.styles[0])]);
  assert.deepEqual(parsed.links, ["icon data:,"], "no stylesheet or anything else linked");

  assert.deepEqual(csp.get("default-src"), ["'none'"]);
  assert.deepEqual(csp.get("connect-src"), ["'none'"]);
  assert.deepEqual(csp.get("worker-src"), ["blob:"]);
  assert.deepEqual(csp.get("object-src"), ["'none'"]);
  assert.deepEqual(csp.get("base-uri"), ["'none'"]);
  for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "*", "'self'", "http:", "https:", "file:"]) {
    assert.ok(!parsed.policy.includes(` ${loose}`), `the policy allows no ${loose}: ${parsed.policy}`);
  }

  // The page ran under that policy: the worker loaded the analyser (Analyze is ready) with no
  // violation and no error.
  await page.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysed(page);
  assert.deepEqual(await violations(page), [], "no CSP violation");
  assert.deepEqual(errors, []);
  await context.close();
});
