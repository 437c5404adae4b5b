import { hmac as nobleHmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";

// HMAC-SHA256 from @noble/hashes, an audited implementation: the key is absorbed once, and
// each message starts from a copy of that keyed state (see docs/benchmarks.md#privacy).

/** HMAC-SHA256 under one fixed key. */
export interface Hmac {
  /** Write the 8 big-endian 32-bit words of HMAC(key, message[0..length)) into `out`. */
  words(message: Uint8Array, length: number, out: Int32Array): void;
  /** HMAC(key, message) as 32 bytes. */
  bytes(message: Uint8Array): Uint8Array;
}

/** The part of @noble/hashes' keyed HMAC state used here. */
interface Keyed {
  update(message: Uint8Array): Keyed;
  digestInto(out: Uint8Array): void;
  _cloneInto(to?: Keyed): Keyed;
}

/** Build an {@link Hmac} for a key (any length; keys over 64 bytes are hashed first). */
export function createHmac(key: Uint8Array): Hmac {
  const base = nobleHmac.create(sha256, key) as unknown as Keyed;
  let scratch: Keyed | undefined;
  const digest = new Uint8Array(32);
  const view = new DataView(digest.buffer);
  const run = (message: Uint8Array) => {
    const h = base._cloneInto(scratch);
    scratch = h;
    h.update(message).digestInto(digest);
  };
  return {
    words(message, length, out) {
      run(length === message.length ? message : message.subarray(0, length));
      for (let j = 0; j < 8; j++) out[j] = view.getInt32(j * 4);
    },
    bytes(message) {
      run(message);
      return digest.slice();
    },
  };
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
