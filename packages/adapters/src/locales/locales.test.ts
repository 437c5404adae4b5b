import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { en } from "./en.js";
import { zhCN } from "./zh-CN.js";

const src = fileURLToPath(new URL("../", import.meta.url));
const code = (dir: string): string =>
  readdirSync(dir, { withFileTypes: true })
    .map((d) =>
      d.isDirectory()
        ? d.name === "locales"
          ? ""
          : code(`${dir}${d.name}/`)
        : d.name.endsWith(".ts") && !d.name.endsWith(".test.ts")
          ? readFileSync(`${dir}${d.name}`, "utf8")
          : "",
    )
    .join("\n");

describe("adapter messages", () => {
  it("has the same codes in zh-CN and en, each non-empty", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const t of [...Object.values(zhCN), ...Object.values(en)])
      expect(t.length).toBeGreaterThan(0);
  });

  it("uses the same placeholders in both languages", () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(en) as (keyof typeof en)[])
      expect([k, names(zhCN[k])]).toEqual([k, names(en[k])]);
  });

  it("has no code that nothing emits", () => {
    const all = code(src);
    expect(Object.keys(en).filter((k) => !all.includes(`"${k}"`))).toEqual([]);
  });
});
