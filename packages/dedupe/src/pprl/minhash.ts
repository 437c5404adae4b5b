import { expectArgument, expectText } from "@linli/core";
import type { BloomFilter } from "../comparators/dice/bloom.js";
import { rng } from "../engine/estimate.js";
import { DedupeOptionError } from "../errors/option-error.js";
import type { BlockingRule } from "../types.js";

/** Options of {@link minhashBlocking}. */
export interface MinhashOptions {
  /** Bands: each is one blocking rule; records that agree on all its rows share a block. Default 8. */
  readonly bands?: number;
  /** Min-hashes per band (1–8). More rows, fewer and surer candidate pairs. Default 4. */
  readonly rows?: number;
  /** Seed of the random permutations; both sides of a linkage are blocked in one run. Default 1. */
  readonly seed?: number;
  /**
   * Skip blocks larger than this (see `BlockingRule.maxBlockSize`). Default 50: a large block
   * comes from bits that most filters share (the century of a birth date), not from likeness.
   */
  readonly maxBlockSize?: number;
}

/** Random orders of the bit positions of one filter length, made once per length. */
function permutations(count: number, seed: number): (bits: number) => readonly Uint16Array[] {
  const byLength = new Map<number, Uint16Array[]>();
  return (bits) => {
    let perms = byLength.get(bits);
    if (!perms) {
      const rand = rng(seed);
      perms = Array.from({ length: count }, () => {
        const p = Uint16Array.from({ length: bits }, (_, i) => i);
        for (let i = bits - 1; i > 0; i--) {
          const j = Math.floor(rand() * (i + 1));
          const t = p[i]!;
          p[i] = p[j]!;
          p[j] = t;
        }
        return p;
      });
      byLength.set(bits, perms);
    }
    return perms;
  };
}

/**
 * The min-hash of a filter under one permutation: the rank of its first set bit in that
 * order. Two filters get the same min-hash with probability equal to their Jaccard
 * similarity |A∧B| / |A∨B|, so near-identical filters meet in some band and unrelated ones
 * rarely do. Scanning stops at the first set bit: about bits / |A| steps.
 */
function minhash(words: Uint32Array, perm: Uint16Array): number {
  for (let i = 0; i < perm.length; i++) {
    const p = perm[i]!;
    if ((words[p >>> 5]! >>> (p & 31)) & 1) return i;
  }
  return -1;
}

/**
 * Blocking rules for Bloom-filter encodings (locality-sensitive hashing with min-hashes): no
 * readable value is needed, only the filters of one field compared with `diceComparator`.
 * Each of `bands` rules keys a record by `rows` min-hashes of its filter; two filters of
 * Jaccard similarity J share a band's block with probability J^rows, and some band with
 * 1 − (1 − J^rows)^bands. With the defaults (8 bands of 4), filters of Jaccard 0.8 (Dice
 * 0.89, a name with one typing error) meet with probability 0.985, of Jaccard 0.6 (Dice 0.75)
 * with probability 0.67, of Jaccard 0.2 (unrelated names) with probability 0.013. Use it
 * beside exact agreement on each filter and on several filters, as `pprlProfile` does. Work
 * grows with records × bands; candidate pairs with the pairs of records whose filters are
 * alike (blocks over `maxBlockSize` records are skipped).
 *
 * @example
 * ```ts
 * import { diceComparator, minhashBlocking, type Profile } from "@linli/dedupe";
 * const profile: Profile = {
 *   name: "clk",
 *   fields: [{ name: "name", get: "filters.name", comparator: diceComparator() }],
 *   blocking: [{ name: "name", on: ["name"] }, ...minhashBlocking("name", { bands: 8, rows: 4 })],
 * };
 * minhashBlocking("name").length; // 8 rules: "name-minhash-1" … "name-minhash-8"
 * ```
 */
export function minhashBlocking(field: string, options: MinhashOptions = {}): BlockingRule[] {
  expectText("minhashBlocking", "field", field);
  expectArgument("minhashBlocking", "options", "options", options);
  const bands = options.bands ?? 8;
  const rows = options.rows ?? 4;
  if (!Number.isInteger(bands) || bands < 1 || !Number.isInteger(rows) || rows < 1 || rows > 8) {
    throw new DedupeOptionError("options.minhash");
  }
  const perms = permutations(bands * rows, options.seed ?? 1);
  return Array.from({ length: bands }, (_, band) => ({
    name: `${field}-minhash-${band + 1}`,
    on: [field],
    maxBlockSize: options.maxBlockSize ?? 50,
    transform: (_key: string, filter: BloomFilter): number | undefined => {
      if (filter.count === 0) return undefined;
      const bits = filter.words.length * 32;
      if (bits > 65536) throw new DedupeOptionError("options.minhashBits");
      const all = perms(bits);
      // Ranks are below `bits` (≤ 65,536): mix them into one 52-bit key.
      let h1 = 0x9e3779b9;
      let h2 = 0x85ebca6b;
      for (let r = 0; r < rows; r++) {
        const v = minhash(filter.words, all[band * rows + r]!);
        h1 = Math.imul(h1 ^ v, 0x01000193) ^ (h1 >>> 13);
        h2 = Math.imul(h2 ^ v, 0x5bd1e995) ^ (h2 >>> 15);
      }
      return (h1 >>> 0) * 0x100000 + (h2 >>> 12);
    },
  }));
}
