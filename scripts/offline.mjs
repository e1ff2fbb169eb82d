// This file makes dist/parallax.html, the whole page in one file that works from file:// with
// the network off (scripts/build.sh runs it after the page build). Chromium refuses ES module
// scripts and module workers from file://, so everything goes inline: www/style.css and
// www/findings.css in one <style>, the page's modules (app.js and what it imports) combined into one inline module
// script through a tiny module registry, and the worker's code (worker.js, what it imports and
// the wasm glue, with the wasm bytes base64-inlined and loaded with initSync) as a string that
// the page starts from a Blob URL as a classic worker (analyzer.js's setWorkerStarter). The
// file keeps a Content-Security-Policy as strict as inline allows: hashes of its one script
// and one style, workers from blob: only, no connections, no eval except for wasm, Trusted
// Types required (its one policy passes the worker's blob: URL and nothing else).
//
// The registry reads only the forms the project writes, line by line: `import { a, b as c }
// from "./x.js";` (over several lines too), `export function|async function|const|class
// name`, `export { a, b as default };`, `import("./x.js")` with a literal path, and, in the
// page, `import.meta` (the inline script is a module). Anything else that looks like an
// import or export (a default or namespace import, `export let`, `import.meta` in the worker
// outside the glue, even such words at the start of a line in a comment or string) stops the
// build with the file and line, so that an edit can never silently break the offline file.
//   node scripts/offline.mjs     # writes dist/parallax.html from www/ and www/pkg/
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const OUT = "dist/parallax.html";
const PAGE_ENTRY = "app.js";
const WORKER_ENTRY = "worker.js";
/** The module that takes the worker starter (setWorkerStarter) before app.js runs. */
const ANALYZER = "analyzer.js";
const GLUE = "pkg/parallax.js";
const WASM = "pkg/parallax_bg.wasm";
const IDENT = "[A-Za-z_$][\\w$]*";
/** How www/index.html loads its styles and its code, the two things the offline file inlines. */
const STYLE_FILES = ["style.css", "findings.css"];
const styleLink = (name) => new RegExp(`<link rel="stylesheet" href="\\./${name.replace(".", "\\.")}">`);
const SCRIPT_TAG = /<script type="module" src="\.\/app\.js">/;
/** boot.js starts the page's worker from its URL early; the offline file starts its own. */
const BOOT_TAG = /<script type="module" src="\.\/boot\.js">/;
/** The page asks for the compressed wasm module with its first request, for boot.js; the offline file has the module inline. */
const WASM_PRELOAD = /<link rel="preload" href="\.\/pkg\/parallax_bg\.wasm\.lzma" as="fetch" crossorigin="anonymous">/;
const HOW_TO_FIX =
  "write it in one of the forms scripts/offline.mjs reads (listed at its top), or teach it the new form";

/** The CSP of the offline file; the hashes are filled in when the file is made. */
const CSP = (scriptHash, styleHash) =>
  [
    "default-src 'none'",
    `script-src '${scriptHash}' 'wasm-unsafe-eval'`,
    `style-src '${styleHash}'`,
    "img-src data:",
    "connect-src 'none'",
    "worker-src blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types parallax parallax-inert-html",
  ].join("; ");

/** Stops the build: `where` (file:line) has something the offline file cannot carry. */
function fail(where, message) {
  throw new Error(`${where}: ${message}`);
}

/** The text of `file` (relative to the repository), or a stop that says to build first. */
function readText(file) {
  const full = path.join(ROOT, file);
  if (!existsSync(full)) fail(file, "missing; build the page first (bash scripts/build.sh)");
  // CR LF as LF, as the HTML parser reads it (the CSP hashes are of the parsed text).
  return readFileSync(full, "utf8").replace(/\r\n?/g, "\n");
}

/** The module id ("pkg/parallax.js", relative to www/) that `specifier` names from module `from`. */
function resolve(from, specifier, where) {
  if (!/^\.\.?\//.test(specifier) || !specifier.endsWith(".js")) {
    fail(where, `import of ${JSON.stringify(specifier)}: only relative paths to .js files can be inlined`);
  }
  const id = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  if (id.startsWith("../")) fail(where, `import of ${JSON.stringify(specifier)} reaches outside www/`);
  return id;
}

