import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/effect.ts", "src/testing.ts", "src/divisions.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
});
