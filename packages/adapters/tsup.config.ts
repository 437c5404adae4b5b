import { defineConfig } from "tsup";

export default defineConfig({
  // import-worker: the script of the threads that import large CSV files (src/import/threads.ts
  // loads it from next to the module that starts them).
  entry: { index: "src/index.ts", node: "src/node.ts", "import-worker": "src/import/worker.ts" },
  format: ["esm"],
  // Types for the entry points of the exports map only: the worker is no API.
  dts: { entry: { index: "src/index.ts", node: "src/node.ts" } },
  clean: true,
  treeshake: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
});