/** The pairs of a `{ a, b as c }` list: [["a", "a"], ["b", "c"]]. */
function namesOf(list, where) {
  const pattern = new RegExp(`^(${IDENT})(?:\\s+as\\s+(${IDENT}))?$`);
  return list
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const match = pattern.exec(name);
      if (!match) fail(where, `the name ${JSON.stringify(name)} in an import or export list; ${HOW_TO_FIX}`);
      return [match[1], match[2] ?? match[1]];
    });
}

/** Reads the static import starting at lines[start] into `mod`; returns the index of its last line. */
function readImport(mod, lines, start) {
  let end = start;
  while (!/;\s*$/.test(lines[end]) && end + 1 < lines.length && end - start < 50) end += 1;
  const text = lines
    .slice(start, end + 1)
    .join(" ")
    .trim();
  const where = `${mod.file}:${start + 1}`;
  const match = /^import\s*\{([^}]*)\}\s*from\s*"([^"]+)"\s*;?$/.exec(text);
  if (!match) fail(where, `an import of a form the offline build does not read (${text}); ${HOW_TO_FIX}`);
  mod.imports.push({ from: resolve(mod.id, match[2], where), names: namesOf(match[1], where), where });
  return end;
}

/** Reads the export on `line` into `mod`; returns the line as it stays in the module's body. */
function readExport(mod, line, where) {
  const declaration = new RegExp(`^export\\s+((?:async\\s+)?function\\s*\\*?|const|class)\\s*(${IDENT})`).exec(line);
  if (declaration) {
    mod.exports.push([declaration[2], declaration[2]]);
    return line.replace(/^export\s+/, "");
  }
  const list = /^export\s*\{([^}]*)\}\s*;?\s*$/.exec(line);
  if (!list) fail(where, `an export of a form the offline build does not read (${line.trim()}); ${HOW_TO_FIX}`);
  for (const [local, exported] of namesOf(list[1], where)) mod.exports.push([exported, local]);
  return "";
}

/**
 * Rewrites what a body line may hold besides declarations: `import("./x.js")` becomes a
 * registry call, `import.meta` stays in the page (a module script) and, in the worker (a
 * classic script), only the glue's `import.meta.url` is kept, as a call that throws (its init
 * that reads it is replaced by initSync). In the page, `</script` and `<!--` would end or
 * confuse the inline script.
 */
function rewriteLine(mod, line, where) {
  let out = line.replace(/\bimport\s*\(\s*"([^"]+)"\s*\)/g, (_, specifier) => {
    const id = resolve(mod.id, specifier, where);
    mod.dynamic.push({ from: id, where });
    return `__parallaxImport(${JSON.stringify(id)})`;
  });
  if (/\bimport\s*\(/.test(out)) fail(where, `an import() of a form the offline build does not read; ${HOW_TO_FIX}`);
  if (mod.side === "worker" && mod.id === GLUE) {
    out = out.replace(/\bimport\.meta\.url\b/g, `__parallaxNoUrl(${JSON.stringify(mod.file)})`);
  }
  if (mod.side === "worker" && /\bimport\s*\.\s*meta\b/.test(out)) {
    fail(
      where,
      "import.meta in the worker's code, which runs as a classic script in the offline file; pass the value in",
    );
  }
  if (mod.side === "page" && /<\/script|<!--/i.test(out)) {
    fail(where, 'the text "</script" or "<!--", which would break the inline script; split it ("<" + "/script")');
  }
  return out;
}

