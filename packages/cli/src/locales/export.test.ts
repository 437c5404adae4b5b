import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { templateParams } from "@linli/core";
import { describe, expect, it } from "vitest";
import { exportEn } from "./en/export.js";
import { exportZhCN } from "./zh-CN/export.js";

describe("texts of linli convert, template and report", () => {
  it("have the same codes and placeholders in zh-CN and en", () => {
    expect(Object.keys(exportZhCN).sort()).toEqual(Object.keys(exportEn).sort());
    const names = (t: string) => templateParams(t);
    for (const k of Object.keys(exportEn) as (keyof typeof exportEn)[]) {
      expect([k, names(exportZhCN[k])]).toEqual([k, names(exportEn[k])]);
    }
  });

  it("are all used", () => {
    const dir = fileURLToPath(new URL("../", import.meta.url));
    const files = [
      "commands/convert.ts",
      "commands/report.ts",
      "commands/template.ts",
      "commands/xlsform.ts",
      "data-files.ts",
      "export-io.ts",
      "profile-option.ts",
    ];
    const all = files.map((f) => readFileSync(`${dir}${f}`, "utf8")).join("\n");
    expect(readdirSync(`${dir}commands`)).toEqual(
      expect.arrayContaining(["convert.ts", "report.ts", "template.ts", "xlsform.ts"]),
    );
    expect(Object.keys(exportEn).filter((k) => !all.includes(`"${k}"`))).toEqual([]);
  });
});
