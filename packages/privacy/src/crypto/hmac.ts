import { compress, finish, SHA256_IV, sha256, wordsToBytes } from "./sha256.js";

/**
 * HMAC-SHA256 under one fixed key, with the key's inner and outer blocks absorbed once, so
 * that each message costs two compressions when it fits in one block (≤ 55 bytes).
 */
export interface Hmac {
  /** Write the 8 big-endian 32-bit words of HMAC(key, message[0..length)) into `out`. */
  words(message: Uint8Array, length: number, out: Int32Array): void;
  /** HMAC(key, message) as 32 bytes. */
  bytes(message: Uint8Array): Uint8Array;
}

/** Build an {@link Hmac} for a key (any length; keys over 64 bytes are hashed first). */
export function createHmac(key: Uint8Array): Hmac {
  const k = key.length > 64 ? sha256(key) : key;
  const block = new Uint8Array(64);
  block.set(k);
  const w = new Int32Array(64);
  const inner = Int32Array.from(SHA256_IV);
  const outer = Int32Array.from(SHA256_IV);
  for (let j = 0; j < 16; j++) {
    const p = j * 4;
    const word = (block[p]! << 24) | (block[p + 1]! << 16) | (block[p + 2]! << 8) | block[p + 3]!;
    w[j] = word ^ 0x36363636;
  }
  compress(inner, w);
  for (let j = 0; j < 16; j++) {
    const p = j * 4;
    const word = (block[p]! << 24) | (block[p + 1]! << 16) | (block[p + 2]! << 8) | block[p + 3]!;
    w[j] = word ^ 0x5c5c5c5c;
  }
  compress(outer, w);
  block.fill(0);

  const state = new Int32Array(8);
  const words = (message: Uint8Array, length: number, out: Int32Array) => {
    state.set(inner);
    finish(state, w, message, length, 64);
    for (let j = 0; j < 8; j++) w[j] = state[j]!;
    w[8] = 0x80000000 | 0;
    w.fill(0, 9, 15);
    w[15] = (64 + 32) * 8;
    out.set(outer);
    compress(out, w);
  };
  const out = new Int32Array(8);
  return {
    words,
    bytes(message) {
      words(message, message.length, out);
      return wordsToBytes(out);
    },
  };
}
