import { toSimplified } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("toSimplified", () => {
  it.each([
    ["張靜", "张静"],
    ["陝西省西安市雁塔區", "陕西省西安市雁塔区"],
    ["劉德華", "刘德华"],
    ["歐陽娜娜", "欧阳娜娜"],
    ["鄭州市金水區", "郑州市金水区"],
    ["綠地世紀城3號樓2單元301", "绿地世纪城3号楼2单元301"],
    ["衞生服務中心", "卫生服务中心"],
    ["頭髮", "头发"],
    ["乾燥", "干燥"],
    ["乾隆", "乾隆"],
    ["買買提·艾力", "买买提·艾力"],
  ])("%s → %s", (input, expected) => {
    expect(toSimplified(input)).toBe(expected);
  });

  it("leaves simplified text alone", () => {
    for (const s of ["张静", "陕西省西安市雁塔区电子城街道丈八社区", "欧阳娜娜", "买买提·艾力"]) {
      expect(toSimplified(s)).toBe(s);
    }
  });

  it("returns text without Chinese characters unchanged", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(toSimplified(s)).toBe(s);
      }),
    );
  });

  it("is idempotent on mixed text", () => {
    const pieces = fc.constantFrom("張", "靜", "陝", "區", "號", "樓", "张", "a", " ", "3", "·");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const once = toSimplified(parts.join(""));
        expect(toSimplified(once)).toBe(once);
      }),
    );
  });
});
