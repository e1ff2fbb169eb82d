// This file tests www/analyzer.js's timeLimitMs: a run's time limit grows with the text the
// analyser reads, and stops growing at the request's budget (REQUEST_CHARACTERS, 2 MiB), since
// text past it is not analysed: 20 MiB pasted gets the same limit as 2 MiB.

import assert from "node:assert/strict";
import { test } from "node:test";
import { REQUEST_CHARACTERS, RUN_LIMIT_MS, RUN_LIMIT_PER_MIB_MS, timeLimitMs } from "../../www/analyzer.js";

const MIB = 2 ** 20;

/** An input of `n` articles of `size` characters each. */
function input(n, size) {
  return { articles: Array.from({ length: n }, () => ({ text: "a".repeat(size) })) };
}

test("the time limit grows with the text up to the request's budget, then stays", () => {
  assert.equal(REQUEST_CHARACTERS, 2 * MIB);
  assert.equal(timeLimitMs({ articles: [{}, { text: "" }] }), RUN_LIMIT_MS);
  assert.equal(timeLimitMs(input(1, MIB)), RUN_LIMIT_MS + RUN_LIMIT_PER_MIB_MS);
  assert.equal(timeLimitMs(input(2, MIB)), RUN_LIMIT_MS + 2 * RUN_LIMIT_PER_MIB_MS);
  assert.equal(timeLimitMs(input(20, MIB)), RUN_LIMIT_MS + 2 * RUN_LIMIT_PER_MIB_MS, "20 MiB counts as 2");
  assert.equal(timeLimitMs(input(3, MIB)), timeLimitMs(input(2, MIB)));
  assert.ok(timeLimitMs(input(2, MIB / 2)) < timeLimitMs(input(2, MIB)));
});
