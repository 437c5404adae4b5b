import { templateParams } from "@linli/core";
import { describe, expect, it } from "vitest";
import { exportEn } from "./export.en.js";
import { exportZhCN } from "./export.zh-CN.js";
import { sourceText } from "./source-text.js";

describe("export, template and report texts", () => {
  it("has the same codes in zh-CN and en, each non-empty", () => {
    expect(Object.keys(exportZhCN).sort()).toEqual(Object.keys(exportEn).sort());
    for (const t of [...Object.values(exportZhCN), ...Object.values(exportEn)]) {
      expect(typeof t === "string" && t.length > 0).toBe(true);
    }
  });

  it("uses the same placeholders in both languages", () => {
    const names = (t: unknown) => templateParams(String(t));
    for (const k of Object.keys(exportEn) as (keyof typeof exportEn)[]) {
      expect([k, names(exportZhCN[k])]).toEqual([k, names(exportEn[k])]);
    }
  });

  it("has no code that nothing uses", () => {
    const all = sourceText();
    // Codes built from a prefix (`template.col.${h}`, `report.kind.${k}`, `hsds.identifier.${s}`) count by prefix.
    const used = (k: string) =>
      all.includes(`"${k}"`) ||
      ["template.col.", "report.kind.", "hsds.identifier."].some(
        (p) => k.startsWith(p) && all.includes(`\`${p}\${`),
      );
    expect(Object.keys(exportEn).filter((k) => !used(k))).toEqual([]);
  });
});
