import { describe, expect, it } from "vitest";
import {
  addressPartKept,
  generaliseAddressPart,
  generaliseDivisionCode,
  generaliseLine,
} from "./generalise-address.js";
import { ageBand, asOfDay, coarseDate, readDay } from "./generalise-date.js";

describe("ageBand", () => {
  it("bands ages on the as-of day, with a top code", () => {
    expect(ageBand("1955-03-02", { asOf: "2022-01-05" })).toBe("60-69");
    expect(ageBand("1952-01-05", { asOf: "2022-01-05" })).toBe("70-79"); // 70 on the day
    expect(ageBand("1952-01-06", { asOf: "2022-01-05" })).toBe("60-69"); // 70 tomorrow
    expect(ageBand("1930-01-01", { asOf: "2022-01-05" })).toBe("90+");
    expect(ageBand("1930-01-01", { asOf: "2022-01-05", topCode: false })).toBe("90-99");
    expect(ageBand("1955-03-02", { asOf: "2022-01-05", bandWidth: 5 })).toBe("65-69");
    expect(ageBand("2021-12-31", { asOf: "2022-01-05" })).toBe("0-9");
    expect(ageBand("1955-03-02", { asOf: new Date(Date.UTC(2022, 0, 5)), bandWidth: 1 })).toBe(
      "66",
    );
  });

  it("gives nothing for unreadable or future dates, and reads written-out dates", () => {
    expect(ageBand("2023-01-01", { asOf: "2022-01-05" })).toBeUndefined();
    expect(ageBand("not a date", { asOf: "2022-01-05" })).toBeUndefined();
    expect(ageBand(19550302, { asOf: "2022-01-05" })).toBeUndefined();
    expect(ageBand("1955年3月2日", { asOf: "2022-01-05" })).toBe("60-69");
    expect(() => asOfDay("yesterday")).toThrow(RangeError);
  });
});

describe("coarseDate and readDay", () => {
  it("cut dates and date-times as written", () => {
    expect(coarseDate("2022-01-05", "month")).toBe("2022-01");
    expect(coarseDate("2022-01-05T23:30:00+08:00", "month")).toBe("2022-01");
    expect(coarseDate("2022-01-05", "year")).toBe("2022");
    expect(coarseDate("2022-13-45", "year")).toBeUndefined();
    expect(readDay("1985/3/2")).toEqual({ year: 1985, month: 3, day: 2 });
  });
});

describe("generaliseLine", () => {
  const none = () => undefined;
  const line = "陕西省西安市雁塔区电子城街道丈八社区绿地世纪城3号楼2单元301";
  it("rebuilds the line down to a level from the parsed text", () => {
    expect(generaliseLine(line, none, "building")).toBe(
      "陕西省西安市雁塔区电子城街道丈八社区绿地世纪城3号楼",
    );
    expect(generaliseLine(line, none, "community")).toBe("陕西省西安市雁塔区电子城街道丈八社区");
    expect(generaliseLine(line, none, "district")).toBe("陕西省西安市雁塔区");
    expect(generaliseLine(line, none, "unit")).toBe(
      "陕西省西安市雁塔区电子城街道丈八社区绿地世纪城3号楼2单元",
    );
    expect(generaliseLine("北京市朝阳区望京街道", none, "building")).toBe("北京市朝阳区望京街道");
  });

  it("prefers the record's own parts and never keeps an unparsed tail", () => {
    const parts: Record<string, string> = { compound: "雁塔西苑", building: "26" };
    expect(generaliseLine("雁塔西苑26号楼3单元2402", (k) => parts[k], "building")).toBe(
      "雁塔西苑26号楼",
    );
    // No unit part recognised: the text before it might hold the room, so it is left out.
    expect(generaliseLine("雁塔区丈八社区幸福路12号院内301", none, "building")).toBe(
      "雁塔区丈八社区",
    );
    expect(generaliseLine("丈八社区 13800138000", none, "building")).toBe("丈八社区");
    expect(generaliseLine(42, none, "building")).toBeUndefined();
  });
});

describe("address parts", () => {
  it("cut division codes to a level", () => {
    expect(generaliseDivisionCode("610113001002", "community")).toBe("610113001002");
    expect(generaliseDivisionCode("610113001002", "street")).toBe("610113001");
    expect(generaliseDivisionCode("610113001002", "district")).toBe("610113");
    expect(generaliseDivisionCode("610113", "city")).toBe("610100");
    expect(generaliseDivisionCode("610113", "province")).toBe("610000");
    expect(generaliseDivisionCode("610113", "country")).toBeUndefined();
    expect(generaliseDivisionCode("abc", "district")).toBeUndefined();
  });

  it("keep the levels at or above the cut, and coordinates only when asked", () => {
    const get = () => undefined;
    expect(generaliseAddressPart("building", "3", get, "building", undefined)).toBe("3");
    expect(generaliseAddressPart("unit", "2", get, "building", undefined)).toBeUndefined();
    expect(generaliseAddressPart("room", "301", get, "community", undefined)).toBeUndefined();
    expect(generaliseAddressPart("geo", 34.196231, get, "building", undefined)).toBeUndefined();
    expect(generaliseAddressPart("geo", 34.196231, get, "building", 2)).toBe(34.2);
    expect(generaliseAddressPart("geo", 34.196231, get, "room", undefined)).toBe(34.196231);
    expect(generaliseAddressPart("crs", "GCJ-02", get, "building", undefined)).toBeUndefined();
    expect(generaliseAddressPart("postcode", "710000", get, "street", undefined)).toBe("710000");
    expect(generaliseAddressPart("postcode", "710000", get, "city", undefined)).toBeUndefined();
    expect(addressPartKept("room", "building", undefined)).toBe(false);
    expect(addressPartKept("crs", "building", 3)).toBe(true);
  });
});
