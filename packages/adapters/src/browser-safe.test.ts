import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL(".", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sources(`${dir}${d.name}/`)
      : d.name.endsWith(".ts") && !d.name.endsWith(".test.ts")
        ? [`${dir}${d.name}`]
        : [],
  );
}

const NODE_IMPORT =
  /from\s+["']node:|require\(["']node:|from\s+["'](fs|path|stream|os|url|buffer|worker_threads)["']/;

/** Source files the main entry loads, following relative imports from index.ts. */
function reachable(): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)\.js["']/g)) {
      visit(fileURLToPath(new URL(`${m[1]}.ts`, `file://${file}`)));
    }
  };
  visit(`${root}index.ts`);
  return seen;
}

describe("the main entry is browser-safe", () => {
  it("loads no module that imports a Node built-in", () => {
    const all = sources(root);
    const loaded = reachable();
    // Every source file is found, so none escapes the walk by a path it does not follow.
    expect([...loaded].filter((f) => !all.includes(f))).toEqual([]);
    const offenders = [...loaded].filter((f) => NODE_IMPORT.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("keeps Node built-ins to node.ts and the modules only it loads", () => {
    const loaded = reachable();
    const nodeOnly = sources(root).filter((f) => NODE_IMPORT.test(readFileSync(f, "utf8")));
    expect(nodeOnly.filter((f) => loaded.has(f))).toEqual([]);
    expect(nodeOnly.length).toBeGreaterThan(0);
  });

  it("index.ts does not re-export node.ts", () => {
    expect(readFileSync(`${root}index.ts`, "utf8")).not.toMatch(/["']\.\/node\.js["']/);
  });
});
