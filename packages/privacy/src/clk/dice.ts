import { expectArgument } from "@linli/core";
/** Number of set bits in a 32-bit word. */
export function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

function words(bits: Uint8Array): Uint32Array {
  if (bits.length % 4 !== 0)
    throw new RangeError("Bloom filters are a whole number of 32-bit words");
  return bits.byteOffset % 4 === 0
    ? new Uint32Array(bits.buffer, bits.byteOffset, bits.length / 4)
    : new Uint32Array(Uint8Array.from(bits).buffer);
}

/**
 * The number of set bits of a Bloom filter.
 *
 * @example
 * ```ts
 * import { popcount } from "@linli/privacy";
 * popcount(new Uint8Array([0b1011, 0, 0, 1])); // 4
 * ```
 */
export function popcount(bits: Uint8Array): number {
  expectArgument("popcount", "bits", "bytes", bits);
  const w = words(bits);
  let n = 0;
  for (let i = 0; i < w.length; i++) n += popcount32(w[i]!);
  return n;
}

/**
 * The Dice coefficient of two Bloom filters of the same length: 2·|A∧B| / (|A| + |B|), from
 * 0 (no bit in common) to 1 (identical); 0 when both are empty. Counts bits 32 at a time.
 *
 * @example
 * ```ts
 * import { dice } from "@linli/privacy";
 * dice(new Uint8Array([0b1111, 0, 0, 0]), new Uint8Array([0b0011, 0, 0, 0])); // 2·2/(4+2) ≈ 0.667
 * ```
 */
export function dice(a: Uint8Array, b: Uint8Array): number {
  expectArgument("dice", "a", "bytes", a);
  expectArgument("dice", "b", "bytes", b);
  if (a.length !== b.length) throw new RangeError("dice: Bloom filters of different lengths");
  const wa = words(a);
  const wb = words(b);
  let both = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i]!;
    const y = wb[i]!;
    both += popcount32(x & y);
    na += popcount32(x);
    nb += popcount32(y);
  }
  return na + nb === 0 ? 0 : (2 * both) / (na + nb);
}

/**
 * Many Bloom filters of one length packed for fast comparison: all words in one array and
 * each filter's bit count computed once.
 *
 * @example
 * ```ts
 * import { packClks, type PackedClks } from "@linli/privacy";
 * const packed: PackedClks = packClks([new Uint8Array(128), new Uint8Array(128)]);
 * packed.size; // 2
 * ```
 */
export interface PackedClks {
  readonly size: number;
  /** 32-bit words per filter. */
  readonly width: number;
  readonly words: Uint32Array;
  readonly counts: Uint32Array;
  /** Bits set in the first half of each filter's words. */
  readonly halves: Uint32Array;
}

/**
 * Pack Bloom filters for {@link dicePairs}.
 *
 * @example
 * ```ts
 * import { packClks } from "@linli/privacy";
 * packClks([new Uint8Array(128)]).width; // 32
 * ```
 */
export function packClks(clks: readonly Uint8Array[]): PackedClks {
  expectArgument("packClks", "clks", "list", clks);
  const bytes = clks[0]?.length ?? 0;
  if (bytes % 4 !== 0) throw new RangeError("Bloom filters are a whole number of 32-bit words");
  const width = bytes / 4;
  const all = new Uint8Array(clks.length * bytes);
  clks.forEach((c, i) => {
    if (c.length !== bytes) throw new RangeError("packClks: Bloom filters of different lengths");
    all.set(c, i * bytes);
  });
  const w = new Uint32Array(all.buffer);
  const counts = new Uint32Array(clks.length);
  const halves = new Uint32Array(clks.length);
  const half = width >> 1;
  for (let i = 0; i < clks.length; i++) {
    let n = 0;
    for (let j = 0; j < width; j++) {
      n += popcount32(w[i * width + j]!);
      if (j === half - 1) halves[i] = n;
    }
    counts[i] = n;
  }
  return { size: clks.length, width, words: w, counts, halves };
}

/** Bits set in `a & b` over words [from, to) of two filters, two words at a time. */
function common(
  aw: Uint32Array,
  ai: number,
  bw: Uint32Array,
  bj: number,
  from: number,
  to: number,
): number {
  let n = 0;
  let k = from;
  for (; k + 1 < to; k += 2) {
    let v = aw[ai + k]! & bw[bj + k]!;
    let u = aw[ai + k + 1]! & bw[bj + k + 1]!;
    v -= (v >>> 1) & 0x55555555;
    u -= (u >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333) + (u & 0x33333333) + ((u >>> 2) & 0x33333333);
    v = (v & 0x0f0f0f0f) + ((v >>> 4) & 0x0f0f0f0f);
    n += Math.imul(v, 0x01010101) >>> 24;
  }
  if (k < to) n += popcount32(aw[ai + k]! & bw[bj + k]!);
  return n;
}

/**
 * Candidate pairs between two sets of Bloom filters whose Dice coefficient is at least
 * `threshold`, comparing every pair. Pairs that the bit counts rule out are skipped, and a
 * pair is given up after half its words when the rest cannot bring it to the threshold. For
 * tens of thousands of records per side; block first for more.
 *
 * @example
 * ```ts
 * import { dicePairs, packClks } from "@linli/privacy";
 * const a = packClks([new Uint8Array([255, 0, 0, 0])]);
 * const b = packClks([new Uint8Array([127, 0, 0, 0]), new Uint8Array([0, 0, 0, 1])]);
 * dicePairs(a, b, 0.9); // { left: [0], right: [0], score: [0.933…] }
 * ```
 */
export function dicePairs(
  a: PackedClks,
  b: PackedClks,
  threshold: number,
): { left: Int32Array; right: Int32Array; score: Float64Array } {
  expectArgument("dicePairs", "a", "object", a);
  expectArgument("dicePairs", "b", "object", b);
  expectArgument("dicePairs", "threshold", "number", threshold);
  if (a.size > 0 && b.size > 0 && a.width !== b.width) {
    throw new RangeError("dicePairs: Bloom filters of different lengths");
  }
  const left: number[] = [];
  const right: number[] = [];
  const score: number[] = [];
  const { width } = a;
  const half = width >> 1;
  const aw = a.words;
  const bw = b.words;
  for (let i = 0; i < a.size; i++) {
    const ca = a.counts[i]!;
    const restA = ca - a.halves[i]!;
    const ai = i * width;
    for (let j = 0; j < b.size; j++) {
      const cb = b.counts[j]!;
      const total = ca + cb;
      if (total === 0 || 2 * Math.min(ca, cb) < threshold * total) continue;
      const bj = j * width;
      const first = common(aw, ai, bw, bj, 0, half);
      // The second half adds at most the smaller number of bits either filter has left.
      if (2 * (first + Math.min(restA, cb - b.halves[j]!)) < threshold * total) continue;
      const d = (2 * (first + common(aw, ai, bw, bj, half, width))) / total;
      if (d >= threshold) {
        left.push(i);
        right.push(j);
        score.push(d);
      }
    }
  }
  return {
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    score: Float64Array.from(score),
  };
}
