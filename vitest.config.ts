import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { SkipReporter } from "./tests/support/skip-reporter.js";

// Tests import packages by their public names; tsconfig `paths` is the one map from those
// names to source files, so aliases are derived from it instead of written twice.
const root = fileURLToPath(new URL(".", import.meta.url));
const paths: Record<string, string[]> = JSON.parse(
  readFileSync(new URL("./tsconfig.json", import.meta.url), "utf8"),
).compilerOptions.paths;

const alias = Object.entries(paths)
  // Longest keys first so `@linli/core/testing` wins over `@linli/core`.
  .sort(([a], [b]) => b.length - a.length)
  .map(([key, [target]]) => {
    const abs = `${root}${String(target).replace(/^\.\//, "")}`;
    if (key.endsWith("/*")) {
      const prefix = key.slice(0, -2).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      return { find: new RegExp(`^${prefix}/(.+)$`), replacement: abs.replace("*", "$1") };
    }
    return {
      find: new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`),
      replacement: abs,
    };
  });

export default defineConfig({
  resolve: { alias },
  test: {
    include: [
      "packages/*/src/**/*.test.{ts,tsx}",
      "tests/**/*.test.{ts,tsx}",
      "scripts/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/dist/**"],
    // Library defaults follow the system language; the suite runs as on a Chinese system, the
    // users' first language, whatever the machine's locale. English is asked for explicitly.
    env: { LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "threads",
    // Tests skipped for a missing program (tests/support/tools.ts) are listed after the run.
    reporters: ["default", new SkipReporter()],
  },
});
