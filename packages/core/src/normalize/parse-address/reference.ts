// The regular-expression implementation that parse-address.ts replaced, kept unchanged as the
// oracle of the differential test. Not exported from the package.
import { normalizeText } from "../normalize-text/normalize-text.js";
import { referenceParseUnitAddress as parseUnitAddress } from "../parse-unit-address/reference.js";
import type { AddressParts } from "./parse-address.js";

const PROVINCES: Readonly<Record<string, string>> = {
  北京: "北京市",
  天津: "天津市",
  上海: "上海市",
  重庆: "重庆市",
  河北: "河北省",
  山西: "山西省",
  辽宁: "辽宁省",
  吉林: "吉林省",
  黑龙江: "黑龙江省",
  江苏: "江苏省",
  浙江: "浙江省",
  安徽: "安徽省",
  福建: "福建省",
  江西: "江西省",
  山东: "山东省",
  河南: "河南省",
  湖北: "湖北省",
  湖南: "湖南省",
  广东: "广东省",
  海南: "海南省",
  四川: "四川省",
  贵州: "贵州省",
  云南: "云南省",
  陕西: "陕西省",
  甘肃: "甘肃省",
  青海: "青海省",
  台湾: "台湾省",
  内蒙古: "内蒙古自治区",
  广西: "广西壮族自治区",
  西藏: "西藏自治区",
  宁夏: "宁夏回族自治区",
  新疆: "新疆维吾尔自治区",
  香港: "香港特别行政区",
  澳门: "澳门特别行政区",
};
const MUNICIPALITIES = /* @__PURE__ */ new Set(["北京市", "天津市", "上海市", "重庆市"]);

const PREFIX = /^(?:中华人民共和国|中国)?\s*(?:\d{6}(?!\d)\s*)?/;
const SEPARATORS = /^[\s,，、]+/;
const PROVINCE_SHORT = /* @__PURE__ */ new RegExp(
  "^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)" +
    "(省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)?",
);
// A short name followed by these is the start of a longer name: 吉林市, 海南藏族自治州, 北京路.
const NOT_A_PROVINCE = /^(?:[市州县縣区區旗盟路街道巷]|.{1,2}族)/;
const PROVINCE = /^[^省市县縣区區镇鎮乡鄉村路街号\d\s]{2,12}?(?:省|自治区|自治區|特别行政区)/;
const CITY = /^[^省市县縣区區镇鎮乡鄉村路街号\d\s]{2,12}?(?:市|自治州|地区|地區|盟)/;
const DISTRICT = /^[^省县縣区區镇鎮乡鄉村路街号\d\s]{1,14}?(?:区|區|县|縣|市|旗)/;
const STREET =
  /^[^省市县縣区區镇鎮乡鄉社号\d\s]{1,12}?(?:街道办事处|街道辦事處|街道办|街道|街办|镇|鎮|乡|鄉|苏木)/;
const COMMUNITY =
  /^[^省市县縣镇鎮乡鄉号\d\s]{1,12}?(?:社区|社區|村民委员会|村委会|村|嘎查|居民委员会|居委会)(?:居民委员会|居委会|村民委员会|村委会)?/;
/** Words that make the text before them part of a compound name: 城市花园, 水乡花园, 地球村小区. */
const COMPOUND_WORD = /^(?:花园|花園|广场|廣場|中心|公寓|家园|小区|大厦|公馆|苑|府)/;
const CITY_WORD = /[城都]市$/;
const VILLAGE_LIKE = /[乡鄉镇鎮村]$/;
/** Endings that look like a district but name a place inside one. */
const NOT_A_DISTRICT = /(?:小区|社区|校区|片区|街区|厂区|住宅区|生活区|家属区)$/;
/** A compound's section read as a district: 科技南区 (but 沈阳铁西区 is a district). */
const COMPOUND_SECTION =
  /^(?!.*(?:河东|河西|河北|津南|桥西|桥东|路南|路北|丰南|海南|大东|铁西|铁东|浑南|辽中|洮北|松北|岭东|新北|吴中|江北|江南|金东|颍东|湘东|市中|市南|市北|涧西|卫东|汉南|孝南|潮南|茂南|阳东|揭东|城中|城东|城西|城北|柳南|柳北|钦南|钦北|港北|港南|渝中|渝北|巴南|潼南|乃东|湟中|米东|呼中|河東|桥東|大東|铁東|岭東|金東|颍東|湘東|卫東|阳東|揭東|城東|乃東|米東)[区區]$).{2,}[东西南北中東][区區]$/;
/** A village with a building right after it is a compound: 永松新村3号楼. */
function villageCompound(name: string, after: string): boolean {
  const unit = name.endsWith("村") && after !== "" ? parseUnitAddress(after) : undefined;
  return unit !== undefined && !unit.rest && unit.building !== undefined;
}
const STREET_OFFICE = /(?:办事处|辦事處|办)$/;
const SHORT_STREET = /街$/;
const COMMITTEE =
  /(?<=社区|社區)(?:居民委员会|居委会)$|(?<=村)(?:村民委员会|村委会|民委员会|委会)$/;

