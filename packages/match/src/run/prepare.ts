import type { StockMovement } from "@linli/core";
import {
  type Candidates,
  candidates,
  DEFAULT_EXACT_ONLY,
  DEFAULT_SUBSTITUTIONS,
} from "../candidates/candidates.js";
import { deliveryMovement, movementId } from "../feedback/movements.js";
import { matchMessage } from "../messages.js";
import { HOLDING, type Ledger, ledger } from "../model/ledger.js";
import { type Line, needLines, round } from "../model/lines.js";
import { Catalogue, type Lot, pledgeLots, stockLots } from "../model/lots.js";
import { Places } from "../model/places.js";
import { PRIORITY_V1, type PriorityWeights } from "../score/weights.js";
import type { MatchInput, MatchIssue, MatchOptions, SubstitutionTable } from "../types.js";
import { Units } from "../units/units.js";
import { inputHash } from "./hash.js";

/** Everything a run works from, before it allocates. */
export interface Prepared {
  readonly input: MatchInput;
  readonly asOf: number;
  readonly asOfText: string;
  readonly hash: string;
  readonly weights: PriorityWeights;
  readonly maxKm: number;
  readonly hub: boolean;
  readonly substitutions: SubstitutionTable;
  readonly exactOnly: readonly string[];
  readonly reservationHours: number;
  readonly defaultCapacity: number;
  readonly ledger: Ledger;
  readonly lines: readonly Line[];
  readonly lots: readonly Lot[];
  readonly cand: Candidates;
  readonly movements: readonly StockMovement[];
  readonly issues: MatchIssue[];
  /** When each need's latest delivery was, for its fulfilled-at time. */
  readonly lastDelivery: ReadonlyMap<string, string>;
  readonly places: Places;
}

/** An ISO time with the offset of the data (China Standard Time unless told otherwise). */
export function isoAt(ms: number, offsetMinutes = 480): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  const off = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return `${d.toISOString().slice(0, 19)}${off}`;
}

/** Read the inputs: earlier decisions, stock and pledges net of them, need lines and their candidates. */
export function prepare(input: MatchInput, options: MatchOptions = {}): Prepared {
  const asOfText =
    typeof options.asOf === "string" ? options.asOf : isoAt((options.asOf ?? new Date()).getTime());
  const asOf = Date.parse(asOfText);
  if (!Number.isFinite(asOf)) throw new RangeError(`asOf is not a time: ${asOfText}`);
  // Tables merge entry by entry: changing one urgency keeps the others.
  const w = options.weights ?? {};
  const weights: PriorityWeights = {
    ...PRIORITY_V1,
    ...w,
    urgency: { ...PRIORITY_V1.urgency, ...w.urgency } as PriorityWeights["urgency"],
    vulnerability: {
      ...PRIORITY_V1.vulnerability,
      ...w.vulnerability,
    } as PriorityWeights["vulnerability"],
  };
  const maxKm = options.reach?.maxKm ?? 3;
  const hub = options.reach?.hub ?? true;
  const substitutions = options.substitutions ?? DEFAULT_SUBSTITUTIONS;
  const exactOnly = options.exactOnly ?? DEFAULT_EXACT_ONLY;
  const reservationHours = options.reservationHours ?? 24;
  const defaultCapacity = options.defaultCapacity ?? 12;
  // The order of records in a file is not part of the input: the same records, the same hash.
  const byId = (a: { meta: { id: string } }, b: { meta: { id: string } }) =>
    a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0;
  const sortedInput = Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort(byId) : v]),
  );
  const hash = inputHash({ ...sortedInput, options: { ...options, asOf: asOfText } });

  const units = new Units(input.items);
  const catalogue = new Catalogue(input.items);
  const places = new Places(input.locations);
  const ctx = { units, catalogue, places };
  const issues: MatchIssue[] = [];
  const led = ledger(input.allocations ?? [], input.tasks ?? [], asOf);
  for (const i of led.issues) issues.push(i);

  const stock = input.stock ?? [];
  const lots = [...stockLots(stock, ctx, issues), ...pledgeLots(input.commitments ?? [], ctx)];
  const lotById = new Map(lots.map((l) => [l.id, l]));
  const needById = new Map(input.needs.map((n) => [n.meta.id, n]));
  const have = new Set(stock.map((m) => m.meta.id));
  const movements: StockMovement[] = [];
  const lastDelivery = new Map<string, string>();
  for (const a of led.allocations) {
    if (!needById.has(a.needId)) {
      issues.push({
        code: "issue.unknown-need",
        text: matchMessage("issue.unknown-need", { id: a.meta.id, need: a.needId }),
      });
    }
    const lot = lotById.get(a.lotId ?? `${a.commitmentId}#${a.commitmentLine}`);
    const amount = a.sourceQuantity ?? a.quantity;
    if (a.status === "delivered") {
      const d = led.deliveredBy.get(a.meta.id);
      const at = d?.at ?? d?.task?.deliveredAt ?? asOfText;
      const prev = lastDelivery.get(a.needId);
      if (!prev || at > prev) lastDelivery.set(a.needId, at);
      if (a.sourceKind === "commitment") {
        if (lot) lot.held += amount;
      } else if (!have.has(movementId(a.meta.id))) {
        const need = needById.get(a.needId);
        movements.push(
          deliveryMovement(a, {
            at,
            ...(d?.task ? { task: d.task } : {}),
            ...(need ? { need } : {}),
            ...(lot ? { lot } : {}),
          }),
        );
        if (lot) lot.quantity = Math.max(0, round(lot.quantity - amount));
      }
    } else if (HOLDING.has(a.status) && lot) {
      lot.held = round(lot.held + amount);
    }
  }
  for (const lot of lots) {
    if (lot.held > lot.quantity + 1e-9) {
      issues.push({
        code: "issue.over-held",
        text: matchMessage("issue.over-held", {
          lot: lot.id,
          held: lot.held,
          unit: lot.unit ?? "",
          quantity: lot.quantity,
        }),
      });
    }
  }

  const lines = needLines(input.needs, { ...ctx, ledger: led, weights, asOf }, issues);
  const cand = candidates(lines, lots, {
    maxKm,
    hub,
    substitutions,
    exactOnly,
    today: asOfText.slice(0, 10),
  });
  return {
    input,
    asOf,
    asOfText,
    hash,
    weights,
    maxKm,
    hub,
    substitutions,
    exactOnly,
    reservationHours,
    defaultCapacity,
    ledger: led,
    lines,
    lots,
    cand,
    movements,
    issues,
    lastDelivery,
    places,
  };
}
