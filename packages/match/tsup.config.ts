import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/fair.ts", "src/benchmark.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  treeshake: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
  external: ["highs"],
});
