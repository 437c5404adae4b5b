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

/**
 * Normalises and dictionary-encodes one field over records given in chunks (an array at once,
 * or a stream of a city's records): each distinct raw string is normalised once, and key ids
 * follow first appearance, so that the ids do not depend on how the records were chunked.
 */
export class FieldEncoder {
  private codes: Int32Array;
  private length = 0;
  private readonly keys: string[] = [];
  private readonly ids: StringMap;
  // Each distinct raw text is normalised once (names, dates and addresses repeat a lot).
  private readonly byRaw: StringMap | undefined;
  private readonly cachedPart = new Map<string, string | undefined>();
  private readonly read: (record: unknown) => unknown;

  constructor(
    readonly spec: FieldSpec,
    readonly comparator: Comparator,
    expected = 1024,
  ) {
    this.read = reader(spec.get);
    this.codes = new Int32Array(Math.max(expected, 16));
    // Near-unique fields (IDs, phones) get a table for every record at once.
    this.ids = new StringMap(comparator.cacheRaw === false ? expected : 1024);
    this.byRaw = comparator.cacheRaw === false ? undefined : new StringMap();
  }

  private idOf(key: string | undefined): number {
    if (key === undefined) return -1;
    let id = this.ids.get(key);
    if (id < 0) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  private normalizePart(v: unknown): string | undefined {
    if (typeof v !== "string" || !this.byRaw) return this.comparator.normalize(v);
    if (this.cachedPart.has(v)) return this.cachedPart.get(v);
    const k = this.comparator.normalize(v);
    this.cachedPart.set(v, k);
    return k;
  }

  private readonly part = (v: unknown) => this.normalizePart(v);

  private normalizeOne(v: unknown): string | undefined {
    return normalizeValue(this.comparator, v, this.part);
  }

  /** Key id of one record (-1 when missing). */
  private codeOf(record: unknown): number {
    const raw = this.read(record);
    if (raw === undefined || raw === null || raw === "") return -1;
    if (typeof raw !== "string") return this.idOf(this.normalizeOne(raw));
    const byRaw = this.byRaw;
    if (!byRaw) return this.idOf(this.normalizeOne(raw));
    // Stored as id + 1, so that a value normalised to "missing" (-1) is cached too.
    let id = byRaw.get(raw) - 1;
    if (id === -2) {
      id = this.idOf(this.normalizeOne(raw));
      byRaw.set(raw, id + 1);
    }
    return id;
  }

  /** Encode the next records: those of `records` from `start` up to `end`. */
  add(records: readonly unknown[], start = 0, end = records.length): void {
    const count = end - start;
    if (this.length + count > this.codes.length) {
      const next = new Int32Array(Math.max(this.codes.length * 2, this.length + count));
      next.set(this.codes.subarray(0, this.length));
      this.codes = next;
    }
    for (let i = start; i < end; i++) this.codes[this.length++] = this.codeOf(records[i]);
  }

  /**
   * Encode the next records from their keys, normalised elsewhere (by worker threads) with
   * {@link normalizeValue}: the same ids as {@link add}, which follow first appearance.
   */
  addKeys(keys: readonly (string | undefined)[]): void {
    if (this.length + keys.length > this.codes.length) {
      const next = new Int32Array(Math.max(this.codes.length * 2, this.length + keys.length));
      next.set(this.codes.subarray(0, this.length));
      this.codes = next;
    }
    for (let i = 0; i < keys.length; i++) this.codes[this.length++] = this.idOf(keys[i]);
  }

  /**
   * The distinct keys so far, in id order (the array `finish` returns: later keys are
   * appended, none changes), for a thread that works on them while records are still added.
   */
  get distinct(): readonly string[] {
    return this.keys;
  }

  /** The encoded field of every record added. */
  finish(): EncodedField {
    const codes = this.length === this.codes.length ? this.codes : this.codes.slice(0, this.length);
    const keys = this.keys;
    const counts = new Uint32Array(keys.length);
    let present = 0;
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i]!;
      if (c >= 0) {
        counts[c]!++;
        present++;
      }
    }
    // A plain loop: TypedArray.from with a mapping function is several times slower.
    const multi = new Uint8Array(keys.length);
    for (let k = 0; k < keys.length; k++) if (keys[k]!.includes(PART)) multi[k] = 1;
    return {
      name: this.spec.name,
      spec: this.spec,
      comparator: this.comparator,
      codes,
      keys,
      counts,
      present,
      features: new Array(keys.length),
      multi,
    };
  }
}

/**
 * The key of one raw value that is not missing: several values (phones) become their
 * distinct keys, sorted and joined by {@link PART}; `part` normalises each of them.
 */
export function normalizeValue(
  comparator: Comparator,
  v: unknown,
  part: (v: unknown) => string | undefined = (x) => comparator.normalize(x),
): string | undefined {
  if (Array.isArray(v)) {
    if (v.length === 1) return part(v[0]);
    const parts = new Set<string>();
    for (const el of v) {
      const k = part(el);
      if (k !== undefined) parts.add(k);
    }
    return parts.size === 0 ? undefined : [...parts].sort().join(PART);
  }
  return comparator.normalize(v);
}

/** Records encoded between two calls of `encodeField`'s `tick`. */
const TICK = 1 << 16;

/**
 * Normalise and encode one field of all records: each distinct raw string is normalised once.
 * `tick` is told how many records are done, every 65,536 of them (for a progress bar).
 */
export function encodeField(
  records: readonly unknown[],
  spec: FieldSpec,
  comparator: Comparator,
  tick?: (done: number) => void,
): EncodedField {
  const encoder = new FieldEncoder(spec, comparator, records.length);
  if (!tick) encoder.add(records);
  else {
    for (let i = 0; i < records.length; i += TICK) {
      encoder.add(records, i, Math.min(records.length, i + TICK));
      tick(Math.min(records.length, i + TICK));
    }
  }
  return encoder.finish();
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
