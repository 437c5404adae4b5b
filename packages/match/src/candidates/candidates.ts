import type { SupplyCategory } from "@linli/core";
import type { Line } from "../model/lines.js";
import type { Lot } from "../model/lots.js";
import { type Place, reach, type Tier } from "../model/places.js";
import type { SubstitutionTable } from "../types.js";

/**
 * Categories that may stand in for each other by default: groceries for groceries. Units must
 * still convert (a need in 公斤 takes rice in 斤 or 袋 of known weight, not 份).
 *
 * @example
 * ```ts
 * import { DEFAULT_SUBSTITUTIONS } from "@linli/match";
 * DEFAULT_SUBSTITUTIONS["fresh-produce"]; // ["food"]
 * ```
 */
export const DEFAULT_SUBSTITUTIONS: SubstitutionTable = {
  "fresh-produce": ["food"],
  food: ["fresh-produce"],
};

/**
 * Categories given only as the item asked for: another medicine is not a substitute.
 *
 * @example
 * ```ts
 * import { DEFAULT_EXACT_ONLY } from "@linli/match";
 * DEFAULT_EXACT_ONLY.includes("medicine"); // true
 * ```
 */
export const DEFAULT_EXACT_ONLY: readonly SupplyCategory[] = [
  "medicine",
  "medical-device",
  "infant-supplies",
];

/** How a lot matches a line's item: the item itself, its category, or a substitute category. */
export type Level = "item" | "category" | "substitute";
const LEVELS: Level[] = ["item", "category", "substitute"];
const TIERS: Tier[] = ["same-compound", "nearby", "community", "hub"];

/** Why a line has no candidate, the first test that left none. */
export type NoCandidate = "no-stock" | "unit" | "out-of-reach" | "too-late" | "expired" | "taken";

/** Every line's candidate lots, best first, in flat arrays (line i: `start[i]…start[i+1]`). */
export interface Candidates {
  readonly start: Int32Array;
  readonly lot: Int32Array;
  /** Lot units per unit of the line. */
  readonly ratio: Float64Array;
  readonly level: Uint8Array;
  readonly tier: Uint8Array;
  /** Kilometres, or NaN when not measured. */
  readonly km: Float64Array;
  /** Per line without candidates, why. */
  readonly none: ReadonlyMap<number, NoCandidate>;
}

/** The level, tier and kilometre codes as names. */
export const levelName = (code: number): Level => LEVELS[code]!;
export const tierName = (code: number): Tier => TIERS[code]!;

export interface CandidateOptions {
  readonly maxKm: number;
  readonly hub: boolean;
  readonly substitutions: SubstitutionTable;
  readonly exactOnly: readonly SupplyCategory[];
  /** `YYYY-MM-DD` of the run: lots expiring before it are not used. */
  readonly today: string;
}

const FAILED: NoCandidate[] = ["unit", "out-of-reach", "too-late", "expired", "taken"];

interface Found {
  readonly i: number;
  readonly r: number;
  readonly lv: number;
  readonly t: number;
  readonly km: number;
}
interface Shared {
  readonly found: readonly Found[];
  /** -1: nothing of the kind; 0: units do not convert; 1: out of reach; 2: reached. */
  readonly progress: number;
}

const placeKey = (p: Place) =>
  `${p.id ?? ""}|${p.community ?? ""}|${p.compound ?? ""}|${p.geo ? `${p.geo.lat},${p.geo.lon}` : ""}|${p.name}`;

/**
 * For each need line, the lots that can serve it: the same item first, then the same
 * category (unless the category is exact-only), then substitute categories; only where units
 * convert, the depot reaches the household (same compound, within `maxKm`, the same community,
 * or a hub), the lot is available before the need is due, and it has not expired. Within a
 * level: nearer tiers first, then nearer depots, stock before pledges, first to expire first.
 */
