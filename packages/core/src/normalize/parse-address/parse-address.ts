import { expectText } from "../../i18n/argument.js";
import { normalizeText } from "../normalize-text/normalize-text.js";
import { readUnitPart } from "../parse-unit-address/parse-unit-address.js";
import {
  CITY_LEVEL,
  COMMUNITY_LEVEL,
  DISTRICT_LEVEL,
  isSpace,
  PROVINCE_LEVEL,
  STREET_LEVEL,
  take,
} from "./divisions.js";

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The address fields of the data model, as read from one line of Chinese address text.
 * Every field is optional: only the parts found are set.
 *
 * @example
 * ```ts
 * import { type AddressParts, parseAddress } from "@linli/core";
 * const a: AddressParts = parseAddress("北京市朝阳区望京街道");
 * a.city; // "北京市"
 * ```
 */
export interface AddressParts {
  /** 省级: 陕西省, 广西壮族自治区, 北京市 (a municipality is also its own city). */
  province?: string;
  /** 地级: 西安市, 延边朝鲜族自治州, 大兴安岭地区, 阿拉善盟. */
  city?: string;
  /** 县级: 雁塔区, 蓝田县, 韩城市, 克什克腾旗. */
  district?: string;
  /** 乡级: 电子城街道, 云阳镇, 城关乡. */
  street?: string;
  /** 社区 or 村: 丈八社区, 东街村. */
  community?: string;
  /** What is left before the building: usually the compound (绿地世纪城), sometimes a road. */
  compound?: string;
  building?: string;
  unit?: string;
  floor?: string;
  room?: string;
  /** The whole address, after {@link normalizeText}. */
  line?: string;
}

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

const PROVINCE_NAMES = /* @__PURE__ */ Object.keys(PROVINCES);
const PROVINCE_FIRST = /* @__PURE__ */ new Set(PROVINCE_NAMES.map((n) => n.charCodeAt(0)));
const PROVINCE_SUFFIXES = ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区"];
// A short name followed by these is the start of a longer name: 吉林市, 海南藏族自治州, 北京路.
const NOT_A_PROVINCE = /* @__PURE__ */ new Set(
  [..."市州县縣区區旗盟路街道巷"].map((c) => c.charCodeAt(0)),
);
const ZU = 0x65cf; // 族
/** Endings that look like a district but name a place inside one. */
const NOT_A_DISTRICT = [
  "小区",
  "社区",
  "校区",
  "片区",
  "街区",
  "厂区",
  "住宅区",
  "生活区",
  "家属区",
];

/**
 * County-level names of three characters whose middle one is a direction (铁西区, 市中区): a
 * longer name ending in one of them is a city without 市 before it (沈阳铁西区).
 */
const DIRECTION_DISTRICTS = /* @__PURE__ */ new Set(
  (
    "河东 河西 河北 津南 桥西 桥东 路南 路北 丰南 海南 大东 铁西 铁东 浑南 辽中 洮北 松北 岭东 " +
    "新北 吴中 江北 江南 金东 颍东 湘东 市中 市南 市北 涧西 卫东 汉南 孝南 潮南 茂南 阳东 揭东 " +
    "城中 城东 城西 城北 柳南 柳北 钦南 钦北 港北 港南 渝中 渝北 巴南 潼南 乃东 湟中 米东 呼中"
  ).split(" "),
);
const DIRECTIONS = "东西南北中東";

/**
 * A name read as a district that is a part of a compound: 科技南区, 枫林东区, 唐延西區. No
 * county-level name of four characters or more ends in a direction and 区, except a city
 * written without 市 before one of the short ones above.
 */
function compoundSection(name: string): boolean {
  const n = name.length;
  if (n < 4 || !DIRECTIONS.includes(name[n - 2]!)) return false;
  const last = name[n - 1];
  if (last !== "区" && last !== "區") return false;
  return !DIRECTION_DISTRICTS.has(name.slice(n - 3, n - 1).replace("東", "东"));
}

/**
 * A name read as a village (…村) with a building right after it is a compound: 永松新村3号楼,
 * 工人新村12栋. A village's own address goes on with a group or a number (东街村5组).
 */
function villageCompound(name: string, after: string): boolean {
  if (!name.endsWith("村") || after === "") return false;
  const unit = readUnitPart(after);
  return unit !== undefined && !unit.rest && unit.building !== undefined;
}

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** Length of 中华人民共和国 / 中国, spaces and a six-digit postcode at the start. */
function prefixLength(line: string): number {
  let p = line.startsWith("中华人民共和国") ? 7 : line.startsWith("中国") ? 2 : 0;
  while (p < line.length && isSpace(line.charCodeAt(p))) p++;
  let d = 0;
  while (d < 7 && p + d < line.length && isDigit(line.charCodeAt(p + d))) d++;
  if (d === 6) {
    p += 6;
    while (p < line.length && isSpace(line.charCodeAt(p))) p++;
  }
  return p;
}

/** Past spaces, commas and 、 at `pos`. */
function skipSeparators(line: string, pos: number): number {
  while (pos < line.length) {
    const c = line.charCodeAt(pos);
    if (!(isSpace(c) || c === 0x2c || c === 0xff0c || c === 0x3001)) break;
    pos++;
  }
  return pos;
}

