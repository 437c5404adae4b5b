import { type MatchRun, type Need, SCHEMA_VERSION } from "@linli/core";
import { allocationRecords } from "../allocate/records.js";
import type { AllocationState } from "../allocate/state.js";
import { updatedNeeds } from "../feedback/needs.js";
import { type MatchMessageCode, matchMessage } from "../messages.js";
import { type Line, round } from "../model/lines.js";
import type { Place } from "../model/places.js";
import { weightParameters } from "../score/weights.js";
import type { LotSummary, MatchOptions, MatchPlan, Reason, UnmetLine } from "../types.js";
import { assignTasks } from "../volunteers/assign.js";
import { DEFAULT_SKILL_RULES, deliveryTasks } from "../volunteers/tasks.js";
import { isoAt, type Prepared } from "./prepare.js";

/** How a run allocated, for its match run record. */
export interface Method {
  readonly mode: "priority" | "fair";
  readonly algorithm: string;
  readonly version: string;
  readonly parameters?: readonly [string, number | string | boolean][];
  readonly figures?: readonly [string, number][];
}

/** Records, delivery tasks and rounds, unmet lines, updated needs and the match run, from what was allocated. */
export function finish(
  p: Prepared,
  state: AllocationState,
  method: Method,
  options: MatchOptions,
): MatchPlan {
  const runId = `run-${p.hash.slice(0, 16)}`;
  const reservedUntil = isoAt(p.asOf + p.reservationHours * 3_600_000, offsetOf(p.asOfText));
  const lineOf: Line[] = [];
  const allocations = allocationRecords(
    state,
    {
      runId,
      runHash: p.hash,
      asOf: p.asOfText,
      reservedUntil,
      decidedBy: options.decidedBy ?? `${method.algorithm}/${method.version}`,
    },
    lineOf,
  );

  const needs = new Map(p.input.needs.map((n) => [n.meta.id, n]));
  const homes = new Map<string, Place>();
  const scores = new Map<string, number>();
  for (const l of p.lines) {
    homes.set(l.need.meta.id, l.place);
    scores.set(l.need.meta.id, Math.max(scores.get(l.need.meta.id) ?? 0, l.priority.score));
  }
  const depots = new Map<string, Place>();
  for (const lot of p.lots) depots.set(lot.place.id ?? lot.place.name, lot.place);
  const drafts = deliveryTasks(allocations, {
    lines: lineOf,
    needs: needs as ReadonlyMap<string, Need>,
    homes,
    depots,
    scores,
    rules: DEFAULT_SKILL_RULES,
    runHash: p.hash,
    asOf: p.asOfText,
  });
  const { rounds, unassigned } = assignTasks(
    drafts,
    {
      volunteers: p.input.volunteers ?? [],
      shifts: p.input.shifts ?? [],
      asOf: p.asOf,
      defaultCapacity: p.defaultCapacity,
    },
    p.issues,
  );
  const tasks = drafts.map((d) => d.task);

  const unmet = unmetLines(p, state);
  const lots: LotSummary[] = p.lots.map((l, i) => ({
    id: l.id,
    kind: l.kind,
    itemName: l.name,
    ...(l.unit ? { unit: l.unit } : {}),
    place: l.place.name,
    quantity: round(l.quantity),
    held: round(l.held),
    allocated: round(Math.max(0, l.quantity - l.held) - state.remaining[i]!),
  }));
  const open = p.lines.filter((l) => l.outstanding > 0);
  const figures: [string, number][] = [
    ["needs", p.input.needs.length],
    ["needLines", p.lines.length],
    ["openLines", open.length],
    ["linesAllocated", open.filter((l) => state.given[l.index]! > 0).length],
    ["linesComplete", open.filter((l) => state.wanted(l.index) <= 0).length],
    ["urgentLines", open.filter((l) => l.urgent).length],
    ["urgentComplete", open.filter((l) => l.urgent && state.wanted(l.index) <= 0).length],
    ["lots", p.lots.length],
    ["allocations", allocations.length],
    ["tasks", tasks.length],
    ["tasksAssigned", tasks.length - unassigned.length],
    ["rounds", rounds.length],
    ["movementsWritten", p.movements.length],
    ["issues", p.issues.length],
    ...(method.figures ?? []),
  ];
  const parameters: [string, number | string | boolean][] = [
    ...weightParameters(p.weights),
    ["reach.maxKm", p.maxKm],
    ["reach.hub", p.hub],
    ["reservation.hours", p.reservationHours],
    ["volunteer.defaultCapacity", p.defaultCapacity],
    ["exactOnly", [...p.exactOnly].join(",")],
    ...Object.entries(p.substitutions).map(
      ([k, v]) => [`substitute.${k}`, (v ?? []).join(",")] as [string, string],
    ),
    ...(method.parameters ?? []),
  ];
  const run: MatchRun = {
    meta: { id: runId, schemaVersion: SCHEMA_VERSION, createdAt: p.asOfText },
    mode: method.mode,
    algorithm: method.algorithm,
    algorithmVersion: method.version,
    inputHash: p.hash,
    asOf: p.asOfText,
    parameters: parameters.map(([name, value]) => ({ name, value })),
    figures: figures.map(([name, value]) => ({ name, value })),
  };
  return {
    run,
    allocations,
    previous: p.ledger.allocations,
    tasks,
    rounds,
    unassigned,
    needs: updatedNeeds(p.input.needs, p.lines, state.given, p.lastDelivery, p.issues),
    movements: p.movements,
    unmet,
    lots,
    issues: p.issues,
  };
}

function unmetLines(p: Prepared, state: AllocationState): UnmetLine[] {
  const out: UnmetLine[] = [];
  // The same item missing in the same compound for the same reason reads the same: written once.
  const texts = new Map<string, Reason>();
  const text = (code: MatchMessageCode, params: Record<string, string | number>): Reason => {
    const k = `${code}|${Object.values(params).join("|")}`;
    let r = texts.get(k);
    if (!r) {
      r = { code, text: matchMessage(code, params) };
      texts.set(k, r);
    }
    return r;
  };
  for (const l of p.lines) {
    const left = state.wanted(l.index);
    if (l.outstanding <= 0 || left <= 0) continue;
    const got = state.given[l.index]!;
    const allocated = round(l.allocated + got);
    const none = p.cand.none.get(l.index);
    const item = l.name;
    const reason =
      allocated > 0
        ? text("unmet.partial", { got: allocated, asked: l.requested, unit: l.unit ?? "" })
        : none
          ? text(`unmet.${none}`, {
              item,
              unit: l.unit ?? "",
              place: l.place.compound ?? l.community,
            })
          : text("unmet.taken", {});
    out.push({
      needId: l.need.meta.id,
      itemIndex: l.itemIndex,
      itemName: l.name,
      ...(l.category ? { category: l.category } : {}),
      ...(l.unit ? { unit: l.unit } : {}),
      requested: l.requested,
      allocated,
      outstanding: left,
      urgent: l.urgent,
      score: l.priority.score,
      community: l.community,
      ...(l.place.compound ? { compound: l.place.compound } : {}),
      ...(l.priority.waitedHours !== undefined ? { waitedHours: l.priority.waitedHours } : {}),
      reason,
    });
  }
  return out.sort(
    (a, b) => b.score - a.score || a.needId.localeCompare(b.needId) || a.itemIndex - b.itemIndex,
  );
}

/** The UTC offset in minutes of an ISO time (`+08:00` → 480, `Z` → 0). */
function offsetOf(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
