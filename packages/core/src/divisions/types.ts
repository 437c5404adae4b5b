/** A code and name of a parent division. */
export interface DivisionRef {
  readonly code: string;
  readonly name: string;
}

/**
 * A GB/T 2260 administrative division at county level or above.
 *
 * Districts of the four municipalities (Beijing, Tianjin, Shanghai, Chongqing) and
 * county-level cities governed directly by their province (e.g. 济源市) have no `city`.
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
