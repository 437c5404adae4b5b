import { toHalfWidth } from "@linli/core";
import { pinyin } from "pinyin-pro";
import type { Comparator } from "../../types.js";
import {
  latinPlaces,
  leadingPlaces,
  type PlaceRef,
  placeIndex,
  samePlace,
  within,
} from "../place-names/place-names.js";
import { madeBy } from "../recipe.js";
import { simplifyChars } from "../shared.js";

/** The parts of a street address that tell two sites apart. */
export interface StreetAddressParts {
  /** The most specific division named (GB/T 2260 code), or "". */
  readonly place: string;
  /** Road as toneless pinyin of its name and its kind ("wenxing:lu"), or "". */
  readonly road: string;
  /** Number on the road ("9"), or "". */
  readonly number: string;
}

const ROAD_ZH = /(大道|大街|胡同|路|街|巷|道)(\d+)(?:号|$|[^\d])/g;
const ROAD_KIND: Readonly<Record<string, string>> = {
  大道: "dadao",
  大街: "jie",
  胡同: "xiang",
  路: "lu",
  街: "jie",
  巷: "xiang",
  道: "dao",
  road: "lu",
  rd: "lu",
  street: "jie",
  st: "jie",
  avenue: "dadao",
  ave: "dadao",
  boulevard: "dadao",
  blvd: "dadao",
  lane: "xiang",
  ln: "xiang",
};
const ROAD_EN =
  /(?:no\.?\s*)?(\d+)[,\s]+((?:[a-z]+\s){1,3})(road|rd|street|st|avenue|ave|boulevard|blvd|lane|ln)\b/;
const DIRECTION_EN: Readonly<Record<string, string>> = {
  east: "dong",
  west: "xi",
  south: "nan",
  north: "bei",
};
// Characters that end the text before a road's name: a place, another road, a number.
const STOP = /[区县市旗盟镇乡街道路号办村省州\d]/;

const py = (s: string) => pinyin(s, { toneType: "none", type: "array" }).join("");

/** Text of an address given as text or as a linli address object (province … line). */
function texts(value: unknown): { head: string; line: string } | undefined {
  if (typeof value === "string") return { head: "", line: value };
  if (typeof value !== "object" || value === null) return undefined;
  const a = value as Record<string, unknown>;
  const s = (k: string) => (typeof a[k] === "string" ? (a[k] as string) : "");
  const head = s("province") + s("city") + s("district");
  const line = s("line") || s("street") + s("community") + s("compound");
  return head === "" && line === "" ? undefined : { head, line };
}

function deepest(places: readonly PlaceRef[]): PlaceRef | undefined {
  let best: PlaceRef | undefined;
  for (const p of places) if (!best || within(p, best)) best = p;
  return best;
}

/**
 * Split a street address into division, road and number: "湖北省鄂州市文星路9号鄂州市中心医院
 * 设备科" and "No. 9 Wenxing Road, Ezhou" both give 鄂州 / wenxing:lu / 9.
 *
 * @example
 * ```ts
 * import { parseStreetAddress } from "@linli/dedupe";
 * parseStreetAddress("鄂州市鄂城区樊口街民信西路16号");
 * // { place: "420704", road: "minxinxi:lu", number: "16" }
 * ```
 */
export function parseStreetAddress(value: unknown): StreetAddressParts | undefined {
  const t = texts(value);
  if (!t) return undefined;
  const clean = (s: string) =>
    simplifyChars(toHalfWidth(s)).toLowerCase().replace(/\s+/g, " ").trim();
  const head = clean(t.head).replace(/ /g, "");
  const line = clean(t.line);
  const places = [...leadingPlaces(head).places];
  let road = "";
  let number = "";
  if (/\p{Script=Han}/u.test(line)) {
    const zh = line.replace(/ /g, "");
    for (const x of leadingPlaces(zh).places) places.push(x);
    for (const m of zh.matchAll(ROAD_ZH)) {
      let from = m.index!;
      while (from > 0 && m.index! - from < 6 && !STOP.test(zh[from - 1]!)) from--;
      const stem = zh.slice(from, m.index!);
      if (stem === "") continue;
      road = `${py(stem)}:${ROAD_KIND[m[1]!]}`;
      number = String(Number(m[2]));
      break;
    }
  } else if (line !== "") {
    const m = ROAD_EN.exec(line);
    let rest = line;
    if (m) {
      const stem = m[2]!
        .trim()
        .split(" ")
        .map((w) => DIRECTION_EN[w] ?? w);
      road = `${stem.join("")}:${ROAD_KIND[m[3]!]}`;
      number = String(Number(m[1]));
      // A road named like a place (Dongfeng Road, 东丰县) is not that place.
      rest = line.slice(0, m.index) + line.slice(m.index + m[0].length);
    }
    for (const x of latinPlaces(rest.split(/[^a-z0-9]+/).filter(Boolean)).places) places.push(x);
  }
  const place = deepest(places)?.code ?? "";
  if (place === "" && road === "") return undefined;
  return { place, road, number };
}

const LEVELS = [
  "exact",
  "same-number",
  "same-road",
  "same-area",
  "number-differs",
  "road-differs",
  "place-differs",
  "different",
] as const;

/** 0 same place, 1 one within the other or missing, 2 different. */
function placeRelation(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "" || b === "") return 1;
  const idx = placeIndex();
  const pa = idx.byCode.get(a);
  const pb = idx.byCode.get(b);
  if (!pa || !pb) return 2;
  if (samePlace(pa, pb)) return 0;
  return within(pa, pb) || within(pb, pa) ? 1 : 2;
}

/**
 * Street addresses of organisations and sites, compared by parsed parts: division (GB/T
 * 2260), road and number, in Chinese or English. Levels: `exact`, `same-number` (same road
 * and number), `same-road`, `same-area` (same division, no road to compare),
 * `number-differs` (same road, another number), `road-differs`, `place-differs`, `different`.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.streetAddress();
 * const f = (s: string) => c.features(c.normalize(s)!);
 * c.levels[c.compare(f("湖北省鄂州市文星路9号设备科"), f("No. 9 Wenxing Road, Ezhou"))]; // "same-number"
 * ```
 */
export function streetAddress(): Comparator<StreetAddressParts> {
  return madeBy("streetAddress", undefined, {
    id: "street-address",
    levels: LEVELS,
    m: [0.6, 0.2, 0.05, 0.08, 0.01, 0.02, 0.01, 0.03],
    against: 4,
    normalize(value) {
      const p = parseStreetAddress(value);
      return p && `${p.place}|${p.road}|${p.number}`;
    },
    features(key) {
      const [place = "", road = "", number = ""] = key.split("|");
      return { place, road, number };
    },
    compare(a, b) {
      if (a.place === b.place && a.road === b.road && a.number === b.number) return 0;
      const place = placeRelation(a.place, b.place);
      if (a.road !== "" && a.road === b.road && place < 2) {
        if (a.number === b.number) return 1;
        return a.number === "" || b.number === "" ? 2 : 4;
      }
      if (place === 2) return 6;
      if (a.road === "" || b.road === "") return place === 0 ? 3 : 7;
      return 5;
    },
  });
}
