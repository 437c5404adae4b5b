import type { BlockingRule, KeyTransform } from "../types.js";
import { type EncodedField, featuresOf, PART } from "./encode.js";
import type { NumberMap, StringMap } from "./hash.js";

/** A field's keys under one transform: one derived id per key id, or several (parts). */
export interface Derived {
  /** Derived id per key id; -1 when none, or when the key has several (see `multi`). */
  readonly single: Int32Array;
  readonly multi: Map<number, number[]>;
  /** Derived ids, plus one. */
  readonly size: number;
}

/** The transform a rule applies to its `fi`-th field, if any. */
export function transformAt(rule: BlockingRule, fi: number): KeyTransform | undefined {
  const t = Array.isArray(rule.transform) ? rule.transform[fi] : rule.transform;
  return typeof t === "function" ? t : undefined;
}

/**
 * Derivations several rules share (the surname of names in four of a resident's rules, their
 * pinyin in two), each computed once and let go after the last rule that uses it.
 */
export class Derivations {
  private readonly left = new Map<string, Map<KeyTransform | undefined, number>>();
  private readonly kept = new Map<string, Map<KeyTransform | undefined, Derived>>();

  constructor(rules: readonly BlockingRule[]) {
    for (const rule of rules) {
      if (rule.key) continue;
      (rule.on ?? []).forEach((name, fi) => {
        const t = transformAt(rule, fi);
        let uses = this.left.get(name);
        if (!uses) {
          uses = new Map();
          this.left.set(name, uses);
        }
        uses.set(t, (uses.get(t) ?? 0) + 1);
      });
    }
  }

  /**
   * Keep a derivation computed elsewhere (on a worker thread) for the rules that use it; one
   * no rule uses is not kept.
   */
  offer(field: string, transform: KeyTransform | undefined, derived: Derived): void {
    if ((this.left.get(field)?.get(transform) ?? 0) === 0) return;
    let kept = this.kept.get(field);
    if (!kept) {
      kept = new Map();
      this.kept.set(field, kept);
    }
    kept.set(transform, derived);
  }

  /** The derivation of `field` by `transform`, from `derive` unless already kept. */
  get(field: EncodedField, transform: KeyTransform | undefined, derive: () => Derived): Derived {
    const uses = this.left.get(field.name);
    const left = uses?.get(transform) ?? 0;
    let kept = this.kept.get(field.name);
    const d = kept?.get(transform) ?? derive();
    if (left > 1) {
      uses!.set(transform, left - 1);
      if (!kept) {
        kept = new Map();
        this.kept.set(field.name, kept);
      }
      kept.set(transform, d);
    } else {
      uses?.delete(transform);
      kept?.delete(transform);
    }
    return d;
  }
}

/**
 * Derived ids of each key id of a field (one per part), computed once per distinct key;
 * `tables` are cleared and reused.
 */
export function deriveField(
  field: EncodedField,
  transform: KeyTransform | undefined,
  tables: { readonly dict: StringMap; readonly numbers: NumberMap },
): Derived {
  const withFeatures = transform !== undefined && transform.length >= 2;
  const apply = transform as
    | ((key: string, features?: unknown) => string | number | undefined)
    | undefined;
  const dict = tables.dict;
  dict.clear();
  // Numeric keys (digits of an ID or a phone) skip string allocation altogether.
  const numbers = tables.numbers;
  numbers.clear();
  let next = 0;
  const single = new Int32Array(field.keys.length).fill(-1);
  const multi = new Map<number, number[]>();
  if (!apply && !field.multi.includes(1)) {
    // Distinct single keys as they are: their own ids, no table of strings needed.
    let next = 0;
    field.keys.forEach((key, id) => {
      if (key !== "") single[id] = next++;
    });
    return { single, multi, size: next + 1 };
  }
  const idOf = (part: string, features?: unknown): number => {
    const k = apply ? apply(part, features) : part;
    if (k === undefined || k === "") return -1;
    if (typeof k === "number") {
      if (!Number.isSafeInteger(k) || k < 0) return -1;
      let v = numbers.get(k);
      if (v < 0) {
        v = next++;
        numbers.set(k, v);
      }
      return v;
    }
    let v = dict.get(k);
    if (v < 0) {
      v = next++;
      dict.set(k, v);
    }
    return v;
  };
  field.keys.forEach((key, id) => {
    const features = withFeatures ? featuresOf(field, id) : undefined;
    if (!field.multi[id]) {
      single[id] = idOf(key, features);
      return;
    }
    const parts = key.split(PART);
    const ids = [
      ...new Set(parts.map((p, i) => idOf(p, (features as unknown[] | undefined)?.[i]))),
    ].filter((v) => v >= 0);
    if (ids.length === 1) single[id] = ids[0]!;
    else if (ids.length > 1) multi.set(id, ids);
  });
  return { single, multi, size: next + 1 };
}

/** A {@link Derived} as typed arrays, to send between threads. */
export interface PackedDerived {
  readonly single: Int32Array;
  /** Per key with several derived ids: its id, how many, then the ids. */
  readonly multi: Int32Array;
  readonly size: number;
}

/** Pack a derivation (its `single` is moved, not copied, when the pack is transferred). */
export function packDerived(d: Derived): PackedDerived {
  let length = 0;
  for (const ids of d.multi.values()) length += 2 + ids.length;
  const multi = new Int32Array(length);
  let at = 0;
  for (const [id, ids] of d.multi) {
    multi[at++] = id;
    multi[at++] = ids.length;
    for (const v of ids) multi[at++] = v;
  }
  return { single: d.single, multi, size: d.size };
}

/** The derivation a {@link PackedDerived} holds. */
export function unpackDerived(p: PackedDerived): Derived {
  const multi = new Map<number, number[]>();
  for (let at = 0; at < p.multi.length; ) {
    const id = p.multi[at++]!;
    const count = p.multi[at++]!;
    multi.set(id, Array.from(p.multi.subarray(at, at + count)));
    at += count;
  }
  return { single: p.single, multi, size: p.size };
}
