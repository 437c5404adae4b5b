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

/**
 * Every line's candidate lots, best first, in flat arrays: line i's are the positions
 * `start[i]…end[i]`. Lines of one place asking for the same thing share one run of positions.
 */
export interface Candidates {
  readonly start: Int32Array;
  readonly end: Int32Array;
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

/** A lot that converts to a line's measure: its index and lot units per line unit. */
interface Found {
  readonly i: number;
  readonly r: number;
}
/** What a line asks for (item, category, measure): per level, the lots that convert, per depot. */
interface Pool {
  readonly id: number;
  readonly byDepot: readonly (readonly (Found[] | undefined)[])[];
  /** The same per level and depot: the times those lots are available, each once. */
  readonly times: readonly (readonly (number[] | undefined)[])[];
  /** -1: nothing of the kind; 0: units do not convert; 1: some convert. */
  readonly progress: number;
}
/** The lots that convert and reach one place, for one thing asked, as output positions. */
interface Shared {
  readonly from: number;
  readonly to: number;
  /** The times those lots are available, each once, in order. */
  readonly times: readonly number[];
  /** Per number of those times a line can wait for: its candidates in the output, or why none. */
  readonly kept: Map<number, { at: number; n: number; why: NoCandidate }>;
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
  const known = new Map<Place, number>();
  const placeId = (p: Place) => {
    const seen = known.get(p);
    if (seen !== undefined) return seen;
    const k = placeKey(p);
    let id = placeIds.get(k);
    if (id === undefined) {
      id = placeIds.size;
      placeIds.set(k, id);
    }
    known.set(p, id);
    return id;
  };
  const lotPlace = Int32Array.from(lots, (l) => placeId(l.place));
  const start = new Int32Array(lines.length);
  const end = new Int32Array(lines.length);
  const out = new Grow(lines.length * 8);
  const none = new Map<number, NoCandidate>();
  // What every line asks of a lot, read once per lot.
  const availableAt = Float64Array.from(lots, (l) => l.availableAt);
  const expired = Uint8Array.from(lots, (l) => (l.expiry && l.expiry < o.today ? 1 : 0));
  const empty = Uint8Array.from(lots, (l) => (l.quantity - l.held <= 1e-9 ? 1 : 0));
  // Lots in the order a line takes them within a tier: stock first, first to expire first.
  const rank = new Int32Array(lots.length);
  [...lots.keys()]
    .sort((x, y) => {
      const a = lots[x]!;
      const b = lots[y]!;
      return (
        a.availableAt - b.availableAt ||
        (a.expiry ?? "9999").localeCompare(b.expiry ?? "9999") ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
      );
    })
    .forEach((lot, r) => {
      rank[lot] = r;
    });
  const lotPlaces = placeIds.size;
  const depotOf: Place[] = [];
  lots.forEach((l, i) => {
    depotOf[lotPlace[i]!] = l.place;
  });
  // What a line asks for (item, category, measure): the lots that convert, per depot.
  const pools = new Map<string, Pool>();
  const poolFor = (line: Line) => {
    const sig = `${line.key}|${line.supplyItemId ?? ""}|${line.category ?? ""}|${line.measure ? `${line.measure.base}|${line.measure.factor}` : `-|${line.unit ?? ""}`}`;
    let hit = pools.get(sig);
    if (hit) return hit;
    const pool = new Map<number, number>();
    for (const i of byKey.get(line.key) ?? []) pool.set(i, 0);
    if (line.supplyItemId) for (const i of byKey.get(`#${line.supplyItemId}`) ?? []) pool.set(i, 0);
    if (line.category && !exact.has(line.category)) {
      for (const i of byCategory.get(line.category) ?? []) if (!pool.has(i)) pool.set(i, 1);
      for (const c of o.substitutions[line.category] ?? [])
        for (const i of byCategory.get(c) ?? []) if (!pool.has(i)) pool.set(i, 2);
    }
    let progress = pool.size ? 0 : -1;
    // Per level (the item, its category, substitutes), the lots that convert at each depot.
    const byDepot: (Found[] | undefined)[][] = [[], [], []];
    for (const [i, lv] of pool) {
      const r = convert(line, lots[i]!, lv);
      if (r === undefined) continue;
      progress = 1;
      const d = lotPlace[i]!;
      const list = byDepot[lv]![d];
      const f = { i, r };
      if (list) list.push(f);
      else byDepot[lv]![d] = [f];
    }
    // Within a depot and level: by the lot's rank, so that lists need no sorting later.
    for (const m of byDepot) for (const list of m) list?.sort((a, b) => rank[a.i]! - rank[b.i]!);
    // A time that is not one never stops a lot (nothing is later than it): not counted.
    const times = byDepot.map((m) =>
      m.map((list) => [
        ...new Set(list!.map((f) => availableAt[f.i]!).filter((t) => !Number.isNaN(t))),
      ]),
    );
    hit = { id: pools.size, byDepot, times, progress };
    pools.set(sig, hit);
    return hit;
  };
  // Which depots reach a household's place, in which tier.
  const reaches = new Map<number, { depot: number; tier: number; km: number }[]>();
  const reachFor = (line: Line, home: number) => {
    let hit = reaches.get(home);
    if (hit) return hit;
    hit = [];
    for (let d = 0; d < lotPlaces; d++) {
      const depot = depotOf[d];
      if (!depot) continue;
      const where = reach(line.place, depot, o.maxKm, o.hub);
      if (where)
        hit.push({ depot: d, tier: TIERS.indexOf(where.tier), km: where.km ?? Number.NaN });
    }
    hit.sort((a, b) => a.tier - b.tier || (a.km || 0) - (b.km || 0) || a.depot - b.depot);
    reaches.set(home, hit);
    return hit;
  };
  // Lines of one place asking for the same thing in the same measure share a sorted list of
  // the lots that convert and reach; of those, lines keep the ones in time, not expired and
  // not used up.
  const shared = new Map<number, Shared>();
  const sharedFor = (line: Line): Shared => {
    const home = placeId(line.place);
    const pool = poolFor(line);
    const sig = home * (lines.length + 1) + pool.id;
    let hit = shared.get(sig);
    if (hit) return hit;
    let progress = pool.progress;
    // Level first (the item, its category, substitutes), then depots nearest first, then rank.
    const near = progress === 1 ? reachFor(line, home) : [];
    const from = out.length;
    const times: number[] = [];
    for (let lv = 0; lv < 3; lv++)
      for (const { depot, tier, km } of near) {
        const list = pool.byDepot[lv]![depot];
        if (!list) continue;
        progress = 2;
        for (const f of list) out.push(f.i, f.r, lv, tier, km);
        for (const t of pool.times[lv]![depot]!) if (!times.includes(t)) times.push(t);
      }
    const kept = new Map();
    hit = { from, to: out.length, times: times.sort((x, y) => x - y), kept, progress };
    shared.set(sig, hit);
    return hit;
  };
  for (const line of lines) {
    start[line.index] = end[line.index] = out.length;
    if (line.outstanding <= 0) continue;
    const hit = sharedFor(line);
    // Lines that can wait for the same of those lots keep the same ones: kept once.
    const due = Number.isNaN(line.neededBy) ? Number.POSITIVE_INFINITY : line.neededBy;
    let wait = 0;
    while (wait < hit.times.length && hit.times[wait]! <= due) wait++;
    let seg = hit.kept.get(wait);
    if (!seg) {
      // How far the best lot got: in the pool, converts, reaches, in time, not expired.
      let progress = hit.progress;
      let n = 0;
      for (let k = hit.from; k < hit.to; k++) {
        const i = out.lot[k]!;
        if (availableAt[i]! > due) continue;
        if (progress < 3) progress = 3;
        if (expired[i]) continue;
        progress = 4;
        if (!empty[i]) n++;
      }
      // Usually every one is kept: the shared list itself; else a copy of those kept.
      let at = hit.from;
      if (n < hit.to - hit.from) {
        at = out.length;
        for (let k = hit.from; k < hit.to; k++) {
          const i = out.lot[k]!;
          if (availableAt[i]! <= due && !expired[i] && !empty[i]) out.copy(k);
        }
      }
      seg = { at, n, why: progress < 0 ? "no-stock" : FAILED[progress]! };
      hit.kept.set(wait, seg);
    }
    start[line.index] = seg.at;
    end[line.index] = seg.at + seg.n;
    if (!seg.n) none.set(line.index, seg.why);
  }
  return { start, end, ...out.done(), none };
}

/** Candidate columns that grow as they are filled, as typed arrays. */
class Grow {
  length = 0;
  lot: Int32Array;
  ratio: Float64Array;
  level: Uint8Array;
  tier: Uint8Array;
  km: Float64Array;
  constructor(n: number) {
    this.lot = new Int32Array(n);
    this.ratio = new Float64Array(n);
    this.level = new Uint8Array(n);
    this.tier = new Uint8Array(n);
    this.km = new Float64Array(n);
  }
  /** Append a copy of position `k`. */
  copy(k: number) {
    this.push(this.lot[k]!, this.ratio[k]!, this.level[k]!, this.tier[k]!, this.km[k]!);
  }
  reserve(size: number) {
    if (size > this.lot.length) {
      const n = Math.max(16, size, this.lot.length * 2);
      const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, b: T) => {
        b.set(a);
        return b;
      };
      this.lot = grow(this.lot, new Int32Array(n));
      this.ratio = grow(this.ratio, new Float64Array(n));
      this.level = grow(this.level, new Uint8Array(n));
      this.tier = grow(this.tier, new Uint8Array(n));
      this.km = grow(this.km, new Float64Array(n));
    }
  }
  push(lot: number, ratio: number, level: number, tier: number, km: number) {
    this.reserve(this.length + 1);
    const j = this.length++;
    this.lot[j] = lot;
    this.ratio[j] = ratio;
    this.level[j] = level;
    this.tier[j] = tier;
    this.km[j] = km;
  }
  done() {
    const n = this.length;
    return {
      lot: this.lot.slice(0, n),
      ratio: this.ratio.slice(0, n),
      level: this.level.slice(0, n),
      tier: this.tier.slice(0, n),
      km: this.km.slice(0, n),
    };
  }
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
