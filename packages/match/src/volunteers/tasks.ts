import {
  type Allocation,
  type DeliveryTask,
  expectArgument,
  type Need,
  SCHEMA_VERSION,
  type Skill,
  stableHash,
} from "@linli/core";
import type { Line } from "../model/lines.js";
import type { Place } from "../model/places.js";
import type { SkillRule } from "../types.js";

/**
 * Skills a delivery calls for by default: carrying drinking water, driving to medical care.
 *
 * @example
 * ```ts
 * import { DEFAULT_SKILL_RULES } from "@linli/match";
 * DEFAULT_SKILL_RULES[0]?.skill; // "heavy-lifting"
 * ```
 */
export const DEFAULT_SKILL_RULES: readonly SkillRule[] = [
  { skill: "heavy-lifting", categories: ["drinking-water"] },
  { skill: "driving", needCategories: ["medical-care", "transport"] },
];

/** A task with what assignment needs to know beside the record. */
export interface TaskDraft {
  task: DeliveryTask;
  readonly score: number;
  /** Epoch ms the need is due, +∞ when it states none. */
  readonly due: number;
  readonly dueText?: string;
  readonly home: Place;
}

/**
 * One delivery task per need and depot: the allocations a volunteer picks up at one depot for
 * one household, with the skills they call for. Each allocation is linked to its task.
 */
export function deliveryTasks(
  allocations: readonly Allocation[],
  ctx: {
    /** The line of each allocation, in the same order. */
    lines: readonly Line[];
    needs: ReadonlyMap<string, Need>;
    homes: ReadonlyMap<string, Place>;
    depots: ReadonlyMap<string, Place>;
    scores: ReadonlyMap<string, number>;
    rules: readonly SkillRule[];
    runHash: string;
    asOf: string;
  },
): TaskDraft[] {
  // Per need, per depot: the allocations, by their place in the list.
  const groups = new Map<string, Map<string, number[]>>();
  allocations.forEach((a, i) => {
    const from = a.fromLocationId ?? a.fromName ?? "";
    let byDepot = groups.get(a.needId);
    if (!byDepot) {
      byDepot = new Map();
      groups.set(a.needId, byDepot);
    }
    const g = byDepot.get(from);
    if (g) g.push(i);
    else byDepot.set(from, [i]);
  });
  // By need, then depot.
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const needs = [...groups.keys()].sort(byText);
  const out: TaskDraft[] = [];
  // A depot's address is the same on every task that starts there: worked out once.
  const addresses = new Map<Place, DeliveryTask["fromAddress"] | undefined>();
  for (const needId of needs) {
    const byDepot = groups.get(needId)!;
    const need = ctx.needs.get(needId)!;
    const froms = byDepot.size > 1 ? [...byDepot.keys()].sort(byText) : byDepot.keys();
    for (const from of froms) {
      const group = byDepot.get(from)!;
      const first = allocations[group[0]!]!;
      const line = ctx.lines[group[0]!]!;
      const depot = ctx.depots.get(from);
      const skills = new Set<Skill>();
      for (const rule of ctx.rules) {
        const byItem = group.some((i) =>
          rule.categories?.includes(ctx.lines[i]!.category as never),
        );
        const byNeed = rule.needCategories?.includes(need.category) ?? false;
        if (byItem || byNeed) skills.add(rule.skill);
      }
      let fromAddress: DeliveryTask["fromAddress"] | undefined;
      if (depot) {
        if (!addresses.has(depot)) {
          const parts = placeParts(depot);
          addresses.set(depot, Object.keys(parts).length ? parts : undefined);
        }
        fromAddress = addresses.get(depot);
      }
      const id = `t-${stableHash(`${ctx.runHash}\u0000${needId}\u0000${from}`)}`;
      const ids = group.map((i) => allocations[i]!.meta.id);
      // Field by field, in the order of the schema: spreads of optional parts cost.
      const task: Mutable<DeliveryTask> = {
        meta: { id, schemaVersion: SCHEMA_VERSION, createdAt: ctx.asOf },
        status: "planned",
        allocationIds: ids.length > 1 ? ids.sort() : ids,
        needId: need.meta.id,
        recipientName: need.requesterName,
      };
      if (need.phones?.length) task.phones = need.phones;
      if (first.fromLocationId) task.fromLocationId = first.fromLocationId;
      if (first.fromName) task.fromName = first.fromName;
      if (fromAddress) task.fromAddress = fromAddress;
      if (need.deliveryAddress) task.toAddress = need.deliveryAddress;
      if (skills.size) task.skills = [...skills].sort();
      // The records were made by this run: linked where they are, not copied.
      for (const i of group) (allocations[i] as Mutable<Allocation>).deliveryTaskId = id;
      const draft: Mutable<TaskDraft> = {
        task,
        score: ctx.scores.get(need.meta.id) ?? 0,
        // The line read the need's due time already.
        due: line.need === need ? line.neededBy : dueOf(need),
        home: ctx.homes.get(needId)!,
      };
      if (need.neededBy) draft.dueText = need.neededBy;
      out.push(draft);
    }
  }
  return out;
}

