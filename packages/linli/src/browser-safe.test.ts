import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL(".", import.meta.url));
const NODE_IMPORT =
  /from\s+["']node:|require\(["']node:|from\s+["'](fs|path|stream|os|url|readline)["']/;

/** Source files an entry loads, following relative imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)\.js["']/g)) {
      visit(fileURLToPath(new URL(`${m[1]}.ts`, `file://${file}`)));
    }
  };
  visit(`${root}${entry}`);
  return seen;
}

describe("linli's main entry is browser-safe", () => {
  it("loads no module that imports a Node built-in; linli/node does", () => {
    const main = [...reachable("index.ts")];
    expect(main.length).toBeGreaterThan(10);
    expect(main.filter((f) => NODE_IMPORT.test(readFileSync(f, "utf8")))).toEqual([]);
    expect([...reachable("node.ts")].some((f) => NODE_IMPORT.test(readFileSync(f, "utf8")))).toBe(
      true,
    );
  });
});
