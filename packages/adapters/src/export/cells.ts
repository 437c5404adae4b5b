import { type Column, getColumn, type Locale, type Localized } from "@linli/core";

/** A cell as writers take it. */
export type Cell = string | number | boolean | undefined;

/** How values become cells. */
export interface CellMode {
  readonly lang: Locale;
  /** Choices as labels in `lang` (男) or as codes (male). */
  readonly values: "label" | "code";
  /**
   * Cells for a spreadsheet file (XLSX): dates as serial numbers with a date format, and
   * numbers with more than 15 significant digits as text, which spreadsheets would round.
   */
  readonly serialDates: boolean;
}

const EPOCH = Date.UTC(1899, 11, 30);
const MARCH_1900 = Date.UTC(1900, 2, 1);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The spreadsheet serial number of a `YYYY-MM-DD` date (1900 date system), or `undefined`
 * for text that is no such date or a day before 1 March 1900, which Excel counts wrongly.
 *
 * @example
 * ```ts
 * import { excelSerial } from "@linli/adapters";
 * [excelSerial("2022-01-05"), excelSerial("1899-01-01")]; // [44566, undefined]
 * ```
 */
export function excelSerial(isoDate: string): number | undefined {
  const m = ISO_DAY.exec(isoDate);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(t) || t < MARCH_1900) return undefined;
  return (t - EPOCH) / 86_400_000;
}

const YES_NO: Readonly<Record<Locale, readonly [string, string]>> = {
  "zh-CN": ["是", "否"],
  en: ["Yes", "No"],
};

/** Options of a column (an array column's come from its item). */
export function optionsOf(column: Column): Readonly<Record<string, Localized>> | undefined {
  return (
    column.options ?? (column.node.kind === "array" ? column.node.item.meta?.options : undefined)
  );
}

/** Whether the column holds `YYYY-MM-DD` dates (or dates that may be known only to the month or year). */
export const isDateColumn = (c: Column) =>
  c.node.kind === "string" && (c.node.format === "date" || c.node.format === "date-partial");

/** A function turning a column's canonical value into a cell. */
export function cellFormatter(column: Column, mode: CellMode): (value: unknown) => Cell {
  const options = optionsOf(column);
  const label = (v: unknown): string => {
    const s = String(v);
    return mode.values === "label" ? (options?.[s]?.[mode.lang] ?? s) : s;
  };
  const separator = column.separator ?? "、";
  const [yes, no] = YES_NO[mode.lang];
  const node = column.node;
  if (node.kind === "array") {
    return (v) => {
      if (!Array.isArray(v)) return v === undefined || v === null ? undefined : String(v);
      return v.length === 0 ? undefined : v.map(label).join(separator);
    };
  }
  if (node.kind === "enum") return (v) => (v === undefined || v === null ? undefined : label(v));
  if (node.kind === "boolean") {
    return (v) =>
      typeof v === "boolean" ? (mode.values === "label" ? (v ? yes : no) : v) : scalar(v);
  }
  if (mode.serialDates && isDateColumn(column)) {
    return (v) => (typeof v === "string" ? (excelSerial(v) ?? v) : scalar(v));
  }
  // Spreadsheets keep 15 significant digits: a number with more is written as its text.
  if (mode.serialDates && node.kind === "number") {
    return (v) =>
      typeof v === "number" && Number(v.toPrecision(15)) !== v ? String(v) : scalar(v);
  }
  return scalar;
}

function scalar(v: unknown): Cell {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

/** A compiled reader of a column's value from a record (no array copies, no allocation). */
export function columnReader(column: Column): (record: unknown) => unknown {
  const path = column.path;
  if (!column.projection && path.length === 1) {
    const k = path[0]!;
    return (r) => (r as Record<string, unknown> | undefined)?.[k];
  }
  if (!column.projection && path.length === 2) {
    const [a, b] = path as [string, string];
    return (r) => {
      const o = (r as Record<string, unknown> | undefined)?.[a];
      return typeof o === "object" && o !== null ? (o as Record<string, unknown>)[b] : undefined;
    };
  }
  return (r) => getColumn(r, column);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A function that fills `row[0..]` with the formatted cells of `columns` from a record.
 * Columns are read grouped by their top-level field, so an absent object (no quarantine, no
 * household) costs one lookup for all its columns.
 */
export function compileRow(
  columns: readonly Column[],
  formats: readonly ((value: unknown) => Cell)[],
): (record: unknown, row: Cell[]) => void {
  const singles: { k: string; i: number }[] = [];
  const groups = new Map<string, { k: string; i: number }[]>();
  const projected = new Map<string, { p: NonNullable<Column["projection"]>; i: number }[]>();
  const others: { c: Column; i: number }[] = [];
  columns.forEach((c, i) => {
    const [a, b, more] = c.path;
    if (c.projection && b === undefined) {
      const list = projected.get(a!) ?? [];
      list.push({ p: c.projection, i });
      projected.set(a!, list);
    } else if (c.projection || more !== undefined) others.push({ c, i });
    else if (b === undefined) singles.push({ k: a!, i });
    else {
      const list = groups.get(a!) ?? [];
      list.push({ k: b, i });
      groups.set(a!, list);
    }
  });
  const groupList = [...groups.entries()];
  const projectedList = [...projected.entries()];
  return (record, row) => {
    if (!isObj(record)) return;
    for (let j = 0; j < singles.length; j++) {
      const { k, i } = singles[j]!;
      const v = record[k];
      if (v !== undefined) row[i] = formats[i]!(v);
    }
    for (let g = 0; g < groupList.length; g++) {
      const [a, list] = groupList[g]!;
      const o = record[a];
      if (!isObj(o)) continue;
      for (let j = 0; j < list.length; j++) {
        const { k, i } = list[j]!;
        const v = o[k];
        if (v !== undefined) row[i] = formats[i]!(v);
      }
    }
    for (let g = 0; g < projectedList.length; g++) {
      const [a, list] = projectedList[g]!;
      const arr = record[a];
      if (!Array.isArray(arr) || arr.length === 0) continue;
      for (let j = 0; j < list.length; j++) {
        const { p, i } = list[j]!;
        const want = p.index ?? 0;
        let seen = 0;
        for (let e = 0; e < arr.length; e++) {
          const el = arr[e];
          if (!isObj(el)) continue;
          if (p.match) {
            let ok = true;
            for (const mk in p.match) if (el[mk] !== p.match[mk]) ok = false;
            if (!ok) continue;
          }
          if (seen++ === want) {
            const v = el[p.property];
            if (v !== undefined) row[i] = formats[i]!(v);
            break;
          }
        }
      }
    }
    for (let j = 0; j < others.length; j++) {
      const { c, i } = others[j]!;
      const v = getColumn(record, c);
      if (v !== undefined) row[i] = formats[i]!(v);
    }
  };
}
