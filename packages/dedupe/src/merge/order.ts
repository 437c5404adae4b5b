import type { MergeIssue } from "./types.js";
import { stableJson } from "./units.js";

/**
 * Rows in an order that depends on their keys only (so linkage sees the same input however
 * the sources were given): by a 52-bit hash of the key, the key itself on a tie. Comparing
 * numbers is much faster than comparing keys that share long prefixes.
 */
export function canonicalOrder<R extends { readonly key: string }>(
  rows: R[],
  tick?: () => void,
): R[] {
  let compares = 0;
  const hash = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    let a = 0x811c9dc5;
    let b = 0x9e3779b9;
    const k = r.key;
    for (let j = 0; j < k.length; j++) {
      const c = k.charCodeAt(j);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    hash[i] = (a >>> 0) * 1048576 + ((b >>> 12) & 0xfffff);
  });
  const order = new Uint32Array(rows.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((x, y) => {
    // A million rows take tens of millions of comparisons: say now and then that all is well.
    if (tick && (++compares & 0xfffff) === 0) tick();
    const d = hash[x]! - hash[y]!;
    if (d !== 0) return d;
    const kx = rows[x]!.key;
    const ky = rows[y]!.key;
    return kx < ky ? -1 : kx > ky ? 1 : 0;
  });
  const out: R[] = [];
  for (let i = 0; i < order.length; i++) out.push(rows[order[i]!]!);
  return out;
}

/** Issues in row order, each once (a source read twice reports its problems twice). */
export function dedupeIssues(issues: MergeIssue[], mayRepeat: boolean): MergeIssue[] {
  const seen = new Set<string>();
  const out: MergeIssue[] = mayRepeat ? [] : issues;
  for (const i of mayRepeat ? issues : []) {
    const k = stableJson(i);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(i);
  }
  return out.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      ((a.sheet ?? "") < (b.sheet ?? "") ? -1 : (a.sheet ?? "") > (b.sheet ?? "") ? 1 : 0) ||
      a.row - b.row,
  );
}
