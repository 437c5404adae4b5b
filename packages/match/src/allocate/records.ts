import { type Allocation, SCHEMA_VERSION, stableHash } from "@linli/core";
import { levelName, tierName } from "../candidates/candidates.js";
import { matchMessage } from "../messages.js";
import { byPriority, round } from "../model/lines.js";
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
export function allocationRecords(state: AllocationState, ctx: RecordContext): Allocation[] {
  const out: Allocation[] = [];
  const { lines, lots, cand } = state;
  // Many allocations come from the same lot the same way: each reason is written once.
  const sources = new Map<string, Reason | undefined>();
  const given = lines.filter((l) => state.given[l.index]! > 0).sort(byPriority);
  for (const line of given) {
    const got = state.given[line.index]!;
    const because = priorityReasons(line.need, line.priority);
    const partial =
      round(line.allocated + got) < line.requested
        ? matchMessage("partial", {
            got: round(line.allocated + got),
            asked: line.requested,
            unit: line.unit ?? "",
          })
        : undefined;
    for (let c = cand.start[line.index]!; c < cand.start[line.index + 1]!; c++) {
      const q = state.taken.get(c);
      if (!q) continue;
      const lot = lots[cand.lot[c]!]!;
      const reasons: Reason[] = [...because];
      const sourceKey = `${cand.lot[c]}|${cand.tier[c]}|${cand.km[c]}`;
      let source = sources.get(sourceKey);
      if (!sources.has(sourceKey)) {
        source = sourceReason(lot, tierName(cand.tier[c]!), cand.km[c]!);
        sources.set(sourceKey, source);
      }
      if (source) reasons.push(source);
      if (levelName(cand.level[c]!) !== "item") {
        reasons.push({
          code: "substitute",
          text: matchMessage("substitute", { sent: lot.name, asked: line.name }),
        });
      }
      const community = state.fairFor.get(line.index);
      if (community !== undefined) {
        reasons.push({ code: "fair", text: matchMessage("fair", { community }) });
      }
      if (partial) reasons.push({ code: "partial", text: partial });
      const id = `a-${stableHash(`${ctx.runHash}\u0000${line.need.meta.id}\u0000${line.itemIndex}\u0000${lot.id}`)}`;
      const sourceQuantity = round(q * cand.ratio[c]!);
      out.push({
        meta: { id, schemaVersion: SCHEMA_VERSION, createdAt: ctx.asOf },
        needId: line.need.meta.id,
        itemIndex: line.itemIndex,
        itemName: line.name,
        sourceKind: lot.kind,
        ...(lot.kind === "stock"
          ? { lotId: lot.id }
          : { commitmentId: lot.commitmentId!, commitmentLine: lot.commitmentLine! }),
        ...(lot.name !== line.name ? { sourceItemName: lot.name } : {}),
        quantity: round(q),
        ...(line.unit ? { unit: line.unit } : {}),
        ...(sourceQuantity > 0 ? { sourceQuantity } : {}),
        ...(lot.unit ? { sourceUnit: lot.unit } : {}),
        ...(lot.place.id ? { fromLocationId: lot.place.id } : {}),
        ...(lot.place.name ? { fromName: lot.place.name } : {}),
        reservedUntil: ctx.reservedUntil,
        score: line.priority.score,
        reasons: reasons.map((r) => ({ code: r.code, "zh-CN": r.text["zh-CN"], en: r.text.en })),
        status: "proposed",
        decidedBy: ctx.decidedBy,
        decidedAt: ctx.asOf,
        matchRunId: ctx.runId,
      });
    }
  }
  return out;
}

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
