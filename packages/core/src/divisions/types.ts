/**
 * A code and name of a parent division.
 *
 * @example
 * ```ts
 * import { lookupDivision, type DivisionRef } from "@linli/core/divisions";
 * const city: DivisionRef | undefined = lookupDivision("610113")?.city;
 * // { code: "610100", name: "西安市" }
 * ```
 */
export interface DivisionRef {
  readonly code: string;
  readonly name: string;
}

/**
 * A GB/T 2260 administrative division at county level or above.
 *
 * Districts of the four municipalities (Beijing, Tianjin, Shanghai, Chongqing) and
 * county-level cities governed directly by their province (e.g. 济源市) have no `city`.
 *
 * @example
 * ```ts
 * import { lookupDivision, type Division } from "@linli/core/divisions";
 * const d: Division | undefined = lookupDivision("110105");
 * // { code: "110105", name: "朝阳区", level: "district",
 * //   province: { code: "110000", name: "北京市" }, fullName: "北京市朝阳区" }
 * ```
 */
export interface Division {
  /** 6-digit GB/T 2260 code, e.g. `"610113"`. */
  readonly code: string;
  /** Official name, e.g. `"雁塔区"`. */
  readonly name: string;
  readonly level: "province" | "city" | "district";
  /** The province, for cities and districts. */
  readonly province?: DivisionRef;
  /** The prefecture-level city, for districts that have one. */
  readonly city?: DivisionRef;
  /** Name with its parents, e.g. `"陕西省西安市雁塔区"`. */
  readonly fullName: string;
}
