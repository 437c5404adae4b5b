import { expectText } from "@linli/core";

// Rows reused across calls: the comparators call this millions of times on short strings,
// and fresh arrays per call cost more in garbage collection than the distance itself.
let rows = new Uint32Array(3 * 64);
const histogram = new Int32Array(128);

/**
 * A lower bound on the distance of two ASCII strings: each edit changes the character counts
 * by at most 2 (a swap by 0), so half the difference of the counts is a bound. -1 if not ASCII.
 */
function countBound(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c >= 128) {
      for (let j = 0; j < i; j++) histogram[a.charCodeAt(j)]! -= 1;
      return -1;
    }
    histogram[c]! += 1;
  }
  let ok = true;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c >= 128) ok = false;
    else histogram[c]! -= 1;
  }
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    diff += Math.abs(histogram[c]!);
    histogram[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c < 128) {
      diff += Math.abs(histogram[c]!);
      histogram[c] = 0;
    }
  }
  return ok ? Math.ceil(diff / 2) : -1;
}

/** Whether a[i…] equals b[j…] to their ends (without making substrings). */
function sameTail(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Distance 0 or 1 without a matrix: one substitution, insertion, deletion or adjacent swap. */
function withinOne(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (i < la && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i === la) return true;
    if (sameTail(a, i + 1, b, i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      sameTail(a, i + 2, b, i + 2)
    );
  }
  const [s, l] = la < lb ? [a, b] : [b, a];
  if (l.length - s.length !== 1) return false;
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === l.charCodeAt(i)) i++;
  return sameTail(s, i, l, i + 1);
}

/**
 * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions,
 * substitutions and swaps of two adjacent characters), over UTF-16 code units. With `max`,
 * returns `max + 1` as soon as the distance is known to exceed it (much faster on long,
 * different strings).
 *
 * @example
 * ```ts
 * import { damerauLevenshtein } from "@linli/dedupe";
 * damerauLevenshtein("1102", "1012"); // 1 (adjacent swap)
 * damerauLevenshtein("kitten", "sitting"); // 3
 * ```
 */
export function damerauLevenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  expectText("damerauLevenshtein", "a", a);
  expectText("damerauLevenshtein", "b", b);
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (withinOne(a, b)) return 1;
  if (max <= 1) return max + 1;
  if (max < 8 && countBound(a, b) > max) return max + 1;
  const w = lb + 1;
  if (rows.length < 3 * w) rows = new Uint32Array(3 * w * 2);
  // Three rolling rows at offsets: two back (for swaps), previous and current.
  let prev2 = 0;
  let prev = w;
  let cur = 2 * w;
  const r = rows;
  for (let j = 0; j <= lb; j++) r[prev + j] = j;
  for (let i = 1; i <= la; i++) {
    r[cur] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(r[prev + j]! + 1, r[cur + j - 1]! + 1, r[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, r[prev2 + j - 2]! + 1);
      }
      r[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = r[prev + lb]!;
  return d > max ? max + 1 : d;
}
