// `--engine`, `--memory-limit`, `--work-dir` and `--pairs` of `linli merge`: where the linkage runs.
import { resolve } from "node:path";
import { CommandLineError, type Context, type OptionSpec } from "./command.js";
import { lk } from "./locales/link.js";
import { vm } from "./locales/validate-merge.js";

/** `--engine memory|duckdb`, `--memory-limit` (DuckDB's, like 8GB), `--pairs` (from Spark). */
export const ENGINE_OPTIONS = {
  engine: { type: "string", choices: ["memory", "duckdb"] },
  "memory-limit": { type: "string", example: "8GB" },
  "work-dir": { type: "string", example: "/data/linli-work" },
  pairs: { type: "string", example: "spark-plan" },
} as const satisfies OptionSpec;

const AMOUNT = /^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)\s*$/i;

/** The `dedupe` options these flags ask for (none for the default engine). */
export function engineOption(ctx: Context): {
  readonly engine?: "memory" | "duckdb";
  readonly duckdb?: {
    readonly memoryLimit?: string;
    readonly directory?: string;
    readonly pairs?: string;
  };
} {
  const pairs = ctx.values.pairs as string | undefined;
  if (pairs !== undefined && ctx.values.engine === "memory") {
    throw new CommandLineError(lk("err.pairsEngine"));
  }
  // Pairs from Spark are read, clustered and explained by the DuckDB engine.
  const engine =
    pairs !== undefined ? "duckdb" : (ctx.values.engine as "memory" | "duckdb" | undefined);
  const limit = ctx.values["memory-limit"] as string | undefined;
  if (limit !== undefined && engine !== "duckdb") {
    throw new CommandLineError(vm("err.memoryLimitEngine", { value: limit }));
  }
  const workDir = ctx.values["work-dir"] as string | undefined;
  if (workDir !== undefined && engine !== "duckdb") {
    throw new CommandLineError(vm("err.workDirEngine", { value: workDir }));
  }
  if (limit !== undefined && !AMOUNT.test(limit)) {
    throw new CommandLineError(vm("err.memoryLimit", { value: limit }));
  }
  return {
    ...(engine ? { engine } : {}),
    ...(limit !== undefined || pairs !== undefined || workDir !== undefined
      ? {
          duckdb: {
            ...(limit !== undefined ? { memoryLimit: limit.trim() } : {}),
            ...(workDir !== undefined ? { directory: resolve(ctx.io.cwd, workDir) } : {}),
            ...(pairs !== undefined ? { pairs: resolve(ctx.io.cwd, pairs) } : {}),
          },
        }
      : {}),
  };
}
