import { columns, type EntityName, entities, getColumn, type Locale } from "@linli/core";
import type { SourceRowRef } from "@linli/dedupe";
import type { MergeResult } from "../merge/types.js";
import { filesWithSheets } from "./json.js";

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

const used = new WeakMap<object, string[]>();

/** Keys of the columns some merged record has a value for, in schema order. */
export function usedColumns(entity: EntityName, records: readonly unknown[]): string[] {
  const hit = used.get(records);
  if (hit) return hit;
  const paths = new Set<string>();
  for (const r of records) collectPaths(r, "", paths);
  const keys = columns(entities[entity])
    .filter((c) => {
      if (c.key.startsWith("meta.") || c.key === "extra") return false;
      if (!paths.has(c.path.join("."))) return false;
      return !c.projection || records.some((r) => present(getColumn(r, c)));
    })
    .map((c) => c.key);
  used.set(records, keys);
  return keys;
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

/** The header of the last column of the merged table. */
export const sourcesHeader = (lang: Locale) => (lang === "zh-CN" ? "来源行" : "Source rows");

/**
 * The merged records as a table for CSV and XLSX: the record ID, every field some record
 * has, the source columns no field took (`extra`), and a last column naming the source rows
 * behind each record (carried as one more `extra` column, so the export writes it as it is).
 */
export function mergedTable(result: MergeResult, lang: Locale, written?: (done: number) => void) {
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
  const header = sourcesHeader(lang);
  return {
    columns: ["meta.id", ...usedColumns(result.entity, result.records)],
    extraHeaders: [...extra, header],
    *records() {
      for (let i = 0; i < result.records.length; i++) {
        const r = result.records[i]!;
        const source = { header, value: sourcesText(result.clusters[i]!.rows, lang, several) };
        const extra = (r as { extra?: { header: string; value: unknown }[] }).extra ?? [];
        if (written && (i & 4095) === 0) written(i);
        yield { ...r, extra: [...extra, source] } as typeof r;
      }
    },
  };
}
