/**
 * Node additions to `linli`: merge straight from file paths (and `merged.json` files of
 * earlier merges), and write a merge's outputs into a folder.
 *
 * @example
 * ```ts
 * import { merge, writeMergeOutputs } from "linli/node";
 * const result = await merge(["丈八社区.csv", "小寨社区.xlsx", "曲江社区问卷.xlsx"]);
 * const { files } = await writeMergeOutputs(result, "合并结果");
 * ```
 *
 * @module
 */
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { checkArgument, type EntityName, expectText, isOptions } from "@linli/core";
import { isMergeResult } from "@linli/dedupe";
import type { SparkEmitted } from "@linli/dedupe/duckdb";
import type { MatchPlan } from "@linli/match";
import { type MatchOutputKind, type MatchOutputOptions, matchOutputFiles } from "./match/files.js";
import { linkageOf, mergeInputs } from "./merge/merge.js";
import type { Opened } from "./merge/read-source.js";
import type { MergeInput, MergeOptions, MergeResult } from "./merge/types.js";
import { LinliError } from "./messages.js";
import {
  EXPORT_LOG_FILE,
  type MergeOutputOptions,
  mergeOutputFiles,
  OUTPUT_FILES,
  type OutputKind,
} from "./outputs/files.js";
import { MergedJsonReader } from "./outputs/merged-reader.js";
import { packageFolders } from "./package-folders.js";
import { nodeFs, type OutputFs } from "./write/output-fs.js";
import { openOutputs } from "./write/output-set.js";

const MERGED = /^\s*\{\s*"format"\s*:\s*"linli-merge"/;

function fsError(e: unknown, path: string): LinliError {
  const code = (e as { code?: string }).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new LinliError("input.notFound", { path });
  if (code === "EISDIR") return new LinliError("input.isFolder", { path });
  return new LinliError("input.unreadable", { path, detail: code ?? String(e) });
}

/**
 * Read a `merged.json` written by {@link writeMergeOutputs}, to merge new files into it. It is
 * read in pieces, so its size is no limit, and proved whole on the way: a file cut short,
 * edited or inconsistent is refused with a `LinliError` naming what is wrong (see
 * `parseMergeResult`).
 *
 * @example
 * ```ts
 * import { merge, readMergeResult } from "linli/node";
 * const earlier = await readMergeResult("合并结果/merged.json");
 * const next = await merge([earlier, "新登记.csv"]);
 * ```
 */
export async function readMergeResult(
  path: string,
  /** @deprecated Every file is now read in pieces; `maxWhole` has no effect. */
  options: { readonly maxWhole?: number } = {},
): Promise<MergeResult> {
  checkArgument(typeof path === "string" && path !== "", "readMergeResult", "path", "text", path);
  checkArgument(isOptions(options), "readMergeResult", "options", "options", options);
  const reader = new MergedJsonReader(path);
  let first = true;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      const bytes = chunk as Buffer;
      // A byte-order mark, if an editor added one, is not part of what was checked.
      const bom = first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      reader.push(bom ? bytes.subarray(3) : bytes);
      first = false;
    }
  } catch (e) {
    throw e instanceof LinliError ? e : fsError(e, path);
  }
  return reader.end();
}

async function openPath(path: string): Promise<Opened> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw Object.assign(new Error("folder"), { code: "EISDIR" });
    size = s.size;
    const fd = await open(path, "r");
    try {
      const head = Buffer.alloc(64);
      const { bytesRead } = await fd.read(head, 0, 64, 0);
      if (
        MERGED.test(
          head
            .subarray(0, bytesRead)
            .toString("utf8")
            .replace(/^\uFEFF/, ""),
        )
      ) {
        return { earlier: await readMergeResult(path) };
      }
    } finally {
      await fd.close();
    }
  } catch (e) {
    throw e instanceof LinliError ? e : fsError(e, path);
  }
  return {
    bytes: createReadStream(path, { highWaterMark: 1 << 17 }) as AsyncIterable<Uint8Array>,
    fileName: path,
    size,
  };
}

