import { describe, expect, it } from "vitest";
import { chooseHeader, footerKind } from "./header.js";
import { looksLikeValue } from "./value-like.js";

describe("chooseHeader", () => {
  it("skips title rows above the header", () => {
    const rows = [
      ["丈八社区居民登记表"],
      ["", ""],
      ["姓名", "性别", "电话"],
      ["王伟", "男", "13800138000"],
    ];
    expect(chooseHeader(rows)).toMatchObject({ header: 2, data: 3, hashtags: -1 });
  });

  it("prefers a category row's neighbour that is filled like the data", () => {
    const rows = [
      ["", "¿Qué?", "", "¿Quién?"],
      ["Registro", "Sector", "Subsector", "Org"],
      ["001", "WASH", "H", "A"],
    ];
    expect(chooseHeader(rows).header).toBe(1);
  });

  it("uses an HXL hashtag row anywhere in the first rows; its header is the row above", () => {
    const rows = [["t"], ["Org", "Province"], ["#org", "#adm1"], ["A", "Coast"]];
    expect(chooseHeader(rows)).toMatchObject({ header: 1, hashtags: 2, data: 3 });
    expect(chooseHeader(rows, { hxl: "ignore" }).hashtags).toBe(-1);
  });

  it("reports a hashtag row without #", () => {
    expect(
      chooseHeader([
        ["a", "b"],
        ["org+es", "adm1+name"],
      ]).malformed?.index,
    ).toBe(1);
  });

  it("follows a scorer when it finds known fields", () => {
    const rows = [
      ["说明", "说明二", "说明三"],
      ["姓名", "电话", "x"],
      ["王伟", "138", "y"],
    ];
    expect(chooseHeader(rows, { score: (c) => (c.includes("姓名") ? 2 : 0) }).header).toBe(1);
  });
});

describe("footerKind", () => {
  it("recognises totals and notes below the data", () => {
    expect(footerKind(["合计", "", "3人"], 5)).toBe("totals");
    expect(footerKind(["合计：4人"], 5)).toBe("totals");
    expect(footerKind(["Total", "12"], 5)).toBe("totals");
    expect(footerKind(["填表人：赵敏    审核人：孙强"], 5)).toBe("note");
    expect(footerKind(["注：身份证号请填写18位"], 5)).toBe("note");
    expect(footerKind(["王伟", "男", "138"], 5)).toBeUndefined();
    expect(footerKind(["王伟"], 5)).toBeUndefined();
  });
});

describe("files without a header row", () => {
  it("reads a first row holding an ID number or a phone as data", () => {
    const rows = [
      ["王伟", "110101199003077777", "13800138000"],
      ["李娜", "110101198505051234", "13912345678"],
    ];
    expect(chooseHeader(rows)).toEqual({ header: -1, hashtags: -1, data: 0, headerless: true });
  });

  it("keeps title rows above the data out of it, and a real header wins", () => {
    const titled = [
      ["丈八社区登记表"],
      ["王伟", "男", "13800138000"],
      ["李娜", "女", "13912345678"],
    ];
    expect(chooseHeader(titled)).toMatchObject({ header: -1, data: 1, headerless: true });
    const headed = [
      ["名字", "性别", "号码"],
      ["王伟", "男", "13800138000"],
    ];
    expect(chooseHeader(headed)).toEqual({ header: 0, hashtags: -1, data: 1 });
  });

  it("tells values from labels", () => {
    for (const v of [
      "13800138000",
      "138-0013-8000",
      "11010519491231002x",
      "a@b.cn",
      "029 8765 4321",
    ])
      expect(looksLikeValue(v), v).toBe(true);
    for (const v of ["联系电话", "2024年", "2024-01", "No. 12", "身份证号码（18位）", ""])
      expect(looksLikeValue(v), v).toBe(false);
  });
});
