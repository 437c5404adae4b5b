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
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { EntityName } from "@linli/core";
import { isMergeResult } from "@linli/dedupe";
import { mergeInputs } from "./merge/merge.js";
import type { Opened } from "./merge/read-source.js";
import type { MergeInput, MergeOptions, MergeResult } from "./merge/types.js";
import { LinliError } from "./messages.js";
import { type MergeOutputOptions, mergeOutputFiles, type OutputKind } from "./outputs/files.js";
import { expandMergeResult, parseMergeResult, refuseShared } from "./outputs/json.js";

const MERGED = /^\s*\{\s*"format"\s*:\s*"linli-merge"/;
/** Files up to this size are parsed whole; larger ones line by line. */
const WHOLE = 64 * 1024 * 1024;

function fsError(e: unknown, path: string): LinliError {
  const code = (e as { code?: string }).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new LinliError("input.notFound", { path });
  if (code === "EISDIR") return new LinliError("input.isFolder", { path });
  return new LinliError("input.unreadable", { path, detail: code ?? String(e) });
}

/**
 * Read a `merged.json` written by {@link writeMergeOutputs}, to merge new files into it.
 * Files over `maxWhole` bytes (default 64 MB) are read line by line, so that size is no limit.
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
  options: { readonly maxWhole?: number } = {},
): Promise<MergeResult> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw fsError(e, path);
  }
  if (size <= (options.maxWhole ?? WHOLE))
    return parseMergeResult(await readFile(path, "utf8"), path);
  return readByLines(path);
}

const SECTIONS = ["records", "clusters", "conflicts", "issues"] as const;

/**
 * A large `merged.json`, one line at a time: `writeMergeOutputs` puts the head fields on the
 * first lines and every record, cluster, conflict and issue on a line of its own, so no string
 * ever holds the whole file (V8's strings stop at about 512 MB).
 */
async function readByLines(path: string): Promise<MergeResult> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: "utf8" }),
    crlfDelay: Infinity,
  });
  const head: string[] = [];
  const lists: Record<(typeof SECTIONS)[number], unknown[]> = {
    records: [],
    clusters: [],
    conflicts: [],
    issues: [],
  };
  let section: (typeof SECTIONS)[number] | undefined;
  let n = 0;
  try {
    for await (const raw of lines) {
      n++;
      const line = raw.trim();
      const open = /^(?:\],)?"(records|clusters|conflicts|issues)":\[$/.exec(line);
      if (open) {
        section = open[1] as (typeof SECTIONS)[number];
        continue;
      }
      if (!section) {
        head.push(line);
        continue;
      }
      if (line === "]," || line === "]}" || line === "]" || line === "") continue;
      lists[section].push(JSON.parse(line.endsWith(",") ? line.slice(0, -1) : line));
    }
  } catch (e) {
    throw new LinliError("merge.mergedJson", {
      file: path,
      detail: `line ${n}: ${(e as Error).message}`,
    });
  }
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(`${head.join("").replace(/,$/, "")}}`);
  } catch (e) {
    throw new LinliError("merge.mergedJson", { file: path, detail: (e as Error).message });
  }
  const value = { ...fields, ...lists };
  refuseShared(value, path);
  if (!isMergeResult(value))
    throw new LinliError("merge.mergedJson", { file: path, detail: "format" });
  return expandMergeResult(value as MergeResult);
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
 * NDJSON, survey exports) and `merged.json` files of earlier merges. A source's name is its
 * file name without the extension unless given.
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
  return mergeInputs(inputs, options, openPath);
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
 * Write a merge's outputs into a folder (created when missing): `merged.csv` (UTF-8 with a
 * BOM, for Excel), `merged.xlsx`, `merged.json` (everything, for later merges),
 * `clusters.json` (source rows behind each record), `issues.json` (rejected and warned rows)
 * and `report.html`; with a sharing `profile`, every one of them through it and
 * `export-log.json` beside them. Every output of a merge is written here and nowhere else, so
 * that settings that apply to all of them (a sharing profile, an export log) have one place.
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
  options: MergeOutputOptions = {},
): Promise<WrittenOutputs> {
  const abs = resolve(dir);
  try {
    await mkdir(abs, { recursive: true });
    if (!(await stat(abs)).isDirectory()) throw new LinliError("output.notFolder", { dir });
  } catch (e) {
    if (e instanceof LinliError) throw e;
    const code = (e as { code?: string }).code;
    throw code === "EEXIST" || code === "ENOTDIR"
      ? new LinliError("output.notFolder", { dir })
      : new LinliError("output.unwritable", { dir, detail: code ?? String(e) });
  }
  const files = mergeOutputFiles(result, options);
  const written: { name: string; kind: OutputKind | "log"; path: string; bytes: number }[] = [];
  const total = result.records.length;
  for (const f of files) {
    options.onProgress?.({ stage: "write", done: 0, total, detail: f.name });
    const path = join(abs, f.name);
    const bytes = await writeChunks(path, f.chunks(), dir);
    written.push({ name: f.name, kind: f.kind, path, bytes });
    options.onProgress?.({ stage: "write", done: total, total, detail: f.name });
  }
  return { dir: abs, files: written };
}

async function writeChunks(
  path: string,
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  dir: string,
): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const failed = new Promise<never>((_, reject) => {
    out.on("error", (e) =>
      reject(
        new LinliError("output.unwritable", {
          dir,
          detail: (e as { code?: string }).code ?? e.message,
        }),
      ),
    );
  });
  failed.catch(() => {});
  for await (const c of chunks) {
    const buf = typeof c === "string" ? Buffer.from(c, "utf8") : c;
    bytes += buf.length;
    if (!out.write(buf)) {
      await Promise.race([new Promise<void>((r) => out.once("drain", () => r())), failed]);
    }
  }
  await Promise.race([new Promise<void>((r) => out.end(r)), failed]);
  return bytes;
}

export * from "./index.js";
