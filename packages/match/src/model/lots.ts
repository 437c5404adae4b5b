import {
  type Commitment,
  type StockMovement,
  type SupplyCategory,
  type SupplyItem,
  stableHash,
} from "@linli/core";
import { matchMessage } from "../messages.js";
import type { MatchIssue } from "../types.js";
import { itemKey, type Measure, type Units, unitKey } from "../units/units.js";
import type { Place, Places } from "./places.js";

/** A stock lot or a pledge line, as matching sees it. */
export interface Lot {
  readonly id: string;
  readonly kind: "stock" | "commitment";
  readonly commitmentId?: string;
  readonly commitmentLine?: number;
  readonly donorName?: string;
  readonly name: string;
  readonly key: string;
  readonly supplyItemId?: string;
  readonly category?: SupplyCategory;
  readonly unit?: string;
  readonly measure?: Measure;
  readonly place: Place;
  readonly batch?: string;
  readonly expiry?: string;
  /** Epoch ms from when it can be used (pledges); stock is available now. */
  readonly availableAt: number;
  readonly availableText?: string;
  /** In stock or pledged, in its own unit. */
  quantity: number;
  /** Held by earlier allocations, in its own unit. */
  held: number;
}

const IN = new Set(["donation-in", "purchase-in", "adjustment-gain"]);
const OUT = new Set(["distribution-out", "adjustment-loss"]);

