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

describe("the main entry is browser-safe", () => {
  it("imports no Node built-in outside src/node.ts", () => {
    const offenders = sources(root)
      .filter((f) => !f.endsWith("/node.ts"))
      .filter((f) =>
        /from\s+["']node:|require\(["']node:|from\s+["'](fs|path|stream|os|url|buffer)["']/.test(
          readFileSync(f, "utf8"),
        ),
      );
    expect(offenders).toEqual([]);
  });

  it("index.ts does not re-export node.ts", () => {
    expect(readFileSync(`${root}index.ts`, "utf8")).not.toMatch(/["']\.\/node\.js["']/);
  });
});
