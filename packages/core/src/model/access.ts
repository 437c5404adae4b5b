import { expectArgument } from "../i18n/argument.js";
import type { Column } from "./columns.js";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function matches(el: unknown, match: Readonly<Record<string, string>> | undefined): el is Obj {
  if (!isObj(el)) return false;
  if (!match) return true;
  for (const k in match) if (el[k] !== match[k]) return false;
  return true;
}

/**
 * Read a column's value from a record: a nested field, or a value projected out of an array.
 *
 * @example
 * ```ts
 * import { columns, getColumn, Resident } from "@linli/core";
 * const citizenId = columns(Resident).find((c) => c.key === "citizenId")!;
 * getColumn({ identifiers: [{ scheme: "cn-citizen-id", value: "11010519491231002X" }] }, citizenId);
 * // "11010519491231002X"
 * ```
 */
export function getColumn(record: unknown, column: Column): unknown {
  expectArgument("getColumn", "column", "object", column);
  let cur: unknown = record;
  for (const k of column.path) {
    if (!isObj(cur)) return undefined;
    cur = cur[k];
  }
  const proj = column.projection;
  if (!proj) return cur;
  if (!Array.isArray(cur)) return undefined;
  let seen = 0;
  const want = proj.index ?? 0;
  for (const el of cur) {
    if (!matches(el, proj.match)) continue;
    if (seen === want) return el[proj.property];
    seen++;
  }
  return undefined;
}

/**
 * Write a column's value into a record, creating the objects and array elements on the way.
 * A projected value goes into the element it selects, or into a new element when none does.
 * Mutates `record`; use it on records you are building.
 *
 * @example
 * ```ts
 * import { columns, Resident, setColumn } from "@linli/core";
 * const record = {};
 * const phone2 = columns(Resident).find((c) => c.key === "phone2")!;
 * setColumn(record, phone2, "13800138000");
 * // record: { phones: [{ number: "13800138000" }] }
 * ```
 */
export function setColumn(record: Record<string, unknown>, column: Column, value: unknown): void {
  expectArgument("setColumn", "record", "object", record);
  expectArgument("setColumn", "column", "object", column);
  let cur: Obj = record;
  const { path, projection: proj } = column;
  const last = path.length - 1;
  for (let i = 0; i < last; i++) {
    const k = path[i]!;
    const next = cur[k];
    if (isObj(next)) cur = next;
    else {
      const created: Obj = {};
      cur[k] = created;
      cur = created;
    }
  }
  const leaf = path[last]!;
  if (!proj) {
    cur[leaf] = value;
    return;
  }
  let arr = cur[leaf];
  if (!Array.isArray(arr)) {
    arr = [];
    cur[leaf] = arr;
  }
  const list = arr as unknown[];
  let seen = 0;
  const want = proj.index ?? 0;
  for (const el of list) {
    if (!matches(el, proj.match)) continue;
    if (seen === want) {
      el[proj.property] = value;
      return;
    }
    seen++;
  }
  list.push({ ...proj.match, [proj.property]: value });
}
