import { readFile } from "node:fs/promises";
import type { EntityName } from "@linli/core";
import { type MergeDecisions, MergeError, parseDecisions } from "linli/dedupe";
import { type Context, UsageError } from "./command.js";
import { vm } from "./locales/validate-merge.js";

/** The rows each `--decisions` file links and keeps apart, all files together. */
export async function decisionsOption(
  ctx: Context,
  entity: EntityName,
): Promise<Pick<MergeDecisions, "mustLink" | "cannotLink"> | undefined> {
  const files = (ctx.values.decisions as string[] | undefined) ?? [];
  if (files.length === 0) return undefined;
  const mustLink: MergeDecisions["mustLink"][number][] = [];
  const cannotLink: MergeDecisions["cannotLink"][number][] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      const detail = (e as { code?: string }).code ?? (e as Error).message;
      throw new UsageError(vm("err.decisions", { file, detail }));
    }
    let d: MergeDecisions;
    try {
      d = parseDecisions(text, file);
    } catch (e) {
      if (e instanceof MergeError) throw new UsageError(e.localized);
      throw e;
    }
    if (d.entity !== undefined && d.entity !== entity) {
      throw new UsageError(vm("err.decisions", { file, detail: `entity ${d.entity} ≠ ${entity}` }));
    }
    for (const g of d.mustLink) mustLink.push(g);
    for (const g of d.cannotLink) cannotLink.push(g);
  }
  return { mustLink, cannotLink };
}
