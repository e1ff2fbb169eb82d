// Writes COUNT invented articles of about BYTES bytes each into DIR (a0.txt, a1.txt, ...), for
// timing the command line on requests past the page's budget (BENCHMARKS.md, "Second session
// of issue 19"): sentences about one made-up event, their people, places, bodies and amounts
// drawn from small shared pools by a fixed pseudo-random sequence, so the articles agree,
// disagree and quote alike thousands of times. Every name here is invented.
//
//   node scripts/invented-articles.mjs DIR [COUNT=20] [BYTES=100000]
//   ./target/release/parallax compare DIR/a*.txt --format json > /dev/null

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [dir, count = "20", bytes = "100000"] = process.argv.slice(2);
if (!dir || !/^\d+$/.test(count) || !/^\d+$/.test(bytes)) {
  console.error("usage: node scripts/invented-articles.mjs DIR [COUNT] [BYTES]");
  process.exit(2);
}

const FIRST = ["Lena", "Marek", "Ines", "Tomas", "Aiko", "Bruno", "Chidi", "Dana", "Emil", "Farah", "Goran", "Hana"];
const LAST = ["Ortiz", "Varga", "Okafor", "Lindqvist", "Mensah", "Duarte", "Kowal", "Haddad", "Brandt", "Ferrant"];
const PLACES = ["Kati", "Port Selwyn", "Dornholm", "Harwick", "Velde", "Marsten", "Oskby", "Tarrow", "Brackwater"];
const BODIES = ["the Harbour Board", "the Ferry Workers Union", "Velde Council", "the Coast Guard", "Marsten Hospital"];
const VERBS = ["said", "told reporters", "confirmed", "denied", "warned", "added"];

let seed = 7;
const next = (n) => {
  seed = (seed * 48271) % 2147483647;
  return seed % n;
};
const pick = (list) => list[next(list.length)];
const capital = (text) => text[0].toUpperCase() + text.slice(1);

/** One sentence of the event, its words drawn from the pools. */
function sentence() {
  const who = `${pick(FIRST)} ${pick(LAST)}`;
  switch (next(6)) {
    case 0:
      return `${who} of ${pick(BODIES)} ${pick(VERBS)} that ${next(90) + 2} people were hurt in ${pick(PLACES)} on ${pick(["Monday", "Tuesday", "Friday"])}.`;
    case 1:
      return `“We will not accept ${pick(["this", "the cuts", "the delay"])},” ${who} said in ${pick(PLACES)}.`;
    case 2:
      return `Fares rose by ${next(20) + 1}% to €${next(90) + 10}, ${pick(BODIES)} said, and ${next(900) + 50} km of routes were cut.`;
    case 3:
      return `According to ${who}, the ${pick(["strike", "protest", "closure"])} at ${pick(PLACES)} began ${next(12) + 1} days ago.`;
    case 4:
      return `${capital(pick(BODIES))} blamed ${pick(["militants", "rebels", "protesters", "workers"])} for the damage in ${pick(PLACES)}.`;
    default:
      return `${who}, a ${pick(["spokesman", "minister", "mayor", "doctor"])} in ${pick(PLACES)}, ${pick(VERBS)} the ${pick(["ferry", "port", "bridge"])} would reopen by ${pick(["June", "July", "March"])} ${2020 + next(6)}.`;
  }
}

mkdirSync(dir, { recursive: true });
for (let a = 0; a < Number(count); a += 1) {
  let text = "";
  while (text.length < Number(bytes)) text += sentence() + (next(4) === 0 ? "\n\n" : " ");
  writeFileSync(join(dir, `a${a}.txt`), text);
}
