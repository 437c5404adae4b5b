import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsNode, reachable, sources } from "../../../tests/support/browser-safe.js";

const root = fileURLToPath(new URL(".", import.meta.url));

describe("the main entry is browser-safe", () => {
  it("loads no module that imports a Node built-in", () => {
    const all = sources(root);
    const loaded = reachable(`${root}index.ts`);
    // Every source file is found, so none escapes the walk by a path it does not follow.
    expect([...loaded].filter((f) => !all.includes(f))).toEqual([]);
    const offenders = [...loaded].filter(importsNode);
    expect(offenders).toEqual([]);
  });

  it("keeps Node built-ins to node.ts and the modules only it loads", () => {
    const loaded = reachable(`${root}index.ts`);
    const nodeOnly = sources(root).filter(importsNode);
    expect(nodeOnly.filter((f) => loaded.has(f))).toEqual([]);
    expect(nodeOnly.length).toBeGreaterThan(0);
  });

  it("index.ts does not re-export node.ts", () => {
    expect(readFileSync(`${root}index.ts`, "utf8")).not.toMatch(/["']\.\/node\.js["']/);
  });
});
