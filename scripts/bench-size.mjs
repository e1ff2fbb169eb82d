// This file measures what a visitor downloads: the wasm module and the whole page, raw and as
// sent: gzipped at level 9, as GitHub Pages serves them compressed, except the module, which
// the page fetches LZMA-compressed (pkg/parallax_bg.wasm.lzma, sent as it is). The whole page is
// every file under www/ but the uncompressed module, which only a page whose compressed module
// failed fetches. Run after scripts/build.sh:  npm run bench:size
import { readdirSync, readFileSync, statSync } from "node:fs";
import { cpus } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const root = new URL("../www/", import.meta.url).pathname;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const MODULE = "pkg/parallax_bg.wasm";
const COMPRESSED = `${MODULE}.lzma`;

const rows = walk(root).map((path) => {
  const bytes = readFileSync(path);
  const file = relative(root, path);
  const sent = file === COMPRESSED ? bytes.length : gzipSync(bytes, { level: 9 }).length;
  return { file, raw: bytes.length, sent };
});
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
for (const r of rows.sort((a, b) => b.raw - a.raw)) {
  const how = r.file === COMPRESSED ? "as it is" : r.file === MODULE ? "gzipped, not sent" : "gzipped";
  console.log(`${r.file.padEnd(28)} ${kb(r.raw).padStart(12)} ${kb(r.sent).padStart(12)} ${how}`);
}
const wasm = rows.find((r) => r.file === MODULE);
const lzma = rows.find((r) => r.file === COMPRESSED);
if (!wasm || !lzma) {
  console.error(`www/${MODULE} or www/${COMPRESSED} is missing: run \`npm run build\` first`);
  process.exit(1);
}
const page = rows.filter((r) => r !== wasm);
const total = page.reduce((t, r) => ({ raw: t.raw + r.raw, sent: t.sent + r.sent }), { raw: 0, sent: 0 });
console.log(
  `\nwasm module: ${wasm.raw} bytes raw, ${wasm.sent} bytes gzipped, ${lzma.raw} bytes LZMA-compressed (sent)`,
);
console.log(
  `whole page:  ${total.raw} bytes raw, ${total.sent} bytes sent (${page.length} files, the module compressed)`,
);
console.log(`machine: ${cpus()[0].model}, ${cpus().length} cores; ${new Date().toISOString().slice(0, 10)}`);
