import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { offline, strictCsp } from "./build/plugins.js";

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The page is built from the workspace sources (the root tsconfig's paths), so it never
// depends on a stale build of another package.
const paths: Record<string, string[]> = JSON.parse(readFileSync(at("../../tsconfig.json"), "utf8"))
  .compilerOptions.paths;
const alias = Object.entries(paths)
  .sort(([a], [b]) => b.length - a.length)
  .map(([key, [target]]) => {
    const abs = at(`../../${String(target).replace(/^\.\//, "")}`);
    const escaped = key.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    return key.endsWith("/*")
      ? { find: new RegExp(`^${escaped.slice(0, -4)}/(.+)$`), replacement: abs.replace("*", "$1") }
      : { find: new RegExp(`^${escaped}$`), replacement: abs };
  });

export default defineConfig({
  root: at("."),
  // Relative URLs: the built folder works from any path of any static host.
  base: "./",
  plugins: [react(), strictCsp(), offline()],
  resolve: {
    alias: [{ find: "@linli/react/styles.css", replacement: at("../react/styles.css") }, ...alias],
    dedupe: ["react", "react-dom", "zod"],
  },
  worker: { format: "es" },
  build: {
    outDir: at("dist"),
    emptyOutDir: true,
    target: "es2022",
    // One page that holds the whole SDK: its size is measured in bench/workbench instead.
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
    // Reading the worker's URL takes a few seconds on a busy machine; that is no problem.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  logLevel: "warn",
});
