import { columnElementIndex, type WithheldCell } from "@linli/core";
import type { RowIssue } from "../types.js";
import { columnAt } from "./locate.js";
import { type Mapped, NONE, type RowValues } from "./values.js";

/** A mapped column's value, or one part split off it (`part`), to leave out of a record. */
export interface CellRef {
  readonly j: number;
  readonly part?: number;
}

/**
 * The cells that gave the value a validation issue points at: the mapped column whose path
 * prefixes the issue's, or a part split off an address line; failing both, every column
 * writing into the object that holds the failing field (a point whose latitude is out of
 * range takes its longitude with it). None for an issue about the record as a whole.
 */
export function cellsAt(
  mapped: readonly Mapped[],
  record: Record<string, unknown>,
  path: readonly (string | number)[] | undefined,
): CellRef[] {
  if (!path || path.length === 0) return [];
  const m = columnAt(mapped, record, path);
  if (m) return [{ j: mapped.indexOf(m) }];
  const prefixes = (p: readonly string[], of: readonly (string | number)[]) =>
    p.length <= of.length && p.every((k, i) => of[i] === k);
  const out: CellRef[] = [];
  mapped.forEach((c, j) => {
    c.split?.forEach((s, part) => {
      if (prefixes(s.column.path, path)) out.push({ j, part });
    });
  });
  if (out.length > 0 || path.length < 2) return out;
  const parent = path.slice(0, -1);
  mapped.forEach((c, j) => {
    if (prefixes(parent as string[], c.column.path)) out.push({ j });
  });
  return out;
}

/**
 * The cells of the object holding `path` (latitude and longitude of `geo`, the item and
 * quantity of one entry of a list): when one part of a pair was withheld or left empty, the
 * other cannot stand alone and is withheld too.
 */
export function siblingCells(
  mapped: readonly Mapped[],
  path: readonly (string | number)[] | undefined,
  record?: Record<string, unknown>,
): CellRef[] {
  if (!path || path.length < 2) return [];
  const parent = path.slice(0, -1);
  const entry = parent[parent.length - 1];
  const out: CellRef[] = [];
  mapped.forEach((c, j) => {
    const cp = c.column.path;
    if (cp.length > parent.length && parent.every((k, i) => cp[i] === k)) out.push({ j });
    else if (
      record &&
      c.column.projection &&
      typeof entry === "number" &&
      cp.length === parent.length - 1 &&
      cp.every((k, i) => parent[i] === k) &&
      columnElementIndex(record, c.column) === entry
    ) {
      out.push({ j });
    }
  });
  return out;
}

/** Whether a cell's value is out of the row's values already. */
export function isCleared(v: RowValues, at: CellRef): boolean {
  if (at.part === undefined) return v.values[at.j] === NONE && !v.split[at.j];
  return v.parts[at.j]![at.part] === NONE;
}

/** Leave a cell's value out of the row's values; false when it was out already. */
export function clear(v: RowValues, at: CellRef): boolean {
  if (at.part === undefined) {
    if (v.values[at.j] === NONE && !v.split[at.j]) return false;
    v.values[at.j] = NONE;
    v.split[at.j] = false;
    return true;
  }
  const parts = v.parts[at.j]!;
  if (parts[at.part] === NONE) return false;
  parts[at.part] = NONE;
  return true;
}

/**
 * The column under which `meta.withheld` keeps a value given for the whole file (`defaults`,
 * the command line's `--set`) rather than read from a cell: it names how it was given.
 */
export const givenColumn = (key: string): string => `--set ${key}`;

/**
 * The withheld cells of a row, for `meta.withheld`: one per cell, with its first reason; a
 * value given for the whole file and left out of the row (`defaults.withheld`) under
 * {@link givenColumn}.
 */
export function withheldCells(issues: readonly RowIssue[]): WithheldCell[] {
  const seen = new Set<string>();
  const out: WithheldCell[] = [];
  for (const i of issues) {
    const column =
      i.column ?? (i.code === "defaults.withheld" && i.field ? givenColumn(i.field) : undefined);
    if (column === undefined) continue;
    const key = `${column}\u0000${i.field ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      column: column.slice(0, 200) || "?",
      ...(i.field ? { field: i.field } : {}),
      value: (i.value ?? "").slice(0, 32_767),
      code: i.code.slice(0, 100),
    });
  }
  return out;
}
