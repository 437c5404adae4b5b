// The invariants of a plan, on generated lockdown days of every size and scarcity, run twice
// with random delivery outcomes fed back in between.
import type { DeliveryTask, Need } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateLockdown } from "../benchmark/generate.js";
import { matchFair } from "../fair/fair.js";
import type { MatchPlan } from "../types.js";
import { match } from "./match.js";

const days = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  communities: fc.integer({ min: 1, max: 5 }),
  needs: fc.integer({ min: 1, max: 60 }),
  lots: fc.integer({ min: 1, max: 30 }),
  volunteers: fc.integer({ min: 0, max: 10 }),
  supply: fc.double({ min: 0.05, max: 1.5, noNaN: true }),
  pledges: fc.double({ min: 0, max: 0.5, noNaN: true }),
});
const EPS = 1e-6;

function checkPlan(plan: MatchPlan, earlier: readonly MatchPlan[] = []) {
  // Allocated ≤ stock: per lot, what earlier runs hold and this run takes fits in it.
  for (const lot of plan.lots)
    expect(lot.held + lot.allocated).toBeLessThanOrEqual(lot.quantity + EPS);
  const perLot = new Map<string, number>();
  for (const a of plan.allocations) {
    const k = a.lotId ?? `${a.commitmentId}#${a.commitmentLine}`;
    perLot.set(k, (perLot.get(k) ?? 0) + (a.sourceQuantity ?? a.quantity));
  }
  for (const lot of plan.lots)
    expect(perLot.get(lot.id) ?? 0).toBeLessThanOrEqual(lot.quantity - lot.held + EPS);
  // Delivered ≤ allocated ≤ requested, line by line.
  for (const n of plan.needs)
    for (const item of n.items ?? []) {
      expect(item.delivered ?? 0).toBeLessThanOrEqual((item.allocated ?? 0) + EPS);
      expect(item.allocated ?? 0).toBeLessThanOrEqual((item.quantity ?? 1) + EPS);
    }
  // Every allocation says why.
  for (const a of plan.allocations) {
    expect(a.reasons?.length).toBeGreaterThan(0);
    expect(a.quantity).toBeGreaterThan(0);
  }
  // No volunteer over capacity or in two places at once.
  const byVolunteer = new Map<string, MatchPlan["rounds"][number][]>();
  for (const r of plan.rounds)
    byVolunteer.set(r.volunteerId, [...(byVolunteer.get(r.volunteerId) ?? []), r]);
  for (const [, rounds] of byVolunteer) {
    const sorted = [...rounds].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    for (let i = 1; i < sorted.length; i++)
      expect(Date.parse(sorted[i]!.start)).toBeGreaterThanOrEqual(Date.parse(sorted[i - 1]!.end));
  }
  const tasks = new Map(plan.tasks.map((t) => [t.meta.id, t]));
  for (const r of plan.rounds) {
    for (const id of r.taskIds)
      expect(tasks.get(id)).toMatchObject({ volunteerId: r.volunteerId, shiftId: r.shiftId });
  }
  // Across runs, a lot is never allocated beyond what it had: earlier allocations as they
  // stand now (released ones no longer count), and this run's.
  if (earlier.length) {
    const all = new Map<string, number>();
    for (const a of [...plan.previous, ...plan.allocations]) {
      if (a.status === "cancelled" || a.status === "failed") continue;
      const k = a.lotId ?? `${a.commitmentId}#${a.commitmentLine}`;
      all.set(k, (all.get(k) ?? 0) + (a.sourceQuantity ?? a.quantity));
    }
    const first = new Map(earlier[0]!.lots.map((l) => [l.id, l.quantity]));
    for (const [k, q] of all) if (first.has(k)) expect(q).toBeLessThanOrEqual(first.get(k)! + EPS);
  }
}

/** Some tasks delivered, some failed, the rest still out. */
function outcomes(tasks: readonly DeliveryTask[], pick: number): DeliveryTask[] {
  return tasks.map((t, i) =>
    (i + pick) % 3 === 0
      ? { ...t, status: "delivered", deliveredAt: "2022-01-05T11:00:00+08:00" }
      : (i + pick) % 3 === 1
        ? { ...t, status: "failed" }
        : t,
  );
}

describe("match properties", () => {
  it("keeps every invariant, and gives the same plan for the same input", () => {
    fc.assert(
      fc.property(days, fc.nat(2), (o, pick) => {
        const day = generateLockdown(o);
        const plan = match(day, { asOf: day.asOf });
        checkPlan(plan);
        expect(match(day, { asOf: day.asOf })).toEqual(plan);
        // Later the same day, with delivery outcomes fed back: the same stock is never allocated twice.
        const later = "2022-01-05T12:00:00+08:00";
        const tasks = outcomes(plan.tasks, pick);
        const next = match(
          { ...day, needs: plan.needs as Need[], allocations: plan.allocations, tasks },
          { asOf: later },
        );
        checkPlan(next, [plan]);
        const delivered = new Set(
          tasks.filter((t) => t.status === "delivered").flatMap((t) => t.allocationIds),
        );
        const stockDelivered = plan.allocations.filter(
          (a) => delivered.has(a.meta.id) && a.sourceKind === "stock",
        );
        expect(next.movements.map((m) => m.meta.id).sort()).toEqual(
          stockDelivered.map((a) => `mv-${a.meta.id}`).sort(),
        );
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("keeps them in fair mode too", async () => {
    await fc.assert(
      fc.asyncProperty(days, async (o) => {
        const day = generateLockdown(o);
        const plan = await matchFair(day, { asOf: day.asOf });
        checkPlan(plan);
        expect(plan.run.mode).toBe("fair");
        expect(await matchFair(day, { asOf: day.asOf })).toEqual(plan);
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
