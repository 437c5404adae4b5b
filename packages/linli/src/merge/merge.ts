import type { EntityName } from "@linli/core";
import { checkArgument, expectArgument, expectEntity } from "@linli/core";
import {
  isMergeResult,
  type Linkage,
  type MergeResult as LinkageResult,
  type MergeSource,
  merge as mergeRows,
  mergeSteps,
} from "@linli/dedupe";
import { inputsEntity } from "./guess-entity.js";
import { hsdsGroups, readHsdsGroup } from "./hsds-sources.js";
import { odkSources } from "./odk-sources.js";
import { baseName, type Opener, readSource } from "./read-source.js";
import type { FileMapping, MergeInput, MergeOptions, MergeResult } from "./types.js";

/** The file an input names, if any: a path, a `File`, or `file`/`data` of a source. */
function fileOf(input: MergeInput): string | undefined {
  if (typeof input === "string") return input;
  const own = (input as { name?: unknown }).name;
  if (typeof Blob !== "undefined" && input instanceof Blob)
    return typeof own === "string" ? own : undefined;
  const s = input as { data?: unknown; file?: unknown; name?: unknown };
  if (typeof s.name === "string" || isMergeResult(input)) return undefined;
  if (typeof s.file === "string") return s.file;
  if (typeof s.data === "string") return s.data;
  const dataName = (s.data as { name?: unknown } | undefined)?.name;
  return typeof dataName === "string" ? dataName : undefined;
}

/**
 * Source names for inputs without one, when two different files would get the same name from
 * their base names (丈八/居民.csv and 小寨/居民.csv): the path as given, without extension.
 * Rows are known by source name, so two sources must never share one by accident.
 */
function defaultNames(inputs: readonly MergeInput[]): Map<number, string> {
  const files = inputs.map(fileOf);
  const byBase = new Map<string, Set<string>>();
  for (const f of files) {
    if (f === undefined) continue;
    const b = baseName(f);
    let set = byBase.get(b);
    if (!set) {
      set = new Set();
      byBase.set(b, set);
    }
    set.add(f);
  }
  const out = new Map<number, string>();
  files.forEach((f, i) => {
    if (f !== undefined && (byBase.get(baseName(f))?.size ?? 0) > 1) {
      out.set(i, f.replace(/\.[^./\\]*$/, ""));
    }
  });
  return out;
}

/** The files and earlier results of a merge, read: sources, their mappings, the entity. */
interface ReadInputs<N extends EntityName> {
  readonly entity: N;
  readonly parts: readonly (MergeSource | LinkageResult)[];
  readonly mapping: readonly FileMapping[];
  readonly earlierMappings: readonly FileMapping[];
}

async function readInputs<N extends EntityName>(
  inputs: readonly MergeInput[],
  options: MergeOptions & { readonly entity?: N },
  open: Opener | undefined,
): Promise<ReadInputs<N>> {
  expectArgument("merge", "inputs", "sources", inputs);
  inputs.forEach((input, i) => {
    const ok =
      typeof input === "string" ? input !== "" : typeof input === "object" && input !== null;
    checkArgument(ok, "merge", `inputs[${i}]`, "sources", input);
  });
  expectArgument("merge", "options", "options", options);
  if (options.entity !== undefined) expectEntity("merge", "options.entity", options.entity);
  const earlier = inputs.find(
    (i): i is LinkageResult =>
      isMergeResult(i) || isMergeResult((i as { data?: unknown } | undefined)?.data),
  );
  // Open Referral HSDS packages: the tables of one folder make one source of organisations.
  const packages = hsdsGroups(inputs);
  const inPackage = new Set(packages.flatMap((g) => g.indices));
  // Without an entity (or an earlier result that has one), each file's columns say it.
  const entity = (options.entity ??
    (earlier && "entity" in earlier ? earlier.entity : undefined) ??
    (earlier as { data?: LinkageResult } | undefined)?.data?.entity ??
    (await inputsEntity(
      inputs.filter((_, i) => !inPackage.has(i)),
      open,
    )) ??
    (packages.length > 0 ? "organization" : undefined) ??
    "resident") as N;
  const parts: (MergeSource | LinkageResult)[] = [];
  const mapping: FileMapping[] = [];
  const earlierMappings: FileMapping[] = [];
  const names = defaultNames(inputs);
  // ODK and KoboToolbox exports: a submissions file and its repeat files make one source.
  const odk = await odkSources(inputs, {
    entity,
    names,
    ...(open ? { open } : {}),
    ...(options.onProgress ? { progress: options.onProgress } : {}),
    ...(options.import ? { importOptions: options.import } : {}),
  });
  const reopen: Opener | undefined = open
    ? (path) => {
        const o = odk.opened.get(path);
        if (!o) return open(path);
        odk.opened.delete(path);
        return Promise.resolve(o);
      }
    : undefined;
  const firstOf = new Map(packages.map((g) => [g.indices[0]!, g]));
  const alone = new Set<number>();
  for (const [index, input] of inputs.entries()) {
    if (odk.within.has(index)) continue;
    const g = firstOf.get(index);
    if (g) {
      const got = await readHsdsGroup(g, inputs, {
        entity,
        ...(reopen ? { open: reopen } : {}),
        ...(options.onProgress ? { progress: options.onProgress } : {}),
        ...(options.import ? { importOptions: options.import } : {}),
      });
      if (got) {
        parts.push(got.source);
        for (const x of got.mapping) mapping.push(x);
        continue;
      }
      // No package after all (no id columns): each file is read on its own.
      for (const k of g.indices) alone.add(k);
    } else if (inPackage.has(index) && !alone.has(index)) continue;
    const read = odk.sources.get(index);
    if (read) {
      parts.push(read.source);
      for (const x of read.mapping) mapping.push(x);
      continue;
    }
    const r = await readSource(input, index, {
      ...(names.has(index) ? { name: names.get(index)! } : {}),
      entity,
      ...(options.import ? { importOptions: options.import } : {}),
      ...(reopen ? { open: reopen } : {}),
      ...(options.onProgress ? { progress: options.onProgress } : {}),
    });
    if (r.kind === "earlier") {
      parts.push(r.result);
      for (const x of (r.result as Partial<MergeResult>).mapping ?? []) earlierMappings.push(x);
    } else {
      parts.push(r.source);
      for (const x of r.mapping) mapping.push(x);
    }
  }
  return { entity, parts, mapping, earlierMappings };
}

/**
 * What the merge of these inputs asks linkage for (its rows' records and options), for an
 * engine that runs elsewhere: `emitSpark` writes it as a plan for Spark.
 */
export async function linkageOf<N extends EntityName = "resident">(
  inputs: readonly MergeInput[],
  options: MergeOptions & { readonly entity?: N },
  open: Opener | undefined,
): Promise<Linkage> {
  const { entity, parts } = await readInputs(inputs, options, open);
  return mergeSteps(parts, { ...options, entity }).next().value as Linkage;
}

/** The merge of `linli` and `linli/node`, which differ only in how they open file paths. */
export async function mergeInputs<N extends EntityName = "resident">(
  inputs: readonly MergeInput[],
  options: MergeOptions & { readonly entity?: N },
  open: Opener | undefined,
): Promise<MergeResult<N>> {
  const started = performance.now();
  const { entity, parts, mapping, earlierMappings } = await readInputs(inputs, options, open);
  const importMs = performance.now() - started;
  // With the DuckDB engine the linkage is asynchronous; in memory it is not.
  const result = await mergeRows(parts, { ...options, entity });
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