/**
 * {@link "linli"!merge} that also takes file paths (CSV, TSV, XLSX, JSON,
 * NDJSON, survey exports), `merged.json` files of earlier merges and folders of an Open
 * Referral HSDS package (read as one source of organisations, like its tables given
 * together). A source's name is its file name without the extension unless given.
 *
 * @example
 * ```ts
 * import { merge } from "linli/node";
 * const result = await merge([
 *   "丈八社区.csv",
 *   { data: "小寨社区.xlsx", name: "小寨社区", mapping: { entity: "resident", columns: { 手机: "phone" } } },
 * ]);
 * console.log(result.summary);
 * ```
 */
export function merge<N extends EntityName = "resident">(
  inputs: readonly MergeInput[],
  options: MergeOptions & { readonly entity?: N } = {},
): Promise<MergeResult<N>> {
  return packageFolders(inputs).then((all) => mergeInputs(all, options, openPath));
}

/**
 * Write the linkage of a merge of these inputs as a plan for Spark into `dir` (see
 * `emitSpark` of `@linli/dedupe/duckdb`): the files are read and their records normalised as
 * {@link merge} does, the parameters estimated here with DuckDB. After `spark-submit
 * run_linkage.py DIR` on the cluster, {@link merge} with the same inputs and options and
 * `dedupe: { engine: "duckdb", duckdb: { pairs: DIR } }` finishes the merge from the pairs.
 * Needs the optional package `@duckdb/node-api`.
 *
 * @example
 * ```ts
 * import { emitSpark, merge } from "linli/node";
 * await emitSpark(["丈八社区.csv", "小寨社区.xlsx"], "spark-plan");
 * // … spark-submit spark-plan/run_linkage.py spark-plan …
 * const result = await merge(["丈八社区.csv", "小寨社区.xlsx"], {
 *   dedupe: { engine: "duckdb", duckdb: { pairs: "spark-plan" } },
 * });
 * ```
 */
export async function emitSpark<N extends EntityName = "resident">(
  inputs: readonly MergeInput[],
  dir: string,
  options: MergeOptions & { readonly entity?: N } = {},
): Promise<SparkEmitted> {
  expectText("emitSpark", "dir", dir);
  const ask = await linkageOf(await packageFolders(inputs), options, openPath);
  const { emitSpark: emit } = await import("@linli/dedupe/duckdb");
  return emit(ask.records, ask.options, dir);
}

/**
 * What {@link writeMergeOutputs} wrote.
 *
 * @example
 * ```ts
 * import type { WrittenOutputs } from "linli/node";
 * const w: WrittenOutputs = { dir: "/tmp/out", files: [{ name: "merged.csv", kind: "csv", path: "/tmp/out/merged.csv", bytes: 1024 }] };
 * ```
 */
export interface WrittenOutputs {
  /** The folder, as an absolute path. */
  readonly dir: string;
  readonly files: readonly {
    name: string;
    kind: OutputKind | "log";
    path: string;
    bytes: number;
  }[];
}

/**
 * Options of {@link writeMergeOutputs}: those of `mergeOutputFiles`, and where and how the
 * files are written.
 *
 * @example
 * ```ts
 * import type { WriteMergeOutputsOptions } from "linli/node";
 * const options: WriteMergeOutputsOptions = { lang: "en", inputs: ["丈八社区.csv"] };
 * ```
 */
export interface WriteMergeOutputsOptions extends MergeOutputOptions {
  /**
   * Files the merge read, which must never be overwritten (the files named in the result's
   * summary are checked as well).
   */
  readonly inputs?: readonly string[];
  /** Stops the writing; the folder is left as it was (`LinliError` `output.interrupted`). */
  readonly signal?: AbortSignal;
  /** The file operations to use (default `node:fs/promises`). */
  readonly fs?: OutputFs;
}

/** Every file name a merge may write into its folder. */
const MERGE_FILES: readonly string[] = [...Object.values(OUTPUT_FILES), EXPORT_LOG_FILE];