export function candidates(
  lines: readonly Line[],
  lots: readonly Lot[],
  o: CandidateOptions,
): Candidates {
  const byKey = new Map<string, number[]>();
  const byCategory = new Map<string, number[]>();
  lots.forEach((l, i) => {
    push(byKey, l.supplyItemId ? `#${l.supplyItemId}` : l.key, i);
    if (l.supplyItemId) push(byKey, l.key, i);
    if (l.category) push(byCategory, l.category, i);
  });
  const exact = new Set(o.exactOnly);
  // Places as small integers, so that reach is computed once per pair of places.
  const placeIds = new Map<string, number>();
  const placeId = (p: Place) => {
    const k = placeKey(p);
    let id = placeIds.get(k);
    if (id === undefined) {
      id = placeIds.size;
      placeIds.set(k, id);
    }
    return id;
  };
  const lotPlace = Int32Array.from(lots, (l) => placeId(l.place));
  const reachCache = new Map<number, ReturnType<typeof reach> | null>();
  const start = new Int32Array(lines.length + 1);
  const lot: number[] = [];
  const ratio: number[] = [];
  const level: number[] = [];
  const tier: number[] = [];
  const kms: number[] = [];
  const none = new Map<number, NoCandidate>();
  // Lines of one place asking for the same thing in the same measure share a sorted list of
  // the lots that convert and reach; each line then keeps those in time, unexpired and not used up.
  const shared = new Map<string, Shared>();
  const sharedFor = (line: Line): Shared => {
    const sig = `${placeId(line.place)}|${line.key}|${line.supplyItemId ?? ""}|${line.category ?? ""}|${line.measure ? `${line.measure.base}|${line.measure.factor}` : `-|${line.unit ?? ""}`}`;
    let hit = shared.get(sig);
    if (hit) return hit;
    const pool = new Map<number, number>();
    for (const i of byKey.get(line.key) ?? []) pool.set(i, 0);
    if (line.supplyItemId) for (const i of byKey.get(`#${line.supplyItemId}`) ?? []) pool.set(i, 0);
    if (line.category && !exact.has(line.category)) {
      for (const i of byCategory.get(line.category) ?? []) if (!pool.has(i)) pool.set(i, 1);
      for (const c of o.substitutions[line.category] ?? [])
        for (const i of byCategory.get(c) ?? []) if (!pool.has(i)) pool.set(i, 2);
    }
    let progress = -1;
    const found: Found[] = [];
    const linePlace = placeId(line.place) * 1_048_576;
    for (const [i, lv] of pool) {
      const l = lots[i]!;
      progress = Math.max(progress, 0);
      const r = convert(line, l, lv);
      if (r === undefined) continue;
      progress = Math.max(progress, 1);
      const k = linePlace + lotPlace[i]!;
      let where = reachCache.get(k);
      if (where === undefined) {
        where = reach(line.place, l.place, o.maxKm, o.hub) ?? null;
        reachCache.set(k, where);
      }
      if (!where) continue;
      progress = 2;
      found.push({ i, r, lv, t: TIERS.indexOf(where.tier), km: where.km ?? Number.NaN });
    }
    found.sort((a, b) => {
      const la = lots[a.i]!;
      const lb = lots[b.i]!;
      return (
        a.lv - b.lv ||
        a.t - b.t ||
        (Number.isNaN(a.km) ? 0 : a.km) - (Number.isNaN(b.km) ? 0 : b.km) ||
        la.availableAt - lb.availableAt ||
        (la.expiry ?? "9999").localeCompare(lb.expiry ?? "9999") ||
        la.id.localeCompare(lb.id)
      );
    });
    hit = { found, progress };
    shared.set(sig, hit);
    return hit;
  };
  for (const line of lines) {
    start[line.index] = lot.length;
    if (line.outstanding <= 0) continue;
    const { found, progress: reached } = sharedFor(line);
    // How far the best lot got: in the pool, converts, reaches, in time, not expired.
    let progress = reached;
    const before = lot.length;
    for (const f of found) {
      const l = lots[f.i]!;
      if (l.availableAt > line.neededBy) continue;
      progress = Math.max(progress, 3);
      if (l.expiry && l.expiry < o.today) continue;
      progress = 4;
      if (l.quantity - l.held <= 1e-9) continue;
      lot.push(f.i);
      ratio.push(f.r);
      level.push(f.lv);
      tier.push(f.t);
      kms.push(f.km);
    }
    if (lot.length === before) none.set(line.index, progress < 0 ? "no-stock" : FAILED[progress]!);
  }
  start[lines.length] = lot.length;
  return {
    start,
    lot: Int32Array.from(lot),
    ratio: Float64Array.from(ratio),
    level: Uint8Array.from(level),
    tier: Uint8Array.from(tier),
    km: Float64Array.from(kms),
    none,
  };
}

/** Lot units per line unit, or undefined when the units do not convert. */
function convert(line: Line, lot: Lot, level: number): number | undefined {
  if (line.measure && lot.measure) {
    return line.measure.base === lot.measure.base
      ? line.measure.factor / lot.measure.factor
      : undefined;
  }
  // No unit on either side: only the very item, counted the same way.
  return level === 0 && !line.measure && (!lot.measure || !line.unit) ? 1 : undefined;
}

function push(m: Map<string, number[]>, k: string, v: number) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
