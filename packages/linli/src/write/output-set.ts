import { basename, dirname, join, resolve } from "node:path";
import { checkArgument, isOptions } from "@linli/core";
import { LinliError } from "../messages.js";
import {
  JOURNAL_FILE,
  type Journal,
  lock,
  recover,
  tempName,
  unlinkIfThere,
  writeNew,
} from "./lock.js";
import { codeOf, nodeFs, type OutputFs } from "./output-fs.js";

/**
 * Options of {@link openOutputs}.
 *
 * @example
 * ```ts
 * import type { OpenOutputsOptions } from "linli/node";
 * const options: OpenOutputsOptions = { inputs: ["居民.csv"], signal: AbortSignal.timeout(60_000) };
 * ```
 */
export interface OpenOutputsOptions {
  /** Files this run reads: none of them may be an output. */
  readonly inputs?: readonly string[];
  /** The file operations to use (default `node:fs/promises`). */
  readonly fs?: OutputFs;
  /**
   * Stops the writing: temporary files are removed, nothing is renamed into place, and the
   * write or commit rejects with a `LinliError` of code `output.interrupted`.
   */
  readonly signal?: AbortSignal;
}

/**
 * Outputs being written: each into a temporary file beside its final name, renamed into
 * place only when every one of them is complete. See {@link openOutputs}.
 *
 * @example
 * ```ts
 * import { openOutputs } from "linli/node";
 * const out = await openOutputs(["结果/居民.csv"]);
 * try {
 *   await out.write("结果/居民.csv", ["姓名\n", "王伟\n"]);
 *   await out.commit();
 * } catch (e) {
 *   await out.abort();
 *   throw e;
 * }
 * ```
 */
export interface OutputSet {
  /** Write one of the outputs (complete and synced, under a temporary name); resolves with its size in bytes. */
  write(
    path: string,
    chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  ): Promise<number>;
  /**
   * Rename every output written into place, remove the `stale` files (outputs of an earlier
   * run that this one does not write), and release the folders.
   */
  commit(stale?: readonly string[]): Promise<void>;
  /** Remove the temporary files and release the folders, which are as they were. */
  abort(): Promise<void>;
}

/** Bytes gathered before each write to the file. */
const BLOCK = 1 << 20;

interface Folder {
  readonly dir: string;
  /** Created by this run: removed again on abort (when empty). */
  readonly created: boolean;
  unlock?: () => Promise<void>;
}

function writeError(e: unknown, dir: string, file: string): LinliError {
  if (e instanceof LinliError) return e;
  const code = codeOf(e);
  if (code === "ENOSPC" || code === "EDQUOT")
    return new LinliError("output.diskFull", { dir, file });
  return new LinliError("output.unwritable", {
    dir,
    detail: code ?? (e as Error)?.message ?? String(e),
  });
}

function interrupted(signal: AbortSignal, dir: string): LinliError {
  const reason = typeof signal.reason === "string" ? signal.reason : "abort";
  return new LinliError("output.interrupted", { signal: reason, dir });
}