/**
 * Write a merge's outputs into a folder (created when missing): `merged.csv` (UTF-8 with a
 * BOM, for Excel), `merged.xlsx`, `merged.json` (everything, for later merges),
 * `clusters.json` (source rows behind each record), `issues.json` (rejected and warned rows)
 * and `report.html`; with a sharing `profile`, every one of them through it and
 * `export-log.json` beside them. Every output of a merge is written here and nowhere else, so
 * that settings that apply to all of them (a sharing profile, an export log) have one place.
 *
 * All or nothing: each file is written under a temporary name and synced, and only when all
 * are complete are they renamed into place; outputs of an earlier merge that this one does not
 * write (an `export-log.json` from a profiled run, say) are removed, so the folder always
 * holds one run's outputs. On any error (a full disk, a read-only folder) or when `signal`
 * aborts, the folder is left as it was and the promise rejects with a `LinliError`. The folder
 * is locked while it is written (a second writer gets `output.locked`); an output name that
 * is a symbolic link or one of the merge's input files is refused. Under a sharing profile
 * the folder may hold nothing but the outputs (`output.notOnly`), so that `export-log.json`
 * describes every file in it.
 *
 * @example
 * ```ts
 * import { merge, writeMergeOutputs } from "linli/node";
 * const result = await merge(["丈八社区.csv", "小寨社区.xlsx"]);
 * const { dir, files } = await writeMergeOutputs(result, "合并结果", { lang: "zh-CN" });
 * for (const f of files) console.log(f.path, f.bytes);
 * // For a partner: names and phones masked, IDs left out, an export log beside the files.
 * await writeMergeOutputs(result, "给合作机构", { profile: "partner-ngo" });
 * ```
 */
export async function writeMergeOutputs(
  result: MergeResult,
  dir: string,
  options: WriteMergeOutputsOptions = {},
): Promise<WrittenOutputs> {
  checkArgument(isMergeResult(result), "writeMergeOutputs", "result", "mergeResult", result);
  checkArgument(typeof dir === "string" && dir !== "", "writeMergeOutputs", "dir", "text", dir);
  checkArgument(isOptions(options), "writeMergeOutputs", "options", "options", options);
  const abs = resolve(dir);
  const fs = options.fs ?? nodeFs;
  const files = mergeOutputFiles(result, options);
  const inputs = [...(options.inputs ?? [])];
  for (const s of result.summary) for (const f of s.files) inputs.push(f);
  const out = await openOutputs(
    MERGE_FILES.map((name) => join(abs, name)),
    { inputs, fs, ...(options.signal ? { signal: options.signal } : {}) },
  );
  const written: { name: string; kind: OutputKind | "log"; path: string; bytes: number }[] = [];
  const total = result.records.length;
  try {
    if (options.profile) {
      const others = (await fs.readdir(abs)).filter(
        (name) => !name.startsWith(".") && !MERGE_FILES.includes(name),
      );
      if (others.length > 0) {
        throw new LinliError("output.notOnly", { dir: abs, files: others.slice(0, 5).join(", ") });
      }
    }
    for (const f of files) {
      options.onProgress?.({ stage: "write", done: 0, total, detail: f.name });
      const path = join(abs, f.name);
      const bytes = await out.write(path, f.chunks());
      written.push({ name: f.name, kind: f.kind, path, bytes });
      options.onProgress?.({ stage: "write", done: total, total, detail: f.name });
    }
    const names = new Set(written.map((w) => w.name));
    await out.commit(MERGE_FILES.filter((n) => !names.has(n)).map((n) => join(abs, n)));
  } catch (e) {
    await out.abort();
    throw e;
  }
  return { dir: abs, files: written };
}

/**
 * What `writeMatchOutputs` wrote: the folder and each file with its size.
 *
 * @example
 * ```ts
 * import type { WrittenMatchOutputs } from "linli/node";
 * const w: WrittenMatchOutputs = { dir: "/tmp/plan", files: [] };
 * ```
 */
export interface WrittenMatchOutputs {
  /** The folder, as an absolute path. */
  readonly dir: string;
  readonly files: readonly {
    readonly name: string;
    readonly kind: MatchOutputKind;
    readonly path: string;
    readonly bytes: number;
  }[];
}

