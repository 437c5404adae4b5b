import { expectArgument, normalizeText, type SupplyItem } from "@linli/core";

/** A quantity's measure: its base unit and how many base units one unit holds. */
export interface Measure {
  /** The base unit: `kg`, `L`, or a count unit such as `只`, `盒`, `份`. */
  readonly base: string;
  /** Base units in one unit. */
  readonly factor: number;
}

// Mass in kilograms and volume in litres keep LP coefficients near 1.
const PHYSICAL: Readonly<Record<string, Measure>> = {
  kg: { base: "kg", factor: 1 },
  公斤: { base: "kg", factor: 1 },
  千克: { base: "kg", factor: 1 },
  斤: { base: "kg", factor: 0.5 },
  市斤: { base: "kg", factor: 0.5 },
  两: { base: "kg", factor: 0.05 },
  g: { base: "kg", factor: 0.001 },
  克: { base: "kg", factor: 0.001 },
  t: { base: "kg", factor: 1000 },
  吨: { base: "kg", factor: 1000 },
  l: { base: "L", factor: 1 },
  升: { base: "L", factor: 1 },
  公升: { base: "L", factor: 1 },
  ml: { base: "L", factor: 0.001 },
  毫升: { base: "L", factor: 0.001 },
};

// Names and units repeat across thousands of rows: each distinct text is cleaned once.
const keys = new Map<string, string>();

/** An item name made comparable: half-width, trimmed, lower-case, no spaces. */
export function itemKey(name: string): string {
  let k = keys.get(name);
  if (k === undefined) {
    k = normalizeText(name).toLowerCase().replace(/\s+/g, "");
    if (keys.size > 100_000) keys.clear();
    keys.set(name, k);
  }
  return k;
}

/** A unit made comparable the same way. */
export const unitKey = (unit: string | undefined): string =>
  unit === undefined ? "" : itemKey(unit);

/**
 * Unit conversion for matching: kilograms, 斤, litres… by a fixed table, and each supply item's
 * own unit through its pack size (`盒` of 50 `只`). Two quantities can be compared when their
 * measures have the same base.
 *
 * @example
 * ```ts
 * import { Units } from "@linli/match";
 * const units = new Units([
 *   { meta: { id: "s-1", schemaVersion: "0.0.0" }, name: "口罩", unit: "盒", packSize: 50, packUnit: "只" },
 * ]);
 * units.measure("口罩", "盒"); // { base: "只", factor: 50 }
 * units.measure("大米", "斤"); // { base: "kg", factor: 0.5 }
 * ```
 */
export class Units {
  readonly #packs = new Map<string, { unit: string; size: number; packUnit: string }>();

  constructor(items: readonly SupplyItem[] = []) {
    expectArgument("Units", "items", "list", items);
    for (const s of items) {
      if (!s.packSize || !s.packUnit) continue;
      const pack = { unit: unitKey(s.unit), size: s.packSize, packUnit: unitKey(s.packUnit) };
      this.#packs.set(itemKey(s.name), pack);
      this.#packs.set(`#${s.meta.id}`, pack);
    }
  }

  /** The measure of `unit` for the item named `name` (or with supply item id `id`). */
  measure(name: string, unit: string | undefined, id?: string): Measure | undefined {
    const u = unitKey(unit);
    if (u === "") return undefined;
    const pack = (id && this.#packs.get(`#${id}`)) || this.#packs.get(itemKey(name));
    if (pack && pack.unit === u) {
      const inner = PHYSICAL[pack.packUnit] ?? { base: pack.packUnit, factor: 1 };
      return { base: inner.base, factor: pack.size * inner.factor };
    }
    return PHYSICAL[u] ?? { base: u, factor: 1 };
  }
}
