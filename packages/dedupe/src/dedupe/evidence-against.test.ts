import { dedupe } from "@linli/dedupe";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";

// The wrong merges of a district-scale run, among a district's registers, so that the prior
// and the name frequencies are those of real data.
const id = (value: string) => ({ identifiers: [{ scheme: "cn-citizen-id", value }] });
const phone = (number: string) => ({ phones: [{ number }] });
const home = (compound: string, building: string) => ({
  address: { compound, building, unit: "1", room: "101" },
});

const cases = {
  // Same birth date and sex, other given names: one row has ID and phone, one neither.
  xikai: {
    name: "李希凯",
    gender: "male",
    birthDate: "1988-02-17",
    ...id("610113198802170034"),
    ...phone("13912345601"),
    ...home("丈八花园", "3"),
  },
  tianchen: { name: "李天辰", gender: "male", birthDate: "1988-02-17", ...home("丈八花园", "9") },
  // A common name whose birth dates differ by a digit, phones differ, one row has no ID.
  zhangyu1: { name: "张煜", gender: "male", birthDate: "1998-06-23", ...phone("13912345602") },
  zhangyu2: {
    name: "张煜",
    gender: "male",
    ...id("610104199806200011"),
    ...phone("13912345603"),
  },
  // Birth dates months apart, other phones and buildings.
  jinxi1: {
    name: "王锦希",
    gender: "female",
    birthDate: "1995-08-16",
    ...phone("13912345604"),
    ...home("曲江新村", "2"),
  },
  jinxi2: {
    name: "王锦希",
    gender: "female",
    birthDate: "1995-06-09",
    ...phone("13912345605"),
    ...home("曲江新村", "7"),
  },
  // Given names of the same characters swapped, birth dates six days apart, other phones.
  faxiang: { name: "张发祥", gender: "male", birthDate: "1952-05-08", ...phone("13912345606") },
  xiangfa: { name: "张祥发", gender: "male", birthDate: "1952-05-14", ...phone("13912345607") },
  // One person twice, with nothing but a rare name, birth date and sex: a possible match.
  yunxi1: { name: "欧阳韵溪", gender: "female", birthDate: "1979-10-30" },
  yunxi2: { name: "欧阳韵溪", gender: "female", birthDate: "1979-10-30", ...home("太白里", "5") },
  // Names with characters hidden, as lists passed outside an office show them: two women
  // born the same day are no more one person for both being 李**.
  masked1: { name: "李**", gender: "female", birthDate: "1983-04-21" },
  masked2: { name: "李**", gender: "female", birthDate: "1983-04-21", ...home("太白里", "6") },
  // A rare name alone is no person.
  mingzhe1: { name: "司马明哲" },
  mingzhe2: { name: "司马明哲", ...phone("13912345608") },
  // A chain: 1 and 2 are one person; 3 shares 2's phone and name but is a woman.
  chain1: {
    name: "赵晓岚",
    gender: "male",
    birthDate: "1990-01-05",
    ...id("610102199001050015"),
    ...phone("13912345609"),
  },
  chain2: { name: "赵晓岚", birthDate: "1990-01-05", ...phone("13912345609") },
  chain3: { name: "赵晓岚", gender: "female", ...phone("13912345609") },
} as const;

describe("evidence against a match, at district scale", () => {
  const base = synthesizeResidents({ records: 6000, seed: 7, scenario: "district" }).records;
  // Thirty other 张煜, so that the name is as common as it is in a district.
  const zhangyu = Array.from({ length: 30 }, (_, k) => ({
    name: "张煜",
    gender: k % 2 ? "male" : "female",
    birthDate: `19${50 + k}-0${1 + (k % 9)}-1${k % 10}`,
  }));
  const names = Object.keys(cases) as (keyof typeof cases)[];
  const records = [...base, ...zhangyu, ...names.map((k) => cases[k])];
  const at = Object.fromEntries(names.map((k, i) => [k, base.length + zhangyu.length + i]));
  const result = dedupe(records, { pairs: "matches" });
  const clusterOf = new Int32Array(records.length);
  result.clusters.forEach((c, k) => {
    for (const i of c) clusterOf[i] = k;
  });
  const together = (a: keyof typeof cases, b: keyof typeof cases) =>
    clusterOf[at[a]!] === clusterOf[at[b]!];

  it("keeps apart namesakes, other given names and birth dates beyond a typing error", () => {
    expect(together("xikai", "tianchen")).toBe(false);
    expect(together("zhangyu1", "zhangyu2")).toBe(false);
    expect(together("jinxi1", "jinxi2")).toBe(false);
    expect(together("faxiang", "xiangfa")).toBe(false);
  });

  it("links a rare name with its birth date and sex, as a possible match", () => {
    expect(together("yunxi1", "yunxi2")).toBe(true);
    const pair = result.pairs.find((p) => p.a === at.yunxi1 && p.b === at.yunxi2)!;
    expect(pair.possible).toBe(true);
  });

  it("does not link people on a name with characters hidden", () => {
    // Before, 李** was compared as a rare name and the pair linked as yunxi1 and yunxi2 are.
    expect(together("masked1", "masked2")).toBe(false);
    const pair = result.pairs.find((p) => p.a === at.masked1 && p.b === at.masked2);
    expect(pair).toBeUndefined();
  });

  it("never merges on a name alone; a missing value is no evidence", () => {
    expect(together("mingzhe1", "mingzhe2")).toBe(false);
  });

  it("does not chain two sexes into one cluster through a third record", () => {
    expect(together("chain1", "chain2")).toBe(true);
    expect(together("chain1", "chain3")).toBe(false);
    const sure = result.pairs.find((p) => p.a === at.chain1 && p.b === at.chain2)!;
    expect(sure.possible).toBeUndefined();
  });
});
