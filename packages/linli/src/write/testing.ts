// Faults injected into the file operations of outputs, for tests (also the CLI's fuzz test).
import * as fsp from "node:fs/promises";
import type { OutputFs } from "./output-fs.js";

/** A file-system error as Node raises it. */
export const fsError = (code: string, op = "write") =>
  Object.assign(new Error(`${code}: injected fault, ${op}`), { code });

/**
 * The real file operations, except that the `n`-th write to a file (counting from 1) fails
 * with `code`; `n` = 0 never fails. Every file opened for writing counts.
 */
export function failingWrites(n: number, code = "ENOSPC"): OutputFs & { writes(): number } {
  let count = 0;
  const open = (async (...args: Parameters<typeof fsp.open>) => {
    const fh = await fsp.open(...args);
    const write = fh.write.bind(fh) as (...a: unknown[]) => Promise<unknown>;
    return Object.assign(fh, {
      write: async (...a: unknown[]) => {
        count++;
        if (count === n) throw fsError(code);
        return write(...a);
      },
    });
  }) as OutputFs["open"];
  return { ...fsp, open, writes: () => count };
}

/**
 * The real file operations, except that the `n`-th rename fails, and the `times - 1` after it
 * (a crash while committing, or a disk that keeps failing).
 */
export function failingRenames(n: number, code = "EIO", times = 1): OutputFs {
  let count = 0;
  return {
    ...fsp,
    rename: async (from, to) => {
      count++;
      if (count >= n && count < n + times) throw fsError(code, "rename");
      return fsp.rename(from, to);
    },
  };
}
