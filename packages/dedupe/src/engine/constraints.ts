import { DedupeOptionError } from "../errors/option-error.js";
import type { DedupeOptions } from "../options.js";
import type { Profile } from "../types.js";
import { type Adjacency, adjacency, type ConflictField } from "./cluster.js";
import { compareIds, type EncodedField, featuresOf } from "./encode.js";
import { NumberMap } from "./hash.js";

// What keeps records together or apart whatever their scores: identical copies, valid
// identifiers (cannot-link) and conflict fields.

/** The profile's conflict fields, as key ids and a memoised test of two key ids. */
export function conflictFields(
  profile: Profile,
  byName: ReadonlyMap<string, EncodedField>,
): ConflictField[] {
  return (profile.conflicts ?? []).map((name) => {
    const field = byName.get(name);
    if (!field) throw new DedupeOptionError("options.conflict", { field: name });
    const cmp = field.comparator;
    const last = cmp.levels.length - 1;
    const d = field.keys.length;
    const memo = new NumberMap(64);
    const test = (x: number, y: number): boolean => {
      if (!cmp.conflict) return compareIds(field, x, y) === last;
      const fx = featuresOf(field, x);
      const fy = featuresOf(field, y);
      // Several values (phones): a conflict only when no two of them can be one.
      const xs = field.multi[x] ? (fx as unknown[]) : [fx];
      const ys = field.multi[y] ? (fy as unknown[]) : [fy];
      return xs.every((a) => ys.every((b) => cmp.conflict!(a, b)));
    };
    return {
      codes: field.codes,
      conflict(x, y) {
        const k = x < y ? x * d + y : y * d + x;
        let c = memo.get(k);
        if (c < 0) {
          c = test(x, y) ? 1 : 0;
          memo.set(k, c);
        }
        return c === 1;
      },
    };
  });
}

/** Per record: the key id of its valid identifier in a cannot-link field, or -1. */
export function validIds(field: EncodedField | undefined, n: number): Int32Array {
  const out = new Int32Array(n).fill(-1);
  const isValid = field?.comparator.isValid;
  if (!field || !isValid) return out;
  const valid = field.keys.map((k) => isValid(k));
  for (let i = 0; i < n; i++) {
    const c = field.codes[i]!;
    if (c >= 0 && valid[c]) out[i] = c;
  }
  return out;
}

/**
 * Groups of records identical in every compared field (at least one present): exact copies
 * are one record whatever their scores, so they always end in one cluster (within one dataset;
 * `link` and `acrossSourcesOnly` compare only across).
 */
export function identical(fields: readonly EncodedField[], n: number): number[][] {
  // Hash the codes, then confirm equality against the first record of each hash.
  const first = new NumberMap(1024);
  const groups = new Map<number, number[]>();
  const same = (x: number, y: number) => fields.every((f) => f.codes[x] === f.codes[y]);
  for (let i = 0; i < n; i++) {
    let h = 0;
    let present = false;
    for (const f of fields) {
      const c = f.codes[i]!;
      if (c >= 0) present = true;
      h = (Math.imul(h ^ (c + 1), 0x9e3779b1) + 0x7f4a7c15) | 0;
    }
    if (!present) continue;
    let key = h >>> 0;
    for (;;) {
      const j = first.get(key);
      if (j < 0) {
        first.set(key, i);
        break;
      }
      if (same(i, j)) {
        const g = groups.get(j);
        if (g) g.push(i);
        else groups.set(j, [j, i]);
        break;
      }
      key += 4294967296; // hash collision: probe the next slot of this hash
    }
  }
  return [...groups.values()];
}

/**
 * Every two records of each cannot-link group (a person's decision) as adjacency lists, or
 * undefined when there are none. Indexes are checked here too: a stream's size is known late.
 */
export function decidedApart(
  groups: DedupeOptions["cannotLink"],
  n: number,
): Adjacency | undefined {
  const out: [number, number][] = [];
  for (const g of groups ?? []) {
    for (const i of g) {
      if (!Number.isInteger(i) || i < 0 || i >= n) {
        throw new DedupeOptionError("options.cannotLink", { index: i });
      }
    }
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) if (g[i] !== g[j]) out.push([g[i]!, g[j]!]);
  }
  return out.length > 0 ? adjacency(out, n) : undefined;
}
