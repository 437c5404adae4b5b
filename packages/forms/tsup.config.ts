import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/xlsform.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  treeshake: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
});
