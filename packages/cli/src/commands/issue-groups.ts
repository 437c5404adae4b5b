import type { RowIssue } from "@linli/adapters/node";
import type { Context } from "../command.js";
import { vm } from "../locales/validate-merge.js";

const SHOWN = 20;

/** Rejections, withheld cells and warnings apart, each with its count and the first few. */
export function issueGroupLines(ctx: Context, issues: readonly RowIssue[]): string[] {
  const groups = [
    ["validate.rejectedHead", issues.filter((i) => i.severity === "error")],
    ["validate.withheldHead", issues.filter((i) => i.severity === "withheld")],
    ["validate.warningsHead", issues.filter((i) => i.severity === "warning")],
  ] as const;
  const lines: string[] = [];
  for (const [head, list] of groups) {
    if (list.length === 0) continue;
    // Rejected rows are counted as rows: one row may have several problems.
    const rows =
      head === "validate.rejectedHead"
        ? new Set(list.map((i) => `${i.file}\u0000${i.sheet ?? ""}\u0000${i.row}`)).size
        : list.length;
    lines.push(ctx.t(vm(head, { n: list.length, rows, more: list.length - rows })));
    for (const i of list.slice(0, SHOWN)) lines.push(`    ${i.message[ctx.lang]}`);
    if (list.length > SHOWN) lines.push(ctx.t(vm("validate.more", { n: list.length - SHOWN })));
  }
  return lines;
}
