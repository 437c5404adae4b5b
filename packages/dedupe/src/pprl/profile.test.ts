import { diceComparator, link, pprlProfile } from "@linli/dedupe";
import { linkScores } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";

/** A seeded stream of integers below `n`. */
function ints(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
}

/** A 256-bit Bloom filter of a value's padded bigrams (FNV-1a, 4 bits each), as Base64. */
function encode(value: string, field: string): string {
  const bytes = new Uint8Array(32);
  const text = `_${value}_`;
  for (let i = 0; i + 2 <= text.length; i++) {
    for (let k = 0; k < 4; k++) {
      let h = 0x811c9dc5;
      for (const ch of `${field}${k}${text.slice(i, i + 2)}`) {
        h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
      }
      const p = (h >>> 0) % 256;
      bytes[p >> 3]! |= 1 << (p & 7);
    }
  }
  return Buffer.from(bytes).toString("base64");
}

describe("pprlProfile", () => {
  it("compares each filter with Dice and blocks on exact and min-hash agreement", () => {
    const p = pprlProfile({
      filters: ["name", { name: "dob", get: "dobFilter" }],
      minhash: { bands: 2 },
    });
    expect(
      p.fields.map((f) => [f.name, typeof f.get === "function" ? "filters.name" : f.get]),
    ).toEqual([
      ["name", "filters.name"],
      ["dob", "dobFilter"],
    ]);
    expect(p.blocking.map((r) => r.name)).toEqual([
      "name",
      "name-minhash-1",
      "name-minhash-2",
      "dob",
      "dob-minhash-1",
      "dob-minhash-2",
    ]);
    expect(
      pprlProfile({ filters: ["a", "b"], minhash: false }).blocking.map((r) => r.name),
    ).toEqual(["a", "b"]);
    expect(() => pprlProfile({ filters: [] })).toThrow(RangeError);
    expect(() => pprlProfile({ filters: ["a", "a"] })).toThrow(RangeError);
  });

  it("compares keyed pseudonyms for equality, keeps different ID keys apart, scores households", () => {
    const p = pprlProfile({
      filters: ["name", "address"],
      keys: [{ name: "id", cannotLink: true }, "phone"],
      household: ["address", "phone"],
    });
    expect(p.fields.map((f) => f.name)).toEqual(["name", "address", "id", "phone"]);
    expect(p.cannotLink).toEqual(["id"]);
    expect(p.context).toEqual({ address: 1, phone: 1 });
    expect(p.training).toEqual([
      { rule: "name", ignore: ["address", "phone"] },
      { rule: "id", ignore: ["address", "phone"] },
    ]);
    expect(p.blocking.map((r) => r.name).filter((n) => !n.includes("minhash"))).toEqual([
      "name",
      "address",
      "id",
      "phone",
    ]);
    expect(() => pprlProfile({ filters: ["a"], household: ["b"] })).toThrow(RangeError);
    expect(() => pprlProfile({ filters: ["a"], keys: ["a"] })).toThrow(RangeError);
    // Same encodings, two different ID keys: two people, whatever the scores say.
    const twin = (id: string) => ({
      filters: { name: encode("wang wei", "name"), address: encode("yanta 3", "address") },
      keys: { id, phone: "tel.1" },
    });
    // Parameters that make identical filters decisive, so only the cannot-link rule separates.
    const dice = (f: string) => ({
      field: f,
      comparator: "dice",
      levels: [...diceComparator().levels],
      m: [0.9, 0.02, 0.02, 0.02, 0.01, 0.01, 0.01, 0.005, 0.005],
      u: [1e-4, 1e-4, 1e-4, 1e-4, 1e-3, 1e-3, 1e-3, 1e-2, 0.9866],
    });
    const key = (f: string) => ({
      field: f,
      comparator: "exact",
      levels: ["exact", "different"],
      m: [0.9, 0.1],
      u: [1e-3, 0.999],
    });
    const fields = [dice("name"), dice("address"), key("id"), key("phone")].map((f) => ({
      ...f,
      uContext: f.u,
    }));
    const params = { fields, lambda: 0.1, lambdaContext: 0.1, threshold: 0.9, iterations: 0 };
    const same = link([twin("cid.a")], [twin("cid.a")], { profile: p, params });
    expect(same.clusters).toEqual([{ left: [0], right: [0] }]);
    const { clusters, pairs } = link([twin("cid.a")], [twin("cid.b")], { profile: p, params });
    expect(clusters).toEqual([
      { left: [0], right: [] },
      { left: [], right: [0] },
    ]);
    expect(pairs.map((x) => x.keptApart)).toEqual(["cannot-link"]);
  });

  it("links two registers that hold only encodings, typing errors included", () => {
    const rand = ints(7);
    const syllables = [
      "an",
      "bo",
      "chen",
      "da",
      "fei",
      "gu",
      "hua",
      "jin",
      "kai",
      "li",
      "ming",
      "na",
      "ping",
      "qiu",
      "rong",
      "shu",
      "tao",
      "wei",
      "xin",
      "yu",
      "zhou",
    ];
    const towns = ["yanta", "beilin", "lianhu", "xincheng", "baqiao", "weiyang", "changan"];
    const word = (n: number) =>
      Array.from({ length: n }, () => syllables[rand(syllables.length)]).join("");
    const person = () => ({
      name: `${word(1)} ${word(2)}`,
      dob: `19${10 + rand(90)}-0${1 + rand(9)}-1${rand(10)}`,
      town: towns[rand(towns.length)]!,
    });
    const typo = (s: string) => {
      const i = 1 + rand(s.length - 2);
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    };
    const encoded = (p: { name: string; dob: string; town: string }, id: string) => ({
      id,
      filters: {
        name: encode(p.name, "name"),
        dob: encode(p.dob, "dob"),
        town: encode(p.town, "town"),
      },
    });
    const people = Array.from({ length: 400 }, person);
    const leftEntity = people.map((_, i) => i);
    const rightEntity: number[] = [];
    const right: ReturnType<typeof encoded>[] = [];
    people.forEach((p, i) => {
      if (i % 4 === 3) return; // a quarter only on the left
      const q = { ...p };
      if (i % 3 === 0) q.name = typo(q.name);
      if (i % 5 === 0) q.dob = typo(q.dob);
      right.push(encoded(q, `r${right.length}`));
      rightEntity.push(i);
    });
    for (let i = 0; i < 100; i++) {
      right.push(encoded(person(), `r${right.length}`));
      rightEntity.push(1000 + i);
    }
    const left = people.map((p, i) => encoded(p, `l${i}`));
    // Nothing readable crosses: every value is an id or Base64.
    for (const r of [...left, ...right]) {
      for (const v of Object.values(r.filters)) expect(v).toMatch(/^[A-Za-z0-9+/]+=*$/);
    }
    const profile = pprlProfile({ filters: ["name", "dob", "town"] });
    const result = link(left, right, { profile, oneToOne: true, pairs: "none" });
    const s = linkScores(result.clusters, leftEntity, rightEntity);
    expect(s.truePositives + s.falseNegatives).toBe(300);
    expect(s.precision).toBeGreaterThan(0.98);
    // Pairs with typos in both name and birth date score 0.7–0.9 with the prior over all pairs.
    expect(s.recall).toBeGreaterThan(0.94);
  });
});
