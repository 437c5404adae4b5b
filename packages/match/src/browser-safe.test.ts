import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// @linli/match runs in browsers: no entry loads a Node built-in, and only fair mode (its own
// entry) refers to the optional HiGHS package, through a dynamic import.
const root = fileURLToPath(new URL(".", import.meta.url));
const NODE = /from\s+["']node:|require\(["']node:|from\s+["'](fs|path|os|url|buffer|stream)["']/;

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(
      /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)\.js["']/g,
    ))
      visit(fileURLToPath(new URL(`${m[1]}.ts`, `file://${file}`)));
  };
  visit(`${root}${entry}`);
  return seen;
}

describe("@linli/match is browser-safe", () => {
  it.each(["index.ts", "fair.ts", "benchmark.ts"])("%s loads no Node built-in", (entry) => {
    const offenders = [...reachable(entry)].filter((f) => NODE.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("keeps HiGHS out of the main entry, and loads it lazily in fair mode", () => {
    const highs = /["']highs["']/;
    expect([...reachable("index.ts")].filter((f) => highs.test(readFileSync(f, "utf8")))).toEqual(
      [],
    );
    const users = readdirSync(`${root}fair`).filter((f) =>
      highs.test(readFileSync(`${root}fair/${f}`, "utf8")),
    );
    expect(users).toEqual(["highs.ts"]);
    expect(readFileSync(`${root}fair/highs.ts`, "utf8")).toMatch(
      /await import\(\/\* @vite-ignore \*\/ "highs"\)/,
    );
  });
});
