import { DedupeOptionError } from "../errors/option-error.js";
import type { BlockingRule } from "../types.js";
import { Derivations, deriveField } from "./derive.js";
import type { EncodedField } from "./encode.js";
import { NumberMap, StringMap } from "./hash.js";

/** Candidate pairs as sorted, distinct numbers `a * n + b` with `a < b`. */
export interface Candidates {
  readonly keys: Float64Array;
  /** The pairs of the rules asked for in `keep` (sorted, distinct), to train on. */
  readonly perRule: ReadonlyMap<string, Float64Array>;
  readonly byRule: Record<string, number>;
  readonly skipped: Record<string, number>;
  /** Milliseconds per rule, and for merging the rules' pairs. */
  readonly timings: Record<string, number>;
}

/** Which pairs may be compared: all, or only pairs from different groups (sources, sides). */
export interface PairFilter {
  readonly group?: Int32Array;
}

export const DEFAULT_CAP = 1000;

// Pairs are kept in fixed chunks rather than one doubling array: at a million records a
// doubling array means hundreds of megabytes of copies, and every large allocation of
// ArrayBuffer memory makes V8 run a full garbage collection over the caller's records.
const CHUNK = 1 << 20;

class PairBuffer {
  chunks: Float64Array[] = [];
  length = 0;
  push(v: number) {
    const at = this.length % CHUNK;
    if (at === 0) this.chunks.push(new Float64Array(CHUNK));
    this.chunks[this.chunks.length - 1]![at] = v;
    this.length++;
  }
  /** Copy of the values in [from, to). */
  copy(from: number, to: number): Float64Array {
    const out = new Float64Array(to - from);
    for (let i = from; i < to; ) {
      const c = Math.floor(i / CHUNK);
      const off = i % CHUNK;
      const take = Math.min(CHUNK - off, to - i);
      out.set(this.chunks[c]!.subarray(off, off + take), i - from);
      i += take;
    }
    return out;
  }
}

class IntBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(capacity, 16));
  }
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/**
 * Tables and buffers reused by every rule of one `block` call: at a million records, fresh
 * ones per rule add up to hundreds of megabytes of ArrayBuffers, and V8 answers each 64 MB
 * of new ArrayBuffer memory with a full collection over all of the caller's records.
 */
export interface Scratch {
  readonly dict: StringMap;
  readonly numbers: NumberMap;
  readonly compact: NumberMap;
  readonly buffers: [IntBuffer, IntBuffer, IntBuffer, IntBuffer];
  identity: Int32Array;
  zeros: Int32Array;
  /** Derivations that several rules share, kept until their last rule. */
  readonly derived?: Derivations;
}

/**
 * Block-key ids per record for one rule: a record may have several (a field with several
 * phones); keys are combined across the rule's fields and compacted to small integers.
 */
export function ruleKeys(
  rule: BlockingRule,
  fields: ReadonlyMap<string, EncodedField>,
  n: number,
  scratch: Scratch,
  keyed: (rule: BlockingRule) => BlockKeys,
): BlockKeys {
  if (rule.key) return keyed(rule);
  let recs: Int32Array = scratch.identity;
  let keys: Int32Array = scratch.zeros;
  let len = n;
  let count = 1;
  let flip = 0;
  (rule.on ?? []).forEach((fieldName, fi) => {
    const field = fields.get(fieldName);
    if (!field)
      throw new DedupeOptionError("options.blockingField", { rule: rule.name, field: fieldName });
    const t = Array.isArray(rule.transform) ? rule.transform[fi] : rule.transform;
    const transform = typeof t === "function" ? t : undefined;
    const { single, multi, size } = scratch.derived
      ? scratch.derived.get(field, transform, () => deriveField(field, transform, scratch))
      : deriveField(field, transform, scratch);
    const compact = scratch.compact;
    compact.clear();
    // Two pairs of buffers in turn: one holds this field's input, the other its output.
    const outRecs = scratch.buffers[flip]!;
    const outKeys = scratch.buffers[flip + 1]!;
    outRecs.length = 0;
    outKeys.length = 0;
    flip = 2 - flip;
    const emit = (r: number, prevKey: number, d: number) => {
      const raw = prevKey * size + d;
      let c = fi === 0 ? d : compact.get(raw);
      if (c < 0) {
        c = compact.size;
        compact.set(raw, c);
      }
      outRecs.push(r);
      outKeys.push(c);
    };
    for (let j = 0; j < len; j++) {
      const r = recs[j]!;
      const code = field.codes[r]!;
      if (code < 0) continue;
      const d = single[code]!;
      if (d >= 0) emit(r, keys[j]!, d);
      else for (const m of multi.get(code) ?? []) emit(r, keys[j]!, m);
    }
    recs = outRecs.data.subarray(0, outRecs.length);
    keys = outKeys.data.subarray(0, outKeys.length);
    len = recs.length;
    count = fi === 0 ? size : compact.size;
  });
  return { rec: recs, key: keys, count };
}

/**
 * Block keys straight from raw records (`BlockingRule.key`), over records given in chunks:
 * key ids follow first appearance, whatever the chunking.
 */
export class RecordKeys {
  private readonly dict = new Map<string, number>();
  private rec = new IntBuffer(1024);
  private keys = new IntBuffer(1024);
  private next = 0;

  constructor(private readonly keyOf: NonNullable<BlockingRule["key"]>) {}