const dueOf = (need: Need) =>
  need.neededBy ? Date.parse(need.neededBy) : Number.POSITIVE_INFINITY;

/** A record while it is being filled in. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function placeParts(p: Place): NonNullable<DeliveryTask["fromAddress"]> {
  return {
    ...(p.community ? { community: p.community } : {}),
    ...(p.compound ? { compound: p.compound } : {}),
    ...(p.building ? { building: p.building } : {}),
    ...(p.unit ? { unit: p.unit } : {}),
    ...(p.room ? { room: p.room } : {}),
  };
}

/**
 * Compare building, unit and room numbers as people count them: 2 before 10, 3号楼 before
 * 12号楼, letters after numbers.
 *
 * @example
 * ```ts
 * import { naturalCompare } from "@linli/match";
 * ["12", "3", "3A"].sort(naturalCompare); // ["3", "3A", "12"]
 * ```
 */
export function naturalCompare(a: string, b: string): number {
  expectArgument("naturalCompare", "a", "text", a);
  expectArgument("naturalCompare", "b", "text", b);
  return compareParts(partsOf(a), partsOf(b));
}

/** A text cut into runs of digits (as numbers) and of other characters. */
type Parts = readonly (string | number)[];

// Building, unit and room numbers repeat across thousands of tasks: each is cut once.
const cut = new Map<string, Parts>();
function partsOf(s: string): Parts {
  let p = cut.get(s);
  if (p === undefined) {
    p = (s.match(/\d+|\D+/g) ?? []).map((x) => (/^\d/.test(x) ? Number(x) : x));
    if (cut.size > 100_000) cut.clear();
    cut.set(s, p);
  }
  return p;
}

function compareParts(pa: Parts, pb: Parts): number {
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    const nx = typeof x === "number";
    const ny = typeof y === "number";
    if (nx && ny) {
      const d = x - y;
      if (d) return d;
    } else if (nx !== ny) return nx ? -1 : 1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** A task's place in a round, cut once: building, unit, floor and room, then its id. */
export interface StopKey {
  readonly parts: readonly Parts[];
  readonly id: string;
}

/** The stop key of a task, for `compareStops`. */
export function stopKey(t: DeliveryTask): StopKey {
  const x = t.toAddress ?? {};
  return {
    parts: [
      partsOf(x.building ?? ""),
      partsOf(x.unit ?? ""),
      partsOf(x.floor ?? ""),
      partsOf(x.room ?? ""),
    ],
    id: t.meta.id,
  };
}

/** Stop order within a compound: building, unit, floor, room, then task id. */
export function compareStops(a: StopKey, b: StopKey): number {
  for (let i = 0; i < 4; i++) {
    const d = compareParts(a.parts[i]!, b.parts[i]!);
    if (d) return d;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
