import { checkPhone, creditCodeCheckChar } from "@linli/core";
import { type Division, listDivisions } from "@linli/core/divisions";
import { pinyin } from "pinyin-pro";
import { placeShortName } from "../../comparators/place-names/place-names.js";
import { MOBILE_PREFIXES } from "../synthetic/pools.js";
import type { Random } from "../synthetic/random.js";
import { DIRECTIONS, ORDINALS, PATTERNS, type Pattern } from "./patterns.js";
import {
  COMMON_SUBPLACES,
  PARKS,
  PROPER,
  ROAD_KINDS,
  ROADS,
  SUBPLACE_FIRST,
  SUBPLACE_SECOND,
} from "./pools.js";

/** A division as names use it: full and short Chinese names and the English name. */
export interface Place {
  readonly code: string;
  readonly full: string;
  readonly short: string;
  /** "Ezhou", "Huangmei County", "Echeng District". */
  readonly en: string;
}

/** One organisation or facility, before anyone re-types it. */
export interface Organization {
  readonly pattern: Pattern;
  readonly place: Place;
  readonly city?: Place;
  readonly province: Place;
  readonly ordinal: number;
  /** Sub-place or proper name in Chinese and English (城关 / Chengguan), or a direction. */
  readonly fill?: readonly [string, string];
  readonly direction?: readonly [string, string];
  /** Whether its own name starts with its city (鄂州市鄂城区人民医院). */
  readonly withCity: boolean;
  readonly phone: string;
  /** A second line, which a duplicate may give instead. */
  readonly phone2: string;
  readonly road: readonly [string, string, string, string];
  readonly number: number;
  readonly code?: string;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** English of a Chinese name: capitalised toneless pinyin. */
export const english = (s: string) =>
  capital(pinyin(s, { toneType: "none", type: "array" }).join("").replace(/ü/g, "v"));

function place(d: Division): Place {
  const short = placeShortName(d.name);
  const level =
    d.level === "city"
      ? ""
      : d.name.endsWith("县")
        ? " County"
        : d.name.endsWith("市")
          ? " City"
          : " District";
  return { code: d.code, full: d.name, short, en: english(short) + level };
}

const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** Telephone area codes in use in China; each city of the data gets one. */
// biome-ignore format: a table reads better packed
const AREA_CODES = [
  "010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0311", "0351", "0371",
  "0431", "0451", "0471", "0531", "0551", "0571", "0591", "0711", "0712", "0713", "0714", "0715",
  "0716", "0717", "0718", "0719", "0722", "0724", "0728", "0731", "0755", "0771", "0791", "0851",
  "0871", "0891", "0898", "0931", "0951", "0971", "0991",
];

/** Everything one run draws from: cities with their counties, unique phones and codes. */
export class Draw {
  private readonly phones = new Set<string>();
  constructor(private readonly rand: Random) {}