/** Reads www/<id> as a module of `side` ("page" or "worker"): its imports, exports and body. */
function parseModule(id, side) {
  const file = `www/${id}`;
  const lines = readText(file).split("\n");
  const mod = { id, side, file, imports: [], dynamic: [], exports: [], body: [] };
  for (let i = 0; i < lines.length; i += 1) {
    const where = `${file}:${i + 1}`;
    if (/^import\b(?!\s*[(.])/.test(lines[i])) {
      i = readImport(mod, lines, i);
    } else {
      const line = /^export\b/.test(lines[i]) ? readExport(mod, lines[i], where) : lines[i];
      mod.body.push(rewriteLine(mod, line, where));
    }
  }
  return mod;
}

/**
 * The modules of `side` reachable from `entry` (static and dynamic imports), by id. Stops on
 * an import cycle (the registry hands out finished modules, so a cycle would see undefined)
 * and on an imported name its module does not export.
 */
function collect(entry, side) {
  const modules = new Map();
  const open = new Set();
  const visit = (id, where) => {
    if (open.has(id)) fail(where, `an import cycle through www/${id}, which the offline build cannot combine`);
    if (modules.has(id)) return;
    open.add(id);
    const mod = parseModule(id, side);
    for (const { from, where: at } of mod.imports) visit(from, at);
    open.delete(id);
    modules.set(id, mod);
    for (const { from, where: at } of mod.dynamic) visit(from, at);
  };
  visit(entry, `www/${entry}`);
  for (const mod of modules.values())
    for (const { from, names, where } of mod.imports) {
      const exported = new Set(modules.get(from).exports.map(([name]) => name));
      for (const [name] of names) if (!exported.has(name)) fail(where, `www/${from} does not export ${name}`);
    }
  return modules;
}

/** One module as a registry entry: `"id": () => { imports; body; return exports; },`. */
function entryCode(mod) {
  const imports = mod.imports.map(({ from, names }) => {
    const list = names.map(([name, local]) => (name === local ? name : `${name}: ${local}`)).join(", ");
    return `const { ${list} } = __parallaxRequire(${JSON.stringify(from)});`;
  });
  const exports = mod.exports.map(([name, local]) => (name === local ? name : `${name}: ${local}`)).join(", ");
  return [
    `// ${mod.file}`,
    `${JSON.stringify(mod.id)}: () => {`,
    ...imports,
    ...mod.body,
    `return { ${exports} };`,
    "},",
  ].join("\n");
}

/** The registry: every module's entry, and require/import that run each one once, when first asked for. */
function registryCode(modules) {
  return [
    "const __parallaxModules = {",
    ...[...modules.values()].map(entryCode),
    "};",
    "const __parallaxLoaded = new Map();",
    "function __parallaxRequire(id) {",
    "  if (!__parallaxLoaded.has(id)) __parallaxLoaded.set(id, Object.freeze(__parallaxModules[id]()));",
    "  return __parallaxLoaded.get(id);",
    "}",
    "function __parallaxImport(id) {",
    "  return new Promise((resolve) => resolve(__parallaxRequire(id)));",
    "}",
  ].join("\n");
}

/** Stops the build when module `id` of `modules` does not export each of `names`. */
function requireExports(modules, id, names) {
  const mod = modules.get(id);
  if (!mod) fail(`www/${id}`, "not among the modules the offline file combines; scripts/offline.mjs needs it");
  const exported = mod.exports.map(([name]) => name);
  for (const name of names)
    if (!exported.includes(name)) fail(mod.file, `no export ${name}, which the offline file uses`);
}

/**
 * The worker as one classic script: the registry of worker.js and what it imports, the wasm
 * bytes in base64, and the glue's init (its default export) replaced by initSync on them.
 */
function workerScript() {
  const modules = collect(WORKER_ENTRY, "worker");
  requireExports(modules, GLUE, ["initSync", "default"]);
  const wasm = readFileSync(path.join(ROOT, "www", WASM));
  return [
    `// Parallax's analysis worker (www/${WORKER_ENTRY} and what it imports, with the wasm inlined), made by scripts/offline.mjs.`,
    '"use strict";',
    "(() => {",
    registryCode(modules),
    `const __parallaxWasmBase64 = "${wasm.toString("base64")}";`,
    "function __parallaxWasm() {",
    "  const binary = atob(__parallaxWasmBase64);",
    "  const bytes = new Uint8Array(binary.length);",
    "  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);",
    "  return bytes;",
    "}",
    "function __parallaxNoUrl(file) {",
    '  throw new Error(file + " asked for its own address, but in the offline page its code is inlined and has none");',
    "}",
    `const __parallaxGlue = __parallaxModules[${JSON.stringify(GLUE)}];`,
    `__parallaxModules[${JSON.stringify(GLUE)}] = () => {`,
    "  const glue = __parallaxGlue();",
    "  return { ...glue, default: () => glue.initSync({ module: __parallaxWasm() }) };",
    "};",
    `__parallaxRequire(${JSON.stringify(WORKER_ENTRY)});`,
    "})();",
    "",
  ].join("\n");
}

/**
 * The page's one inline module script: the registry of app.js and what it imports, the
 * worker's code as a string (every "<" escaped, so no text in it can end the script), the
 * worker starter handed to analyzer.js, then app.js run.
 */
function pageScript(worker) {
  const modules = collect(PAGE_ENTRY, "page");
  requireExports(modules, ANALYZER, ["setWorkerStarter"]);
  const source = JSON.stringify(worker).replace(
    /[<\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return [
    "",
    `// Parallax's page (www/${PAGE_ENTRY} and what it imports), made by scripts/offline.mjs from www/: do not edit.`,
    registryCode(modules),
    `const __parallaxWorkerSource = ${source};`,
    'const __parallaxWorkerUrl = URL.createObjectURL(new Blob([__parallaxWorkerSource], { type: "text/javascript" }));',
    "// The one script URL the page's Trusted Types policy passes: its worker's.",
    'const __parallaxScriptUrls = globalThis.trustedTypes?.createPolicy("parallax", {',
    "  createScriptURL(url) {",
    "    if (url === __parallaxWorkerUrl) return url;",
    '    throw new TypeError("parallax: " + url + " is not the worker of this page");',
    "  },",
    "});",
    `__parallaxRequire(${JSON.stringify(ANALYZER)}).setWorkerStarter(`,
    "  () => new Worker(__parallaxScriptUrls ? __parallaxScriptUrls.createScriptURL(__parallaxWorkerUrl) : __parallaxWorkerUrl),",
    ");",
    `__parallaxRequire(${JSON.stringify(PAGE_ENTRY)});`,
    "",
  ].join("\n");
}

/**
 * The page's stylesheets (STYLE_FILES, in order) as one text, each checked to load nothing (no
 * @import, no url() but data:) and not to end the <style>.
 */
function styleText() {
  return STYLE_FILES.map((name) => {
    const file = `www/${name}`;
    const css = readText(file);
    const lineOf = (index) => `${file}:${css.slice(0, index).split("\n").length}`;
    const bad = /@import|url\(\s*(?!["']?data:)|<\/style/i.exec(css);
    if (bad) fail(lineOf(bad.index), `${JSON.stringify(bad[0])}: the offline file's styles can load nothing`);
    return `\n${css}`;
  }).join("");
}

/** sha256 of `text` in the form a CSP source takes. */
function hashOf(text) {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

/** The line of `index` in `text`, for messages about www/index.html. */
function htmlLine(text, index) {
  return `www/index.html:${text.slice(0, index).split("\n").length}`;
}

/** Replaces the one match of `pattern` in `html` with `replace(match)`; stops unless there is exactly one. */
function replaceOnce(html, pattern, what, replace) {
  const matches = [...html.matchAll(new RegExp(pattern, "g"))];
  if (matches.length !== 1) fail("www/index.html", `expected one ${what}, found ${matches.length}; ${HOW_TO_FIX}`);
  const [match] = matches;
  return html.slice(0, match.index) + replace(match) + html.slice(match.index + match[0].length);
}

/** Stops the build when www/index.html loads anything but its stylesheets, the wasm module, boot.js and app.js, or has inline style attributes. */
function checkPageLoadsNothingElse(html) {
  for (const match of html.matchAll(/<(script|link|img|iframe|object|embed|source|audio|video|base|frame)\b[^>]*>/gi)) {
    const allowed = [
      ...STYLE_FILES.map(styleLink),
      SCRIPT_TAG,
      BOOT_TAG,
      WASM_PRELOAD,
      /<link rel="icon" href="data:[^"]*">/,
    ].some((tag) => new RegExp(`^${tag.source}$`).test(match[0]));
    if (!allowed) fail(htmlLine(html, match.index), `${match[0]}: the offline file can load nothing but inline code`);
  }
  const attribute = /\sstyle="/.exec(html);
  if (attribute)
    fail(htmlLine(html, attribute.index), "an inline style attribute, which the offline file's CSP blocks");
}

/** dist/parallax.html's text: www/index.html with the style and the script (which holds the worker) inlined. */
function offlineHtml(css, script) {
  let html = readText("www/index.html");
  checkPageLoadsNothingElse(html);
  html = replaceOnce(html, /^<!--[\s\S]*?-->\n/, "comment at the top", () =>
    [
      "<!-- This file is Parallax in one file, made by scripts/offline.mjs from www/ (do not edit it:",
      "     run bash scripts/build.sh). It works opened from disk (file://) with the network off: the",
      "     styles, the page's code, the analysis worker and the WebAssembly analyser are all inline. -->\n",
    ].join("\n"),
  );
  html = replaceOnce(
    html,
    /<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
    "Content-Security-Policy meta",
    () => `<meta http-equiv="Content-Security-Policy" content="${CSP(hashOf(script), hashOf(css))}">`,
  );
  // The first stylesheet's link becomes the one <style>; the others' links go.
  STYLE_FILES.forEach((name, i) => {
    html = replaceOnce(html, styleLink(name), `${name} link`, () => (i === 0 ? `<style>${css}</style>` : ""));
  });
  html = replaceOnce(html, new RegExp(`\\s*${WASM_PRELOAD.source}`), "wasm module preload", () => "");
  html = replaceOnce(html, new RegExp(`\\s*${BOOT_TAG.source}</script>`), "boot.js script", () => "");
  return replaceOnce(html, new RegExp(`${SCRIPT_TAG.source}</script>`), "app.js script", () => {
    return `<script type="module">${script}</script>`;
  });
}

/** The module of a combined script that its line `line` (from 1) came from: the nearest "// www/..." above it. */
function moduleAt(script, line) {
  const above = script.split("\n").slice(0, line).reverse();
  return above.find((text) => /^\/\/ www\/\S+$/.test(text))?.slice(3) ?? "the registry";
}

/** Stops the build when the page's script (a module) or the worker's (a classic script) does not parse. */
function checkSyntax(page, worker) {
  const checked = spawnSync(process.execPath, ["--input-type=module", "--check"], { input: page, encoding: "utf8" });
  if (checked.status !== 0) {
    const line = Number(/^\[stdin\]:(\d+)/m.exec(checked.stderr)?.[1] ?? 0);
    const error = checked.stderr.split("\n").filter((text) => text && !/^\s+at /.test(text) && !/^Node\.js/.test(text));
    fail(
      moduleAt(page, line),
      `its code, combined into the offline page's script, does not parse:\n${error.join("\n")}`,
    );
  }
  try {
    new vm.Script(worker, { filename: "worker" });
  } catch (err) {
    const line = Number(/^worker:(\d+)/m.exec(err.stack)?.[1] ?? 0);
    fail(moduleAt(worker, line), `its code, combined into the offline worker's script, does not parse: ${err.message}`);
  }
}

/** Writes dist/parallax.html and prints its size. */
function main() {
  const worker = workerScript();
  const script = pageScript(worker);
  checkSyntax(script, worker);
  const html = offlineHtml(styleText(), script);
  mkdirSync(path.join(ROOT, path.dirname(OUT)), { recursive: true });
  writeFileSync(path.join(ROOT, OUT), html);
  console.log(`parallax build: ${OUT} ${Buffer.byteLength(html)} bytes`);
}

try {
  main();
} catch (err) {
  console.error(`scripts/offline.mjs: the offline file was not made: ${err.message}`);
  process.exit(1);
}
