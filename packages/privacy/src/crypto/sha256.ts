// A synchronous SHA-256 for the hot paths (one HMAC per q-gram or identifier), where an
// awaited Web Crypto call per value would cost more than the hash. Kept over @noble/hashes
// because HMAC states absorbed once and no copies per call make it faster for this use (see
// docs/benchmarks.md#privacy); tests check it against Web Crypto and @noble/hashes. Keys are
// always derived with Web Crypto first.

/** Round constants of FIPS 180-4, as signed 32-bit integers. */
const K = /* @__PURE__ */ Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** Initial hash value H(0). */
export const SHA256_IV: readonly number[] = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/**
 * One SHA-256 compression: `state` (8 words) absorbs the block in `w[0..15]`. `w` must have
 * 64 entries; entries 16–63 are overwritten (message schedule).
 */
export function compress(state: Int32Array, w: Int32Array): void {
  for (let t = 16; t < 64; t++) {
    const a = w[t - 15]!;
    const b = w[t - 2]!;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + K[t]! + w[t]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/**
 * Absorb `data` and the final padding into `state`, as if `prefixBytes` bytes (a whole number
 * of blocks) had already been absorbed.
 */
export function finish(
  state: Int32Array,
  w: Int32Array,
  data: Uint8Array,
  length: number,
  prefixBytes: number,
): void {
  let i = 0;
  for (; length - i >= 64; i += 64) {
    for (let j = 0; j < 16; j++) {
      const p = i + j * 4;
      w[j] = (data[p]! << 24) | (data[p + 1]! << 16) | (data[p + 2]! << 8) | data[p + 3]!;
    }
    compress(state, w);
  }
  w.fill(0, 0, 16);
  const rest = length - i;
  for (let j = 0; j < rest; j++) w[j >> 2] = w[j >> 2]! | (data[i + j]! << (24 - 8 * (j & 3)));
  w[rest >> 2] = w[rest >> 2]! | (0x80 << (24 - 8 * (rest & 3)));
  if (rest >= 56) {
    compress(state, w);
    w.fill(0, 0, 16);
  }
  const bytes = prefixBytes + length;
  w[14] = Math.floor(bytes / 0x20000000);
  w[15] = (bytes * 8) | 0;
  compress(state, w);
}

/** SHA-256 of some bytes (used to shorten HMAC keys longer than a block). */
export function sha256(data: Uint8Array): Uint8Array {
  const state = Int32Array.from(SHA256_IV);
  finish(state, new Int32Array(64), data, data.length, 0);
  return wordsToBytes(state);
}

/** Big-endian bytes of 32-bit words. */
export function wordsToBytes(words: Int32Array, count = words.length): Uint8Array {
  const out = new Uint8Array(count * 4);
  for (let i = 0; i < count; i++) {
    const v = words[i]!;
    out[i * 4] = v >>> 24;
    out[i * 4 + 1] = (v >>> 16) & 0xff;
    out[i * 4 + 2] = (v >>> 8) & 0xff;
    out[i * 4 + 3] = v & 0xff;
  }
  return out;
}
