import { latinPlaces, leadingPlaces, placeShortName } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

const shorts = (text: string) => leadingPlaces(text).places.map((p) => p.short);

describe("place names (GB/T 2260)", () => {
  it("short names drop the suffix and the peoples of autonomous divisions", () => {
    expect(placeShortName("湖北省")).toBe("湖北");
    expect(placeShortName("恩施土家族苗族自治州")).toBe("恩施");
    expect(placeShortName("长阳土家族自治县")).toBe("长阳");
    expect(placeShortName("和县")).toBe("和县");
  });

  it("reads divisions named one inside the other from the start, full or short", () => {
    expect(leadingPlaces("湖北省鄂州市鄂城区人民医院")).toMatchObject({ rest: "人民医院" });
    expect(shorts("湖北省鄂州市鄂城区人民医院")).toEqual(["湖北", "鄂州", "鄂城"]);
    expect(shorts("鄂州鄂城人民医院")).toEqual(["鄂州", "鄂城"]);
    expect(shorts("恩施州中心医院")).toEqual(["恩施"]);
    // A county of another city is not read as inside this one.
    expect(shorts("鄂州市黄梅县医院")).toEqual(["鄂州"]);
  });

  it("does not read towns, roads and communities named like a division", () => {
    expect(shorts("长安镇卫生院")).toEqual([]);
    expect(shorts("中山路社区")).toEqual([]);
    expect(shorts("和平社区居委会")).toEqual([]);
    expect(shorts("雁塔")).toEqual([]);
    expect(leadingPlaces("雁塔", { whole: true }).places.map((p) => p.short)).toEqual(["雁塔"]);
  });

  it("reads pinyin, picking among places of one pinyin the one that fits the others", () => {
    expect(latinPlaces(["echeng", "district", "ezhou"]).places.map((p) => p.code)).toEqual([
      "420704",
      "420700",
    ]);
    expect(latinPlaces(["central", "hospital"]).places).toEqual([]);
  });
});
