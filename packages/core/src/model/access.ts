import { expectArgument } from "../i18n/argument.js";
import type { Column } from "./columns.js";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

type Projection = NonNullable<Column["projection"]>;

function matches(el: unknown, match: Readonly<Record<string, string>> | undefined): el is Obj {
  if (!isObj(el)) return false;
  if (!match) return true;
  for (const k in match) if (el[k] !== match[k]) return false;
  return true;
}

/** Index in `list` of the element a projection selects, or -1. */
function indexIn(list: readonly unknown[], proj: Projection): number {
  const want = proj.index ?? 0;
  let seen = 0;
  for (let i = 0; i < list.length; i++) {
    if (!matches(list[i], proj.match)) continue;
    if (seen === want) return i;
    seen++;
  }
  return -1;
}

function walk(record: unknown, path: readonly string[]): unknown {
  let cur: unknown = record;
  for (let i = 0; i < path.length; i++) {
    if (!isObj(cur)) return undefined;
    cur = cur[path[i]!];
  }
  return cur;
}

function project(list: unknown, proj: Projection): unknown {
  if (!Array.isArray(list)) return undefined;
  const i = indexIn(list, proj);
  return i < 0 ? undefined : (list[i] as Obj)[proj.property];
}

/**
 * Read a column's value from a record: a nested field, or a value projected out of an array.
 * To read one column from many records, make its reader once with `columnGetter`.
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
  const cur = walk(record, column.path);
  return column.projection ? project(cur, column.projection) : cur;
}

/**
 * `getColumn` for one column, made once and applied to many records: the column is checked
 * once, not on every read, and a one-key path is read without a loop. Gives what `getColumn`
 * gives for every record.
 *
 * @example
 * ```ts
 * import { columnGetter, columns, Resident } from "@linli/core";
 * const phone2 = columnGetter(columns(Resident).find((c) => c.key === "phone2")!);
 * [{ phones: [{ number: "13800138000" }, { number: "02988886666" }] }, {}].map(phone2);
 * // ["02988886666", undefined]
 * ```
 */
export function columnGetter(column: Column): (record: unknown) => unknown {
  expectArgument("columnGetter", "column", "object", column);
  const path = column.path;
  const proj = column.projection;
  const key = path[0]!;
  const read =
    path.length === 1
      ? (record: unknown) => (isObj(record) ? record[key] : undefined)
      : (record: unknown) => walk(record, path);
  if (!proj) return read;
  return (record) => project(read(record), proj);
}

/**
 * Index of the array element a projected column reads in a record, or -1 when the column is
 * not projected or no element is selected. Tells which element a cell's issue belongs to.
 *
 * @example
 * ```ts
 * import { columnElementIndex, columns, Resident } from "@linli/core";
 * const citizenId = columns(Resident).find((c) => c.key === "citizenId")!;
 * columnElementIndex(
 *   { identifiers: [{ scheme: "passport", value: "E1" }, { scheme: "cn-citizen-id", value: "x" }] },
 *   citizenId,
 * );
 * // 1
 * ```
 */
export function columnElementIndex(record: unknown, column: Column): number {
  expectArgument("columnElementIndex", "column", "object", column);
  const proj = column.projection;
  if (!proj) return -1;
  const list = walk(record, column.path);
  return Array.isArray(list) ? indexIn(list, proj) : -1;
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
  const at = indexIn(list, proj);
  if (at >= 0) (list[at] as Obj)[proj.property] = value;
  else list.push({ ...proj.match, [proj.property]: value });
}
