// This file decodes LZMA, the ".lzma" format `xz --format=lzma` writes, as the bytes arrive.
// The page downloads its wasm module this way (pkg/parallax_bg.wasm.lzma): about 640 KB against
// about 800 KB gzipped, which is most of what a visitor waits for on a slow connection
// (BENCHMARKS.md, "First load on a throttled connection"). Browsers decompress only gzip and
// deflate themselves (DecompressionStream), so the decoder is here, written from the format's
// description in the LZMA SDK (lzma-specification.txt): a range decoder, the literal, match and
// repeated-match packets, and the end marker. Decoding stops between two packets when fewer
// bytes have arrived than a packet can need, and goes on when more come, so a caller can hand
// each decoded piece to WebAssembly.compileStreaming while the rest downloads. A truncated
// stream, a damaged header, data that points outside what was decoded, and output past a limit
// (so damaged input cannot make it run on) throw an Error that says which.

/** The most bytes one packet can read: 60 binary decisions at most, one byte each, rounded up. */
const PACKET_INPUT = 64;
/** The most a stream may decode to: the page's module is about 1.7 MB. */
export const MAX_OUTPUT = 64 * 1024 * 1024;
const HEADER = 13;
const PROB_INIT = 1024;
/** Offsets in a length decoder's probabilities: choice, choice2, 16 low trees, 16 mid trees, the high tree. */
const LEN_CHOICE2 = 1;
const LEN_LOW = 2;
const LEN_MID = LEN_LOW + 16 * 8;
const LEN_HIGH = LEN_MID + 16 * 8;
const LEN_PROBS = LEN_HIGH + 256;
const END_MARKER = 0xffffffff;

/** Decodes one ".lzma" stream given in pieces. */
export class LzmaDecoder {
  constructor({ maxOutput = MAX_OUTPUT } = {}) {
    this.maxOutput = maxOutput;
    this.input = new Uint8Array(1 << 16);
    this.inStart = 0;
    this.inEnd = 0;
    this.output = new Uint8Array(1 << 16);
    this.pos = 0;
    this.given = 0;
    this.started = false;
    this.done = false;
  }

  /** Takes the next piece of the stream; returns the bytes it could decode (possibly none). */
  push(chunk) {
    if (this.done) {
      if (this.size < 0 && chunk.length > 0) throw new Error("the LZMA stream goes on after its end");
      return new Uint8Array(0);
    }
    this.#append(chunk);
    this.#run(false);
    return this.#take();
  }

  /** Says the stream is complete; returns the last decoded bytes, or throws if it stops short. */
  finish() {
    if (!this.done) this.#run(true);
    if (!this.done) throw new Error("the LZMA stream is truncated");
    // A stream whose header gives its size may still end with the marker; one without must not go on.
    if (this.size < 0 && this.inEnd > this.inStart) throw new Error("the LZMA stream goes on after its end");
    return this.#take();
  }

