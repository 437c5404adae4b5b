import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { templateParams } from "@linli/core";
import { describe, expect, it } from "vitest";
import { en } from "./locales/en.js";
import { zhCN } from "./locales/zh-CN.js";
import { privacyMessage } from "./messages.js";

const placeholders = (t: string) => templateParams(t);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "locales" ? [] : sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [readFileSync(path, "utf8")] : [];
  });
}

describe("message catalogues", () => {
  it("have the same codes and placeholders in zh-CN and en", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const [code, template] of Object.entries(en)) {
      expect(placeholders(zhCN[code as keyof typeof zhCN]), code).toEqual(placeholders(template));
    }
  });

  it("has no code that the package never uses", () => {
    const code = sources(fileURLToPath(new URL(".", import.meta.url))).join("\n");
    for (const key of Object.keys(en)) {
      const family = key.replace(/\.[^.]+$/, ".${");
      const used = code.includes(`"${key}"`) || code.includes(`\`${family}`);
      expect(used, key).toBe(true);
    }
  });

  it("renders localized parameters in each locale", () => {
    const m = privacyMessage("label.area", {
      label: { "zh-CN": "详细地址", en: "Address" },
      level: privacyMessage("level.building"),
    });
    expect(m).toEqual({ "zh-CN": "详细地址（至楼栋）", en: "Address (to building)" });
  });
});
