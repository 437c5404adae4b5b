import { describe, expect, it } from "vitest";
import { en } from "../locales/en/index.js";
import { zhCN } from "../locales/zh-CN/index.js";
import { issue, message } from "./message.js";

describe("message", () => {
  it("renders placeholders in every locale", () => {
    const m = message("schema.required", { field: "姓名" });
    expect(m["zh-CN"]).toBe("姓名为必填项");
    expect(m.en).toBe("姓名 is required");
  });

  it("keeps unknown placeholders visible instead of printing undefined", () => {
    expect(message("schema.required").en).toBe("{field} is required");
  });

  it("builds issues with severity, params and path", () => {
    const i = issue("schema.required", "warning", { field: "name" }, ["name"]);
    expect(i).toMatchObject({ code: "schema.required", severity: "warning", path: ["name"] });
    expect(i.params).toEqual({ field: "name" });
  });

  it("has the same codes in zh-CN and en, each non-empty", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const t of [...Object.values(zhCN), ...Object.values(en)]) {
      expect(typeof t === "function" || t.length > 0).toBe(true);
    }
  });
});
