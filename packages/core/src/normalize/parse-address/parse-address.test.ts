import { type AddressParts, parseAddress } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** parseAddress without `line`, which every case would only repeat. */
function parts(s: string): Omit<AddressParts, "line"> {
  const { line: _line, ...rest } = parseAddress(s);
  return rest;
}

describe("parseAddress", () => {
  it("splits a full Xi'an address down to the room", () => {
    const line = "陕西省西安市雁塔区电子城街道丈八社区绿地世纪城3号楼2单元301";
    expect(parseAddress(line)).toStrictEqual({
      province: "陕西省",
      city: "西安市",
      district: "雁塔区",
      street: "电子城街道",
      community: "丈八社区",
      compound: "绿地世纪城",
      building: "3",
      unit: "2",
      floor: "3",
      room: "301",
      line,
    });
  });

  it.each<[string, Omit<AddressParts, "line">]>([
    ["西安市碑林区南院门街道", { city: "西安市", district: "碑林区", street: "南院门街道" }],
    [
      "西安市碑林区东关南街街道兴庆社区",
      { city: "西安市", district: "碑林区", street: "东关南街街道", community: "兴庆社区" },
    ],
    [
      "陕西省 西安市 雁塔区 电子城街道",
      { province: "陕西省", city: "西安市", district: "雁塔区", street: "电子城街道" },
    ],
    ["中国陕西省西安市", { province: "陕西省", city: "西安市" }],
    ["710065 陕西省西安市雁塔区", { province: "陕西省", city: "西安市", district: "雁塔区" }],
    ["陕西西安市雁塔区", { province: "陕西省", city: "西安市", district: "雁塔区" }],
    ["陕西省渭南市韩城市", { province: "陕西省", city: "渭南市", district: "韩城市" }],
    [
      "陕西省西安市蓝田县汤峪镇塘子村",
      {
        province: "陕西省",
        city: "西安市",
        district: "蓝田县",
        street: "汤峪镇",
        community: "塘子村",
      },
    ],
    [
      "陕西省咸阳市泾阳县云阳镇东街村5组",
      {
        province: "陕西省",
        city: "咸阳市",
        district: "泾阳县",
        street: "云阳镇",
        community: "东街村",
        compound: "5组",
      },
    ],
    ["某县某乡某村", { district: "某县", street: "某乡", community: "某村" }],
  ])("%s", (input, expected) => {
    expect(parts(input)).toStrictEqual(expected);
  });

  it.each<[string, Omit<AddressParts, "line">]>([
    [
      "北京市朝阳区望京街道",
      { province: "北京市", city: "北京市", district: "朝阳区", street: "望京街道" },
    ],
    ["北京朝阳区", { province: "北京市", city: "北京市", district: "朝阳区" }],
    ["北京市北京市朝阳区", { province: "北京市", city: "北京市", district: "朝阳区" }],
    [
      "上海市浦东新区张江镇",
      { province: "上海市", city: "上海市", district: "浦东新区", street: "张江镇" },
    ],
    ["天津市和平区", { province: "天津市", city: "天津市", district: "和平区" }],
    ["重庆市城口县", { province: "重庆市", city: "重庆市", district: "城口县" }],
  ])("municipality: %s", (input, expected) => {
    expect(parts(input)).toStrictEqual(expected);
  });

  it.each<[string, Omit<AddressParts, "line">]>([
    ["广西南宁市青秀区", { province: "广西壮族自治区", city: "南宁市", district: "青秀区" }],
    [
      "广西壮族自治区南宁市青秀区",
      { province: "广西壮族自治区", city: "南宁市", district: "青秀区" },
    ],
    [
      "内蒙古自治区阿拉善盟阿拉善左旗巴彦浩特镇",
      { province: "内蒙古自治区", city: "阿拉善盟", district: "阿拉善左旗", street: "巴彦浩特镇" },
    ],
    [
      "内蒙古自治区赤峰市克什克腾旗",
      { province: "内蒙古自治区", city: "赤峰市", district: "克什克腾旗" },
    ],
    [
      "新疆维吾尔自治区伊犁哈萨克自治州伊宁市",
      { province: "新疆维吾尔自治区", city: "伊犁哈萨克自治州", district: "伊宁市" },
    ],
    [
      "吉林省延边朝鲜族自治州延吉市",
      { province: "吉林省", city: "延边朝鲜族自治州", district: "延吉市" },
    ],
    [
      "云南省大理白族自治州大理市",
      { province: "云南省", city: "大理白族自治州", district: "大理市" },
    ],
    [
      "云南省临沧市双江拉祜族佤族布朗族傣族自治县",
      { province: "云南省", city: "临沧市", district: "双江拉祜族佤族布朗族傣族自治县" },
    ],
    [
      "青海省海南藏族自治州共和县",
      { province: "青海省", city: "海南藏族自治州", district: "共和县" },
    ],
    ["海南藏族自治州共和县", { city: "海南藏族自治州", district: "共和县" }],
    [
      "黑龙江省大兴安岭地区漠河市",
      { province: "黑龙江省", city: "大兴安岭地区", district: "漠河市" },
    ],
    ["湖北省神农架林区", { province: "湖北省", district: "神农架林区" }],
    ["贵州省六盘水市六枝特区", { province: "贵州省", city: "六盘水市", district: "六枝特区" }],
    ["西藏拉萨市城关区", { province: "西藏自治区", city: "拉萨市", district: "城关区" }],
    ["宁夏银川市兴庆区", { province: "宁夏回族自治区", city: "银川市", district: "兴庆区" }],
    ["香港特别行政区", { province: "香港特别行政区" }],
  ])("autonomous and special divisions: %s", (input, expected) => {
    expect(parts(input)).toStrictEqual(expected);
  });

  it.each<[string, Omit<AddressParts, "line">]>([
    ["吉林省吉林市船营区", { province: "吉林省", city: "吉林市", district: "船营区" }],
    ["吉林市船营区", { city: "吉林市", district: "船营区" }],
    ["沈阳铁西区兴华街道", { district: "沈阳铁西区", street: "兴华街道" }],
    ["攀枝花市东区", { city: "攀枝花市", district: "东区" }],
    ["泾阳县东街村5组", { district: "泾阳县", community: "东街村", compound: "5组" }],

    ["山东省济南市市中区", { province: "山东省", city: "济南市", district: "市中区" }],
    ["广东省东莞市长安镇", { province: "广东省", city: "东莞市", street: "长安镇" }],
    [
      "广东省广州市番禺区南村镇",
      { province: "广东省", city: "广州市", district: "番禺区", street: "南村镇" },
    ],
    ["北京路123号", { compound: "北京路123号" }],
    ["西安市花园路8号", { city: "西安市", compound: "花园路8号" }],
    [
      "西安市雁塔区花园小区3号楼",
      { city: "西安市", district: "雁塔区", compound: "花园小区", building: "3" },
    ],
    [
      "西安市雁塔区新城小区3号楼",
      { city: "西安市", district: "雁塔区", compound: "新城小区", building: "3" },
    ],
    ["西安市雁塔区地球村小区", { city: "西安市", district: "雁塔区", compound: "地球村小区" }],
    ["西安市雁塔区某某市场", { city: "西安市", district: "雁塔区", compound: "某某市场" }],
    ["临潼区水乡花园", { district: "临潼区", compound: "水乡花园" }],
    ["西安市紫薇城市花园5号楼", { city: "西安市", compound: "紫薇城市花园", building: "5" }],
    [
      "雁塔区丈八社区乡村花园3号楼",
      { district: "雁塔区", community: "丈八社区", compound: "乡村花园", building: "3" },
    ],
    [
      "西安市雁塔区曲江池小区5号楼",
      { city: "西安市", district: "雁塔区", compound: "曲江池小区", building: "5" },
    ],
    ["西安市雁塔区科技路10号", { city: "西安市", district: "雁塔区", compound: "科技路10号" }],
    [
      "西安市雁塔区小寨路街道含光路社区",
      { city: "西安市", district: "雁塔区", street: "小寨路街道", community: "含光路社区" },
    ],
    // A compound's section (…南区) or a 新村 followed by its buildings: as the 小区 column says.
    [
      "科技南区30号楼4单元2904",
      { compound: "科技南区", building: "30", unit: "4", floor: "29", room: "2904" },
    ],
    ["唐延西區25号楼", { compound: "唐延西區", building: "25" }],
    [
      "含光西区14-5-2803",
      { compound: "含光西区", building: "14", unit: "5", floor: "28", room: "2803" },
    ],
    [
      "西安市莲湖区长安南区10号楼",
      { city: "西安市", district: "莲湖区", compound: "长安南区", building: "10" },
    ],
    ["永松新村13号楼3单元", { compound: "永松新村", building: "13", unit: "3" }],
    ["雁塔区工人新村 12栋", { district: "雁塔区", compound: "工人新村", building: "12" }],
  ])("names that only look like divisions: %s", (input, expected) => {
    expect(parts(input)).toStrictEqual(expected);
  });

  it.each<[string, Omit<AddressParts, "line">]>([
    [
      "西安市雁塔区电子城街办丈八社区居委会",
      { city: "西安市", district: "雁塔区", street: "电子城街道", community: "丈八社区" },
    ],
    ["西安市雁塔区丈八街道办事处", { city: "西安市", district: "雁塔区", street: "丈八街道" }],
    ["西安市雁塔区丈八街道办", { city: "西安市", district: "雁塔区", street: "丈八街道" }],
    ["某镇东街村村委会", { street: "某镇", community: "东街村" }],
    ["某镇东街村委会", { street: "某镇", community: "东街村" }],
    ["某镇东街村民委员会", { street: "某镇", community: "东街村" }],
    ["雁塔区丈八社区居民委员会", { district: "雁塔区", community: "丈八社区" }],
    ["雁塔区丈八居委会", { district: "雁塔区", community: "丈八居委会" }],
  ])("office names become division names: %s", (input, expected) => {
    expect(parts(input)).toStrictEqual(expected);
  });

  it.each<[string, Omit<AddressParts, "line">]>([
    [
      "绿地世纪城3号楼2单元301",
      { compound: "绿地世纪城", building: "3", unit: "2", floor: "3", room: "301" },
    ],
    ["3-2-301", { building: "3", unit: "2", floor: "3", room: "301" }],
    [
      "西安市雁塔区丈八社区绿地世纪城12#2-1502",
      {
        city: "西安市",
        district: "雁塔区",
        community: "丈八社区",
        compound: "绿地世纪城",
        building: "12",
        unit: "2",
        floor: "15",
        room: "1502",
      },
    ],
    [
      "陕西省西安市雁塔区绿地世纪城B座1201",
      {
        province: "陕西省",
        city: "西安市",
        district: "雁塔区",
        compound: "绿地世纪城",
        building: "B",
        floor: "12",
        room: "1201",
      },
    ],
    ["陝西省西安市雁塔區", { province: "陝西省", city: "西安市", district: "雁塔區" }],
    ["　陕西省西安市　雁塔区　", { province: "陕西省", city: "西安市", district: "雁塔区" }],
  ])("compound and unit part: %s", (input, expected) => {
    expect(parts(input)).toStrictEqual(expected);
  });

  it("keeps the cleaned-up original in line", () => {
    expect(parseAddress("　西安市　雁塔区 ").line).toBe("西安市 雁塔区");
    expect(parseAddress("随便写的")).toStrictEqual({ compound: "随便写的", line: "随便写的" });
    expect(parseAddress("")).toStrictEqual({});
    expect(parseAddress("   ")).toStrictEqual({});
  });

  it("reassembles generated addresses part by part", () => {
    const arb = fc.record({
      province: fc.constantFrom("陕西省", "河南省", "广西壮族自治区", "内蒙古自治区"),
      city: fc.constantFrom("西安市", "郑州市", "南宁市", "延边朝鲜族自治州"),
      district: fc.constantFrom("雁塔区", "碑林区", "蓝田县", "韩城市", "克什克腾旗"),
      street: fc.constantFrom("电子城街道", "小寨路街道", "汤峪镇", "城关乡"),
      community: fc.constantFrom("丈八社区", "含光路社区", "东街村"),
      compound: fc.constantFrom("绿地世纪城", "曲江池小区", "紫薇城市花园", "融创宸院"),
      building: fc.integer({ min: 1, max: 40 }),
      unit: fc.integer({ min: 1, max: 6 }),
      floor: fc.integer({ min: 1, max: 33 }),
      door: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const room = `${a.floor}0${a.door}`;
        const line = `${a.province}${a.city}${a.district}${a.street}${a.community}${a.compound}${a.building}号楼${a.unit}单元${room}`;
        expect(parseAddress(line)).toStrictEqual({
          province: a.province,
          city: a.city,
          district: a.district,
          street: a.street,
          community: a.community,
          compound: a.compound,
          building: String(a.building),
          unit: String(a.unit),
          floor: String(a.floor),
          room,
          line,
        });
      }),
    );
  });
});
