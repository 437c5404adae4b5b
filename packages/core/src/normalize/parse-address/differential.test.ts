import { parseAddress } from "@linli/core";
import { values } from "@linli/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { referenceParseAddress } from "./reference.js";

// The position-based reader against the regular expressions it replaced: every answer the same.

const prefix = fc.constantFrom(
  "",
  "",
  "中国",
  "中华人民共和国",
  "710065 ",
  "中国 710065",
  "7100651",
);
const province = fc.constantFrom(
  "",
  "",
  "陕西省",
  "陕西",
  "广西",
  "广西壮族自治区",
  "内蒙古自治区",
  "新疆维吾尔自治区",
  "宁夏回族自治区",
  "西藏回族自治区",
  "北京市",
  "北京",
  "北京市北京市",
  "上海市",
  "吉林",
  "吉林省",
  "海南",
  "香港特别行政区",
  "江苏市",
  "台湾",
  "某某省",
  "某自治区",
  "陝西省",
);
const city = fc.constantFrom(
  "",
  "",
  "西安市",
  "吉林市",
  "延边朝鲜族自治州",
  "大兴安岭地区",
  "阿拉善盟",
  "海南藏族自治州",
  "紫薇城市",
  "某地區",
  "伊犁哈萨克自治州",
);
const district = fc.constantFrom(
  "",
  "",
  "雁塔区",
  "雁塔區",
  "蓝田县",
  "韩城市",
  "市中区",
  "克什克腾旗",
  "浦东新区",
  "神农架林区",
  "六枝特区",
  "双江拉祜族佤族布朗族傣族自治县",
  "曲江池小区",
  "丈八社区",
  "高新片区",
  "沈阳铁西区",
  "丈八东区",
);
const street = fc.constantFrom(
  "",
  "",
  "电子城街道",
  "电子城街办",
  "丈八街道办事处",
  "丈八街道办",
  "東關街道辦事處",
  "东关南街街道",
  "汤峪镇",
  "城关乡",
  "巴彦浩特镇",
  "某苏木",
  "小寨路街道",
  "南大街",
);
const community = fc.constantFrom(
  "",
  "",
  "丈八社区",
  "丈八社区居委会",
  "丈八社区居民委员会",
  "丈八居委会",
  "东街村",
  "东街村村委会",
  "东街村委会",
  "东街村民委员会",
  "某嘎查",
  "含光路社区",
  "地球村",
);
const compound = fc.constantFrom(
  "",
  "绿地世纪城",
  "曲江池小区",
  "紫薇城市花园",
  "城市花园",
  "水乡花园",
  "乡村花园",
  "地球村小区",
  "某某市场",
  "花园路8号",
  "北京路123号",
  "科技路27号院",
  "5组",
  "随便写的",
  "融创宸院",
  "科技南区",
  "唐延西區",
  "永松新村",
);
const unit = fc.constantFrom(
  "",
  "3号楼2单元301",
  "12#2-1502",
  "B座1201",
  "3-2-301",
  "三号楼二单元301",
  "5号楼",
  "301室",
  "3号楼2单元301（张三家）",
  "10101",
);
const sep = fc.constantFrom("", "", "", " ", "，", "、", ",", "　", "  ");

const composed = fc
  .tuple(
    prefix,
    province,
    sep,
    city,
    sep,
    district,
    sep,
    street,
    sep,
    community,
    sep,
    compound,
    unit,
  )
  .map((parts) => parts.join(""));

/** Characters and words that the division readers look at, for random strings. */
const PIECES = [
  ..."省市县縣区區镇鎮乡鄉村路街号道办事处社委会居民族州盟旗场城都花园中心苑府巷",
  "自治区",
  "特别行政区",
  "街道",
  "社区",
  "居委会",
  "村委会",
  "苏木",
  "嘎查",
  "地区",
  "北京",
  "陕西",
  "广西",
  "吉林",
  "海南",
  "中国",
  ..."0123456789",
  "710065",
  ..." ,，、\n\u2028-#",
  ..."一二三",
  "号楼",
  "单元",
  ..."绿地世纪雁塔东西南北新",
];
const randomText = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((a) => a.join(""));

const same = (s: string) => {
  expect(parseAddress(s)).toStrictEqual(referenceParseAddress(s));
};

describe("parseAddress agrees with the regular expressions it replaced", () => {
  it("on composed addresses", () => {
    fc.assert(fc.property(composed, same), { numRuns: 30_000 });
  });

  it("on random strings of the characters it reads", () => {
    fc.assert(fc.property(randomText, same), { numRuns: 30_000 });
  });

  it("on the addresses of the test data generator", () => {
    const keys = ["province", "city", "district", "street", "community", "compound", "line"];
    fc.assert(
      fc.property(values.address(keys), (a) => {
        const parts = keys.map((k) => (typeof a[k] === "string" ? a[k] : ""));
        same(parts.slice(0, -1).join(""));
        same(String(a.line ?? ""));
      }),
      { numRuns: 5_000 },
    );
  });

  it("on any string", () => {
    fc.assert(fc.property(fc.string({ maxLength: 24 }), same), { numRuns: 5_000 });
  });

  it("keeps the order of the keys", () => {
    for (const s of [
      "北京市朝阳区望京街道",
      "陕西省西安市雁塔区电子城街道丈八社区绿地世纪城3号楼2单元301",
    ]) {
      expect(Object.keys(parseAddress(s))).toEqual(Object.keys(referenceParseAddress(s)));
    }
  });
});
