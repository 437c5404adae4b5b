import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../scripts/docs/bundle.js";

// Two rules of the packages' language: English messages say "1 row", "2 rows" (a count
// placeholder followed by a plural noun is written with the plural syntax of messageCatalogue,
// {n, plural, one {# row} other {# rows}}), and every default language is the system's
// (systemLocale of @linli/core), never a language written in as a default.

/** Every source file of the packages (tests, builds and dependencies left out). */
function sources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "node_modules" && e.name !== "dist") walk(p);
      } else if (/\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p)) out.push(p);
    }
  };
  walk(join(root, "packages"));
  return out;
}

/** Every English catalogue source of the packages. */
function englishCatalogues(): string[] {
  return sources().filter(
    (p) =>
      p.includes("/locales/") &&
      !p.includes("/zh-CN") &&
      /(^|[/.])en(\/[\w-]+|)\.ts$|\/en\/[\w-]+\.ts$/.test(p),
  );
}

const NOUNS =
  "rows|records|sources|warnings|files|columns|characters|bytes|entries|days|bits|people|errors|fields|conflicts|clusters|sheets|items|values|cells|issues|households|residents|pairs|blocks|duplicates|seconds|minutes|digits|lines|rules|matches|groups|members|volunteers";
// Placeholders that hold a name, not a number ("{entity} records").
const NAMES = new Set(["entity", "found", "file", "field", "kind", "name", "sheet", "label"]);

describe("English messages", () => {
  it("are found", () => {
    const files = englishCatalogues().map((f) => relative(root, f));
    expect(files).toContain("packages/cli/src/locales/en/validate-merge.ts");
    expect(files).toContain("packages/core/src/locales/en/common.ts");
    expect(files).toContain("packages/linli/src/locales/en.ts");
  });

  it("agree every counted noun with its number", () => {
    const bad: string[] = [];
    for (const file of englishCatalogues()) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, i) => {
        for (const m of line.matchAll(new RegExp(`\\{(\\w+)\\} (${NOUNS})\\b`, "g"))) {
          if (!NAMES.has(m[1]!)) bad.push(`${relative(root, file)}:${i + 1}: ${m[0]}`);
        }
      });
    }
    expect(bad, "use {n, plural, one {# row} other {# rows}}").toEqual([]);
  });
});

describe("default languages", () => {
  it("are the system's everywhere: no option defaults to a language of its own", () => {
    const bad: string[] = [];
    // systemLocale itself ends in English when nothing names a language.
    for (const file of sources().filter((f) => !f.endsWith("/system-locale.ts"))) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/^\s*(\*|\/\/)/.test(line)) return;
          if (/(\?\?|(?<![=!<>])=)\s*"(zh-CN|en)"\s*[;,)]/.test(line))
            bad.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(bad, "default to systemLocale() of @linli/core").toEqual([]);
  });
});