/** A catalogue lookup: category and id of an item by id or name. */
export class Catalogue {
  readonly #byKey = new Map<string, SupplyItem>();
  constructor(items: readonly SupplyItem[] = []) {
    for (const s of items) {
      this.#byKey.set(`#${s.meta.id}`, s);
      if (!this.#byKey.has(itemKey(s.name))) this.#byKey.set(itemKey(s.name), s);
      if (s.nameEn && !this.#byKey.has(itemKey(s.nameEn))) this.#byKey.set(itemKey(s.nameEn), s);
    }
  }
  get(name: string, id?: string): SupplyItem | undefined {
    return (id && this.#byKey.get(`#${id}`)) || this.#byKey.get(itemKey(name));
  }
}

interface Building {
  lots: Map<string, Lot>;
  order: Lot[];
}

function lotOf(
  m: StockMovement,
  at: { id?: string; name?: string },
  ctx: { units: Units; places: Places; catalogue: Catalogue },
): Lot {
  const item = ctx.catalogue.get(m.itemName, m.itemId);
  const place = ctx.places.depot(at.id, at.name);
  const key = itemKey(item?.name ?? m.itemName);
  const id = `lot-${stableHash([key, unitKey(m.unit), place.id ?? itemKey(place.name), m.batch ?? "", m.expiry ?? ""].join("\u0000"))}`;
  const measure = ctx.units.measure(item?.name ?? m.itemName, m.unit, item?.meta.id ?? m.itemId);
  return {
    id,
    kind: "stock",
    name: item?.name ?? m.itemName,
    key,
    ...(item ? { supplyItemId: item.meta.id } : m.itemId ? { supplyItemId: m.itemId } : {}),
    ...(item?.category ? { category: item.category } : {}),
    ...(m.unit ? { unit: m.unit } : {}),
    ...(measure ? { measure } : {}),
    place,
    ...(m.batch ? { batch: m.batch } : {}),
    ...(m.expiry ? { expiry: m.expiry } : {}),
    availableAt: Number.NEGATIVE_INFINITY,
    quantity: 0,
    held: 0,
  };
}

/** Take `qty` (in the movement's unit) out of the lots at a depot: the named batch, else first to expire. */
function takeOut(b: Building, probe: Lot, qty: number): void {
  const exact = b.lots.get(probe.id);
  const candidates = exact
    ? [exact]
    : b.order
        .filter(
          (l) =>
            l.key === probe.key &&
            (l.place.id ?? l.place.name) === (probe.place.id ?? probe.place.name) &&
            (!probe.batch || l.batch === probe.batch) &&
            l.measure?.base === probe.measure?.base,
        )
        .sort((a, b) => (a.expiry ?? "9999").localeCompare(b.expiry ?? "9999"));
  let left = qty * (probe.measure?.factor ?? 1);
  for (const l of candidates) {
    if (left <= 0) break;
    const f = l.measure?.factor ?? 1;
    const take = Math.min(l.quantity, left / f);
    l.quantity -= take;
    left -= take * f;
  }
}

/**
 * Stock lots from stock movements: per item, depot, batch and expiry, what came in less what
 * went out. Movements are applied in time order; an outgoing one without a batch takes from
 * the lot that expires first.
 */
export function stockLots(
  movements: readonly StockMovement[],
  ctx: { units: Units; places: Places; catalogue: Catalogue },
  issues: MatchIssue[],
): Lot[] {
  const b: Building = { lots: new Map(), order: [] };
  // A movement given twice (the stock file and a plan's stock.json) counts once.
  const seen = new Set<string>();
  const unique = movements.filter((m) => !seen.has(m.meta.id) && seen.add(m.meta.id));
  const sorted = unique.sort(
    // A movement without a time (its cell withheld) is applied first.
    (x, y) =>
      (x.occurredAt ?? "").localeCompare(y.occurredAt ?? "") || x.meta.id.localeCompare(y.meta.id),
  );
  const add = (m: StockMovement, at: { id?: string; name?: string }) => {
    const probe = lotOf(m, at, ctx);
    let lot = b.lots.get(probe.id);
    if (!lot) {
      lot = probe;
      b.lots.set(lot.id, lot);
      b.order.push(lot);
    }
    lot.quantity += m.quantity;
  };
  for (const m of sorted) {
    if (m.kind === undefined) {
      issues.push({
        code: "issue.no-kind",
        text: matchMessage("issue.no-kind", { id: m.meta.id }),
      });
      continue;
    }
    const from = { id: m.fromLocationId, name: m.fromName };
    const to = { id: m.toLocationId, name: m.toName };
    if (IN.has(m.kind)) add(m, m.toLocationId || m.toName ? to : from);
    else if (OUT.has(m.kind)) takeOut(b, lotOf(m, from, ctx), m.quantity);
    else if (m.kind === "transfer") {
      takeOut(b, lotOf(m, from, ctx), m.quantity);
      add(m, to);
    }
  }
  return b.order.filter((l) => l.quantity > 1e-9).sort((x, y) => x.id.localeCompare(y.id));
}

/** Pledge lines not yet received or cancelled, as lots available from their time. */
export function pledgeLots(
  commitments: readonly Commitment[],
  ctx: { units: Units; places: Places; catalogue: Catalogue },
): Lot[] {
  const out: Lot[] = [];
  for (const c of commitments) {
    if (c.status === "cancelled" || c.status === "received") continue;
    const place = ctx.places.depot(c.locationId, c.locationName);
    c.lines.forEach((line, i) => {
      const item = ctx.catalogue.get(line.itemName, line.supplyItemId);
      const name = item?.name ?? line.itemName;
      const measure = ctx.units.measure(name, line.unit, item?.meta.id ?? line.supplyItemId);
      const category = line.category ?? item?.category;
      out.push({
        id: `${c.meta.id}#${i}`,
        kind: "commitment",
        commitmentId: c.meta.id,
        commitmentLine: i,
        donorName: c.donorName,
        name,
        key: itemKey(name),
        ...(item ? { supplyItemId: item.meta.id } : {}),
        ...(category ? { category } : {}),
        ...(line.unit ? { unit: line.unit } : {}),
        ...(measure ? { measure } : {}),
        place,
        availableAt: Date.parse(c.availableAt),
        availableText: c.availableAt,
        quantity: line.quantity,
        held: 0,
      });
    });
  }
  return out.sort((x, y) => x.id.localeCompare(y.id));
}
