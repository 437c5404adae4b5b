import { type Column, getColumn, type Locale, type Localized } from "@linli/core";

/** A cell as writers take it. */
export type Cell = string | number | boolean | undefined;

/** How values become cells. */
export interface CellMode {
  readonly lang: Locale;
  /** Choices as labels in `lang` (男) or as codes (male). */
  readonly values: "label" | "code";
  /** Dates as spreadsheet serial numbers (XLSX, with a date format) instead of text. */
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

/** Whether the column holds `YYYY-MM-DD` dates. */
export const isDateColumn = (c: Column) => c.node.kind === "string" && c.node.format === "date";

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
