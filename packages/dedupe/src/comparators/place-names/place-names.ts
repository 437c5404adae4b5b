import { expectArgument, expectText } from "@linli/core";
import { type Division, listDivisions } from "@linli/core/divisions";
import { pinyin } from "pinyin-pro";

/** A GB/T 2260 division found in a name or an address. */
export interface PlaceRef {
  readonly code: string;
  readonly level: Division["level"];
  /** Short name without 省/市/区/县/自治州… ("鄂州", "恩施"); the full name when that is too short. */
  readonly short: string;
  /** Toneless pinyin of the short name without spaces ("ezhou"). */
  readonly pinyin: string;
}

const ETHNIC =
  /(?:土家|蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克|朝鲜|布依|仡佬|纳西|傈僳|拉祜|哈尼|景颇|达斡尔|鄂温克|鄂伦春|锡伯|撒拉|保安|东乡|裕固|仫佬|毛南|独龙|普米|阿昌|德昂|怒|苗|侗|彝|藏|回|壮|满|瑶|白|傣|黎|羌|土|水|佤|畲|各)族/g;
const SUFFIX = /(?:特别行政区|自治区|自治州|自治县|自治旗|林区|地区|新区|省|市|区|县|盟|旗)$/;
// Divisions whose names are words of addresses and organisation names, not places.
const NOT_PLACES = new Set([
  "市辖区",
  "县",
  "城区",
  "郊区",
  "矿区",
  "东区",
  "西区",
  "市中区",
  "新区",
]);

/**
 * The short name of a division: "湖北省" → "湖北", "恩施土家族苗族自治州" → "恩施",
 * "鄂城区" → "鄂城"; names that would keep one character keep their suffix ("和县").
 *
 * @example
 * ```ts
 * import { placeShortName } from "@linli/dedupe";
 * placeShortName("长阳土家族自治县"); // "长阳"
 * ```
 */
export function placeShortName(name: string): string {
  expectText("placeShortName", "name", name);
  const s = name.replace(ETHNIC, "").replace(SUFFIX, "");
  return s.length >= 2 ? s : name;
}

const pinyinOf = (s: string) =>
  pinyin(s, { toneType: "none", type: "array" }).join("").replace(/ü/g, "v");

interface PlaceIndex {
  /** Name form (full or short) → divisions, provinces first. */
  readonly byName: Map<string, PlaceRef[]>;
  /** Pinyin of a short name → divisions. */
  readonly byPinyin: Map<string, PlaceRef[]>;
  readonly byCode: Map<string, PlaceRef>;
  /** Parent codes of each division (province, city). */
  readonly parents: Map<string, readonly string[]>;
  readonly longest: number;
}

let index: PlaceIndex | undefined;

/** The index of division names, built on first use (a few milliseconds). */
export function placeIndex(): PlaceIndex {
  if (index) return index;
  const byName = new Map<string, PlaceRef[]>();
  const byPinyin = new Map<string, PlaceRef[]>();
  const byCode = new Map<string, PlaceRef>();
  const parents = new Map<string, readonly string[]>();
  let longest = 0;
  const add = (map: Map<string, PlaceRef[]>, key: string, ref: PlaceRef) => {
    const list = map.get(key);
    if (!list) map.set(key, [ref]);
    else if (!list.some((r) => r.code === ref.code)) list.push(ref);
  };
  for (const d of listDivisions()) {
    if (NOT_PLACES.has(d.name) || d.name.includes("直辖")) continue;
    const short = placeShortName(d.name);
    const ref: PlaceRef = { code: d.code, level: d.level, short, pinyin: pinyinOf(short) };
    byCode.set(d.code, ref);
    parents.set(
      d.code,
      [d.province?.code, d.city?.code].filter((c) => c !== undefined),
    );
    add(byName, d.name, ref);
    if (short !== d.name) add(byName, short, ref);
    // People write a city-level 市 of a 自治州 or 地区 by its short name plus 市 or 州.
    if (d.level === "city" && !d.name.endsWith("市")) add(byName, `${short}州`, ref);
    add(byPinyin, ref.pinyin, ref);
    longest = Math.max(longest, d.name.length);
  }
  index = { byName, byPinyin, byCode, parents, longest };
  return index;
}

/**
 * The same division: one code, or one name in one city under two codes (a county that became
 * a city, 会理县 → 会理市, keeps both codes in the table).
 */
export function samePlace(x: PlaceRef, y: PlaceRef): boolean {
  return (
    x.code === y.code ||
    (x.short === y.short && x.level === y.level && x.code.slice(0, 4) === y.code.slice(0, 4))
  );
}

/** True when `child` lies inside `parent` (or is it). */
export function within(child: PlaceRef, parent: PlaceRef): boolean {
  return (
    child.code === parent.code || (placeIndex().parents.get(child.code) ?? []).includes(parent.code)
  );
}

