// Bloom filters arrive as Base64 text or bytes. Decoding them here keeps @linli/dedupe free
// of @linli/privacy: comparing bit arrays needs no secret and no encoder.

const CODES = /* @__PURE__ */ (() => {
  const t = new Int8Array(128).fill(-1);
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (let i = 0; i < 62; i++) t[abc.charCodeAt(i)] = i;
  t[43] = 62; // +
  t[45] = 62; // - (URL-safe)
  t[47] = 63; // /
  t[95] = 63; // _ (URL-safe)
  return t;
})();

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A Bloom filter decoded for comparison: its 32-bit words and its number of set bits. */
export interface BloomFilter {
  /** The filter's bytes as 32-bit words (zero-padded to a whole word). */
  readonly words: Uint32Array;
  /** Length in bytes as given (before padding). */
  readonly bytes: number;
  /** Number of set bits. */
  readonly count: number;
}

/** Number of set bits in a 32-bit word. */
export function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/** Bytes of a Base64 text (standard or URL-safe, padded or not); `undefined` if it is not Base64. */
export function base64Bytes(text: string): Uint8Array | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--; // trailing "="
  if (end % 4 === 1) return undefined;
  const out = new Uint8Array((end * 3) >> 2);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? CODES[c]! : -1;
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Standard Base64 of some bytes, padded. */
export function bytesBase64(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out +=
      ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
    out += rest === 2 ? `${ALPHABET[(n >> 6) & 63]!}=` : "==";
  }
  return out;
}

/** Decode a filter's bytes into words and count its bits. */
export function bloomFilter(bytes: Uint8Array): BloomFilter {
  const words = new Uint32Array(Math.ceil(bytes.length / 4));
  new Uint8Array(words.buffer).set(bytes);
  let count = 0;
  for (let i = 0; i < words.length; i++) count += popcount32(words[i]!);
  return { words, bytes: bytes.length, count };
}

/** Dice coefficient of two filters of one length: 2·|A∧B| / (|A| + |B|); 0 when both are empty. */
export function bloomDice(a: BloomFilter, b: BloomFilter): number {
  const total = a.count + b.count;
  if (total === 0) return 0;
  const x = a.words;
  const y = b.words;
  let both = 0;
  for (let i = 0; i < x.length; i++) both += popcount32(x[i]! & y[i]!);
  return (2 * both) / total;
}