  private add(i: number, k: string): void {
    if (k === "") return;
    let v = this.dict.get(k);
    if (v === undefined) {
      v = this.dict.size;
      this.dict.set(k, v);
    }
    this.rec.push(i);
    this.keys.push(v);
  }

  /** The keys of the next records. */
  addRecords(records: readonly unknown[]): void {
    for (let j = 0; j < records.length; j++) {
      const i = this.next++;
      const k = this.keyOf(records[j]);
      if (typeof k === "string") this.add(i, k);
      else if (k) for (const one of new Set(k)) this.add(i, one);
    }
  }

  /** Record and key id of every key, and the number of distinct keys. */
  finish(): BlockKeys {
    return {
      rec: this.rec.data.slice(0, this.rec.length),
      key: this.keys.data.slice(0, this.keys.length),
      count: this.dict.size,
    };
  }
}

function recordKeys(
  keyOf: NonNullable<BlockingRule["key"]>,
  records: readonly unknown[],
): BlockKeys {
  const keys = new RecordKeys(keyOf);
  keys.addRecords(records);
  return keys.finish();
}

/**
 * Tables and buffers for {@link ruleKeys} over `n` records; given the rules, a field's keys
 * derived by one transform are computed once for all the rules that use them.
 */
export function newScratch(n: number, rules?: readonly BlockingRule[]): Scratch {
  const identity = new Int32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  return {
    ...(rules ? { derived: new Derivations(rules) } : {}),
    dict: new StringMap(),
    numbers: new NumberMap(1024),
    compact: new NumberMap(1024),
    buffers: [new IntBuffer(n), new IntBuffer(n), new IntBuffer(n), new IntBuffer(n)],
    identity,
    zeros: new Int32Array(n),
  };
}

/** Block-key ids of one rule: record and key id per entry, and how many distinct keys. */
export interface BlockKeys {
  readonly rec: Int32Array;
  readonly key: Int32Array;
  readonly count: number;
}

/**
 * Candidate pairs from all rules (OR-ed), each block capped at the rule's `maxBlockSize`;
 * `onRule` is told how many rules are done after each one.
 */
export function block(
  rules: readonly BlockingRule[],
  fields: ReadonlyMap<string, EncodedField>,
  records: readonly unknown[],
  filter: PairFilter = {},
  keep: ReadonlySet<string> = new Set(),
  onRule?: (done: number) => void,
): Candidates {
  const n = records.length;
  const perRule = new Map<string, Float64Array>();
  const out = new PairBuffer();
  const byRule: Record<string, number> = {};
  const skipped: Record<string, number> = {};
  const group = filter.group;
  const timings: Record<string, number> = {};
  const scratch = { start: new Int32Array(0), fill: new Int32Array(0), members: new Int32Array(0) };
  const tables = newScratch(n, rules);
  let rulesDone = 0;
  for (const rule of rules) {
    const started = performance.now();
    const cap = rule.maxBlockSize ?? DEFAULT_CAP;
    const { rec, key, count } = ruleKeys(rule, fields, n, tables, (r) =>
      recordKeys(r.key!, records),
    );
    // Counting sort of records by block key.
    if (scratch.start.length < count + 1)
      scratch.start = new Int32Array(Math.max(count + 1, n + 1));
    if (scratch.fill.length < count) scratch.fill = new Int32Array(Math.max(count, n));
    if (scratch.members.length < key.length)
      scratch.members = new Int32Array(Math.max(key.length, n));
    const start = scratch.start.fill(0, 0, count + 1);
    for (let j = 0; j < key.length; j++) start[key[j]! + 1]!++;
    for (let b = 0; b < count; b++) start[b + 1]! += start[b]!;
    const fill = scratch.fill;
    fill.set(start.subarray(0, count));
    const members = scratch.members;
    for (let j = 0; j < key.length; j++) members[fill[key[j]!]!++] = rec[j]!;
    const from0 = out.length;
    let pairs = 0;
    let skip = 0;
    for (let b = 0; b < count; b++) {
      const from = start[b]!;
      const to = start[b + 1]!;
      const size = to - from;
      if (size < 2) continue;
      if (size > cap) {
        skip++;
        continue;
      }
      for (let x = from; x < to; x++) {
        const p = members[x]!;
        for (let y = x + 1; y < to; y++) {
          const q = members[y]!;
          if (p === q) continue;
          if (group && group[p] === group[q]) continue;
          out.push(p < q ? p * n + q : q * n + p);
          pairs++;
        }
      }
    }
    if (keep.has(rule.name)) perRule.set(rule.name, unique(out.copy(from0, out.length)));
    byRule[rule.name] = pairs;
    skipped[rule.name] = skip;
    timings[`block.${rule.name}`] = Math.round(performance.now() - started);
    onRule?.(++rulesDone);
  }
  const merging = performance.now();
  const all = out.copy(0, out.length);
  out.chunks = [];
  const keys = unique(all);
  timings["block.merge"] = Math.round(performance.now() - merging);
  return { keys, perRule, byRule, skipped, timings };
}

/** Sorted distinct values (sorts in place). */
function unique(values: Float64Array): Float64Array {
  const all = values.sort();
  let w = 0;
  for (let i = 0; i < all.length; i++) {
    if (i === 0 || all[i] !== all[i - 1]) all[w++] = all[i]!;
  }
  return all.subarray(0, w);
}
