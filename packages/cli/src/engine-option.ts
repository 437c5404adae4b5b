// `--engine` and `--memory-limit` of `linli merge`: where the linkage runs.
import { ArgumentError, type Context, type OptionSpec } from "./command.js";
import { vm } from "./locales/validate-merge.js";

/** `--engine memory|duckdb` and `--memory-limit` (DuckDB's, like 8GB). */
export const ENGINE_OPTIONS = {
  engine: { type: "string", choices: ["memory", "duckdb"] },
  "memory-limit": { type: "string", example: "8GB" },
} as const satisfies OptionSpec;

const AMOUNT = /^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)\s*$/i;

/** The `dedupe` options these flags ask for (none for the default engine). */
export function engineOption(ctx: Context): {
  readonly engine?: "memory" | "duckdb";
  readonly duckdb?: { readonly memoryLimit: string };
} {
  const engine = ctx.values.engine as "memory" | "duckdb" | undefined;
  const limit = ctx.values["memory-limit"] as string | undefined;
  if (limit !== undefined && engine !== "duckdb") {
    throw new ArgumentError(vm("err.memoryLimitEngine", { value: limit }));
  }
  if (limit !== undefined && !AMOUNT.test(limit)) {
    throw new ArgumentError(vm("err.memoryLimit", { value: limit }));
  }
  return {
    ...(engine ? { engine } : {}),
    ...(limit !== undefined ? { duckdb: { memoryLimit: limit.trim() } } : {}),
  };
}
