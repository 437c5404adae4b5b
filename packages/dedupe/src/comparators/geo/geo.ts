import type { Comparator } from "../../types.js";
import { madeBy } from "../recipe.js";

/** Options of {@link geo}. */
export interface GeoOptions {
  /** Distance levels in metres, smallest first. Default `[50, 500]`. */
  readonly withinMetres?: readonly number[];
}

const R = 6_371_000;
const RAD = Math.PI / 180;

/**
 * Coordinates `{ lat, lon }` (or "lat,lon" text), compared by great-circle distance. Levels:
 * `exact` (same point), one per `withinMetres`, `different`.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.geo();
 * const f = (v: unknown) => c.features(c.normalize(v)!);
 * c.levels[c.compare(f({ lat: 34.2, lon: 108.9 }), f({ lat: 34.2002, lon: 108.9 }))]; // "within-50m"
 * ```
 */
export function geo(options: GeoOptions = {}): Comparator<[number, number]> {
  const within = options.withinMetres ?? [50, 500];
  return madeBy("geo", options, {
    id: "geo",
    levels: ["exact", ...within.map((m) => `within-${m}m`), "different"],
    normalize(value) {
      let lat: unknown;
      let lon: unknown;
      if (typeof value === "string") [lat, lon] = value.split(",").map((s) => Number(s.trim()));
      else if (typeof value === "object" && value !== null) {
        ({ lat, lon } = value as { lat?: unknown; lon?: unknown });
      }
      if (typeof lat !== "number" || typeof lon !== "number") return undefined;
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
      return `${lat},${lon}`;
    },
    features: (key) => key.split(",").map(Number) as [number, number],
    compare(a, b) {
      if (a[0] === b[0] && a[1] === b[1]) return 0;
      const dLat = (b[0] - a[0]) * RAD;
      const dLon = (b[1] - a[1]) * RAD;
      const h =
        Math.sin(dLat / 2) ** 2 +
        Math.cos(a[0] * RAD) * Math.cos(b[0] * RAD) * Math.sin(dLon / 2) ** 2;
      const d = 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
      for (let i = 0; i < within.length; i++) if (d <= within[i]!) return i + 1;
      return within.length + 1;
    },
  });
}
