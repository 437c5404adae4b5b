import { compareIds, type EncodedField } from "./encode.js";
import { NumberMap } from "./hash.js";

/** Comparison vectors of the candidate pairs, grouped into distinct patterns. */
export interface Vectors {
  /** Pattern id per pair. */
  readonly pattern: Uint32Array;
  /** Levels of each pattern: `levels[p * F + f]`; the field's level count means missing. */
  readonly levels: Uint8Array;
  /** Pairs per pattern. */
  readonly counts: Float64Array;
}

// Caching pays only where values repeat (names, dates); for near-unique fields (IDs, phones)
// a cache costs memory and saves nothing.
const CACHE_LIMIT = 1_000_000;

/** Pairs compared a field at a time. */
const BLOCK = 1 << 16;

/** A memoised level function for one field. */
export function levelFn(field: EncodedField, records: number): (a: number, b: number) => number {
  const missing = field.comparator.levels.length;
  const codes = field.codes;
  // Only for values that repeat a lot (dates, sexes, common names): elsewhere hits are rare.
  const cached = field.keys.length * 8 < records;
  const d = field.keys.length;
  let cache = new NumberMap(4096);
  return (a, b) => {
    const x = codes[a]!;
    const y = codes[b]!;
    if (x < 0 || y < 0) return missing;
    if (x === y) return 0;
    if (!cached) return compareIds(field, x, y);
    const k = x < y ? x * d + y : y * d + x;
    let l = cache.get(k);
    if (l < 0) {
      l = compareIds(field, x, y);
      if (cache.size >= CACHE_LIMIT) cache = new NumberMap(4096);
      cache.set(k, l);
    }
    return l;
  };
}

/** Level of every field for every candidate pair, counted by pattern. */
export function compareAll(
  fields: readonly EncodedField[],
  pairs: Float64Array,
  n: number,
): Vectors {
  const F = fields.length;
  const fns = fields.map((f) => levelFn(f, n));
  const radix = fields.map((f) => f.comparator.levels.length + 1);
  const patternOf = new NumberMap(1024);
  const pattern = new Uint32Array(pairs.length);
  const levelList: number[] = [];
  const countList: number[] = [];
  // A block of pairs a field at a time (one level function, one comparator, one field's
  // features in use), then their patterns in pair order: the same patterns, numbered the same
  // way. Blocks keep the scratch small (no large buffer at millions of pairs).
  const B = Math.min(pairs.length, BLOCK);
  const as = new Int32Array(B);
  const bs = new Int32Array(B);
  const levels = new Uint8Array(B * F);
  for (let from = 0; from < pairs.length; from += B) {
    const size = Math.min(B, pairs.length - from);
    for (let i = 0; i < size; i++) {
      const k = pairs[from + i]!;
      const a = Math.floor(k / n);
      as[i] = a;
      bs[i] = k - a * n;
    }
    for (let f = 0; f < F; f++) {
      const fn = fns[f]!;
      for (let i = 0; i < size; i++) levels[i * F + f] = fn(as[i]!, bs[i]!);
    }
    for (let i = 0; i < size; i++) {
      let code = 0;
      for (let f = 0; f < F; f++) code = code * radix[f]! + levels[i * F + f]!;
      let p = patternOf.get(code);
      if (p < 0) {
        p = countList.length;
        patternOf.set(code, p);
        countList.push(0);
        for (let f = 0; f < F; f++) levelList.push(levels[i * F + f]!);
      }
      countList[p]!++;
      pattern[from + i] = p;
    }
  }
  return {
    pattern,
    levels: Uint8Array.from(levelList),
    counts: Float64Array.from(countList),
  };
}
