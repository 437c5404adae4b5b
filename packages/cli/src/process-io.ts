import type { Io } from "./command.js";

/**
 * The {@link Io} of the running process: its streams, terminal, folder and environment, and
 * SIGINT/SIGTERM for the commands that write.
 *
 * @example
 * ```ts
 * import { main, processIo } from "@linli/cli";
 * process.exitCode = await main(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    env: process.env,
    onInterrupt(listener) {
      process.on("SIGINT", listener);
      process.on("SIGTERM", listener);
      return () => {
        process.off("SIGINT", listener);
        process.off("SIGTERM", listener);
      };
    },
  };
}
