import { type Allocation, SCHEMA_VERSION, stableHash } from "@linli/core";
import { levelName, tierName } from "../candidates/candidates.js";
import { matchMessage } from "../messages.js";
import { inPriorityOrder, type Line, round } from "../model/lines.js";
import { priorityReasons } from "../score/score.js";
import type { Reason } from "../types.js";
import type { AllocationState } from "./state.js";

/** `2022-01-06T09:00:00+08:00` → `1月6日 09:00` / `6 Jan 09:00`, in the time's own zone. */
export function shortTime(iso: string | undefined): { "zh-CN": string; en: string } | undefined {
  const m = iso && /^\d{4}-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const hm = m[3] ? ` ${m[3]}:${m[4]}` : "";
  const en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return { "zh-CN": `${month}月${day}日${hm}`, en: `${day} ${en[month - 1]}${hm}` };
}

/** What every new allocation of a run shares. */
export interface RecordContext {
  readonly runId: string;
  readonly runHash: string;
  readonly asOf: string;
  readonly reservedUntil: string;
  readonly decidedBy: string;
}

/**
 * The allocations a run made, one per need line and lot, each with its score and its reasons:
 * the priority's (urgency, vulnerabilities, time waited), where the stock comes from, a
 * substitute, a partial fulfilment, fair mode's lift of a community.
 */
export function allocationRecords(
  state: AllocationState,
  ctx: RecordContext,
  /** Filled, when given, with the line of each record, in the same order. */
  lineOf?: Line[],
): Allocation[] {
  const out: Allocation[] = [];
  const { lines, lots, cand } = state;
  // Many allocations come from the same lot the same way, and many lines share a priority:
  // each reason is written once. Sources by lot and tier, then by distance.
  const sources = new Map<number, Map<number, AllocationReason | undefined>>();
  const priorities = new Map<string, AllocationReason[]>();
  const partials = new Map<string, AllocationReason>();
  const substitutes = new Map<string, AllocationReason>();
  const given = inPriorityOrder(lines).filter((l) => state.given[l.index]! > 0);
  for (const line of given) {
    const got = state.given[line.index]!;
    const pk = `${line.priority.urgency}|${line.priority.waitedHours}|${(line.need.vulnerabilities ?? []).join(",")}`;
    let because = priorities.get(pk);
    if (!because) {
      because = priorityReasons(line.need, line.priority).map(flat);
      priorities.set(pk, because);
    }
    const total = round(line.allocated + got);
    let partial: AllocationReason | undefined;
    if (total < line.requested) {
      const k = `${total}|${line.requested}|${line.unit ?? ""}`;
      partial = partials.get(k);
      if (!partial) {
        partial = flat({
          code: "partial",
          text: matchMessage("partial", {
            got: total,
            asked: line.requested,
            unit: line.unit ?? "",
          }),
        });
        partials.set(k, partial);
      }
    }
    // What the line took, in candidate order (fair mode may take from an earlier one later).
    const taken = inOrder(state.taken[line.index] ?? []);
    for (let k = 0; k < taken.length; k += 2) {
      const c = taken[k]!;
      const q = taken[k + 1]!;
      const lot = lots[cand.lot[c]!]!;
      const reasons: AllocationReason[] = because.slice();
      const sourceKey = cand.lot[c]! * 4 + cand.tier[c]!;
      let byKm = sources.get(sourceKey);
      if (!byKm) {
        byKm = new Map();
        sources.set(sourceKey, byKm);
      }
      let source = byKm.get(cand.km[c]!);
      if (!byKm.has(cand.km[c]!)) {
        const r = sourceReason(lot, tierName(cand.tier[c]!), cand.km[c]!);
        source = r && flat(r);
        byKm.set(cand.km[c]!, source);
      }
      if (source) reasons.push(source);
      if (levelName(cand.level[c]!) !== "item") {
        const k = `${lot.name}\u0000${line.name}`;
        let sub = substitutes.get(k);
        if (!sub) {
          sub = flat({
            code: "substitute",
            text: matchMessage("substitute", { sent: lot.name, asked: line.name }),
          });
          substitutes.set(k, sub);
        }
        reasons.push(sub);
      }
      const community = state.fairFor.get(line.index);
      if (community !== undefined) {
        reasons.push(flat({ code: "fair", text: matchMessage("fair", { community }) }));
      }
      if (partial) reasons.push(partial);
      const id = `a-${stableHash(`${ctx.runHash}\u0000${line.need.meta.id}\u0000${line.itemIndex}\u0000${lot.id}`)}`;
      const sourceQuantity = round(q * cand.ratio[c]!);
      // Built field by field, in the order of the schema: spreads of optional parts cost.
      const a: Mutable<Allocation> = {
        meta: { id, schemaVersion: SCHEMA_VERSION, createdAt: ctx.asOf },
        needId: line.need.meta.id,
        itemIndex: line.itemIndex,
        itemName: line.name,
        sourceKind: lot.kind,
        quantity: 0,
        reservedUntil: "",
        status: "proposed",
      };
      if (lot.kind === "stock") a.lotId = lot.id;
      else {
        a.commitmentId = lot.commitmentId!;
        a.commitmentLine = lot.commitmentLine!;
      }
      if (lot.name !== line.name) a.sourceItemName = lot.name;
      a.quantity = round(q);
      if (line.unit) a.unit = line.unit;
      if (sourceQuantity > 0) a.sourceQuantity = sourceQuantity;
      if (lot.unit) a.sourceUnit = lot.unit;
      if (lot.place.id) a.fromLocationId = lot.place.id;
      if (lot.place.name) a.fromName = lot.place.name;
      a.reservedUntil = ctx.reservedUntil;
      a.score = line.priority.score;
      a.reasons = reasons;
      a.status = "proposed";
      a.decidedBy = ctx.decidedBy;
      a.decidedAt = ctx.asOf;
      a.matchRunId = ctx.runId;
      out.push(a);
      lineOf?.push(line);
    }
  }
  return out;
}

/** Pairs of candidate position and units, by position. */
function inOrder(pairs: number[]): readonly number[] {
  let sorted = true;
  for (let k = 2; k < pairs.length && sorted; k += 2) sorted = pairs[k - 2]! < pairs[k]!;
  if (sorted) return pairs;
  const at = Array.from({ length: pairs.length / 2 }, (_, i) => i).sort(
    (x, y) => pairs[2 * x]! - pairs[2 * y]!,
  );
  return at.flatMap((i) => [pairs[2 * i]!, pairs[2 * i + 1]!]);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type AllocationReason = NonNullable<Allocation["reasons"]>[number];

const flat = (r: Reason): AllocationReason => ({
  code: r.code,
  "zh-CN": r.text["zh-CN"],
  en: r.text.en,
});

function sourceReason(
  lot: AllocationState["lots"][number],
  tier: string,
  km: number,
): Reason | undefined {
  if (lot.kind === "commitment") {
    const time = shortTime(lot.availableText);
    return {
      code: "source.commitment",
      text: matchMessage("source.commitment", {
        donor: lot.donorName ?? "",
        time: time ?? { "zh-CN": "", en: "" },
      }),
    };
  }
  const place = lot.place.name;
  if (!place) return undefined;
  if (tier === "nearby")
    return { code: "source.nearby", text: matchMessage("source.nearby", { place, km }) };
  return {
    code: `source.${tier}`,
    text: matchMessage(`source.${tier}` as "source.hub", { place }),
  };
}
