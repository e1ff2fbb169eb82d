// This file measures what a visitor downloads: the wasm module and the whole page (every
// file under www/, which includes the wasm), raw and gzipped at level 9, as GitHub Pages
// serves them compressed. Run after scripts/build.sh:  npm run bench:size
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

const rows = walk(root).map((path) => {
  const bytes = readFileSync(path);
  return { file: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
for (const r of rows.sort((a, b) => b.raw - a.raw)) {
  console.log(`${r.file.padEnd(28)} ${kb(r.raw).padStart(12)} ${kb(r.gzip).padStart(12)} gzipped`);
}
const wasm = rows.find((r) => r.file === "pkg/parallax_bg.wasm");
if (!wasm) {
  console.error("www/pkg/parallax_bg.wasm is missing: run `npm run build` first");
  process.exit(1);
}
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
console.log(`\nwasm module: ${wasm.raw} bytes raw, ${wasm.gzip} bytes gzipped`);
console.log(`whole page:  ${total.raw} bytes raw, ${total.gzip} bytes gzipped (${rows.length} files)`);
console.log(`machine: ${cpus()[0].model}, ${cpus().length} cores; ${new Date().toISOString().slice(0, 10)}`);