  #append(chunk) {
    const kept = this.inEnd - this.inStart;
    if (kept + chunk.length > this.input.length - this.inStart) {
      const room = Math.max(this.input.length, 2 * (kept + chunk.length));
      const input = room > this.input.length ? new Uint8Array(room) : this.input;
      input.set(this.input.subarray(this.inStart, this.inEnd));
      this.input = input;
      this.inStart = 0;
      this.inEnd = kept;
    }
    this.input.set(chunk, this.inEnd);
    this.inEnd += chunk.length;
  }

  #take() {
    const out = this.output.slice(this.given, this.pos);
    this.given = this.pos;
    return out;
  }

  /** Decodes whole packets while enough input is there (all of it, once `last`). */
  #run(last) {
    if (!this.started) {
      if (this.inEnd - this.inStart < HEADER + 5) {
        if (last) throw new Error("the LZMA stream is truncated");
        return;
      }
      this.#header();
    }
    while (!this.done && (last || this.inEnd - this.inStart >= PACKET_INPUT)) this.#packet();
  }

  #header() {
    const b = this.input;
    let s = this.inStart;
    let props = b[s];
    if (props >= 9 * 5 * 5) throw new Error("the LZMA stream's header is damaged");
    this.lc = props % 9;
    props = Math.floor(props / 9);
    this.lp = props % 5;
    this.pb = Math.floor(props / 5);
    let size = 0;
    let unknown = true;
    for (let i = 0; i < 8; i++) {
      const byte = b[s + 5 + i];
      if (byte !== 0xff) unknown = false;
      size += byte * 2 ** (8 * i);
    }
    this.size = unknown ? -1 : size;
    if (this.size > this.maxOutput) throw new Error(`the LZMA stream decodes to more than ${this.maxOutput} bytes`);
    s += HEADER;
    if (b[s] !== 0) throw new Error("the LZMA stream's data is damaged");
    // The range coder's range and code, in a typed array: as plain fields above 2^30 they
    // would be boxed numbers, allocated anew at each change (three times slower).
    this.rc = Uint32Array.of(0xffffffff, ((b[s + 1] << 24) | (b[s + 2] << 16) | (b[s + 3] << 8) | b[s + 4]) >>> 0);
    this.inStart = s + 5;
    this.probs = {
      isMatch: new Uint16Array(12 << 4).fill(PROB_INIT),
      isRep: new Uint16Array(12).fill(PROB_INIT),
      isRepG0: new Uint16Array(12).fill(PROB_INIT),
      isRepG1: new Uint16Array(12).fill(PROB_INIT),
      isRepG2: new Uint16Array(12).fill(PROB_INIT),
      isRep0Long: new Uint16Array(12 << 4).fill(PROB_INIT),
      literal: new Uint16Array(0x300 << (this.lc + this.lp)).fill(PROB_INIT),
      posSlot: new Uint16Array(4 << 6).fill(PROB_INIT),
      specPos: new Uint16Array(1 + 128 - 14).fill(PROB_INIT),
      align: new Uint16Array(16).fill(PROB_INIT),
      len: new Uint16Array(LEN_PROBS).fill(PROB_INIT),
      repLen: new Uint16Array(LEN_PROBS).fill(PROB_INIT),
    };
    this.state = 0;
    this.reps = [0, 0, 0, 0];
    this.started = true;
    if (this.size === 0) this.done = true;
  }

  #byte() {
    if (this.inStart >= this.inEnd) throw new Error("the LZMA stream is truncated");
    return this.input[this.inStart++];
  }

  /** One binary decision with its adaptive probability `probs[i]` (of 2048, for a 0). */
  #bit(probs, i) {
    const rc = this.rc;
    const p = probs[i];
    let range = rc[0];
    let code = rc[1];
    const bound = (range >>> 11) * p;
    let bit;
    if (code < bound) {
      range = bound;
      probs[i] = p + ((2048 - p) >>> 5);
      bit = 0;
    } else {
      range -= bound;
      code -= bound;
      probs[i] = p - (p >>> 5);
      bit = 1;
    }
    this.#store(range, code);
    return bit;
  }

  /** Keeps the range coder's `range` and `code`, reading one more byte when the range has narrowed below 2^24. */
  #store(range, code) {
    const rc = this.rc;
    if (range < 0x1000000) {
      rc[0] = range * 256;
      rc[1] = code * 256 + this.#byte();
    } else {
      rc[0] = range;
      rc[1] = code;
    }
  }

  /** `count` bits with even odds, most significant first. */
  #direct(count) {
    const rc = this.rc;
    let value = 0;
    for (let i = 0; i < count; i++) {
      const range = rc[0] >>> 1;
      let code = rc[1];
      let bit = 0;
      if (code >= range) {
        code -= range;
        bit = 1;
      }
      value = value * 2 + bit;
      this.#store(range, code);
    }
    return value;
  }

  /** A `bits`-bit number read through the tree of probabilities at `probs[base + 1 ..]`. */
  #tree(probs, base, bits) {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | this.#bit(probs, base + m);
    return m - (1 << bits);
  }

  /** The same, least significant bit first. */
  #reverseTree(probs, base, bits) {
    let m = 1;
    let value = 0;
    for (let i = 0; i < bits; i++) {
      const bit = this.#bit(probs, base + m);
      m = (m << 1) | bit;
      value |= bit << i;
    }
    return value;
  }

  /** A match length less 2, 0 to 271. */
  #length(probs, posState) {
    if (this.#bit(probs, 0) === 0) return this.#tree(probs, LEN_LOW + (posState << 3), 3);
    if (this.#bit(probs, LEN_CHOICE2) === 0) return 8 + this.#tree(probs, LEN_MID + (posState << 3), 3);
    return 16 + this.#tree(probs, LEN_HIGH, 8);
  }

  /** A match distance less 1, or END_MARKER. */
  #distance(len) {
    const slot = this.#tree(this.probs.posSlot, Math.min(len, 3) << 6, 6);
    if (slot < 4) return slot;
    const bits = (slot >>> 1) - 1;
    let dist = (2 | (slot & 1)) * (1 << bits);
    if (slot < 14) return dist + this.#reverseTree(this.probs.specPos, dist - slot, bits);
    dist += this.#direct(bits - 4) * 16;
    return dist + this.#reverseTree(this.probs.align, 0, 4);
  }

  #room(n) {
    const need = this.pos + n;
    if (need > this.maxOutput) throw new Error(`the LZMA stream decodes to more than ${this.maxOutput} bytes`);
    if (this.size >= 0 && need > this.size) throw new Error("the LZMA stream decodes to more than its header says");
    if (need > this.output.length) {
      const output = new Uint8Array(Math.min(this.maxOutput, Math.max(need, 2 * this.output.length)));
      output.set(this.output.subarray(0, this.pos));
      this.output = output;
    }
  }

  /** One literal, match or repeated match. */
  #packet() {
    const p = this.probs;
    const posState = this.pos & ((1 << this.pb) - 1);
    const state = this.state;
    if (this.#bit(p.isMatch, (state << 4) + posState) === 0) {
      this.#room(1);
      const o = this.output;
      const prev = this.pos > 0 ? o[this.pos - 1] : 0;
      const base = 0x300 * (((this.pos & ((1 << this.lp) - 1)) << this.lc) + (prev >>> (8 - this.lc)));
      let symbol = 1;
      if (state >= 7) {
        let match = o[this.pos - this.reps[0] - 1];
        do {
          const matchBit = (match >>> 7) & 1;
          match <<= 1;
          const bit = this.#bit(p.literal, base + ((1 + matchBit) << 8) + symbol);
          symbol = (symbol << 1) | bit;
          if (bit !== matchBit) break;
        } while (symbol < 0x100);
      }
      while (symbol < 0x100) symbol = (symbol << 1) | this.#bit(p.literal, base + symbol);
      o[this.pos++] = symbol & 0xff;
      this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      if (this.pos === this.size) this.done = true;
      return;
    }
    let len;
    const reps = this.reps;
    if (this.#bit(p.isRep, state) === 1) {
      if (this.pos === 0) throw new Error("the LZMA stream's data is damaged");
      if (this.#bit(p.isRepG0, state) === 0) {
        if (this.#bit(p.isRep0Long, (state << 4) + posState) === 0) {
          this.#room(1);
          this.output[this.pos] = this.output[this.pos - reps[0] - 1];
          this.pos++;
          this.state = state < 7 ? 9 : 11;
          if (this.pos === this.size) this.done = true;
          return;
        }
      } else {
        let dist;
        if (this.#bit(p.isRepG1, state) === 0) {
          dist = reps[1];
        } else {
          if (this.#bit(p.isRepG2, state) === 0) {
            dist = reps[2];
          } else {
            dist = reps[3];
            reps[3] = reps[2];
          }
          reps[2] = reps[1];
        }
        reps[1] = reps[0];
        reps[0] = dist;
      }
      len = this.#length(p.repLen, posState);
      this.state = state < 7 ? 8 : 11;
    } else {
      reps[3] = reps[2];
      reps[2] = reps[1];
      reps[1] = reps[0];
      len = this.#length(p.len, posState);
      this.state = state < 7 ? 7 : 10;
      reps[0] = this.#distance(len);
      if (reps[0] === END_MARKER) {
        if (this.rc[1] !== 0 || (this.size >= 0 && this.pos !== this.size)) {
          throw new Error("the LZMA stream's data is damaged");
        }
        this.done = true;
        return;
      }
    }
    if (reps[0] >= this.pos) throw new Error("the LZMA stream's data is damaged");
    len += 2;
    if (this.size >= 0) len = Math.min(len, this.size - this.pos);
    this.#room(len);
    const o = this.output;
    let pos = this.pos;
    let from = pos - reps[0] - 1;
    if (reps[0] + 1 >= len) {
      o.copyWithin(pos, from, from + len);
      pos += len;
    } else {
      // The copy overlaps what it writes (a run): byte by byte.
      for (const end = pos + len; pos < end; ) o[pos++] = o[from++];
    }
    this.pos = pos;
    if (pos === this.size) this.done = true;
  }
}
