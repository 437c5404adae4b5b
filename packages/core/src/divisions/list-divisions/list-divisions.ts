import { divisionIndex } from "../data.js";
import type { Division } from "../types.js";

/**
 * Every GB/T 2260 division at county level or above, provinces first, in code order within a
 * level: for indexes of your own (place names inside organisation names, pick lists).
 *
 * @example
 * ```ts
 * import { listDivisions } from "@linli/core/divisions";
 * const hubei = listDivisions().filter((d) => d.code.startsWith("42") && d.level === "city");
 * hubei.map((d) => d.name); // ["武汉市", "黄石市", "十堰市", …]
 * ```
 */
export function listDivisions(): readonly Division[] {
  if (!sorted) {
    sorted = [...divisionIndex().all].sort(
      (a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || (a.code < b.code ? -1 : 1),
    );
  }
  return sorted;
}

const LEVELS: readonly Division["level"][] = ["province", "city", "district"];
let sorted: readonly Division[] | undefined;