/** A province at `pos`: its full name and the length it takes in the line. */
function province(line: string, pos: number): [name: string, length: number] | undefined {
  if (PROVINCE_FIRST.has(line.charCodeAt(pos))) {
    const name = PROVINCE_NAMES.find((n) => line.startsWith(n, pos));
    if (name !== undefined) {
      const q = pos + name.length;
      const c = line.charCodeAt(q);
      const suffix =
        c === 0x7701 /* 省 */ || c === 0x5e02 /* 市 */
          ? line[q]
          : PROVINCE_SUFFIXES.find((s) => line.startsWith(s, q));
      const full = PROVINCES[name]!;
      if (suffix === "市" && !MUNICIPALITIES.has(full)) return undefined;
      const end = q + (suffix?.length ?? 0);
      if (suffix !== undefined || !notAProvince(line, end)) return [full, end - pos];
      return undefined;
    }
  }
  const long = take(PROVINCE_LEVEL, line, pos);
  return long === 0 ? undefined : [line.slice(pos, pos + long), long];
}

/** 市州县区旗盟路街道巷 next, or a nationality (…族) within the next three characters. */
function notAProvince(line: string, at: number): boolean {
  const n = line.length;
  if (at < n && NOT_A_PROVINCE.has(line.charCodeAt(at))) return true;
  if (at >= n || isLineBreak(line.charCodeAt(at))) return false;
  if (at + 1 < n && line.charCodeAt(at + 1) === ZU) return true;
  if (at + 1 >= n || isLineBreak(line.charCodeAt(at + 1))) return false;
  return at + 2 < n && line.charCodeAt(at + 2) === ZU;
}

/** A street office's name as the street's: 丈八街道办事处 → 丈八街道, 电子城街办 → 电子城街道. */
function streetName(s: string): string {
  let t = s;
  if (t.endsWith("办事处") || t.endsWith("辦事處")) t = t.slice(0, -3);
  else if (t.endsWith("办")) t = t.slice(0, -1);
  return t.endsWith("街") ? `${t}道` : t;
}

/** A committee's name as the community's: 丈八社区居委会 → 丈八社区, 东街村村委会 → 东街村. */
function communityName(s: string): string {
  for (const [ending, after] of COMMITTEES) {
    if (s.endsWith(ending) && after.some((a) => s.endsWith(a, s.length - ending.length))) {
      return s.slice(0, -ending.length);
    }
  }
  return s;
}
// Longest first: the leftmost match of (?<=社区|社區)(?:居民委员会|居委会)$|(?<=村)(?:…)$.
const COMMITTEES: readonly [string, string[]][] = [
  ["居民委员会", ["社区", "社區"]],
  ["村民委员会", ["村"]],
  ["民委员会", ["村"]],
  ["居委会", ["社区", "社區"]],
  ["村委会", ["村"]],
  ["委会", ["村"]],
];

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
export function parseAddress(s: string): AddressParts {
  expectText("parseAddress", "s", s);
  const line = normalizeText(s);
  if (line === "") return {};
  const out: AddressParts = {};
  let pos = prefixLength(line);

  const p = province(line, pos);
  if (p !== undefined) {
    out.province = p[0];
    pos = skipSeparators(line, pos + p[1]);
    if (MUNICIPALITIES.has(p[0])) {
      out.city = p[0];
      if (line.startsWith(p[0], pos)) pos = skipSeparators(line, pos + p[0].length);
    }
  }
  if (out.city === undefined) {
    const city = take(CITY_LEVEL, line, pos);
    if (city > 0) {
      out.city = line.slice(pos, pos + city);
      pos = skipSeparators(line, pos + city);
    }
  }
  const district = take(DISTRICT_LEVEL, line, pos);
  if (district > 0) {
    const name = line.slice(pos, pos + district);
    if (!NOT_A_DISTRICT.some((e) => name.endsWith(e)) && !compoundSection(name)) {
      out.district = name;
      pos = skipSeparators(line, pos + district);
    }
  }
  const street = take(STREET_LEVEL, line, pos);
  if (street > 0) {
    out.street = streetName(line.slice(pos, pos + street));
    pos = skipSeparators(line, pos + street);
  }
  const community = take(COMMUNITY_LEVEL, line, pos);
  if (
    community > 0 &&
    !villageCompound(
      line.slice(pos, pos + community),
      line.slice(skipSeparators(line, pos + community)),
    )
  ) {
    out.community = communityName(line.slice(pos, pos + community));
    pos = skipSeparators(line, pos + community);
  }

  const rest = pos === 0 ? line : line.slice(pos);
  // rest is a piece of a normalised line, so it is normalised already.
  const unit = rest === "" ? undefined : readUnitPart(rest);
  const compound = unit === undefined ? rest : unit.rest;
  if (compound !== undefined && compound !== "") out.compound = compound;
  if (unit?.building !== undefined) out.building = unit.building;
  if (unit?.unit !== undefined) out.unit = unit.unit;
  if (unit?.floor !== undefined) out.floor = unit.floor;
  if (unit?.room !== undefined) out.room = unit.room;
  out.line = line;
  return out;
}
