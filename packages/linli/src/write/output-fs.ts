import * as fsp from "node:fs/promises";

/**
 * The file operations linli's writers use (a subset of `node:fs/promises`). Pass your own to
 * `writeMergeOutputs` or `openOutputs` to write somewhere else, or to inject faults in tests.
 *
 * @example
 * ```ts
 * import * as fs from "node:fs/promises";
 * import { type OutputFs, writeMergeOutputs } from "linli/node";
 * // Renames fail as on a folder made read-only half-way: the outputs stay as they were.
 * const readOnly: OutputFs = {
 *   ...fs,
 *   rename: async () => {
 *     throw Object.assign(new Error("read-only"), { code: "EROFS" });
 *   },
 * };
 * await writeMergeOutputs(result, "合并结果", { fs: readOnly }); // rejects: output.unwritable
 * ```
 */
export type OutputFs = Pick<
  typeof fsp,
  | "open"
  | "rename"
  | "unlink"
  | "lstat"
  | "stat"
  | "mkdir"
  | "rmdir"
  | "readdir"
  | "readFile"
  | "link"
>;

/** `node:fs/promises` itself. */
export const nodeFs: OutputFs = fsp;

/** The error code of a file-system error, if it has one. */
export const codeOf = (e: unknown): string | undefined =>
  (e as { code?: unknown } | null)?.code as string | undefined;
