import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsNode, reachable } from "../../../tests/support/browser-safe.js";

const root = fileURLToPath(new URL(".", import.meta.url));

describe("linli's main entry is browser-safe", () => {
  it("loads no module that imports a Node built-in; linli/node does", () => {
    const main = [...reachable(`${root}index.ts`)];
    expect(main.length).toBeGreaterThan(10);
    expect(main.filter(importsNode)).toEqual([]);
    expect([...reachable(`${root}node.ts`)].some(importsNode)).toBe(true);
  });
});
