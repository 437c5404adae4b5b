import { expectText } from "../../i18n/argument.js";
import { divisionIndex } from "../data.js";
import type { Division } from "../types.js";

/**
 * The GB/T 2260 division with this 6-digit code (province, city or district), or `undefined`.
 *
 * @example
 * ```ts
 * import { lookupDivision } from "@linli/core/divisions";
 * const d = lookupDivision("610113");
 * d?.name; // "雁塔区"
 * d?.fullName; // "陕西省西安市雁塔区"
 * d?.city; // { code: "610100", name: "西安市" }
 * ```
 */
export function lookupDivision(code: string): Division | undefined {
  expectText("lookupDivision", "code", code);
  return divisionIndex().byCode.get(code.trim());
}
