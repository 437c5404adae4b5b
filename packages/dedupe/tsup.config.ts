import { defineConfig } from "tsup";

const api = {
  index: "src/index.ts",
  benchmark: "src/benchmark.ts",
  sql: "src/sql.ts",
  duckdb: "src/duckdb.ts",
};

export default defineConfig({
  // normalize-worker: the script of the threads that normalise records for the DuckDB engine
  // (src/duckdb/threads.ts loads it from next to the module that starts them).
  entry: {
    ...api,
    "normalize-worker": "src/duckdb/normalize-worker.ts",
    "compare-worker": "src/duckdb/compare-worker.ts",
    "frequency-worker": "src/duckdb/frequency-worker.ts",
  },
  external: ["@duckdb/node-api", "@linli/dedupe/duckdb"],
  format: ["esm"],
  // Types for the entry points of the exports map only: the worker is no API.
  dts: { entry: api },
  clean: true,
  treeshake: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
});
