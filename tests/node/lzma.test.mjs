// This file tests www/lzma.js, the decoder the page reads its compressed wasm module with: every
// stream `xz --format=lzma` writes comes back byte for byte, whatever pieces it arrives in and
// whatever literal and position settings it was written with; the built module's .lzma is the
// built module; and a truncated, extended or oversized stream, or a damaged header, is an error
// that says which. The format has no checksum: damage inside the data is caught by the decoder
// most of the time (its end must come out exact), else by the module failing to compile (the
// page then fetches the uncompressed one). Needs xz (scripts/setup.sh installs it);
// the module's check runs after scripts/build.sh.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { LzmaDecoder } from "../../www/lzma.js";

/** `plain` compressed by xz in the .lzma format, with `options` for its --lzma1 filter. */
function xz(plain, options = "preset=6") {
  return execFileSync("xz", ["--format=lzma", `--lzma1=${options}`, "--stdout"], { input: plain, maxBuffer: 1 << 28 });
}

/** A repeatable stream of pseudo-random bytes (a 32-bit xorshift). */
function noise(n, seed) {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i += 1) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** Decodes `packed` handed over in pieces of the given sizes (cycled), then finishes. */
function decode(packed, sizes = [packed.length], options) {
  const decoder = new LzmaDecoder(options);
  const parts = [];
  let at = 0;
  for (let i = 0; at < packed.length; i += 1) {
    const size = Math.max(1, sizes[i % sizes.length]);
    parts.push(decoder.push(packed.subarray(at, at + size)));
    at += size;
  }
  parts.push(decoder.finish());
  return Buffer.concat(parts);
}

/** Inputs that reach every kind of packet: literals after matches, short and long repeats, far distances. */
const SAMPLES = {
  empty: new Uint8Array(0),
  "one byte": Uint8Array.of(7),
  prose: Buffer.from(
    Array.from(
      { length: 400 },
      (_, i) => `Mayor Ines Varga said on ${(i % 28) + 1} May that ${i * 7} boats had left Lindmark harbour.\n`,
    ).join(""),
  ),
  noise: noise(100_000, 42),
  "long runs": Buffer.concat([Buffer.alloc(5000, 0x61), noise(300, 1), Buffer.alloc(70_000, 0), noise(300, 1)]),
  "far repeats": (() => {
    const block = noise(40_000, 9);
    return Buffer.concat([block, noise(600_000, 3), block, block.subarray(100, 20_000)]);
  })(),
};

for (const [name, plain] of Object.entries(SAMPLES)) {
  test(`${name}: decoded whole and in pieces, byte for byte`, () => {
    const packed = xz(plain);
    assert.ok(decode(packed).equals(Buffer.from(plain)));
    for (const sizes of [[1], [7, 64, 3], [65_536], [13, 5, 200_000]]) {
      assert.ok(decode(packed, sizes).equals(Buffer.from(plain)), `pieces of ${sizes.join(", ")} bytes`);
    }
  });
}

test("every literal-context and position setting xz accepts decodes", () => {
  const plain = Buffer.concat([SAMPLES.prose, noise(3000, 5), SAMPLES.prose.subarray(0, 9000)]);
  for (const options of ["lc=0,lp=0,pb=0", "lc=4,lp=0,pb=4", "lc=0,lp=4,pb=2", "lc=1,lp=3,pb=1", "preset=9e"]) {
    assert.ok(decode(xz(plain, options), [4096]).equals(plain), options);
  }
});

test("decoding keeps up with the input: each piece gives what it can", () => {
  const plain = SAMPLES.prose;
  const packed = xz(plain);
  const decoder = new LzmaDecoder();
  const first = decoder.push(packed.subarray(0, packed.length - 100));
  assert.ok(first.length > plain.length / 2, `${first.length} bytes out before the last 100 came in`);
  assert.ok(Buffer.from(plain).subarray(0, first.length).equals(first));
});

test("the page's module: its .lzma is the module (after scripts/build.sh)", () => {
  const wasm = readFileSync(new URL("../../www/pkg/parallax_bg.wasm", import.meta.url));
  const packed = readFileSync(new URL("../../www/pkg/parallax_bg.wasm.lzma", import.meta.url));
  assert.ok(packed.length < wasm.length / 2, `${packed.length} of ${wasm.length} bytes`);
  assert.ok(decode(packed, [65_536]).equals(wasm));
});

test("a stream cut short is truncated, wherever it is cut", () => {
  const packed = xz(SAMPLES.prose);
  for (const keep of [0, 5, 17, 100, packed.length - 1]) {
    assert.throws(() => decode(packed.subarray(0, keep)), /the LZMA stream is truncated/, `${keep} bytes kept`);
  }
});

test("a damaged header, data or end, and bytes after the end, are errors", () => {
  const packed = xz(SAMPLES.prose);
  const header = Buffer.from(packed);
  header[0] = 225;
  assert.throws(() => decode(header), /header is damaged/);
  const start = Buffer.from(packed);
  start[13] = 1;
  assert.throws(() => decode(start), /data is damaged/);
  assert.throws(() => decode(Buffer.concat([packed, Buffer.of(0)])), /goes on after its end/);
  // A flipped byte decodes to something else or fails; it never decodes to the text.
  let failed = 0;
  for (let at = 20; at < packed.length; at += 97) {
    const damaged = Buffer.from(packed);
    damaged[at] ^= 0x5a;
    try {
      assert.ok(!decode(damaged).equals(SAMPLES.prose), `byte ${at}`);
    } catch (err) {
      if (err instanceof assert.AssertionError) throw err;
      assert.match(err.message, /^the LZMA stream/);
      failed += 1;
    }
  }
  assert.ok(failed > 0, "some damage is caught by the decoder itself");
});

test("a stream that decodes past the limit is refused", () => {
  const packed = xz(Buffer.alloc(200_000, 1));
  assert.throws(() => decode(packed, [4096], { maxOutput: 100_000 }), /decodes to more than 100000 bytes/);
  assert.equal(decode(packed, [4096], { maxOutput: 200_000 }).length, 200_000);
});

test("a header that gives the size: decoded up to it", () => {
  // xz writes "size unknown" and an end marker; the format also allows the size in the header.
  const plain = SAMPLES.prose;
  const packed = Buffer.from(xz(plain));
  packed.writeBigUInt64LE(BigInt(plain.length), 5);
  assert.ok(decode(packed).equals(plain));
  packed.writeBigUInt64LE(BigInt(plain.length + 10), 5);
  assert.throws(() => decode(packed), /data is damaged|truncated/);
});
