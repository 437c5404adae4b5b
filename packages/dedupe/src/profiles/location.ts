import { Location } from "@linli/core";
import { address } from "../comparators/address/address.js";
import { exact } from "../comparators/exact/exact.js";
import { geo } from "../comparators/geo/geo.js";
import { orgName } from "../comparators/org-name/org-name.js";
import { DEFAULT_THRESHOLD } from "../options.js";
import type { Profile } from "../types.js";
import { columnReader } from "./columns.js";

/** Coordinates rounded to about 100 m, as a blocking key. */
const cell = (key: string) => {
  const [lat, lon] = key.split(",").map(Number);
  return `${Math.round(lat! * 1000)},${Math.round(lon! * 1000)}`;
};

/**
 * Default profile for locations (buildings, compounds, sites): name, address parts, division
 * code, coordinates and kind; blocking on name, address, coordinates (≈100 m cells) and
 * division code + name.
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
  const name = orgName();
  return {
    name: "location",
    fields: [
      { name: "name", get: columnReader(Location, "name"), comparator: name, termFrequency: true },
      { name: "address", get: (r) => r, comparator: address() },
      { name: "divisionCode", get: columnReader(Location, "divisionCode"), comparator: exact() },
      { name: "geo", get: "geo", comparator: geo() },
      { name: "kind", get: columnReader(Location, "kind"), comparator: exact() },
    ],
    blocking: [
      { name: "name", on: ["name"], transform: (k) => name.features(k).core, maxBlockSize: 50 },
      { name: "address", on: ["address"], maxBlockSize: 50 },
      { name: "geo-cell", on: ["geo"], transform: cell, maxBlockSize: 50 },
    ],
    threshold: DEFAULT_THRESHOLD,
  };
}