// After a short name, these make it a smaller place or a road: 长安镇, 中山路, 和平社区.
const NOT_AFTER_SHORT = /^(?:[镇乡村街路道巷里社]|小区|大道|大街|公园|广场)/;

/**
 * Divisions named one after another from the start of a text ("湖北省鄂州市鄂城区…",
 * "鄂州鄂城…"), each inside the one before, with the rest of the text. Full names are
 * preferred; a short name counts only when what follows does not make it a town or a road,
 * and at the very end only with `whole` (a text that is only places, such as "（雁塔）").
 *
 * @example
 * ```ts
 * import { leadingPlaces } from "@linli/dedupe";
 * const { places, rest } = leadingPlaces("湖北鄂州市中心医院");
 * places.map((p) => p.short); // ["湖北", "鄂州"]
 * rest; // "中心医院"
 * ```
 */
export function leadingPlaces(
  text: string,
  options: { whole?: boolean } = {},
): { places: PlaceRef[]; rest: string } {
  expectText("leadingPlaces", "text", text);
  expectArgument("leadingPlaces", "options", "options", options);
  const idx = placeIndex();
  const places: PlaceRef[] = [];
  let at = 0;
  for (;;) {
    const found = placeAt(text, at, places[places.length - 1], idx, options.whole === true);
    if (!found) break;
    places.push(found.ref);
    at += found.length;
  }
  return { places, rest: text.slice(at) };
}

function placeAt(
  text: string,
  at: number,
  parent: PlaceRef | undefined,
  idx: PlaceIndex,
  whole: boolean,
): { ref: PlaceRef; length: number } | undefined {
  for (let len = Math.min(idx.longest, text.length - at); len >= 2; len--) {
    const name = text.slice(at, at + len);
    const refs = idx.byName.get(name);
    if (!refs) continue;
    const isShort = refs.every((r) => r.short === name && !SUFFIX.test(name));
    const next = text.slice(at + len);
    if (isShort && (next === "" ? !whole : NOT_AFTER_SHORT.test(next))) continue;
    const inside = parent ? refs.filter((r) => r.code !== parent.code && within(r, parent)) : refs;
    if (inside.length === 0) continue;
    // The same name at several levels or places: prefer the higher level (provinces first).
    return { ref: inside[0]!, length: len };
  }
  return undefined;
}

/**
 * Divisions named in Latin script by their pinyin ("Ezhou", "Echeng District"), among the
 * given lower-case words; returns the places and the indexes of the words they used.
 *
 * @example
 * ```ts
 * import { latinPlaces } from "@linli/dedupe";
 * latinPlaces(["ezhou", "central", "hospital"]).places.map((p) => p.short); // ["鄂州"]
 * ```
 */
export function latinPlaces(words: readonly string[]): { places: PlaceRef[]; used: Set<number> } {
  expectArgument("latinPlaces", "words", "texts", words);
  const idx = placeIndex();
  const spans: { refs: PlaceRef[]; level: Division["level"] | undefined; at: number[] }[] = [];
  const used = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    // "Xi An", "Xi'an": two words or one.
    const two = i + 1 < words.length ? words[i]! + words[i + 1]! : undefined;
    const pick = (key: string | undefined) =>
      key && key.length >= 4 ? idx.byPinyin.get(key) : undefined;
    let refs = pick(two);
    let take = 2;
    if (!refs) {
      refs = pick(words[i]);
      take = 1;
    }
    if (!refs) continue;
    const level = LATIN_LEVEL[words[i + take] ?? ""];
    const at = Array.from({ length: take + (level ? 1 : 0) }, (_, k) => i + k);
    spans.push({ refs, level, at });
    for (const k of at) used.add(k);
    i += take - 1;
  }
  // Many places share a pinyin: take the one inside (or around) another place named, at the
  // level the next word says.
  const places: PlaceRef[] = [];
  spans.forEach(({ refs, level, at }, s) => {
    const others = spans.filter((_, o) => o !== s).flatMap((o) => o.refs);
    const fits = (r: PlaceRef) => others.some((o) => within(r, o) || within(o, r));
    const ref =
      refs.find((r) => fits(r) && (!level || r.level === level)) ??
      refs.find(fits) ??
      refs.find((r) => r.level === level);
    if (ref) places.push(ref);
    else if (others.length === 0) places.push(refs[0]!);
    // A word that is also a place elsewhere (Longgang Township in 献县): not a place here.
    else for (const i of at) used.delete(i);
  });
  return { places, used };
}

const LATIN_LEVEL: Readonly<Record<string, Division["level"]>> = {
  province: "province",
  city: "city",
  prefecture: "city",
  county: "district",
  district: "district",
};
