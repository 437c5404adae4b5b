import { Location } from "@linli/core";
import { address } from "../comparators/address/address.js";
import { exact } from "../comparators/exact/exact.js";
import { geo } from "../comparators/geo/geo.js";
import { streetAddress } from "../comparators/street-address/street-address.js";
import { DEFAULT_THRESHOLD } from "../options.js";
import type { Profile } from "../types.js";
import { columnReader } from "./columns.js";
import { nameBlocking, nameFields, roadNumberKey } from "./org-keys.js";

/** Coordinates rounded to about 100 m, as a blocking key. */
const cell = (key: string) => {
  const [lat, lon] = key.split(",").map(Number);
  return `${Math.round(lat! * 1000)},${Math.round(lon! * 1000)}`;
};

/**
 * Default profile for locations (buildings, compounds, sites, shelters, warehouses): the name
 * by its parts as for organisations (place, kind, number, branch, proper name), the street
 * address by division, road and number, the compound address (compound, building, unit,
 * room), division code, coordinates and kind; blocking on the name's parts, road + number,
 * the compound address and coordinates (≈100 m cells).
 *
 * @example
 * ```ts
 * import { dedupe } from "@linli/dedupe";
 * const { clusters } = dedupe(
 *   [{ name: "丈八小区", geo: { lat: 34.2, lon: 108.9 } }, { name: "丈八小區", geo: { lat: 34.2001, lon: 108.9 } }],
 *   { profile: "location" },
 * );
 * ```
 */
export function locationProfile(): Profile {
  return {
    name: "location",
    fields: [
      ...nameFields(columnReader(Location, "name")),
      { name: "street", get: (r) => r, comparator: streetAddress() },
      { name: "address", get: (r) => r, comparator: address() },
      { name: "divisionCode", get: columnReader(Location, "divisionCode"), comparator: exact() },
      { name: "geo", get: "geo", comparator: geo() },
      { name: "kind", get: columnReader(Location, "kind"), comparator: exact() },
    ],
    blocking: [
      ...nameBlocking,
      { name: "road-number", on: ["street"], transform: roadNumberKey, maxBlockSize: 50 },
      { name: "address", on: ["address"], maxBlockSize: 50 },
      { name: "geo-cell", on: ["geo"], transform: cell, maxBlockSize: 50 },
    ],
    threshold: DEFAULT_THRESHOLD,
    estimateU: "candidates",
    training: [{ rule: "name" }, { rule: "road-number" }, { rule: "geo-cell" }],
  };
}
