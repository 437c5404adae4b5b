import { date } from "../comparators/date/date.js";
import { exact } from "../comparators/exact/exact.js";
import { string } from "../comparators/string/string.js";
import { DEFAULT_THRESHOLD } from "../options.js";
import type { Profile } from "../types.js";

const text = (r: unknown, k: string) => {
  const v = (r as Record<string, unknown>)[k];
  return typeof v === "string" ? v.trim() : "";
};

/**
 * A profile for generic person records with alphabetic names, shaped like the FEBRL benchmark
 * (given_name, surname, street_number, address_1, address_2, suburb, postcode, state,
 * date_of_birth, soc_sec_id): Jaro-Winkler names with term-frequency adjustment, edit-distance
 * numbers, a date comparator that knows swapped day and month.
 *
 * @example
 * ```ts
 * import { dedupe, febrlProfile } from "@linli/dedupe";
 * const rows = [
 *   { given_name: "james", surname: "waller", date_of_birth: "19710213", soc_sec_id: "6375537" },
 *   { given_name: "jaems", surname: "waller", date_of_birth: "19710213", soc_sec_id: "6375537" },
 * ];
 * dedupe(rows, { profile: febrlProfile() }).clusters; // [[0, 1]]
 * ```
 */
export function febrlProfile(): Profile {
  const name = () => string({ jaroWinkler: [0.94, 0.88, 0.7] });
  return {
    name: "febrl",
    fields: [
      { name: "given_name", get: "given_name", comparator: name(), termFrequency: true },
      { name: "surname", get: "surname", comparator: name(), termFrequency: true },
      {
        name: "street_number",
        get: "street_number",
        comparator: string({ editDistance: [1], jaroWinkler: [] }),
      },
      { name: "address_1", get: "address_1", comparator: string({ jaroWinkler: [0.9, 0.7] }) },
      { name: "address_2", get: "address_2", comparator: string({ jaroWinkler: [0.9, 0.7] }) },
      {
        name: "suburb",
        get: "suburb",
        comparator: string({ jaroWinkler: [0.9, 0.7] }),
        termFrequency: true,
      },
      {
        name: "postcode",
        get: "postcode",
        comparator: string({ editDistance: [1], jaroWinkler: [] }),
        termFrequency: true,
      },
      { name: "state", get: "state", comparator: exact() },
      { name: "date_of_birth", get: "date_of_birth", comparator: date({ withinDays: [365] }) },
      {
        name: "soc_sec_id",
        get: "soc_sec_id",
        comparator: string({ editDistance: [1, 2], jaroWinkler: [] }),
      },
    ],
    blocking: [
      { name: "soc_sec_id", on: ["soc_sec_id"] },
      { name: "date_of_birth", on: ["date_of_birth"] },
      { name: "postcode", on: ["postcode"] },
      { name: "name", on: ["given_name", "surname"] },
      {
        name: "name-any-order",
        key: (r) => {
          const g = text(r, "given_name");
          const s = text(r, "surname");
          return g && s ? [g, s].sort().join(" ") : undefined;
        },
      },
      { name: "surname+street_number", on: ["surname", "street_number"] },
      { name: "given_name+suburb", on: ["given_name", "suburb"] },
    ],
    threshold: DEFAULT_THRESHOLD,
  };
}
