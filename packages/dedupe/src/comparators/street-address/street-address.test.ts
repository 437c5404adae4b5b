import { comparators, parseStreetAddress } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("street addresses", () => {
  it("parses division, road and number from real addresses", () => {
    expect(parseStreetAddress("湖北省鄂州市文星路9号鄂州市中心医院设备科")).toEqual({
      place: "420700",
      road: "wenxing:lu",
      number: "9",
    });
    expect(parseStreetAddress("湖北省鄂州市鄂城区凤凰街办古城路86号")).toEqual({
      place: "420704",
      road: "gucheng:lu",
      number: "86",
    });
    expect(parseStreetAddress("湖北鄂州建设西路鄂钢医院鄂城区建设西街11号")?.road).toBe(
      "jianshexi:jie",
    );
    expect(
      parseStreetAddress({ province: "湖北", city: "鄂州市", line: "湖北省鄂州市文星路9号" }),
    ).toEqual({ place: "420700", road: "wenxing:lu", number: "9" });
    // A road named like a place (Dongfeng, 东丰县) is a road.
    expect(parseStreetAddress("No.7 Dongfeng Street, Echeng District, Ezhou")).toEqual({
      place: "420704",
      road: "dongfeng:jie",
      number: "7",
    });
    expect(parseStreetAddress("Pasay City")).toBeUndefined();
  });

  it("compares by parts, across scripts", () => {
    const c = comparators.streetAddress();
    const cmp = (a: string, b: string) =>
      c.levels[c.compare(c.features(c.normalize(a)!), c.features(c.normalize(b)!))];
    expect(cmp("湖北省鄂州市文星路9号设备科", "No. 9 Wenxing Road, Ezhou")).toBe("exact");
    expect(cmp("鄂州市文星路9号", "鄂州市文星路79号")).toBe("number-differs");
    expect(cmp("鄂州市文星路9号", "鄂州市文星大道9号")).toBe("road-differs");
    expect(cmp("鄂州市文星路9号", "黄石市文星路9号")).toBe("place-differs");
    expect(cmp("湖北省文星路9号", "鄂州市鄂城区文星路9号")).toBe("same-number");
  });
});
