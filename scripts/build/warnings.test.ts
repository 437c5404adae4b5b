import { describe, expect, it } from "vitest";
import { buildWarnings } from "./warnings.js";

describe("buildWarnings", () => {
  it("finds tsup, esbuild and rollup plugin warnings, not the usual lines", () => {
    const out = [
      "packages/core build: CLI Building entry: src/index.ts",
      "packages/core build: ESM ⚡️ Build success in 1821ms",
      "packages/core build: DTS dist/index.d.ts 4.65 KB",
      'packages/adapters build: [plugin dts] Entry "import-worker.d.ts" still references private shared type exports with no public re-export: BuilderOptions.',
      'packages/x build: ▲ [WARNING] Duplicate key "a" in object literal [duplicate-object-key]',
      "packages/x build: WARN  some option is deprecated",
      "packages/x build: src/a.ts(1,7): error TS2322: Type 'number' is not assignable",
    ].join("\n");
    expect(buildWarnings(out)).toHaveLength(4);
    expect(buildWarnings(out)[0]).toContain("BuilderOptions");
  });
});
