import { templateParams } from "@linli/core";
import { describe, expect, it } from "vitest";
import { normalize as en } from "../locales/en/normalize.js";
import { normalize as zhCN } from "../locales/zh-CN/normalize.js";

const placeholders = (template: string) => templateParams(template);

describe("normalize messages", () => {
  it("exist in zh-CN and en for the same codes", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])(
    "%s uses the same placeholders in both",
    (code) => {
      expect(placeholders(zhCN[code])).toEqual(placeholders(en[code]));
      expect(zhCN[code]).toMatch(/[\u4e00-\u9fff]/);
    },
  );
});
