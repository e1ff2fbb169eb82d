// This file times the built wasm module in Node (V8, the engine of the Chromium the page
// runs in): the built-in example pair, and one article grown to 1 MiB from the example's
// sentences. It prints the median of several runs. Run after scripts/build.sh:
//   npm run bench:speed
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { EXAMPLE } from "../www/examples.js";
import { Engine, initSync } from "../www/pkg/parallax.js";

initSync({ module: readFileSync(new URL("../www/pkg/parallax_bg.wasm", import.meta.url)) });
const engine = new Engine();

function median(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

const pair = { articles: EXAMPLE.map((a) => ({ ...a })) };
const words = EXAMPLE.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
engine.analyze(pair); // warm up
const pairMs = median(50, () => engine.analyze(pair));
console.log(`example pair (${words} words): ${pairMs.toFixed(2)} ms median of 50`);

const oneMiB = EXAMPLE.map((a) => a.text)
  .join("\n\n")
  .repeat(200)
  .slice(0, 1 << 20);
const big = {
  articles: [
    { label: "big", text: oneMiB },
    { label: "small", text: EXAMPLE[0].text },
  ],
};
const bigMs = median(5, () => engine.analyze(big));
console.log(
  `1 MiB article + example article: ${bigMs.toFixed(0)} ms median of 5 (${(1 / (bigMs / 1000)).toFixed(1)} MiB/s)`,
);
console.log(
  `machine: ${cpus()[0].model}, ${cpus().length} cores; node ${process.version}; ${new Date().toISOString().slice(0, 10)}`,
);
