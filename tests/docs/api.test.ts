import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entryPoints } from "../../scripts/docs/bundle-size.js";
import { repo } from "./markdown.js";

// The API reference (`pnpm run docs`, typedoc.json) covers every entry point that a package's
// exports map offers, and fails on undocumented exports; `pnpm run docs:check` runs it in CI.
const config = JSON.parse(readFileSync(join(repo, "typedoc.json"), "utf8"));

describe("typedoc.json", () => {
  it("documents every entry point of every public package, and nothing else", () => {
    const sources = entryPoints().map(({ entry }) => {
      const [, pkg, sub] = /^(?:@linli\/)?([^/]+)(?:\/(.+))?$/.exec(entry)!;
      return `packages/${pkg}/src/${sub ?? "index"}.ts`;
    });
    expect([...config.entryPoints].sort()).toEqual(sources.sort());
    for (const s of sources) expect(existsSync(join(repo, s)), s).toBe(true);
  });

  it("turns warnings about undocumented exports into errors", () => {
    expect(config.treatWarningsAsErrors).toBe(true);
    expect(config.validation.notDocumented).toBe(true);
    expect(config.requiredToBeDocumented).toEqual(
      expect.arrayContaining(["Function", "Class", "Variable", "Interface", "TypeAlias", "Method"]),
    );
    const names = entryPoints().map((e) => e.pkg.name);
    expect([...config.packagesRequiringDocumentation].sort()).toEqual([...new Set(names)].sort());
  });
});
