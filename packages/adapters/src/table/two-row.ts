import { looksLikeDataRow } from "./value-like.js";

const NUMERIC = /^[\s\d.,:/\-+%年月日号]*$/;

/**
 * The header of a table whose header takes two rows: group labels above (merged cells such
 * as 联系方式 over 手机 and 固话, or 户主信息 over 姓名 and 身份证号) and the column names
 * below, with columns whose name takes both rows (a merged 姓名, or a name above an empty
 * cell). Each column gets its most specific name, the group in brackets (手机（联系方式）),
 * which header matching leaves out. Undefined when the second row is not a header: data
 * (an ID, a phone, a date), or no column under a group, or (with `score`) no better a header.
 *
 * @example
 * ```ts
 * twoRowHeader(["姓名", "联系方式", "联系方式"], ["姓名", "手机", "固话"]);
 * // ["姓名", "手机（联系方式）", "固话（联系方式）"]
 * twoRowHeader(["姓名", "电话"], ["王伟", "13800138000"]); // undefined
 * ```
 */
export function twoRowHeader(
  top: readonly string[],
  sub: readonly string[],
  score?: (cells: readonly string[]) => number,
): string[] | undefined {
  if (looksLikeDataRow(sub)) return undefined;
  const width = Math.max(top.length, sub.length);
  const t = Array.from({ length: width }, (_, i) => (top[i] ?? "").trim());
  const s = Array.from({ length: width }, (_, i) => (sub[i] ?? "").trim());
  // A group label spans columns: repeated (merged cells read back) or followed by empty cells.
  const group: (string | undefined)[] = new Array(width).fill(undefined);
  for (let i = 0; i < width; i++) {
    if (t[i] === "") continue;
    let end = i;
    while (end + 1 < width && (t[end + 1] === t[i] || t[end + 1] === "") && s[end + 1] !== "")
      end++;
    if (end > i) for (let j = i; j <= end; j++) group[j] = t[i];
    i = end;
  }
  let under = 0;
  let whole = 0;
  const out: string[] = [];
  for (let i = 0; i < width; i++) {
    const label = s[i]!;
    if (label !== "" && NUMERIC.test(label)) return undefined;
    if (group[i] !== undefined && label !== "" && label !== group[i]) {
      under++;
      out.push(`${label}（${group[i]}）`);
    } else if (label === "" || label === t[i]) {
      // The name takes both rows (merged, or written once above an empty cell).
      if (t[i] !== "") whole++;
      out.push(t[i]!);
    } else if (t[i] === "") {
      out.push(label);
    } else {
      // Two different names for one column and no group: not a two-row header.
      return undefined;
    }
  }
  if (under < 2 || whole + under < 2) return undefined;
  if (score && score(out) < score(top)) return undefined;
  return out;
}
