import { comparators } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.orgName", () => {
  const c = comparators.orgName();
  const cmp = (a: string, b: string) =>
    c.levels[c.compare(c.features(c.normalize(a)!), c.features(c.normalize(b)!))];
  it("folds legal forms, regions and script", () => {
    expect(cmp("阳光公益服务中心", "陽光公益服務中心")).toBe("exact");
    expect(cmp("西安市雁塔区阳光志愿者协会", "阳光志愿者协会（雁塔）")).toBe("core");
    expect(cmp("西安阳光物业有限公司", "西安阳光物业有限责任公司")).toBe("core");
    expect(cmp("阳光公益服务中心", "明德公益服务中心")).toBe("different");
  });
});
