import { expectArgument } from "@linli/core";
import { isHashtagRow, looksLikeBareHashtags } from "./hxl.js";
import { looksLikeDataRow } from "./value-like.js";

/** How the header of a table was found among its first rows. */
export interface HeaderChoice {
  /** Index (in the sampled rows) of the header row, or -1 when there is none. */
  readonly header: number;
  /** Index of the HXL hashtag row, or -1. */
  readonly hashtags: number;
  /** Index of the first data row. */
  readonly data: number;
  /** Cells of a row that looks like hashtags without `#`, if any (a malformed HXL file). */
  readonly malformed?: { readonly index: number; readonly sample: string[] };
  /**
   * Set when no row is a header and the first filled row holds personal values (an ID
   * number, a phone): it is read as data, the columns are named by their letters.
   */
  readonly headerless?: true;
}

/** Options of {@link chooseHeader}. */
export interface ChooseHeaderOptions {
  /** `"ignore"` skips HXL detection. */
  readonly hxl?: "auto" | "require" | "ignore";
  /** Scores a row as a header, e.g. by how many cells map to a known field. */
  readonly score?: (cells: readonly string[]) => number;
}

const NUMERIC = /^[\s\d.,:/\-+%年月日号]*$/;

const filled = (cells: readonly string[]) =>
  cells.reduce((n, c) => (c.trim() === "" ? n : n + 1), 0);

/**
 * Find the header among a table's first rows: an HXL hashtag row anywhere in them (its header
 * is the row above), else the row that the `score` function likes best (e.g. most cells that
 * name known fields), else the first row that is filled at least half as much as the
 * fullest one and is mostly text. Title rows above it (a merged "XX社区居民登记表") are
 * skipped that way.
 *
 * @example
 * ```ts
 * import { chooseHeader } from "@linli/adapters";
 * chooseHeader([["居民登记表"], ["姓名", "电话"], ["王伟", "13800138000"]]); // header 1, data 2
 * ```
 */
export function chooseHeader(
  rows: readonly (readonly string[])[],
  options: ChooseHeaderOptions = {},
): HeaderChoice {
  expectArgument("chooseHeader", "rows", "list", rows);
  expectArgument("chooseHeader", "options", "options", options);
  if (options.hxl !== "ignore") {
    for (let i = 0; i < rows.length; i++) {
      if (!isHashtagRow(rows[i]!)) continue;
      // The row above the hashtags is their header, unless it is a record: hashtags under
      // data (tables joined one after another) stand alone, and that record stays data.
      const header = i > 0 && !looksLikeDataRow(rows[i - 1]!) ? i - 1 : -1;
      return { header, hashtags: i, data: i + 1 };
    }
    for (let i = 0; i < rows.length; i++) {
      const sample = looksLikeBareHashtags(rows[i]!);
      if (sample) return { header: -1, hashtags: -1, data: 0, malformed: { index: i, sample } };
    }
  }
  if (rows.length === 0) return { header: -1, hashtags: -1, data: 0 };
  if (options.score) {
    let best = -1;
    let bestScore = 0;
    rows.forEach((cells, i) => {
      const s = options.score!(cells);
      if (s > bestScore) {
        best = i;
        bestScore = s;
      }
    });
    if (best >= 0 && bestScore >= 1) return { header: best, hashtags: -1, data: best + 1 };
  }
  const most = rows.reduce((m, r) => Math.max(m, filled(r)), Number.NEGATIVE_INFINITY);
  const enough = Math.max(Math.min(2, most), Math.ceil(most * 0.7));
  // The first row filled like the data that holds a personal value: if no header comes
  // before it, the table has none, and that row is its first record.
  let firstData = -1;
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]!;
    const n = filled(cells);
    if (n === 0 || n < enough) continue;
    if (looksLikeDataRow(cells)) {
      if (firstData < 0) firstData = i;
      continue;
    }
    if (firstData >= 0) break;
    const texty = cells.filter((c) => c.trim() !== "" && !NUMERIC.test(c)).length;
    if (texty * 2 >= n) return { header: i, hashtags: -1, data: i + 1 };
  }
  if (firstData >= 0) return { header: -1, hashtags: -1, data: firstData, headerless: true };
  const first = rows.findIndex((r) => filled(r) > 0);
  return { header: first, hashtags: -1, data: first + 1 };
}

const TOTALS =
  /^(合\s*计|总\s*计|小\s*计|共\s*计|总数|累计|total|totals|grand total|sum|subtotal)\b|^(合计|总计|小计|共计)/i;
const NOTE =
  /^(注|备注|说明|填表说明|填表人|制表人|审核人|填报人|统计人|负责人|联系人|填表日期|制表日期|填报日期|统计日期|签字|盖章|数据来源|note|notes|source|prepared by)\s*[:：.、]?/i;

/**
 * Whether a row below the data is a totals row (合计, 总计, Total…) or a note (注：…, 填表人：…,
 * one long text). Totals rows are recognised anywhere; notes only once no data follows.
 *
 * @example
 * ```ts
 * import { footerKind } from "@linli/adapters";
 * footerKind(["合计：4人"], 8); // "totals"
 * footerKind(["填表人：赵敏"], 8); // "note"
 * footerKind(["王伟", "男"], 8); // undefined
 * ```
 */
export function footerKind(cells: readonly string[], width: number): "totals" | "note" | undefined {
  expectArgument("footerKind", "cells", "texts", cells);
  expectArgument("footerKind", "width", "number", width);
  // The first filled cell, and whether there are one, two or more (only those counts matter).
  let first: string | undefined;
  let n = 0;
  for (let i = 0; i < cells.length && n <= 2; i++) {
    const c = cells[i]!;
    if (c.trim() === "") continue;
    if (n++ === 0) first = c;
  }
  if (first === undefined) return undefined;
  const text = first.trim();
  if (TOTALS_START.has(text.charCodeAt(0)) && TOTALS.test(text)) return "totals";
  if (n <= 2 && (NOTE.test(text) || (n === 1 && width >= 3 && text.length >= 20))) return "note";
  return undefined;
}

/** What a totals label starts with (TOTALS is case-insensitive only within ASCII). */
const TOTALS_START = /* @__PURE__ */ new Set([..."合总小共累tTgGsS"].map((c) => c.charCodeAt(0)));
