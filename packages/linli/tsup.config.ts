import { defineConfig } from "tsup";

export default defineConfig({
  entry: [
    "src/index.ts",
    "src/node.ts",
    "src/core.ts",
    "src/adapters.ts",
    "src/dedupe.ts",
    "src/privacy.ts",
    "src/match.ts",
  ],
  format: ["esm"],
  dts: true,
  clean: true,
  treeshake: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
});
