import { expectArgument } from "@linli/core";
/**
 * Options of {@link suppressSmallCounts}.
 *
 * @example
 * ```ts
 * import type { SuppressOptions } from "@linli/privacy";
 * const options: SuppressOptions = { min: 5, mode: "flag", dimensions: ["community", "vulnerability"] };
 * ```
 */
export interface SuppressOptions {
  /** Counts below this are small (1 to `min - 1`; zero too with `zeros`). */
  readonly min: number;
  /** The field holding the count. Default `count`. */
  readonly countField?: string;
  /**
   * `suppress` (default): replace small counts with `placeholder`. `flag`: keep every count
   * and add `flagField` (true or false) to every row, for tables that are not published.
   */
  readonly mode?: "suppress" | "flag";
  /** Default `suppressed`. */
  readonly flagField?: string;
  /** What a suppressed count becomes. Default `null`; `"<5"` reads well in reports. */
  readonly placeholder?: unknown;
  /** Treat zero counts as small too ("nobody in building 3 is…" can disclose). Default false. */
  readonly zeros?: boolean;
  /** Other fields that give the count away (percentages, sums) and go with it. */
  readonly alsoSuppress?: readonly string[];
  /**
   * The grouping columns of the table. When given, secondary suppression runs: wherever a
   * row or column of the table (all dimensions but one fixed) has exactly one suppressed
   * cell, the next smallest cell of that line is suppressed too, so the hidden count cannot
   * be worked out from the line's total. Repeated until nothing changes.
   */
  readonly dimensions?: readonly string[];
}

const countOf = (row: Readonly<Record<string, unknown>>, field: string) => {
  const v = row[field];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
};

function secondary(
  rows: readonly Readonly<Record<string, unknown>>[],
  hidden: boolean[],
  dimensions: readonly string[],
  field: string,
): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const d of dimensions) {
      const lines = new Map<string, number[]>();
      rows.forEach((row, i) => {
        if (countOf(row, field) === undefined) return;
        const key = JSON.stringify(dimensions.filter((x) => x !== d).map((x) => row[x] ?? null));
        const line = lines.get(key);
        if (line) line.push(i);
        else lines.set(key, [i]);
      });
      for (const line of lines.values()) {
        if (line.filter((i) => hidden[i]).length !== 1) continue;
        let pick = -1;
        for (const i of line) {
          if (hidden[i]) continue;
          const c = countOf(rows[i]!, field)!;
          const best = pick < 0 ? undefined : countOf(rows[pick]!, field)!;
          // The smallest non-zero count hides the most with the least loss.
          if (best === undefined || (c > 0 && (best === 0 || c < best))) pick = i;
        }
        if (pick >= 0) {
          hidden[pick] = true;
          changed = true;
        }
      }
    }
  }
}

/**
 * Protect a group-by table (one row per cell, e.g. community × vulnerability with a count)
 * against small-cell disclosure: counts below `min` are suppressed or flagged, and with
 * `dimensions` enough other cells are suppressed that the hidden ones cannot be recomputed
 * from row and column totals. Returns new rows; the input is not changed. Rows without a
 * numeric count are passed through.
 *
 * @example
 * ```ts
 * import { suppressSmallCounts } from "@linli/privacy";
 * suppressSmallCounts(
 *   [
 *     { community: "丈八", vulnerability: "elderly-living-alone", count: 12 },
 *     { community: "丈八", vulnerability: "dialysis", count: 2 },
 *     { community: "丈八", vulnerability: "disabled", count: 7 },
 *   ],
 *   { min: 5, placeholder: "<5", dimensions: ["community", "vulnerability"] },
 * );
 * // dialysis → "<5", and disabled → "<5" too (otherwise 21 − 12 − 7 gives it away
 * // whenever the community's total is published)
 * ```
 */
export function suppressSmallCounts<R extends Readonly<Record<string, unknown>>>(
  rows: readonly R[],
  options: SuppressOptions,
): Record<string, unknown>[] {
  expectArgument("suppressSmallCounts", "rows", "list", rows);
  expectArgument("suppressSmallCounts", "options", "object", options);
  const { min } = options;
  if (!Number.isInteger(min) || min < 1) {
    throw new RangeError(`suppressSmallCounts: min must be a whole number ≥ 1, got ${min}`);
  }
  const field = options.countField ?? "count";
  const flag = options.flagField ?? "suppressed";
  const hidden = rows.map((row) => {
    const c = countOf(row, field);
    return c !== undefined && c < min && (c !== 0 || options.zeros === true);
  });
  if (options.dimensions && options.dimensions.length > 0) {
    secondary(rows, hidden, options.dimensions, field);
  }
  const placeholder = options.placeholder ?? null;
  return rows.map((row, i) => {
    const out: Record<string, unknown> = { ...row };
    if (options.mode === "flag") {
      out[flag] = hidden[i];
      return out;
    }
    if (hidden[i]) {
      out[field] = placeholder;
      for (const f of options.alsoSuppress ?? []) if (f in out) out[f] = placeholder;
    }
    return out;
  });
}
