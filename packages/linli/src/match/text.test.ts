import { templateParams } from "@linli/core";
import { describe, expect, it } from "vitest";
import { matchOutputEn } from "../locales/match-en.js";
import { matchOutputZhCN } from "../locales/match-zh-CN.js";
import { address, mt } from "./text.js";

const holes = (s: string) => templateParams(s).sort();

describe("texts of match plans", () => {
  it("have the same codes and placeholders in zh-CN and en", () => {
    expect(Object.keys(matchOutputZhCN).sort()).toEqual(Object.keys(matchOutputEn).sort());
    for (const [code, en] of Object.entries(matchOutputEn))
      expect(holes(matchOutputZhCN[code as keyof typeof matchOutputEn]), code).toEqual(holes(en));
  });

  it("write addresses as people do", () => {
    expect(
      address({ compound: "绿地世纪城", building: "3", unit: "2", room: "301" }, "zh-CN"),
    ).toBe("绿地世纪城 3号楼 2单元 301");
    expect(address({ building: "3号楼", unit: "2", room: "301" }, "en")).toBe("3号楼 2 301");
    expect(mt("en", "sheet.stops", { count: 3 })).toBe("3 stops");
  });
});
