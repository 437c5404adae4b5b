import { expectArgument, expectText } from "../../i18n/argument.js";
import { divisionIndex } from "../data.js";
import type { Division } from "../types.js";

/**
 * Options of {@link findDivisions}.
 *
 * @example
 * ```ts
 * import { findDivisions } from "@linli/core/divisions";
 * findDivisions("鼓楼区", { within: "福建" })[0]?.fullName; // "福建省福州市鼓楼区"
 * ```
 */
export interface FindDivisionsOptions {
  /** Only divisions inside this one: a 6-digit code or a name such as `"西安市"`. */
  readonly within?: string;
}

// What may follow a short name: "西安" → 西安市, "广西" → 广西壮族自治区.
const SUFFIX =
  /^(?:省|市|区|县|旗|盟|地区|林区|特区|新区|特别行政区|(?:[\u4e00-\u9fff]{1,4}?族|维吾尔)*自治(?:区|州|县|旗))$/;

const LEVELS: readonly Division["level"][] = ["province", "city", "district"];

/**
 * Find divisions by name: the official name (`"雁塔区"`), the full name
 * (`"陕西省西安市雁塔区"`, `"西安市雁塔区"`) or a short name without its suffix (`"西安"`,
 * `"内蒙古"`, `"广西"`). Exact matches come first; within each group, provinces before
 * cities before districts, then by code. Names repeat across China
 * (there are four 鼓楼区), so narrow with `within`.
 *
 * @example
 * ```ts
 * import { findDivisions } from "@linli/core/divisions";
 * findDivisions("西安市")[0]?.code; // "610100"
 * findDivisions("长安区").map((d) => d.fullName); // ["河北省石家庄市长安区", "陕西省西安市长安区"]
 * findDivisions("长安区", { within: "陕西" }).map((d) => d.code); // ["610116"]
 * ```
 */
export function findDivisions(name: string, options: FindDivisionsOptions = {}): Division[] {
  expectText("findDivisions", "name", name);
  expectArgument("findDivisions", "options", "options", options);
  const query = clean(name);
  if (query === "") return [];
  const scopes = options.within === undefined ? undefined : resolveScopes(options.within);
  if (scopes?.length === 0) return [];

  const exact: Division[] = [];
  const short: Division[] = [];
  for (const d of divisionIndex().all) {
    if (scopes && !scopes.some((s) => d.code.startsWith(s) && d.code !== s.padEnd(6, "0"))) {
      continue;
    }
    if (d.name === query || d.fullName === query || (d.city && d.city.name + d.name === query)) {
      exact.push(d);
    } else if (
      query.length >= 2 &&
      d.name.startsWith(query) &&
      SUFFIX.test(d.name.slice(query.length))
    ) {
      short.push(d);
    }
  }
  const order = (a: Division, b: Division) =>
    LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.code.localeCompare(b.code);
  return [...exact.sort(order), ...short.sort(order)];
}

/** Code prefixes of the divisions `within` names. */
function resolveScopes(within: string): string[] {
  const query = clean(within);
  const found = /^\d{6}$/.test(query)
    ? [divisionIndex().byCode.get(query)].filter((d) => d !== undefined)
    : findDivisions(query);
  return found.map((d) =>
    d.level === "province" ? d.code.slice(0, 2) : d.level === "city" ? d.code.slice(0, 4) : d.code,
  );
}

function clean(text: string): string {
  return text.normalize("NFKC").replace(/\s/g, "");
}
