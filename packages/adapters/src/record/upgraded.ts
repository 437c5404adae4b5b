import { columnElementIndex } from "@linli/core";
import type { RowIssue } from "../types.js";
import type { Mapped } from "./values.js";

/**
 * Mark the citizen IDs a row's cells gave in their old 15-digit form with `upgraded: true`:
 * their check character was computed by the import, so it does not show a typo, and record
 * linkage compares them as they were written.
 */
export function markUpgraded(
  mapped: readonly Mapped[],
  record: Record<string, unknown>,
  warnings: readonly RowIssue[],
): void {
  for (const w of warnings) {
    if (w.code !== "citizenId.legacyUpgraded" || w.field === undefined) continue;
    const m = mapped.find((x) => x.column.key === w.field);
    if (!m?.column.projection) continue;
    const at = columnElementIndex(record, m.column);
    if (at < 0) continue;
    let list: unknown = record;
    for (const k of m.column.path) list = (list as Record<string, unknown> | undefined)?.[k];
    const el = (list as Record<string, unknown>[])[at]!;
    if (el.scheme === "cn-citizen-id") el.upgraded = true;
  }
}
