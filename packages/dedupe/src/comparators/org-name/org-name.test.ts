import { comparators, parseOrgName } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.orgName", () => {
  const c = comparators.orgName();
  const cmp = (a: string, b: string) =>
    c.levels[c.compare(c.features(c.normalize(a)!), c.features(c.normalize(b)!))];

  it("folds script, places with or without their suffix, and legal forms", () => {
    expect(cmp("阳光公益服务中心", "陽光公益服務中心")).toBe("exact");
    expect(cmp("西安市雁塔区阳光志愿者协会", "阳光志愿者协会（雁塔）")).toBe("same");
    expect(cmp("西安阳光物业有限公司", "西安阳光物业有限责任公司")).toBe("same");
    expect(cmp("湖北省鄂州市中心医院", "鄂州中心医院")).toBe("same");
    expect(cmp("鄂州市鄂城区人民医院", "鄂城区人民医院")).toBe("same");
    expect(cmp("鄂州市3号应急物资仓库", "鄂州应急物资3号仓库")).toBe("same");
    expect(cmp("阳光公益服务中心", "明德公益服务中心")).toBe("different");
  });

  it("tells apart the same pattern in another place, with another number, branch or kind", () => {
    expect(cmp("黄梅县人民医院", "蕲春县人民医院")).toBe("place-differs");
    expect(cmp("鄂州市人民医院", "鄂城区人民医院")).toBe("place-differs");
    expect(cmp("鄂州市第一人民医院", "鄂州市第二人民医院")).toBe("number-differs");
    expect(cmp("NROC WAREHOUSE A", "NROC WAREHOUSE B")).toBe("number-differs");
    expect(cmp("鄂州市中心医院东院", "鄂州市中心医院")).toBe("branch-differs");
    expect(cmp("鄂州市中医医院", "鄂州市人民医院")).toBe("kind-differs");
    expect(cmp("British Red Cross Cumbria Branch", "British Red Cross Lancashire Branch")).toBe(
      "branch-differs",
    );
  });

  it("reads abbreviations, English names and a name without its place", () => {
    expect(cmp("湖北省鄂州市第一人民医院", "鄂州一医院")).toBe("similar");
    expect(cmp("鄂州市中心医院", "Ezhou Central Hospital")).toBe("same");
    expect(cmp("The Second People's Hospital of Ezhou", "鄂州市第二人民医院")).toBe("same");
    expect(cmp("鄂州市红十字会", "Ezhou Branch of the Red Cross Society of China")).toBe("same");
    expect(cmp("鄂州市中心医院东院", "Ezhou Central Hospital East Campus")).toBe("same");
    expect(cmp("城关镇卫生院", "黄梅县城关镇卫生院")).toBe("same-no-place");
    expect(cmp("人民医院", "鄂州市人民医院")).toBe("kind-only");
    expect(cmp("滨江公园应急避难场所", "Riverside Park Emergency Shelter")).toBe("other-script");
  });

  it("gives tokens for term frequencies: place, kind, number, branch, proper name", () => {
    const f = c.features(c.normalize("湖北省鄂州市第一人民医院")!);
    expect(c.tokens?.(f)).toEqual(["p:ezhou", "k:people-hospital", "n:1"]);
  });
});

describe("parseOrgName", () => {
  it("takes a name apart", () => {
    const p = parseOrgName("中国红十字会湖北省分会");
    expect([p.places.map((x) => x.short), p.kind, p.branch, p.rest]).toEqual([
      ["湖北"],
      "red-cross",
      "",
      "",
    ]);
    const q = parseOrgName("同济医院光谷院区");
    expect([q.kind, q.branch, q.rest, q.restKey]).toEqual([
      "hospital",
      "guanggu",
      "同济",
      "tongji",
    ]);
    const r = parseOrgName("ezhou no.1 people's hospital");
    expect([r.latin, r.places[0]?.short, r.kind, r.numbers]).toEqual([
      true,
      "鄂州",
      "people-hospital",
      "1",
    ]);
    // A word that is also a place elsewhere is not a place next to the real one.
    const s = parseOrgName("longgang township health center, xianxian county");
    expect([s.places.map((x) => x.short), s.rest]).toEqual([["献县"], "longgang"]);
  });
});

describe("comparators.orgNamePart", () => {
  const level = (part: Parameters<typeof comparators.orgNamePart>[0], a: string, b: string) => {
    const c = comparators.orgNamePart(part);
    const ka = c.normalize(a);
    const kb = c.normalize(b);
    if (ka === undefined || kb === undefined) return "missing";
    return ka === kb ? c.levels[0] : c.levels[c.compare(c.features(ka), c.features(kb))];
  };
  it("weighs each part alone", () => {
    expect(level("place", "湖北省鄂州市中心医院", "Ezhou Central Hospital")).toBe("same");
    expect(level("place", "长安区人民医院", "西安市长安区人民医院")).toBe("same");
    expect(level("place", "鄂州市人民医院", "鄂城区人民医院")).toBe("within");
    expect(level("place", "黄梅县人民医院", "蕲春县人民医院")).toBe("different");
    expect(level("place", "人民医院", "蕲春县人民医院")).toBe("missing");
    expect(level("kind", "鄂州一医院", "鄂州市第一人民医院")).toBe("related");
    expect(level("kind", "鄂州市仓库", "鄂州市医院")).toBe("different");
    expect(level("number", "鄂州市中心医院", "鄂州中心医院")).toBe("same");
    expect(level("number", "NROC WAREHOUSE", "NROC WAREHOUSE A")).toBe("one-sided");
    expect(level("branch", "鄂州市中心医院东院", "鄂州市中心医院西院")).toBe("different");
    expect(level("proper", "鄂州市中心医院", "黄石市中心医院")).toBe("missing");
    expect(level("proper", "武汉协和医院", "Wuhan Xiehe Hospital")).toBe("same");
    expect(level("proper", "双田街道社区卫生服务中心", "双塘街道社区卫生服务中心")).toBe(
      "different",
    );
    expect(level("proper", "鄂钢医院", "鄂钢职工医院")).toBe("similar");
  });
  it("never counts a disagreement for a match", () => {
    for (const p of ["place", "kind", "number", "branch", "proper"] as const) {
      const c = comparators.orgNamePart(p);
      expect(c.against, p).toBeGreaterThan(0);
      expect(c.m?.length, p).toBe(c.levels.length);
    }
  });
});