/** Device and inode of a file, following links; undefined when it does not exist. */
async function identity(fs: OutputFs, path: string): Promise<string | undefined> {
  try {
    const s = await fs.stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

async function folderOf(fs: OutputFs, dir: string): Promise<Folder> {
  try {
    const s = await fs.stat(dir);
    if (!s.isDirectory()) throw new LinliError("output.notFolder", { dir });
    return { dir, created: false };
  } catch (e) {
    if (e instanceof LinliError) throw e;
    const code = codeOf(e);
    if (code === "ENOTDIR") throw new LinliError("output.notFolder", { dir });
    if (code !== "ENOENT") throw writeError(e, dir, dir);
  }
  let made: string | undefined;
  try {
    made = await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    const code = codeOf(e);
    if (code === "EEXIST" || code === "ENOTDIR") throw new LinliError("output.notFolder", { dir });
    throw writeError(e, dir, dir);
  }
  // Undefined when another run created it at the same moment: then it is not ours to remove.
  return { dir, created: made !== undefined };
}

/** Refuse an output that is a link, a folder, or one of the inputs. */
async function check(fs: OutputFs, path: string, inputs: ReadonlySet<string>): Promise<void> {
  const dir = dirname(path);
  const file = basename(path);
  let s: Awaited<ReturnType<OutputFs["lstat"]>>;
  try {
    s = await fs.lstat(path);
  } catch (e) {
    if (codeOf(e) === "ENOENT") return;
    throw writeError(e, dir, file);
  }
  if (s.isSymbolicLink()) throw new LinliError("output.symlink", { dir, file });
  if (s.isDirectory()) throw new LinliError("output.isFolder", { path });
  if (inputs.has(`${s.dev}:${s.ino}`)) throw new LinliError("output.isInput", { path });
}

/**
 * Open outputs for writing, all or nothing: every output is written to a temporary file in
 * its own folder and synced, and only {@link OutputSet.commit} renames them into place, so
 * that a failed, interrupted or killed run leaves the folders as they were (a run killed
 * while renaming is finished by the next one). Each folder is locked while it is written:
 * a second writer is refused with `output.locked`. An output that is a symbolic link, a
 * folder or one of `inputs` is refused (`output.symlink`, `output.isFolder`,
 * `output.isInput`). Folders are created when missing.
 *
 * @example
 * ```ts
 * import { openOutputs } from "linli/node";
 * const out = await openOutputs(["结果/居民.xlsx", "结果/居民.xlsx.issues.json"], { inputs: ["居民.csv"] });
 * await out.write("结果/居民.xlsx", bytes);
 * await out.commit(["结果/居民.xlsx.issues.json"]); // no problems this time: remove the old list
 * ```
 */
export async function openOutputs(
  paths: readonly string[],
  options: OpenOutputsOptions = {},
): Promise<OutputSet> {
  checkArgument(
    Array.isArray(paths) && paths.every((p) => typeof p === "string" && p !== ""),
    "openOutputs",
    "paths",
    "texts",
    paths,
  );
  checkArgument(isOptions(options), "openOutputs", "options", "options", options);
  const fs = options.fs ?? nodeFs;
  const { signal } = options;
  const declared = new Set(paths.map((p) => resolve(p)));
  const inputPaths = new Set((options.inputs ?? []).map((p) => resolve(p)));
  const inputIds = new Set<string>();
  for (const p of inputPaths) {
    const id = await identity(fs, p);
    if (id) inputIds.add(id);
  }
  for (const p of declared) {
    if (inputPaths.has(p)) throw new LinliError("output.isInput", { path: p });
  }

  const folders = new Map<string, Folder>();
  const release = async () => {
    for (const f of folders.values()) {
      await f.unlock?.().catch(() => {});
      f.unlock = undefined;
    }
  };
  const dirs = [...new Set([...declared].map((p) => dirname(p)))].sort();
  try {
    for (const dir of dirs) {
      for (let attempt = 0; ; attempt++) {
        const folder = await folderOf(fs, dir);
        folders.set(dir, folder);
        try {
          folder.unlock = await lock(fs, dir);
          break;
        } catch (e) {
          // Removed by a run that had just created it and gave up: create it again.
          if (codeOf(e) === "ENOENT" && attempt < 2) continue;
          throw e instanceof LinliError ? e : writeError(e, dir, dir);
        }
      }
    }
    for (const p of declared) await check(fs, p, inputIds);
  } catch (e) {
    await release();
    await removeCreated(fs, folders);
    throw e;
  }

  const temps = new Map<string, string>();
  let state: "open" | "committing" | "done" = "open";

  const abort = async () => {
    if (state === "done") return;
    state = "done";
    for (const tmp of temps.values()) await unlinkIfThere(fs, tmp).catch(() => {});
    temps.clear();
    await release();
    await removeCreated(fs, folders);
  };

  const write: OutputSet["write"] = async (path, chunks) => {
    const target = resolve(path);
    const dir = dirname(target);
    const file = basename(target);
    if (state !== "open") throw new LinliError("output.closed", { path: target });
    if (!declared.has(target)) throw new LinliError("output.undeclared", { path: target });
    if (signal?.aborted) throw interrupted(signal, dir);
    const tmp = join(dir, tempName(file));
    const previous = temps.get(target);
    if (previous) await unlinkIfThere(fs, previous);
    temps.set(target, tmp);
    let fh: Awaited<ReturnType<OutputFs["open"]>>;
    try {
      fh = await fs.open(tmp, "wx");
    } catch (e) {
      temps.delete(target);
      throw writeError(e, dir, file);
    }
    let bytes = 0;
    let failed = true;
    // Whether the file was being written when an error came: an error of the chunks' source
    // (an import stopped by encoding.mixed, limit.rows) is its own, not "cannot write here".
    let writing = true;
    try {
      const mode = await fs.stat(target).then(
        (s) => s.mode & 0o777,
        () => undefined,
      );
      if (mode !== undefined) await fh.chmod(mode).catch(() => {});
      const block = Buffer.allocUnsafe(BLOCK);
      let used = 0;
      const flush = async (buf: Uint8Array) => {
        for (let at = 0; at < buf.length; ) {
          const { bytesWritten } = await fh.write(buf, at, buf.length - at);
          if (bytesWritten <= 0) throw Object.assign(new Error("short write"), { code: "EIO" });
          at += bytesWritten;
        }
        if (signal?.aborted) throw interrupted(signal, dir);
      };
      writing = false;
      for await (const c of chunks) {
        writing = true;
        const buf = typeof c === "string" ? Buffer.from(c, "utf8") : c;
        bytes += buf.length;
        if (used + buf.length > BLOCK) {
          if (used > 0) await flush(block.subarray(0, used));
          used = 0;
          if (buf.length > BLOCK) {
            await flush(buf);
            writing = false;
            continue;
          }
        }
        block.set(buf, used);
        used += buf.length;
        writing = false;
      }
      writing = true;
      if (used > 0) await flush(block.subarray(0, used));
      await fh.sync();
      failed = false;
    } catch (e) {
      throw e instanceof LinliError || !writing || !codeOf(e) ? e : writeError(e, dir, file);
    } finally {
      try {
        await fh.close();
      } catch (e) {
        if (!failed) {
          failed = true;
          // biome-ignore lint/correctness/noUnsafeFinally: a failed close loses the data
          throw writeError(e, dir, file);
        }
      } finally {
        if (failed) {
          temps.delete(target);
          await unlinkIfThere(fs, tmp).catch(() => {});
        }
      }
    }
    return bytes;
  };

  const commit: OutputSet["commit"] = async (stale = []) => {
    if (state !== "open") throw new LinliError("output.closed", { path: dirs[0] ?? "" });
    if (signal?.aborted) {
      const e = interrupted(signal, dirs[0] ?? "");
      await abort();
      throw e;
    }
    state = "committing";
    const staleByDir = new Map<string, string[]>();
    for (const p of stale) {
      const abs = resolve(p);
      if (temps.has(abs)) continue;
      const list = staleByDir.get(dirname(abs)) ?? [];
      list.push(basename(abs));
      staleByDir.set(dirname(abs), list);
    }
    for (const folder of folders.values()) {
      const { dir } = folder;
      const renames: [string, string][] = [];
      for (const [target, tmp] of temps) {
        if (dirname(target) === dir) renames.push([basename(tmp), basename(target)]);
      }
      const journal: Journal = { renames, remove: staleByDir.get(dir) ?? [] };
      const jtmp = join(dir, tempName(JOURNAL_FILE.slice(1)));
      let journaled = false;
      try {
        await writeNew(fs, jtmp, JSON.stringify(journal));
        await fs.rename(jtmp, join(dir, JOURNAL_FILE));
        journaled = true;
        await recover(fs, dir);
        await syncFolder(fs, dir);
      } catch (e) {
        if (!journaled) {
          // Nothing was renamed: the folder stays as it was.
          await unlinkIfThere(fs, jtmp).catch(() => {});
          await abort();
          throw writeError(e, dir, JOURNAL_FILE);
        }
        // The journal decides: finish its renames once more (the error may not repeat); if
        // they fail again, the journal lets the next run in this folder finish them.
        try {
          await recover(fs, dir);
          await syncFolder(fs, dir);
        } catch {
          state = "done";
          await release();
          throw writeError(e, dir, JOURNAL_FILE);
        }
      }
      await folder.unlock?.();
      folder.unlock = undefined;
    }
    temps.clear();
    state = "done";
  };

  return { write, commit, abort };
}

/** Make renames in a folder durable; where folders cannot be opened (Windows) this is a no-op. */
async function syncFolder(fs: OutputFs, dir: string): Promise<void> {
  let fh: Awaited<ReturnType<OutputFs["open"]>> | undefined;
  try {
    fh = await fs.open(dir, "r");
    await fh.sync();
  } catch {
    // Not supported here; the renames still happened.
  } finally {
    await fh?.close().catch(() => {});
  }
}

async function removeCreated(fs: OutputFs, folders: ReadonlyMap<string, Folder>): Promise<void> {
  for (const f of folders.values()) {
    if (f.created) await fs.rmdir(f.dir).catch(() => {});
  }
}
