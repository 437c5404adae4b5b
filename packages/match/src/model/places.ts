import type { Address, Location } from "@linli/core";

type GeoPoint = NonNullable<Address["geo"]>;

import { itemKey } from "../units/units.js";

/** Where a depot or a household is, as far as it is known. */
export interface Place {
  readonly id?: string;
  readonly name: string;
  readonly community?: string;
  readonly compound?: string;
  readonly building?: string;
  readonly unit?: string;
  readonly room?: string;
  readonly geo?: { readonly lat: number; readonly lon: number };
  readonly address?: Address;
}

type Geo = NonNullable<Place["geo"]>;

const geoOf = (g: GeoPoint | undefined): Geo | undefined =>
  g && Number.isFinite(g.lat) && Number.isFinite(g.lon) ? { lat: g.lat, lon: g.lon } : undefined;

/** Locations by id and by name, to place depots named in stock movements and pledges. */
export class Places {
  readonly #byId = new Map<string, Location>();
  readonly #byName = new Map<string, Location>();

  constructor(locations: readonly Location[] = []) {
    for (const l of locations) {
      this.#byId.set(l.meta.id, l);
      if (!this.#byName.has(itemKey(l.name))) this.#byName.set(itemKey(l.name), l);
    }
  }

  /** The place of a depot named by id and/or name; an unknown name is a place with no area. */
  depot(id: string | undefined, name: string | undefined): Place {
    const l = (id && this.#byId.get(id)) || (name ? this.#byName.get(itemKey(name)) : undefined);
    if (!l) return { ...(id ? { id } : {}), name: name ?? id ?? "" };
    const geo = geoOf(l.geo);
    return {
      id: l.meta.id,
      name: l.name,
      ...opt("community", l.community),
      ...opt("compound", l.compound),
      ...opt("building", l.building),
      ...opt("unit", l.unit),
      ...opt("room", l.room),
      ...(geo ? { geo } : {}),
    };
  }
}

/** The place of a need: its delivery address. */
export function householdPlace(address: Address | undefined, fallbackCommunity?: string): Place {
  const a = address ?? {};
  const geo = geoOf(a.geo);
  const community = a.community ?? fallbackCommunity;
  // Field by field (one place per need): spreads of optional parts cost.
  const p: Mutable<Place> = { name: a.compound ?? community ?? "" };
  if (community) p.community = community;
  if (a.compound) p.compound = a.compound;
  if (a.building) p.building = a.building;
  if (a.unit) p.unit = a.unit;
  if (a.room) p.room = a.room;
  if (geo) p.geo = geo;
  if (address) p.address = address;
  return p;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const opt = <K extends string>(k: K, v: string | undefined) =>
  (v ? { [k]: v } : {}) as Partial<Record<K, string>>;

/** Kilometres between two points on the sphere. */
export function km(a: Geo, b: Geo): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How a depot reaches a household, best first; `undefined` when it does not. */
export type Tier = "same-compound" | "nearby" | "community" | "hub";

/** The tier in which `depot` serves `home`, and the distance when both are on the map. */
export function reach(
  home: Place,
  depot: Place,
  maxKm: number,
  hub: boolean,
): { tier: Tier; km?: number } | undefined {
  const same = (a?: string, b?: string) =>
    a !== undefined && b !== undefined && itemKey(a) === itemKey(b);
  const communityOk = !home.community || !depot.community || same(home.community, depot.community);
  if (same(home.compound, depot.compound) && communityOk) return { tier: "same-compound" };
  if (home.geo && depot.geo) {
    const d = km(home.geo, depot.geo);
    if (d <= maxKm) return { tier: "nearby", km: Math.round(d * 10) / 10 };
  } else if (same(home.community, depot.community)) {
    return { tier: "community" };
  }
  if (hub && !depot.community && !depot.compound) return { tier: "hub" };
  return undefined;
}
