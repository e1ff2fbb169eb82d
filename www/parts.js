// This file splits a Report into slices for the trip from the worker to the page and puts it
// back together there. A large Report cloned in one message blocks the page's main thread while
// it is unpacked (half a second for a megabyte of text); sent as slices, one message each, it is
// unpacked in short tasks with the page free in between. worker.js sends the slices ahead of
// the report ("part" messages); analyzer.js assembles them.

/**
 * Items per "part" message. The page unpacks each message in one task, so a report of a
 * megabyte of text (tens of thousands of mentions and findings, half a second to unpack in
 * one piece) arrives in slices of a few tens of milliseconds each, and the page stays
 * responsive between them.
 */
export const SLICE = 2000;

/**
 * Takes the long arrays out of `report` (its findings and each article's arrays) in slices
 * of SLICE items, leaving them empty, and returns the slices in order.
 * @param {object} report
 * @returns {Array<{ path: Array<string | number>, items: Array<object> }>}
 */
export function slices(report) {
  const owners = [[[], report], ...report.articles.map((article, i) => [["articles", i], article])];
  const out = [];
  for (const [path, owner] of owners)
    for (const [key, value] of Object.entries(owner)) {
      if (!Array.isArray(value) || value.length <= SLICE) continue;
      for (let start = 0; start < value.length; start += SLICE)
        out.push({ path: [...path, key], items: value.slice(start, start + SLICE) });
      owner[key] = [];
    }
  return out;
}

/**
 * Puts the slices that came ahead of a report (worker.js's "part" messages, in order) back
 * into the arrays they were taken from.
 * @param {object} report
 * @param {Array<{ path: Array<string | number>, items: Array<object> }>} parts
 * @returns {object} the report, whole
 */
export function assemble(report, parts) {
  for (const { path, items } of parts) {
    const owner = path.slice(0, -1).reduce((node, key) => node[key], report);
    const array = owner[path[path.length - 1]];
    for (const item of items) array.push(item);
  }
  return report;
}
