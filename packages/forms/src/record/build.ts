import { type Column, setColumn } from "@linli/core";
import type { FieldSpec, RepeatSpec } from "../fields/spec.js";

type Obj = Record<string, unknown>;

/** Write a value at a path, creating the objects on the way. */
export function setPath(record: Obj, path: readonly string[], value: unknown): void {
  let cur = record;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    const next = cur[k];
    if (typeof next === "object" && next !== null && !Array.isArray(next)) cur = next as Obj;
    else cur = cur[k] = {};
  }
  cur[path[path.length - 1]!] = value;
}

/** A top-level field's value in a record being built. */
export function writeField(record: Obj, spec: FieldSpec, value: unknown): void {
  if (spec.column?.projection) setColumn(record, spec.column, value);
  else setPath(record, spec.path, value);
}

/** One item of a repeat as an object of its filled-in properties. */
export function writeItem(values: ReadonlyMap<string, unknown>): Obj {
  const item: Obj = {};
  for (const [k, v] of values) if (v !== undefined) item[k] = v;
  return item;
}

/** Who answers for a problem at a record path: a field, a repeat item's field, or a repeat. */
export type Owner =
  | { readonly kind: "field"; readonly name: string }
  | {
      readonly kind: "item";
      readonly repeat: string;
      readonly index: number;
      readonly name?: string;
    };

const selects = (el: unknown, match: Readonly<Record<string, string>> | undefined) =>
  typeof el === "object" &&
  el !== null &&
  Object.entries(match ?? {}).every(([k, v]) => (el as Obj)[k] === v);

/** The projected column that reads element `index` of its array, if any. */
function projectionAt(record: Obj, columns: readonly Column[], index: number): Column | undefined {
  for (const c of columns) {
    const proj = c.projection!;
    let cur: unknown = record;
    for (const k of c.path) cur = (cur as Obj | undefined)?.[k];
    if (!Array.isArray(cur)) continue;
    let seen = 0;
    for (let i = 0; i < cur.length; i++) {
      if (!selects(cur[i], proj.match)) continue;
      if (seen === (proj.index ?? 0)) {
        if (i === index) return c;
        break;
      }
      seen++;
    }
  }
  return undefined;
}

/**
 * Find the field or repeat responsible for a problem that full validation found at `path`.
 */
export function ownerOf(
  record: Obj,
  path: readonly PropertyKey[],
  fields: readonly FieldSpec[],
  repeats: readonly RepeatSpec[],
): Owner | undefined {
  const at = path.map(String);
  const dotted = at.join(".");
  for (const r of repeats) {
    const n = r.path.length;
    if (at.length < n || at.slice(0, n).join(".") !== r.path.join(".")) continue;
    const index = at.length > n ? Number(at[n]) : -1;
    const name = at[n + 1];
    return name !== undefined && r.item.some((s) => s.name === name)
      ? { kind: "item", repeat: r.name, index, name }
      : { kind: "item", repeat: r.name, index };
  }
  const plain = fields.find((s) => !s.column?.projection && s.path.join(".") === dotted);
  if (plain) return { kind: "field", name: plain.name };
  for (let n = at.length - 1; n > 0; n--) {
    const prefix = at.slice(0, n).join(".");
    const projected = fields.filter((s) => s.column?.projection && s.path.join(".") === prefix);
    if (projected.length === 0) continue;
    const hit = projectionAt(
      record,
      projected.map((s) => s.column!),
      Number(at[n]),
    );
    const spec = hit && projected.find((s) => s.column === hit);
    return spec ? { kind: "field", name: spec.name } : undefined;
  }
  return undefined;
}
