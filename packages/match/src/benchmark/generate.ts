import {
  type Commitment,
  expectArgument,
  type Location,
  type Need,
  SCHEMA_VERSION,
  type Shift,
  type StockMovement,
  type SupplyItem,
  type Volunteer,
  type Vulnerability,
} from "@linli/core";
import { isoAt } from "../run/prepare.js";
import type { MatchInput } from "../types.js";
import {
  CATALOGUE,
  type CatalogueEntry,
  COMMUNITY_NAMES,
  COMPOUND_NAMES,
  SURNAMES,
} from "./names.js";

/**
 * The size and scarcity of a generated lockdown day.
 *
 * @example
 * ```ts
 * import type { LockdownOptions } from "@linli/match/benchmark";
 * const o: LockdownOptions = { communities: 70, needs: 10_000, lots: 2_000, volunteers: 500, supply: 0.3 };
 * ```
 */
export interface LockdownOptions {
  readonly communities?: number;
  readonly needs?: number;
  readonly lots?: number;
  readonly volunteers?: number;
  /** Stock as a share of demand, item by item (1 = as much as was asked for). Default 1. */
  readonly supply?: number;
  /** Pledges among the lots, as a share. Default 0.05. */
  readonly pledges?: number;
  readonly seed?: number;
  /** The time of the day's run. Default 2022-01-05 08:00 in Xi'an. */
  readonly asOf?: string;
}

/** A generated day: the inputs and the time to match them at. */
export interface Lockdown
  extends Required<
    Pick<
      MatchInput,
      "needs" | "stock" | "commitments" | "items" | "locations" | "volunteers" | "shifts"
    >
  > {
  readonly asOf: string;
}

/** mulberry32: a small seeded generator, the same numbers on every platform. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const weighted = <T>(xs: readonly (readonly [T, number])[]) => {
    let total = 0;
    for (const [, w] of xs) total += w;
    let r = next() * total;
    for (const [x, w] of xs) {
      r -= w;
      if (r < 0) return x;
    }
    return xs[xs.length - 1]![0];
  };
  return { next, int, pick, weighted };
}

const meta = (id: string, source?: string) => ({
  id,
  schemaVersion: SCHEMA_VERSION,
  ...(source ? { source } : {}),
});
const pad = (n: number, w = 5) => String(n).padStart(w, "0");
const VULNERABILITIES: readonly (readonly [Vulnerability, number])[] = [
  ["elderly-living-alone", 4],
  ["elderly-80-plus", 3],
  ["chronic-illness", 4],
  ["dialysis", 1],
  ["pregnant", 1],
  ["infant", 2],
  ["disabled", 2],
  ["low-income", 2],
];

/**
 * A seeded lockdown day in a sealed district of Xi'an: communities of several compounds, each
 * with a supply point, a few district warehouses, a catalogue of everyday supplies and
 * medicines, needs with urgency, vulnerabilities and due times, stock lots (and a few pledges)
 * at `supply` times the demand of each item, volunteers with skills, capacity and the
 * compounds they may enter, and two delivery shifts each (a few overlapping on purpose).
 *
 * @example
 * ```ts
 * import { generateLockdown } from "@linli/match/benchmark";
 * const day = generateLockdown({ communities: 3, needs: 50, lots: 20, volunteers: 6, seed: 7 });
 * day.needs.length; // 50
 * ```
 */
