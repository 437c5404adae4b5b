import {
  type Column,
  columns,
  type EntityName,
  entities,
  getColumn,
  type Locale,
} from "@linli/core";
import type { SourceRowRef } from "@linli/dedupe";
import type { MergeResult } from "../merge/types.js";
import { filesWithSheets } from "./json.js";

/** A cell of the merged table. */
export type Cell = string | number | null;

/** The merged records as one flat table: header labels and rows, computed row by row. */
export interface MergedTable {
  readonly header: readonly string[];
  /** Column keys parallel to `header`: `meta.id`, field keys, `extra:<header>`, `sources`. */
  readonly keys: readonly string[];
  rows(): Generator<Cell[]>;
}

const present = (v: unknown) =>
  v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);

/** Dotted paths of every filled-in value of a record (arrays as a whole). */
function collectPaths(v: unknown, prefix: string, out: Set<string>) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if (present(v)) out.add(prefix);
    return;
  }
  for (const [k, x] of Object.entries(v)) collectPaths(x, prefix ? `${prefix}.${k}` : k, out);
}

/** The columns some merged record has a value for, in schema order. */
export function usedColumns(entity: EntityName, records: readonly unknown[]): Column[] {
  const paths = new Set<string>();
  for (const r of records) collectPaths(r, "", paths);
  return columns(entities[entity]).filter((c) => {
    if (c.key.startsWith("meta.") || c.key === "extra") return false;
    const key = c.path.join(".");
    if (!paths.has(key)) return false;
    if (!c.projection) return true;
    return records.some((r) => present(getColumn(r, c)));
  });
}

/** A column's value as a spreadsheet shows it: choices by label, lists joined. */
export function cellOf(column: Column, v: unknown, lang: Locale): Cell {
  if (!present(v)) return null;
  const label = (x: unknown) =>
    typeof x === "string"
      ? (column.options?.[x]?.[lang] ?? x)
      : typeof x === "boolean"
        ? x
          ? lang === "zh-CN"
            ? "是"
            : "yes"
          : lang === "zh-CN"
            ? "否"
            : "no"
        : String(x);
  if (Array.isArray(v)) return v.map(label).join(column.separator ?? "、");
  if (typeof v === "number") return v;
  return label(v);
}

/** Where a merged record came from, as people write it: `丈八社区.csv 第 3 行；…`. */
export function sourcesText(
  rows: readonly SourceRowRef[],
  lang: Locale,
  several: ReadonlySet<string> = new Set(),
): string {
  return rows
    .map((r) => {
      const sheet =
        r.sheet !== undefined && several.has(r.file)
          ? lang === "zh-CN"
            ? `「${r.sheet}」`
            : ` [${r.sheet}]`
          : "";
      return lang === "zh-CN"
        ? `${r.file}${sheet} 第 ${r.row} 行`
        : `${r.file}${sheet} row ${r.row}`;
    })
    .join(lang === "zh-CN" ? "；" : "; ");
}

/**
 * The merged records as a table for CSV and XLSX: the record ID, every field some record
 * has (labels in `lang`, two fields with one label told apart by what they belong to), the
 * source columns no field took (`extra`), and the source rows behind each record.
 */
export function mergedTable(result: MergeResult, lang: Locale): MergedTable {
  const cols = usedColumns(result.entity, result.records);
  const labels = cols.map((c) => c.label[lang]);
  const header = cols.map((c, i) =>
    labels.indexOf(labels[i]!) !== labels.lastIndexOf(labels[i]!) && c.context.length > 0
      ? lang === "zh-CN"
        ? `${c.context.map((x) => x[lang]).join("")}${labels[i]}`
        : `${labels[i]} (${c.context.map((x) => x[lang]).join(", ")})`
      : labels[i]!,
  );
  const extra: string[] = [];
  const seen = new Set<string>();
  for (const r of result.records) {
    for (const e of (r as { extra?: { header: string }[] }).extra ?? []) {
      if (!seen.has(e.header)) {
        seen.add(e.header);
        extra.push(e.header);
      }
    }
  }
  const several = filesWithSheets(result);
  const idLabel = lang === "zh-CN" ? "记录编号" : "Record ID";
  const srcLabel = lang === "zh-CN" ? "来源行" : "Source rows";
  return {
    header: [idLabel, ...header, ...extra, srcLabel],
    keys: ["meta.id", ...cols.map((c) => c.key), ...extra.map((h) => `extra:${h}`), "sources"],
    *rows() {
      for (let i = 0; i < result.records.length; i++) {
        const r = result.records[i]!;
        const row: Cell[] = [r.meta.id];
        for (const c of cols) row.push(cellOf(c, getColumn(r, c), lang));
        const ex = (r as { extra?: { header: string; value: unknown }[] }).extra;
        for (const h of extra) {
          const v = ex?.find((e) => e.header === h)?.value;
          row.push(v === undefined || v === null ? null : typeof v === "number" ? v : String(v));
        }
        row.push(sourcesText(result.clusters[i]!.rows, lang, several));
        yield row;
      }
    },
  };
}