/**
 * Options of {@link writeMatchOutputs}: those of `matchOutputFiles`, and where and how the
 * files are written.
 *
 * @example
 * ```ts
 * import type { WriteMatchOutputsOptions } from "linli/node";
 * const options: WriteMatchOutputsOptions = { lang: "zh-CN", inputs: ["需求.xlsx"] };
 * ```
 */
export interface WriteMatchOutputsOptions extends MatchOutputOptions {
  /** Files the run read, which must never be overwritten. */
  readonly inputs?: readonly string[];
  /** Stops the writing; the folder is left as it was (`LinliError` `output.interrupted`). */
  readonly signal?: AbortSignal;
  /** The file operations to use (default `node:fs/promises`). */
  readonly fs?: OutputFs;
  /** Called before each file is written, with its name. */
  readonly onFile?: (name: string, index: number, total: number) => void;
}

/** Every file name a match plan writes at the top of its folder. */
const MATCH_FILES: readonly string[] = [
  "allocations.csv",
  "allocations.xlsx",
  "allocations.json",
  "tasks.xlsx",
  "tasks.json",
  "unmet.csv",
  "unmet.xlsx",
  "rollup.xlsx",
  "rollup.html",
  "needs.json",
  "stock.json",
  "run.json",
  "issues.json",
];

/**
 * Write the files of a match plan (`matchOutputFiles`) into a folder, delivery sheets in its
 * `sheets/` folder. All or nothing, as `writeMergeOutputs`: every file is written under a
 * temporary name and renamed into place when all are complete; delivery sheets of an earlier
 * plan in the folder that this one does not write are removed, so the folder holds one plan.
 * An output that is one of `inputs` is refused: write the next plan into a new folder.
 *
 * @example
 * ```ts
 * import { match } from "@linli/match";
 * import { writeMatchOutputs } from "linli/node";
 * const plan = match({ needs: [] }, { asOf: "2022-01-05T08:00:00+08:00" });
 * const { files } = await writeMatchOutputs(plan, "配送计划");
 * ```
 */
export async function writeMatchOutputs(
  plan: MatchPlan,
  dir: string,
  options: WriteMatchOutputsOptions = {},
): Promise<WrittenMatchOutputs> {
  checkArgument(
    typeof plan === "object" && plan !== null && "run" in plan && "allocations" in plan,
    "writeMatchOutputs",
    "plan",
    "options",
    plan,
  );
  checkArgument(typeof dir === "string" && dir !== "", "writeMatchOutputs", "dir", "text", dir);
  checkArgument(isOptions(options), "writeMatchOutputs", "options", "options", options);
  const abs = resolve(dir);
  const fs = options.fs ?? nodeFs;
  const files = matchOutputFiles(plan, options);
  const out = await openOutputs(
    files.map((f) => join(abs, f.name)),
    { inputs: options.inputs ?? [], fs, ...(options.signal ? { signal: options.signal } : {}) },
  );
  const written: WrittenMatchOutputs["files"][number][] = [];
  try {
    for (const [i, f] of files.entries()) {
      options.onFile?.(f.name, i, files.length);
      const path = join(abs, f.name);
      const bytes = await out.write(path, f.chunks());
      written.push({ name: f.name, kind: f.kind, path, bytes });
    }
    const names = new Set(files.map((f) => f.name));
    let earlier: string[] = [];
    try {
      earlier = (await fs.readdir(join(abs, "sheets")))
        .filter((n) => /\.(xlsx|html)$/.test(n))
        .map((n) => `sheets/${n}`);
    } catch {
      // No sheets folder yet.
    }
    const stale = [...MATCH_FILES, ...earlier].filter((n) => !names.has(n));
    await out.commit(stale.map((n) => join(abs, n)));
  } catch (e) {
    await out.abort();
    throw e;
  }
  return { dir: abs, files: written };
}

export * from "./index.js";
export type { OutputFs } from "./write/output-fs.js";
export {
  type OpenOutputsOptions,
  type OutputSet,
  openOutputs,
} from "./write/output-set.js";
