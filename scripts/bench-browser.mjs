// This file times the built wasm module inside headless Chromium (the browser the page runs in):
// the named-entity recogniser alone (Engine.names) on a ~1,000-word article made from the
// example articles and on the CoNLL-2003 dev text, and the whole pipeline (Engine.analyze) on
// the example pair. It prints the median of several runs, measured in the page with
// performance.now() after a warm-up run. The page's own module (www/pkg/, from
// scripts/build.sh) has no Engine.names: the recogniser is timed in a build with the cargo
// feature `bench` (target/bench-pkg/, from `scripts/build.sh bench`), served to the page
// under bench-pkg/; the whole pipeline is timed in the page's module. Run after
// scripts/build.sh:
//   npm run bench:browser   (builds target/bench-pkg/ first)
// CONLL_DEV overrides the path of the CoNLL-2003 dev file (default ../shared/data/conll2003/dev.txt
// relative to the repository root); CHROMIUM_PATH overrides /usr/bin/chromium.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EXAMPLE } from "../www/examples.js";
import { launchChromium } from "./chromium.mjs";
import { startServer } from "./serve.mjs";

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
/** The module built with the `bench` feature, which alone has Engine.names. */
const BENCH_PKG = join(REPO_ROOT, "target/bench-pkg");
const CONLL_DEV = resolve(REPO_ROOT, process.env.CONLL_DEV || "../shared/data/conll2003/dev.txt");

const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

/** The example texts, repeated and cut at the first sentence end at or after 1,000 words. */
function article1000() {
  const source = EXAMPLE.map((a) => a.text.trim()).join("\n\n");
  const sentences = source.split(/(?<=[.!?]["'\u201d\u2019)]?)\s+/).filter(Boolean);
  const out = [];
  let words = 0;
  for (let i = 0; words < 1000; i++) {
    const s = sentences[i % sentences.length];
    out.push(s);
    words += countWords(s);
  }
  return out.join(" ");
}

/** The CoNLL file's tokens: a sentence's tokens joined by spaces, sentences by blank lines. */
function conllText(path) {
  const sentences = [];
  let current = [];
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    if (line.trim() === "") {
      if (current.length) sentences.push(current.join(" "));
      current = [];
    } else {
      const word = line.trim().split(/\s+/)[0];
      if (word !== "-DOCSTART-") current.push(word);
    }
  }
  if (current.length) sentences.push(current.join(" "));
  return sentences.join("\n\n");
}

/**
 * Runs in the page: loads the module like www/worker.js (the bench build for "names", the
 * page's own for "analyze") and times one measurement.
 */
async function timeInPage({ kind, arg, runs }) {
  const pkg = kind === "names" ? "./bench-pkg/parallax.js" : "./pkg/parallax.js";
  globalThis.__engines ??= {};
  if (!globalThis.__engines[pkg]) {
    const glue = await import(pkg);
    await glue.default();
    globalThis.__engines[pkg] = new glue.Engine();
  }
  const engine = globalThis.__engines[pkg];
  const fn = kind === "names" ? () => engine.names(arg) : () => engine.analyze(arg);
  const first = fn(); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const tokens = kind === "names" ? (Array.isArray(first.tokens) ? first.tokens.length : Number(first.tokens)) : null;
  const mentions = kind === "names" ? first.mentions.length : null;
  return { ms: times[Math.floor(runs / 2)], tokens, mentions };
}

async function main() {
  if (
    !existsSync(new URL("../www/pkg/parallax.js", import.meta.url)) ||
    !existsSync(new URL("../www/pkg/parallax_bg.wasm", import.meta.url))
  ) {
    throw new Error("www/pkg is missing: build first: npm run build");
  }
  if (!existsSync(join(BENCH_PKG, "parallax.js")) || !existsSync(join(BENCH_PKG, "parallax_bg.wasm"))) {
    throw new Error("target/bench-pkg is missing: build it first: bash scripts/build.sh bench");
  }
  const site = await startServer({ port: 0, base: "/" });
  let browser = null;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (err) => errors.push(err.message));
    // The bench build, served beside the page's own module.
    await page.route("**/bench-pkg/*", (route) => {
      const name = new URL(route.request().url()).pathname.split("/").pop();
      const type = name.endsWith(".wasm") ? "application/wasm" : "text/javascript; charset=utf-8";
      return route.fulfill({ path: join(BENCH_PKG, name), contentType: type });
    });
    await page.goto(site.url);
    const measure = async (m) => {
      try {
        return await page.evaluate(timeInPage, m);
      } catch (err) {
        const more = errors.length ? ` (page errors: ${errors.join("; ")})` : "";
        throw new Error(`in the page: ${err.message.split("\n")[0]}${more}`);
      }
    };

    const text = article1000();
    const a = await measure({ kind: "names", arg: text, runs: 50 });
    console.log(
      `names, 1,000-word article (${countWords(text)} words, ${a.tokens} tokens): ${a.ms.toFixed(2)} ms median of 50`,
    );

    if (existsSync(CONLL_DEV)) {
      const big = conllText(CONLL_DEV);
      const b = await measure({ kind: "names", arg: big, runs: 5 });
      const perSecond = Math.round(b.tokens / (b.ms / 1000)).toLocaleString("en-US");
      console.log(
        `names, CoNLL-2003 dev (${b.tokens} tokens): ${b.ms.toFixed(0)} ms median of 5 = ${perSecond} tokens/s`,
      );
    } else {
      console.log(`names, CoNLL-2003 dev: skipped, ${CONLL_DEV} not found (set CONLL_DEV)`);
    }

    const pair = { articles: EXAMPLE.map((x) => ({ ...x })) };
    const c = await measure({ kind: "analyze", arg: pair, runs: 20 });
    console.log(`analyze, example pair: ${c.ms.toFixed(2)} ms median of 20`);

    const seeds = process.env.SEEDS_DIR || new URL("../../shared/seeds/", import.meta.url).pathname;
    if (existsSync(seeds)) {
      const files = readdirSync(seeds)
        .filter((f) => f.endsWith(".txt"))
        .sort();
      const input = {
        articles: files.map((f) => ({ label: f, published: "2020-08-18", text: readFileSync(join(seeds, f), "utf8") })),
      };
      const d = await measure({ kind: "analyze", arg: input, runs: 20 });
      console.log(`analyze, canonical seed pair (${files.length} articles): ${d.ms.toFixed(2)} ms median of 20`);
    } else {
      console.log(`analyze, canonical seed pair: skipped, ${seeds} not found (set SEEDS_DIR)`);
    }

    const cpu = cpus();
    console.log(
      `browser: Chromium ${browser.version()}; machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores; ${new Date().toISOString().slice(0, 10)}`,
    );
  } finally {
    await browser?.close();
    await new Promise((ok) => {
      site.server.closeAllConnections?.();
      site.server.close(() => ok());
    });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench-browser: ${err.message}`);
    process.exit(1);
  },
);