  /** Prefecture-level cities with their counties and districts, in a seeded order. */
  cities(): { city: Division; counties: Division[] }[] {
    const all = listDivisions();
    const byCity = new Map<string, Division[]>();
    for (const d of all) {
      if (d.level !== "district" || !d.city || d.name.includes("辖")) continue;
      const list = byCity.get(d.city.code);
      if (list) list.push(d);
      else byCity.set(d.city.code, [d]);
    }
    const out = all
      .filter((d) => d.level === "city" && (byCity.get(d.code)?.length ?? 0) >= 2)
      .map((city) => ({ city, counties: byCity.get(city.code)! }));
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.rand.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** A new phone: a landline of the area (valid by GB numbering) or a mobile. */
  phone(area: string): string {
    for (;;) {
      let p =
        this.rand.pick(MOBILE_PREFIXES) + String(this.rand.int(0, 99_999_999)).padStart(8, "0");
      if (this.rand.chance(0.6)) {
        const digits = area.length === 3 || this.rand.chance(0.5) ? 8 : 7;
        const local = `${this.rand.int(2, 8)}${String(this.rand.int(0, 10 ** (digits - 1) - 1)).padStart(digits - 1, "0")}`;
        if (checkPhone(`${area}-${local}`).ok) p = `${area}-${local}`;
      }
      if (!this.phones.has(p)) {
        this.phones.add(p);
        return p;
      }
    }
  }

  creditCode(division: string): string {
    let body = `12${division}`;
    for (let i = 0; i < 9; i++) body += CODE_CHARS[this.rand.int(0, CODE_CHARS.length - 1)];
    return body + creditCodeCheckChar(body);
  }

  /** Town, street or community names of one county, unique within it. */
  subplaces(count: number): string[] {
    const out = new Set<string>();
    while (out.size < count) {
      out.add(
        this.rand.chance(0.3)
          ? this.rand.pick(COMMON_SUBPLACES)
          : this.rand.pick(SUBPLACE_FIRST) + this.rand.pick(SUBPLACE_SECOND),
      );
    }
    return [...out];
  }
}

/** The organisations of one city and its counties. */
export function organizationsOf(
  rand: Random,
  draw: Draw,
  city: Division,
  counties: readonly Division[],
): Organization[] {
  const province = place({
    ...city,
    code: `${city.code.slice(0, 2)}0000`,
    name: city.province?.name ?? "",
  });
  const cityPlace = place(city);
  const area = AREA_CODES[(Number(city.code.slice(0, 4)) * 7919) % AREA_CODES.length]!;
  const out: Organization[] = [];
  const make = (pattern: Pattern, at: Place, parent: Place | undefined, names: string[]) => {
    if (!rand.chance(Math.min(1, pattern.weight / 10))) return;
    const count = pattern.perPlace === 1 ? 1 : rand.int(1, pattern.perPlace);
    const fills =
      pattern.fill === "proper"
        ? pick(rand, PROPER, count).map((x) => [x, english(x)] as const)
        : pattern.fill === "park"
          ? pick(rand, PARKS, count)
          : pattern.fill
            ? names.splice(0, count).map((x) => [x, english(x)] as const)
            : [];
    const dirs = pattern.direction
      ? pick(rand, DIRECTIONS, Math.min(count, DIRECTIONS.length))
      : [];
    const n = pattern.fill ? fills.length : pattern.direction ? dirs.length : count;
    for (let k = 0; k < n; k++) {
      const road = rand.pick(ROADS) + (rand.chance(0.2) ? rand.pick(["东", "西", "南", "北"]) : "");
      const [kindZh, kindEn] = rand.pick(ROAD_KINDS);
      const phone = draw.phone(area);
      out.push({
        pattern,
        place: at,
        ...(parent ? { city: parent } : {}),
        province,
        ordinal: pattern.numbered ? k + 1 : 0,
        ...(fills[k] ? { fill: fills[k] } : {}),
        ...(dirs[k] ? { direction: dirs[k] } : {}),
        withCity: parent !== undefined && rand.chance(0.5),
        phone,
        phone2: draw.phone(area),
        road: [road, kindZh, english(road), kindEn],
        number: rand.int(1, 300),
        ...(rand.chance(0.35) ? { code: draw.creditCode(at.code) } : {}),
      });
    }
  };
  for (const p of PATTERNS) if (p.level === "city") make(p, cityPlace, undefined, []);
  for (const county of counties) {
    const at = place(county);
    const towns = draw.subplaces(8);
    const streets = draw.subplaces(6);
    const communities = draw.subplaces(8);
    for (const p of PATTERNS) {
      if (p.level !== "county") continue;
      const names = p.fill === "town" ? [...towns] : p.fill === "street" ? streets : communities;
      make(p, at, cityPlace, names);
    }
  }
  return out;
}

function pick<T>(rand: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  const out: T[] = [];
  while (out.length < count && copy.length > 0)
    out.push(copy.splice(rand.int(0, copy.length - 1), 1)[0]!);
  return out;
}

/** Fill a template of {@link PATTERNS} for an organisation. */
export function fillTemplate(o: Organization, template: string, full: string): string {
  const n = o.ordinal;
  return template
    .replace("{P}", full)
    .replace("{p}", o.place.short)
    .replace("{E}", o.place.en)
    .replace("{n}", String(n))
    .replace("{cn}", ORDINALS.zh[n - 1] ?? "")
    .replace("{N}", ORDINALS.en[n - 1] ?? "")
    .replace("{x}", o.fill?.[0] ?? "")
    .replace("{X}", o.fill?.[1] ?? "")
    .replace("{d}", o.direction?.[0] ?? "")
    .replace("{D}", o.direction?.[1] ?? "");
}
