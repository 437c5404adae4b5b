import { residentSlices } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";

describe("residentSlices", () => {
  it("makes a population slice by slice, repeatable, numbered across slices", () => {
    const options = { records: 9000, sliceRecords: 3000, seed: 4, scenario: "district" } as const;
    const slices = [...residentSlices(options)];
    const again = [...residentSlices(options)];
    expect(slices).toHaveLength(3);
    expect(JSON.stringify(slices.map((s) => s.records))).toBe(
      JSON.stringify(again.map((s) => s.records)),
    );
    const records = slices.flatMap((s) => s.records);
    expect(records.length).toBeGreaterThan(8500);
    expect(records.length).toBeLessThan(9500);
    expect(records[0]!.meta.id).toBe("r-0");
    expect(new Set(records.map((r) => r.meta.id)).size).toBe(records.length);
    // An entity or a household of one slice never reappears in another; ids are dense.
    const sliceOf = new Map<number, number>();
    const homeOf = new Map<number, number>();
    slices.forEach((s, k) => {
      for (const e of s.entity) {
        expect(sliceOf.get(e) ?? k).toBe(k);
        sliceOf.set(e, k);
      }
      for (const h of s.household) {
        expect(homeOf.get(h) ?? k).toBe(k);
        homeOf.set(h, k);
      }
      expect(s.twin.some((t) => t >= 0)).toBe(true);
    });
    expect([...sliceOf.keys()].reduce((a, b) => Math.max(a, b), -1)).toBe(sliceOf.size - 1);
    // Citizen IDs and phone numbers stay unique across slices: on records without noise, one
    // ID is one person and one phone one household.
    const entity = slices.flatMap((s) => [...s.entity]);
    const household = slices.flatMap((s) => [...s.household]);
    const noise = slices.flatMap((s) => s.noise);
    const idOwner = new Map<string, number>();
    const phoneHome = new Map<string, number>();
    let ids = 0;
    records.forEach((r, i) => {
      if (noise[i]!.length > 0) return;
      const id = r.identifiers?.[0]?.value;
      if (id) {
        expect(idOwner.get(id) ?? entity[i]).toBe(entity[i]);
        idOwner.set(id, entity[i]!);
        ids++;
      }
      for (const p of r.phones ?? []) {
        expect(phoneHome.get(p.number) ?? household[i]).toBe(household[i]);
        phoneHome.set(p.number, household[i]!);
      }
    });
    expect(ids).toBeGreaterThan(3000);
    // Each slice draws from its own share of the numbers: phone ≡ slice, ID sequence ≡ slice.
    let at = 0;
    slices.forEach((s, k) => {
      s.records.forEach((r, j) => {
        if (noise[at + j]!.length > 0) return;
        const id = r.identifiers?.[0]?.value;
        if (id) expect(Math.floor(Number(id.slice(14, 17)) / 2) % 3).toBe(k);
        for (const p of r.phones ?? []) expect(Number(p.number.slice(-8)) % 3).toBe(k);
      });
      at += s.records.length;
    });
  });
});
