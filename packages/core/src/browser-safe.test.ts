import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsNode, reachable, sources } from "../../../tests/support/browser-safe.js";

const root = fileURLToPath(new URL(".", import.meta.url));
const browserEntries = ["index.ts", "effect.ts", "testing.ts", "divisions.ts"];

describe("core's browser entries stay browser-safe", () => {
  it("load no module that imports a Node built-in", () => {
    for (const entry of browserEntries) {
      const offenders = [...reachable(`${root}${entry}`)].filter(importsNode);
      expect(offenders, entry).toEqual([]);
    }
  });

  it("keep the Node-only helpers to node.ts and the modules only it loads", () => {
    const nodeOnly = sources(root).filter(importsNode);
    expect(nodeOnly.length).toBeGreaterThan(0);
    expect([...reachable(`${root}node.ts`)].filter(importsNode).sort()).toEqual(nodeOnly.sort());
    for (const entry of browserEntries)
      expect(readFileSync(`${root}${entry}`, "utf8"), entry).not.toMatch(/["']\.\/node(\/|\.js)/);
  });
});
