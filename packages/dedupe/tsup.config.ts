import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/benchmark.ts", "src/sql.ts", "src/duckdb.ts"],
  external: ["@duckdb/node-api", "@linli/dedupe/duckdb"],
  format: ["esm"],
  dts: true,
  clean: true,
  treeshake: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
});
