import type { Comparator, FieldGetter, FieldSpec } from "../types.js";
import { StringMap } from "./hash.js";

/** Joins the parts of a multi-valued key (several phones). Cannot occur in normalised text. */
export const PART = "\u001f";

/** One field of every record, normalised once and dictionary-encoded. */
export interface EncodedField {
  readonly name: string;
  readonly spec: FieldSpec;
  readonly comparator: Comparator;
  /** Key id per record; -1 when missing. */
  readonly codes: Int32Array;
  /** Distinct keys, by id. */
  readonly keys: string[];
  /** Records per key id. */
  readonly counts: Uint32Array;
  /** Records with a value. */
  readonly present: number;
  /** Features of each key, computed on first use (an array of parts' features if multi-part). */
  readonly features: unknown[];
  /** Whether a key has several parts (several phones). */
  readonly multi: Uint8Array;
}

/** A dotted path or function → a reader. */
export function reader(get: FieldGetter): (record: unknown) => unknown {
  if (typeof get === "function") return get;
  const path = get.split(".");
  return (record) => {
    let cur: unknown = record;
    for (const k of path) {
      if (typeof cur !== "object" || cur === null) return undefined;
      cur = (cur as Record<string, unknown>)[k];
    }
    return cur;
  };
}

/** Normalise and encode one field of all records: each distinct raw string is normalised once. */
export function encodeField(
  records: readonly unknown[],
  spec: FieldSpec,
  comparator: Comparator,
): EncodedField {
  const read = reader(spec.get);
  const n = records.length;
  const codes = new Int32Array(n);
  // Near-unique fields (IDs, phones) get a table for every record at once.
  const ids = new StringMap(comparator.cacheRaw === false ? n : 1024);
  const keys: string[] = [];
  // Each distinct raw text is normalised once (names, dates and addresses repeat a lot).
  const byRaw = comparator.cacheRaw === false ? undefined : new StringMap();
  const idOf = (key: string | undefined): number => {
    if (key === undefined) return -1;
    let id = ids.get(key);
    if (id < 0) {
      id = keys.length;
      ids.set(key, id);
      keys.push(key);
    }
    return id;
  };
  const cachedPart = new Map<string, string | undefined>();
  const normalizePart = (v: unknown): string | undefined => {
    if (typeof v !== "string" || !byRaw) return comparator.normalize(v);
    if (cachedPart.has(v)) return cachedPart.get(v);
    const k = comparator.normalize(v);
    cachedPart.set(v, k);
    return k;
  };
  const normalizeOne = (v: unknown): string | undefined => {
    if (Array.isArray(v)) {
      if (v.length === 1) return normalizePart(v[0]);
      const parts = new Set<string>();
      for (const el of v) {
        const k = normalizePart(el);
        if (k !== undefined) parts.add(k);
      }
      return parts.size === 0 ? undefined : [...parts].sort().join(PART);
    }
    return comparator.normalize(v);
  };
  for (let i = 0; i < n; i++) {
    const raw = read(records[i]);
    if (raw === undefined || raw === null || raw === "") {
      codes[i] = -1;
    } else if (typeof raw === "string") {
      if (!byRaw) {
        codes[i] = idOf(normalizeOne(raw));
        continue;
      }
      // Stored as id + 1, so that a value normalised to "missing" (-1) is cached too.
      let id = byRaw.get(raw) - 1;
      if (id === -2) {
        id = idOf(normalizeOne(raw));
        byRaw.set(raw, id + 1);
      }
      codes[i] = id;
    } else {
      codes[i] = idOf(normalizeOne(raw));
    }
  }
  const counts = new Uint32Array(keys.length);
  let present = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c >= 0) {
      counts[c]!++;
      present++;
    }
  }
  return {
    name: spec.name,
    spec,
    comparator,
    codes,
    keys,
    counts,
    present,
    features: new Array(keys.length),
    multi: Uint8Array.from(keys, (k) => (k.includes(PART) ? 1 : 0)),
  };
}

/** Features of a key (of each of its parts when it has several). */
export function featuresOf(field: EncodedField, id: number): unknown {
  let f = field.features[id];
  if (f === undefined) {
    const key = field.keys[id]!;
    f = field.multi[id]
      ? key.split(PART).map((k) => field.comparator.features(k))
      : field.comparator.features(key);
    field.features[id] = f;
  }
  return f;
}

/** Level of two distinct key ids: the best level over their parts. */
export function compareIds(field: EncodedField, a: number, b: number): number {
  const fa = featuresOf(field, a);
  const fb = featuresOf(field, b);
  const cmp = field.comparator;
  const ma = field.multi[a] === 1;
  const mb = field.multi[b] === 1;
  if (!ma && !mb) return cmp.compare(fa, fb);
  const xs = ma ? (fa as unknown[]) : [fa];
  const ys = mb ? (fb as unknown[]) : [fb];
  let best = cmp.levels.length - 1;
  for (const x of xs) {
    for (const y of ys) {
      const l = cmp.compare(x, y);
      if (l < best) best = l;
      if (best === 0) return 0;
    }
  }
  return best;
}
