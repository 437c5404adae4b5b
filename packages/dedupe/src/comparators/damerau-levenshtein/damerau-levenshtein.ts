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
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  const w = lb + 1;
  // Three rolling rows: two back (for swaps), previous and current.
  let prev2 = new Uint32Array(w);
  let prev = new Uint32Array(w);
  let cur = new Uint32Array(w);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[lb]!;
  return d > max ? max + 1 : d;
}
