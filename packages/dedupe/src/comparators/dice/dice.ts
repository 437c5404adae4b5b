import { expectArgument } from "@linli/core";
import { DedupeOptionError } from "../../errors/option-error.js";
import type { Comparator } from "../../types.js";
import { type BloomFilter, base64Bytes, bloomDice, bloomFilter, bytesBase64 } from "./bloom.js";

/** Options of {@link diceComparator}. */
export interface DiceOptions {
  /**
   * Dice coefficients that start each level between "exact" and "different", strongest first.
   * Default `[0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6]`: Fellegi–Sunter weighs each level by
   * how often matches and non-matches reach it, so many narrow levels cost nothing.
   */
  readonly thresholds?: readonly number[];
}

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
const EMPTY = /^A+={0,2}$/;

/**
 * Compares Bloom-filter encodings (a field-level filter, or a record-level CLK) by their Dice
 * coefficient 2·|A∧B| / (|A| + |B|), in levels by threshold, for privacy-preserving record
 * linkage: the records hold only encodings, never readable values. Values are Base64 text or
 * `Uint8Array`s; an empty or all-zero filter counts as missing. Both sides must use filters of
 * one length (one encoding schema); comparing two lengths throws a `RangeError`.
 *
 * @example
 * ```ts
 * import { diceComparator } from "@linli/dedupe";
 * const c = diceComparator({ thresholds: [0.9, 0.7] });
 * c.levels; // ["exact", "dice>=0.9", "dice>=0.7", "different"]
 * const a = c.features(c.normalize(new Uint8Array([0b1111, 0, 0, 0]))!);
 * const b = c.features(c.normalize(new Uint8Array([0b0111, 0, 0, 0]))!);
 * c.compare(a, b); // 1 (Dice 2·3 / (4 + 3) ≈ 0.857)
 * ```
 */
export function diceComparator(options: DiceOptions = {}): Comparator<BloomFilter> {
  expectArgument("diceComparator", "options", "options", options);
  const thresholds = options.thresholds ?? [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6];
  for (let i = 0; i < thresholds.length; i++) {
    const t = thresholds[i]!;
    if (!(t > 0 && t < 1) || (i > 0 && t >= thresholds[i - 1]!)) {
      throw new DedupeOptionError("options.diceThresholds");
    }
  }
  const lowest = thresholds[thresholds.length - 1] ?? 1;
  const different = thresholds.length + 1;
  return {
    id: "dice",
    levels: ["exact", ...thresholds.map((t) => `dice>=${t}`), "different"],
    cacheRaw: false,
    normalize(value) {
      if (value instanceof Uint8Array) {
        return value.every((b) => b === 0) ? undefined : bytesBase64(value);
      }
      if (typeof value !== "string") return undefined;
      const s = value.trim();
      if (!BASE64.test(s) || EMPTY.test(s) || s.replace(/=+$/, "").length % 4 === 1) {
        return undefined;
      }
      return s;
    },
    features: (key) => bloomFilter(base64Bytes(key)!),
    compare(a, b) {
      if (a.bytes !== b.bytes) {
        throw new DedupeOptionError("options.diceLengths", { a: a.bytes * 8, b: b.bytes * 8 });
      }
      const total = a.count + b.count;
      // Dice cannot exceed 2·min / total: most non-matches stop here.
      if (2 * Math.min(a.count, b.count) < lowest * total) return different;
      const d = bloomDice(a, b);
      if (d === 1) return 0;
      for (let i = 0; i < thresholds.length; i++) if (d >= thresholds[i]!) return i + 1;
      return different;
    },
  };
}