/**
 * Match `re` at the start of `text`, unless the suffix it ends on is really part of a longer
 * word: 市场, 紫薇城市花园, 水乡花园, 地球村小区. Only 市, 乡, 镇 and 村 are checked: 区, 县 and
 * the rest do not start such words, and checking them would break 雁塔区花园小区.
 */
function take(re: RegExp, text: string): string | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  const name = m[0];
  const after = text.slice(name.length);
  if (name.endsWith("市")) {
    if (after.startsWith("场") || (CITY_WORD.test(name) && COMPOUND_WORD.test(after))) {
      return undefined;
    }
  } else if (VILLAGE_LIKE.test(name) && COMPOUND_WORD.test(after)) {
    return undefined;
  }
  return name;
}

function province(text: string): [name: string, length: number] | undefined {
  const short = PROVINCE_SHORT.exec(text);
  if (short) {
    const [whole, name = "", suffix] = short;
    const full = PROVINCES[name] ?? name;
    const isMunicipality = MUNICIPALITIES.has(full);
    if (suffix === "市" && !isMunicipality) return undefined;
    if (suffix !== undefined || !NOT_A_PROVINCE.test(text.slice(whole.length))) {
      return [full, whole.length];
    }
    return undefined;
  }
  const long = take(PROVINCE, text);
  return long === undefined ? undefined : [long, long.length];
}

/**
 * Split one line of Chinese address into the data model's address fields: province, city,
 * district, street (街道/镇/乡), community (社区/村), compound, and building / unit / floor /
 * room (see {@link parseUnitAddress}).
 *
 * Works from the suffixes (省 市 区 县 旗 自治州 街道 镇 乡 社区 村 …) and the 34 province-level
 * names, without a division table, so parts that are written without their suffix (西安雁塔区)
 * cannot always be told apart; look codes up in the division table to confirm. Province
 * short names become full names (陕西 → 陕西省, 广西 → 广西壮族自治区); a municipality fills
 * both province and city (北京市). Levels that are missing are skipped; `line` keeps the whole
 * text.
 *
 * @example
 * ```ts
 * import { parseAddress } from "@linli/core";
 * parseAddress("陕西省西安市雁塔区电子城街道丈八社区绿地世纪城3号楼2单元301");
 * // { province: "陕西省", city: "西安市", district: "雁塔区", street: "电子城街道",
 * //   community: "丈八社区", compound: "绿地世纪城", building: "3", unit: "2", floor: "3",
 * //   room: "301", line: "陕西省西安市雁塔区电子城街道丈八社区绿地世纪城3号楼2单元301" }
 * parseAddress("北京市朝阳区望京街道");
 * // { province: "北京市", city: "北京市", district: "朝阳区", street: "望京街道", line: "…" }
 * ```
 */
export function referenceParseAddress(s: string): AddressParts {
  const line = normalizeText(s);
  if (line === "") return {};
  const out: AddressParts = {};
  let rest = line.replace(PREFIX, "");
  const advance = (length: number) => {
    rest = rest.slice(length).replace(SEPARATORS, "");
  };

  const p = province(rest);
  if (p !== undefined) {
    out.province = p[0];
    advance(p[1]);
    if (MUNICIPALITIES.has(p[0])) {
      out.city = p[0];
      if (rest.startsWith(p[0])) advance(p[0].length);
    }
  }
  const city = out.city === undefined ? take(CITY, rest) : undefined;
  if (city !== undefined) {
    out.city = city;
    advance(city.length);
  }
  const district = take(DISTRICT, rest);
  if (
    district !== undefined &&
    !NOT_A_DISTRICT.test(district) &&
    !COMPOUND_SECTION.test(district)
  ) {
    out.district = district;
    advance(district.length);
  }
  const street = take(STREET, rest);
  if (street !== undefined) {
    out.street = street.replace(STREET_OFFICE, "").replace(SHORT_STREET, "街道");
    advance(street.length);
  }
  const community = take(COMMUNITY, rest);
  if (
    community !== undefined &&
    !villageCompound(community, rest.slice(community.length).replace(SEPARATORS, ""))
  ) {
    out.community = community.replace(COMMITTEE, "");
    advance(community.length);
  }

  const unit = rest === "" ? undefined : parseUnitAddress(rest);
  const compound = unit === undefined ? rest : unit.rest;
  if (compound !== undefined && compound !== "") out.compound = compound;
  if (unit?.building !== undefined) out.building = unit.building;
  if (unit?.unit !== undefined) out.unit = unit.unit;
  if (unit?.floor !== undefined) out.floor = unit.floor;
  if (unit?.room !== undefined) out.room = unit.room;
  out.line = line;
  return out;
}
