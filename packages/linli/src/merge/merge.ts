import type { EntityName } from "@linli/core";
import {
  isMergeResult,
  type MergeResult as LinkageResult,
  type MergeSource,
  merge as mergeRows,
} from "@linli/dedupe";
import { type Opener, readSource } from "./read-source.js";
import type { FileMapping, MergeInput, MergeOptions, MergeResult } from "./types.js";

/** The merge of `linli` and `linli/node`, which differ only in how they open file paths. */
export async function mergeInputs<N extends EntityName = "resident">(
  inputs: readonly MergeInput[],
  options: MergeOptions & { readonly entity?: N },
  open: Opener | undefined,
): Promise<MergeResult<N>> {
  const started = performance.now();
  const earlier = inputs.find(
    (i): i is LinkageResult =>
      isMergeResult(i) || isMergeResult((i as { data?: unknown } | undefined)?.data),
  );
  const entity = (options.entity ??
    (earlier && "entity" in earlier ? earlier.entity : undefined) ??
    (earlier as { data?: LinkageResult } | undefined)?.data?.entity ??
    "resident") as N;
  const parts: (MergeSource | LinkageResult)[] = [];
  const mapping: FileMapping[] = [];
  const earlierMappings: FileMapping[] = [];
  for (const [index, input] of inputs.entries()) {
    const r = await readSource(input, index, {
      entity,
      ...(options.import ? { importOptions: options.import } : {}),
      ...(open ? { open } : {}),
      ...(options.onProgress ? { progress: options.onProgress } : {}),
    });
    if (r.kind === "earlier") {
      parts.push(r.result);
      earlierMappings.push(...((r.result as Partial<MergeResult>).mapping ?? []));
    } else {
      parts.push(r.source);
      mapping.push(...r.mapping);
    }
  }
  const importMs = performance.now() - started;
  const result = mergeRows(parts, { ...options, entity });
  // Files not read again keep the mapping they were read with.
  const fresh = new Set(mapping.map((m) => m.source));
  const carried = earlierMappings.filter((m) => !fresh.has(m.source));
  const seen = new Set<string>();
  const all = [...mapping, ...carried].filter((m) => {
    const k = `${m.source}\u0000${m.file}\u0000${m.sheet ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return {
    ...result,
    mapping: all,
    stats: {
      ...result.stats,
      timings: {
        import: Math.round(importMs),
        ...result.stats.timings,
        total: Math.round(performance.now() - started),
      },
    },
  } as unknown as MergeResult<N>;
}
