import { expectArgument, fieldMeta, type Localized, Need } from "@linli/core";
import { matchMessage } from "../messages.js";
import type { Reason } from "../types.js";
import type { PriorityWeights, Urgency } from "./weights.js";

const urgencyLabels = fieldMeta(Need.shape.priority)?.options as Record<Urgency, Localized>;
const vulnerabilityLabels = fieldMeta(Need.shape.vulnerabilities)?.options as Record<
  string,
  Localized
>;

/**
 * The priority of a need and the reasons for it.
 *
 * @example
 * ```ts
 * import type { Priority } from "@linli/match";
 * const p: Priority = { score: 10, urgency: "urgent", reasons: [] };
 * ```
 */
export interface Priority {
  readonly score: number;
  readonly urgency: Urgency;
  /** Urgency, each vulnerability, the time waited: in this order. */
  readonly reasons: readonly Reason[];
  readonly waitedHours?: number;
}

const HOUR = 3_600_000;

/**
 * The priority score of a need at a time: `urgency × min(1 + Σ vulnerabilities,
 * maxMultiplier) + perHour × min(hours waited, capHours)`, with its reasons ("紧急 · 独居老人 ·
 * 已等待 26 小时"). Waiting counts from when the need was reported (or its record created).
 *
 * @example
 * ```ts
 * import { PRIORITY_V1, priority } from "@linli/match";
 * const p = priority(
 *   { meta: { id: "n-1", schemaVersion: "0.0.0" }, requesterName: "张静", category: "medicine",
 *     status: "open", priority: "urgent", vulnerabilities: ["elderly-living-alone"],
 *     reportedAt: "2022-01-04T06:00:00+08:00" },
 *   Date.parse("2022-01-05T08:00:00+08:00"),
 *   PRIORITY_V1,
 * );
 * p.score; // 20 × 1.5 + 0.1 × 26 = 32.6
 * p.reasons.map((r) => r.text["zh-CN"]).join(" · "); // "紧急 · 独居老人 · 已等待 26 小时"
 * ```
 */
export function priority(need: Need, asOf: number, w: PriorityWeights): Priority {
  expectArgument("priority", "need", "object", need);
  expectArgument("priority", "asOf", "number", asOf);
  expectArgument("priority", "w", "object", w);
  const p = priorityScore(need, asOf, w);
  return { ...p, reasons: priorityReasons(need, p) };
}

/** The score alone: what ordering needs, without the text of the reasons. */
export function priorityScore(
  need: Need,
  asOf: number,
  w: PriorityWeights,
): Omit<Priority, "reasons"> {
  const urgency = need.priority ?? w.defaultUrgency;
  let sum = 0;
  for (const v of new Set(need.vulnerabilities ?? [])) sum += w.vulnerability[v] ?? 0;
  const since = Date.parse(need.reportedAt ?? need.meta.createdAt ?? "");
  let waitedHours: number | undefined;
  let waitPoints = 0;
  if (Number.isFinite(since)) {
    waitedHours = Math.max(0, Math.floor((asOf - since) / HOUR));
    waitPoints = w.perHour * Math.min(waitedHours, w.capHours);
  }
  const multiplier = Math.min(1 + sum, w.maxMultiplier);
  const score = round(w.urgency[urgency] * multiplier + waitPoints);
  return { score, urgency, ...(waitedHours !== undefined ? { waitedHours } : {}) };
}

/** The reasons of a priority: urgency, each vulnerability, the time waited. */
export function priorityReasons(need: Need, p: Omit<Priority, "reasons">): Reason[] {
  const reasons: Reason[] = [{ code: `urgency.${p.urgency}`, text: urgencyLabels[p.urgency] }];
  for (const v of new Set(need.vulnerabilities ?? []))
    reasons.push({ code: `vulnerability.${v}`, text: vulnerabilityLabels[v]! });
  if (p.waitedHours !== undefined && p.waitedHours >= 1)
    reasons.push({ code: "waited", text: matchMessage("waited", { hours: p.waitedHours }) });
  return reasons;
}

/** Scores are kept to two decimals so that they read the same everywhere they are shown. */
const round = (x: number) => Math.round(x * 100) / 100;