export function generateLockdown(o: LockdownOptions = {}): Lockdown {
  expectArgument("generateLockdown", "o", "options", o);
  const C = o.communities ?? 70;
  const N = o.needs ?? 10_000;
  const LOTS = o.lots ?? 2_000;
  const V = o.volunteers ?? 500;
  const supply = o.supply ?? 1;
  const asOf = o.asOf ?? "2022-01-05T08:00:00+08:00";
  const t0 = Date.parse(asOf);
  const at = (hours: number) => isoAt(t0 + hours * 3_600_000);
  const r = prng(o.seed ?? 2022);

  const items: SupplyItem[] = CATALOGUE.map((e, i) => ({
    meta: meta(`s-${pad(i + 1, 3)}`),
    name: e.name,
    category: e.category,
    unit: e.unit,
    ...(e.pack ? { packSize: e.pack[0], packUnit: e.pack[1] } : {}),
  }));

  // Communities on a grid about 1.2 km apart, compounds within 400 m of their centre.
  const side = Math.ceil(Math.sqrt(C));
  const communities = Array.from({ length: C }, (_, c) => {
    const name =
      C <= COMMUNITY_NAMES.length
        ? COMMUNITY_NAMES[c]!
        : `${COMMUNITY_NAMES[c % COMMUNITY_NAMES.length]}${Math.floor(c / COMMUNITY_NAMES.length) + 1}`;
    const lat = 34.2 + Math.floor(c / side) * 0.011;
    const lon = 108.9 + (c % side) * 0.013;
    const compounds = Array.from({ length: r.int(3, 6) }, (_, k) => ({
      name: `${COMPOUND_NAMES[(c * 7 + k) % COMPOUND_NAMES.length]}${c >= COMPOUND_NAMES.length / 3 ? `${c}期` : ""}`,
      lat: lat + (r.next() - 0.5) * 0.007,
      lon: lon + (r.next() - 0.5) * 0.009,
      weight: r.int(1, 4),
    }));
    return { name, lat, lon, compounds, weight: r.int(2, 6) };
  });

  const locations: Location[] = [];
  const depots: { id: string; name: string; community?: number; weight: number }[] = [];
  communities.forEach((c, i) => {
    const id = `l-${pad(i + 1, 4)}`;
    const name = `${c.name}物资点`;
    locations.push({
      meta: meta(id),
      name,
      kind: "distribution-point",
      district: "雁塔区",
      community: c.name,
      compound: c.compounds[0]!.name,
      geo: { lat: c.compounds[0]!.lat, lon: c.compounds[0]!.lon, crs: "GCJ-02" },
    });
    depots.push({ id, name, community: i, weight: 7 });
  });
  for (let h = 0; h < Math.max(1, Math.round(C / 20)); h++) {
    const id = `l-h${h + 1}`;
    const name = `雁塔区第${h + 1}物资仓库`;
    locations.push({
      meta: meta(id),
      name,
      kind: "warehouse",
      district: "雁塔区",
      geo: { lat: 34.2 + h * 0.02, lon: 108.85, crs: "GCJ-02" },
    });
    depots.push({ id, name, weight: (3 * C) / Math.max(1, Math.round(C / 20)) / 10 });
  }

  // Needs, and the demand of each item in base units per community.
  const demand = new Map<string, number>();
  const needs: Need[] = [];
  for (let n = 0; n < N; n++) {
    const ci = r.weighted(communities.map((c, i) => [i, c.weight] as const));
    const c = communities[ci]!;
    const compound = r.weighted(c.compounds.map((k) => [k, k.weight] as const));
    const kind = r.weighted([
      ["groceries-delivery", 60],
      ["medicine", 22],
      ["protective-supplies", 8],
      ["other", 10],
    ] as const);
    const entries = CATALOGUE.filter((e) => e.need === kind);
    const lines = r.int(1, kind === "groceries-delivery" ? 3 : 2);
    const chosen = new Set<CatalogueEntry>();
    for (let k = 0; k < lines; k++) chosen.add(r.pick(entries));
    const urgency = r.weighted(
      kind === "medicine"
        ? ([
            ["urgent", 35],
            ["high", 30],
            ["normal", 30],
            ["low", 5],
          ] as const)
        : ([
            ["urgent", 8],
            ["high", 17],
            ["normal", 55],
            ["low", 20],
          ] as const),
    );
    const vul = new Set<Vulnerability>();
    if (r.next() < 0.3) for (let k = r.int(1, 2); k > 0; k--) vul.add(r.weighted(VULNERABILITIES));
    const waited = r.int(0, 72);
    const due =
      urgency === "urgent" ? r.int(4, 12) : urgency === "high" ? r.int(8, 24) : r.int(24, 72);
    const items = [...chosen].map((e) => {
      const quantity = r.pick(e.quantities);
      const unit = e.needUnits ? r.pick(e.needUnits) : e.unit;
      const base = quantity * baseFactor(e, unit);
      demand.set(e.name, (demand.get(e.name) ?? 0) + base);
      return { name: e.name, category: e.category, quantity, unit };
    });
    const building = r.int(1, 30);
    needs.push({
      meta: meta(`n-${pad(n + 1)}`, c.name),
      requesterName: `${r.pick(SURNAMES)}${r.pick(["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂兰", "建国"])}`,
      phones: [
        {
          number: `1${r.pick(["38", "39", "59", "86", "89", "35"])}${pad(r.int(0, 99_999_999), 8)}`,
        },
      ],
      category: kind,
      items,
      priority: urgency,
      ...(vul.size ? { vulnerabilities: [...vul] } : {}),
      status: "open",
      reportedAt: at(-waited),
      ...(urgency !== "low" || r.next() < 0.5 ? { neededBy: at(due) } : {}),
      deliveryAddress: {
        city: "西安市",
        district: "雁塔区",
        community: c.name,
        compound: compound.name,
        building: String(building),
        unit: String(r.int(1, 4)),
        room: `${r.int(1, 26)}0${r.int(1, 4)}`,
        geo: { lat: compound.lat, lon: compound.lon, crs: "GCJ-02" },
      },
    });
  }

  // Stock lots: each item's supply shared out over depots in proportion to its demand.
  const stock: StockMovement[] = [];
  const commitments: Commitment[] = [];
  const pledgeShare = o.pledges ?? 0.05;
  const byItem = CATALOGUE.filter((e) => (demand.get(e.name) ?? 0) > 0);
  const totalDemand = byItem.reduce((s, e) => s + Math.sqrt(demand.get(e.name)!), 0);
  let made = 0;
  byItem.forEach((e, k) => {
    const count =
      k === byItem.length - 1
        ? LOTS - made
        : Math.max(1, Math.round((LOTS * Math.sqrt(demand.get(e.name)!)) / totalDemand));
    const lots = Math.max(1, Math.min(count, LOTS - made - (byItem.length - 1 - k)));
    const weights = Array.from({ length: lots }, () => 0.5 + r.next());
    const sum = weights.reduce((a, b) => a + b, 0);
    const totalUnits = (demand.get(e.name)! * supply) / baseFactor(e, e.unit);
    weights.forEach((w, j) => {
      const quantity = Math.max(1, Math.round((totalUnits * w) / sum));
      const depot = r.weighted(depots.map((d) => [d, d.weight] as const));
      const id = `${e.code}-${pad(made + j + 1)}`;
      if (r.next() < pledgeShare) {
        commitments.push({
          meta: meta(`c-${pad(made + j + 1)}`),
          donorName: r.pick([
            "陕西某某食品有限公司",
            "爱心人士王先生",
            "西安某某医药连锁",
            "某某商会",
            "雁塔区慈善会",
          ]),
          lines: [{ itemName: e.name, category: e.category, quantity, unit: e.unit }],
          availableAt: at(r.int(2, 30)),
          locationId: depot.id,
          locationName: depot.name,
          status: "confirmed",
        });
        return;
      }
      stock.push({
        meta: meta(`m-${pad(made + j + 1)}`),
        kind: r.next() < 0.7 ? "donation-in" : "purchase-in",
        itemId: items[CATALOGUE.indexOf(e)]!.meta.id,
        itemName: e.name,
        quantity,
        unit: e.unit,
        toLocationId: depot.id,
        toName: depot.name,
        occurredAt: at(-r.int(6, 96)),
        batch: id,
        ...(e.shelfDays ? { expiry: at(24 * r.int(2, e.shelfDays)).slice(0, 10) } : {}),
      });
    });
    made += lots;
  });

  // Volunteers: mostly in one community, some allowed only into their own compounds.
  const volunteers: Volunteer[] = [];
  const shifts: Shift[] = [];
  const morning = new Map<number, string[]>();
  const afternoon = new Map<number, string[]>();
  for (let v = 0; v < V; v++) {
    const ci = v < C ? v : r.weighted(communities.map((c, i) => [i, c.weight] as const));
    const c = communities[ci]!;
    const id = `v-${pad(v + 1, 4)}`;
    const skills = new Set<Volunteer["skills"] extends (infer S)[] | undefined ? S : never>([
      "delivery",
    ]);
    if (r.next() < 0.35) skills.add("heavy-lifting");
    if (r.next() < 0.25) skills.add("driving");
    if (r.next() < 0.05) skills.add("medical");
    volunteers.push({
      meta: meta(id, c.name),
      name: `${r.pick(SURNAMES)}${r.pick(["晓东", "小红", "志强", "丽娟", "海燕", "俊杰", "文博", "雨轩", "子涵", "浩然"])}`,
      phones: [{ number: `13${r.int(0, 9)}${pad(r.int(0, 99_999_999), 8)}` }],
      skills: [...skills],
      capacity: r.int(8, 16),
      ...(r.next() < 0.5 ? { access: c.compounds.map((k) => k.name) } : {}),
      status: "active",
    });
    const slot = r.next();
    if (slot < 0.6 || v < C) push(morning, ci, id);
    if (slot >= 0.4) push(afternoon, ci, id);
    // A few are put on an overlapping extra shift by mistake, as real rosters do.
    if (r.next() < 0.03) push(afternoon, (ci + 1) % C, id);
  }
  communities.forEach((c, i) => {
    for (const [label, from, to, who] of [
      ["上午", 1, 5, morning],
      ["下午", 6, 10, afternoon],
    ] as const) {
      const ids = who.get(i);
      if (!ids?.length) continue;
      shifts.push({
        meta: meta(`sh-${pad(i + 1, 3)}-${from === 1 ? "am" : "pm"}`),
        locationId: `l-${pad(i + 1, 4)}`,
        placeName: `${c.name}物资配送${label}班`,
        start: at(from),
        end: at(to),
        role: "delivery",
        assigneeIds: ids.slice(0, 50),
      });
    }
  });
  return { asOf, needs, stock, commitments, items, locations, volunteers, shifts };
}

function push(m: Map<number, string[]>, k: number, v: string) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Base units in one `unit` of a catalogue entry (its pack, or kilograms and litres). */
function baseFactor(e: CatalogueEntry, unit: string): number {
  if (unit === e.unit && e.pack) return e.pack[0] * (e.pack[1] === "公斤" ? 1 : 1);
  if (unit === "斤") return 0.5;
  return 1;
}
