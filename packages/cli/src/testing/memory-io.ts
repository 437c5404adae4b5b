import type { Io } from "../command.js";

/** Where a command runs in a test: what it writes is kept, nothing reaches the terminal. */
export interface MemoryIoOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly isTTY?: boolean;
}

/** An {@link Io} for tests, with what the command wrote to stdout and stderr. */
export function memoryIo(options: MemoryIoOptions = {}): {
  io: Io;
  out: () => string;
  err: () => string;
} {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    isTTY: options.isTTY ?? false,
    cwd: options.cwd ?? process.cwd(),
    env: { ...options.env },
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}
