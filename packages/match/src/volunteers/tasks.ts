import {
  type Allocation,
  type DeliveryTask,
  expectArgument,
  type Need,
  SCHEMA_VERSION,
  type Skill,
  stableHash,
} from "@linli/core";
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
 * one household, with the skills they call for.
 */
export function deliveryTasks(
  allocations: readonly Allocation[],
  ctx: {
    needs: ReadonlyMap<string, Need>;
    homes: ReadonlyMap<string, Place>;
    depots: ReadonlyMap<string, Place>;
    categories: ReadonlyMap<string, string | undefined>;
    scores: ReadonlyMap<string, number>;
    rules: readonly SkillRule[];
    runHash: string;
    asOf: string;
  },
): TaskDraft[] {
  const groups = new Map<string, Allocation[]>();
  for (const a of allocations) {
    const k = `${a.needId}\u0000${a.fromLocationId ?? a.fromName ?? ""}`;
    const g = groups.get(k);
    if (g) g.push(a);
    else groups.set(k, [a]);
  }
  const out: TaskDraft[] = [];
  for (const [k, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const first = group[0]!;
    const need = ctx.needs.get(first.needId)!;
    const depot = ctx.depots.get(first.fromLocationId ?? first.fromName ?? "");
    const skills = new Set<Skill>();
    for (const rule of ctx.rules) {
      const byItem = group.some((a) =>
        rule.categories?.includes(ctx.categories.get(a.meta.id) as never),
      );
      const byNeed = rule.needCategories?.includes(need.category) ?? false;
      if (byItem || byNeed) skills.add(rule.skill);
    }
    const fromAddress = depot && placeParts(depot);
    const task: DeliveryTask = {
      meta: {
        id: `t-${stableHash(`${ctx.runHash}\u0000${k}`)}`,
        schemaVersion: SCHEMA_VERSION,
        createdAt: ctx.asOf,
      },
      status: "planned",
      allocationIds: group.map((a) => a.meta.id).sort(),
      needId: need.meta.id,
      recipientName: need.requesterName,
      ...(need.phones?.length ? { phones: need.phones } : {}),
      ...(first.fromLocationId ? { fromLocationId: first.fromLocationId } : {}),
      ...(first.fromName ? { fromName: first.fromName } : {}),
      ...(fromAddress && Object.keys(fromAddress).length ? { fromAddress } : {}),
      ...(need.deliveryAddress ? { toAddress: need.deliveryAddress } : {}),
      ...(skills.size ? { skills: [...skills].sort() } : {}),
    };
    out.push({
      task,
      score: ctx.scores.get(need.meta.id) ?? 0,
      due: need.neededBy ? Date.parse(need.neededBy) : Number.POSITIVE_INFINITY,
      ...(need.neededBy ? { dueText: need.neededBy } : {}),
      home: ctx.homes.get(need.meta.id)!,
    });
  }
  return out;
}

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
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d) return d;
    } else if (nx !== ny) return nx ? -1 : 1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Stop order within a compound: building, unit, floor, room, then need id. */
export function stopOrder(a: DeliveryTask, b: DeliveryTask): number {
  const x = a.toAddress ?? {};
  const y = b.toAddress ?? {};
  return (
    naturalCompare(x.building ?? "", y.building ?? "") ||
    naturalCompare(x.unit ?? "", y.unit ?? "") ||
    naturalCompare(x.floor ?? "", y.floor ?? "") ||
    naturalCompare(x.room ?? "", y.room ?? "") ||
    (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0)
  );
}
