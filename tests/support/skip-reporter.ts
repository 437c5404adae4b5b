import type { Reporter, TestModule } from "vitest/node";
import { missingText, needs, TOOLS, type ToolName } from "./tools.js";

/**
 * What was skipped and why, printed at the end of a run: tests skipped for a missing program
 * with what to install, and any other skipped test by name (nothing should be skipped
 * silently).
 */
export function skippedSummary(modules: readonly TestModule[]): string {
  const byTool = new Map<ToolName, number>();
  const other: string[] = [];
  for (const m of modules) {
    for (const t of m.children.allTests("skipped")) {
      const tool = (Object.keys(TOOLS) as ToolName[]).find((k) => t.fullName.includes(needs(k)));
      if (tool) byTool.set(tool, (byTool.get(tool) ?? 0) + 1);
      else other.push(`  ${m.relativeModuleId} > ${t.fullName}`);
    }
  }
  const lines: string[] = [];
  for (const [tool, n] of byTool) {
    lines.push(`  ${n} test${n === 1 ? "" : "s"} skipped: ${missingText(tool)}.`);
  }
  if (other.length > 0) {
    lines.push("  Skipped for no stated reason:");
    for (const o of other) lines.push(o);
  }
  if (lines.length === 0) return "";
  return `\nSkipped tests (CI runs them all; with CI set, a missing program fails the run):\n${lines.join("\n")}\n`;
}

/** A Vitest reporter that prints {@link skippedSummary} after the run. */
export class SkipReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const text = skippedSummary(modules);
    if (text) process.stdout.write(text);
  }
}
