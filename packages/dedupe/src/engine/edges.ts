import { type Pairs, pairArrays } from "./cluster.js";
import type { EncodedField } from "./encode.js";

// The match edges in a content order, and the strong non-matches the chain rule uses.

/** Record pair of a pair key `a * n + b`. */
export const split = (k: number, n: number): [number, number] => {
  const a = Math.floor(k / n);
  return [a, k - a * n];
};

/**
 * Indexes of the pairs at or above the threshold, strongest first. Equal scores are ordered
 * by the records' content, so the clustering does not depend on input order.
 */
export function sortEdges(
  fields: readonly EncodedField[],
  pairs: Float64Array,
  logits: Float64Array,
  min: number,
  n: number,
): Int32Array {
  let count = 0;
  for (let i = 0; i < pairs.length; i++) if (logits[i]! >= min) count++;
  const idx = new Int32Array(count);
  count = 0;
  for (let i = 0; i < pairs.length; i++) if (logits[i]! >= min) idx[count++] = i;
  idx.sort((x, y) => logits[y]! - logits[x]!);
  const recordHash = recordHasher(fields);
  for (let from = 0; from < idx.length; ) {
    let to = from + 1;
    while (to < idx.length && logits[idx[to]!] === logits[idx[from]!]) to++;
    if (to - from > 1) {
      const size = to - from;
      const lo = new Float64Array(size);
      const hi = new Float64Array(size);
      const ks = idx.slice(from, to);
      for (let j = 0; j < size; j++) {
        const k = ks[j]!;
        const a = Math.floor(pairs[k]! / n);
        const ha = recordHash(a);
        const hb = recordHash(pairs[k]! - a * n);
        lo[j] = Math.min(ha, hb);
        hi[j] = Math.max(ha, hb);
      }
      const order = Int32Array.from({ length: size }, (_, j) => j);
      order.sort((x, y) => lo[x]! - lo[y]! || hi[x]! - hi[y]!);
      for (let j = 0; j < size; j++) idx[from + j] = ks[order[j]!]!;
    }
    from = to;
  }
  return idx;
}

/**
 * Content hash of a record, from its keys' texts (not their ids, which follow input order):
 * ties between equal scores are broken by it, so the clustering does not depend on input order.
 * `keyHashes[k]`, when given with a hash for each key of field `k`, are its keys'
 * {@link textHash}es computed elsewhere (a worker thread).
 */
export function recordHasher(
  fields: readonly EncodedField[],
  keyHashes: readonly (Float64Array | undefined)[] = [],
): (r: number) => number {
  // Plain loops: this runs over every key, then every record, of a million-record run.
  const keyHash = fields.map((f, k) => {
    const given = keyHashes[k];
    if (given && given.length === f.keys.length) return given;
    const out = new Float64Array(f.keys.length);
    for (let i = 0; i < out.length; i++) out[i] = textHash(f.keys[i]!);
    return out;
  });
  const codes = fields.map((f) => f.codes);
  const F = fields.length;
  return (r) => {
    let h = 0;
    for (let k = 0; k < F; k++) {
      const c = codes[k]![r]!;
      h = (h * 31 + (c < 0 ? 7 : keyHash[k]![c]!)) % 9007199254740881;
    }
    return h;
  };
}

/**
 * A 48-bit hash of a text (FNV-1a in two halves), the same whatever the input order.
 *
 * @example
 * ```ts
 * textHash("张三") === textHash("张三"); // true, in any run and on any thread
 * ```
 */
export function textHash(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 65536 + ((h2 >>> 16) & 0xffff);
}

/**
 * Strong non-matches among records that some edge touches, as adjacency lists in two typed
 * arrays: the chain rule keeps such two records apart even when other records link them.
 */
export function strongNonMatches(
  pairs: Float64Array,
  logits: Float64Array,
  edges: Pairs,
  n: number,
  splitWeight: number,
): { offsets: Int32Array; targets: Int32Array } | undefined {
  const { a: ea, b: eb } = pairArrays(edges);
  if (splitWeight === Number.NEGATIVE_INFINITY || ea.length === 0) return undefined;
  const touched = new Uint8Array(n);
  for (let e = 0; e < ea.length; e++) {
    touched[ea[e]!] = 1;
    touched[eb[e]!] = 1;
  }
  const offsets = new Int32Array(n + 1);
  const keep = (i: number): boolean => {
    if (logits[i]! > splitWeight) return false;
    const [a, b] = split(pairs[i]!, n);
    return touched[a] === 1 && touched[b] === 1;
  };
  for (let i = 0; i < pairs.length; i++) {
    if (!keep(i)) continue;
    const [a, b] = split(pairs[i]!, n);
    offsets[a + 1]!++;
    offsets[b + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const targets = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (let i = 0; i < pairs.length; i++) {
    if (!keep(i)) continue;
    const [a, b] = split(pairs[i]!, n);
    targets[fill[a]!++] = b;
    targets[fill[b]!++] = a;
  }
  return { offsets, targets };
}
