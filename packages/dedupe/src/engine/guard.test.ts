import { listDivisions } from "@linli/core/divisions";
import { type Comparator, dedupe, type Profile } from "@linli/dedupe";
import { describe, expect, it } from "vitest";
import { doubt, separation } from "./guard.js";

// The county hospitals and first hospitals of Hubei: every name differs, and each pair of one
// pattern shares all but its place.
const hubei = listDivisions().filter((d) => d.code.startsWith("42"));
const hospitals = [
  ...hubei
    .filter((d) => d.level === "district" && d.name.endsWith("县"))
    .slice(0, 21)
    .map((d) => ({ name: `${d.name}人民医院` })),
  ...hubei.filter((d) => d.level === "city").map((d) => ({ name: `${d.name}第一人民医院` })),
];

// A name comparator as naive as the one that fused these lists: region dropped, "core" agrees.
const core = (s: string) => s.replace(/^.*?[县市区州]/, "");
const coreName: Comparator<{ full: string; core: string }> = {
  id: "core-name",
  levels: ["exact", "core", "different"],
  normalize: (v) => (typeof v === "string" ? v : undefined),
  features: (k) => ({ full: k, core: core(k) }),
  compare: (a, b) => (a.full === b.full ? 0 : a.core === b.core ? 1 : 2),
};
const naive: Profile = {
  name: "naive",
  fields: [{ name: "name", get: "name", comparator: coreName, termFrequency: true }],
  blocking: [{ name: "core", on: ["name"], transform: core }],
};

describe("the guard on the estimate", () => {
  it("does not trust an estimate that most compared pairs match when the prior disagrees", () => {
    expect(hospitals.length).toBeGreaterThan(30);
    const r = dedupe(hospitals, { profile: naive });
    expect(r.params.estimate).toMatchObject({ method: "prior", reason: "most-pairs-match" });
    expect(r.params.estimate?.lambda).toBeGreaterThan(0.9);
    expect(r.params.lambda).toBeLessThanOrEqual(0.5);
    // A list of distinct rows stays distinct.
    expect(r.clusters).toHaveLength(hospitals.length);
  });

  it("trusts a list merged with its own re-typed copy, where most pairs do match", () => {
    const people = Array.from({ length: 40 }, (_, i) => ({
      name: `王${"伟芳娜敏静丽强磊军洋"[i % 10]}${"一二三四"[Math.floor(i / 10)]}`,
      birthDate: `19${60 + i}-0${(i % 9) + 1}-1${i % 10}`,
      phones: [{ number: `1380013${String(8000 + i)}` }],
    }));
    // Re-typed: dates written another way, and everyone gave another phone.
    const copy = people.map((p, i) => ({
      ...p,
      birthDate: p.birthDate.replace(/-/g, "/"),
      phones: [{ number: `1391234${String(5000 + i)}` }],
    }));
    const r = dedupe([...people, ...copy], { profile: "resident" });
    expect(r.params.estimate?.method).toBe("em");
    expect(r.params.estimate?.lambda).toBeGreaterThan(0.5);
    expect(r.clusters).toHaveLength(40);
  });

  it("says when m and u hardly differ", () => {
    const levels = Uint8Array.from([0, 1]);
    const counts = Float64Array.from([50, 50]);
    const same = [[0.5, 0.5]];
    expect(separation(same, same)).toBe(0);
    const d = doubt(0.3, same, same, { m: same, u: same }, { levels, counts }, [3], {
      maxIterations: 50,
      tolerance: 1e-6,
    });
    expect(d.reason).toBe("no-separation");
  });
});
