import { resident, values } from "@linli/core/testing";
import {
  type MemberRow,
  type MergeResult,
  type MergeSource,
  merge,
  type SourceRowRef,
} from "@linli/dedupe";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { elementKey, present, readPath, stableJson, unitsOf, valueKey } from "./units.js";

type Rec = Record<string, unknown> & { meta: { id: string; schemaVersion?: string } };

// A small world: people (some of them one family sharing phone, address and surname), and
// communities whose registers list some of them, written with the usual variations.
const person = fc.record({
  name: values.personName(),
  birthDate: values.birthDate(),
  gender: fc.constantFrom("male", "female"),
  citizenId: fc.option(values.citizenId(), { nil: undefined }),
  phone: values.mobile(),
  room: fc.integer({ min: 101, max: 2604 }).map(String),
});

const people = fc.array(person, { minLength: 2, maxLength: 6 }).chain((ps) =>
  fc.boolean().map((family) =>
    // A family: same surname, phone and home; different given names and birth dates.
    family
      ? ps.map((p, i) =>
          i === 1
            ? {
                ...p,
                name: ps[0]!.name.slice(0, 1) + p.name.slice(1),
                phone: ps[0]!.phone,
                room: ps[0]!.room,
              }
            : p,
        )
      : ps,
  ),
);

const variation = fc.record({
  written: fc.constantFrom("plain", "traditional", "spaced"),
  dropId: fc.boolean(),
  otherPhone: fc.option(values.mobile(), { nil: undefined }),
  notes: fc.option(fc.constantFrom("行动不便", "需要每周送菜", "独居"), { nil: undefined }),
  updatedAt: fc.option(values.dateTime(), { nil: undefined }),
  vulnerable: fc.subarray(["elderly-living-alone", "disabled", "chronic-illness"] as const),
});

const COMMUNITIES = ["丈八社区", "小寨社区", "电子城街道", "曲江社区"];
const TRAD = Object.fromEntries(
  [
    ..."张張陈陳刘劉杨楊赵趙黄黃吴吳孙孫马馬罗羅郑鄭谢謝许許韩韓冯馮邓鄧苏蘇吕呂卢盧蒋蔣钟鍾陆陸静靜伟偉丽麗强強军軍艳艷杰傑涛濤华華红紅兰蘭凤鳳云雲龙龍国國东東兴興荣榮宝寶贵貴庆慶鹏鵬飞飛辉輝刚剛颖穎轩軒诺諾",
  ]
    .join("")
    .match(/../gu)!
    .map((pair) => [...pair] as [string, string]),
);

const world = people.chain((ps) =>
  fc
    .array(
      fc.array(
        fc.oneof(
          { weight: 6, arbitrary: fc.tuple(fc.nat(ps.length - 1), variation) },
          { weight: 1, arbitrary: resident },
        ),
        { minLength: 1, maxLength: 5 },
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((lists) =>
      lists.map((list, s): MergeSource<Rec> => {
        const name = COMMUNITIES[s]!;
        return {
          name,
          file: `${name}.csv`,
          rows: list.map((item, k) => {
            const id = `${s}-${k}`;
            if (!Array.isArray(item)) {
              return {
                row: k + 2,
                record: { ...(item as Rec), meta: { ...(item as Rec).meta, id } },
              };
            }
            const [pi, v] = item;
            const p = ps[pi]!;
            const record: Rec = {
              meta: {
                id,
                schemaVersion: "0.0.0",
                ...(v.updatedAt ? { updatedAt: v.updatedAt } : {}),
              },
              name:
                v.written === "traditional"
                  ? [...p.name].map((c) => TRAD[c] ?? c).join("")
                  : v.written === "spaced"
                    ? `${p.name.slice(0, 1)} ${p.name.slice(1)}`
                    : p.name,
              gender: p.gender,
              birthDate: p.birthDate,
              ...(p.citizenId && !v.dropId
                ? { identifiers: [{ scheme: "cn-citizen-id", value: p.citizenId }] }
                : {}),
              phones: [{ number: p.phone }, ...(v.otherPhone ? [{ number: v.otherPhone }] : [])],
              address: { compound: "绿地世纪城", building: "3", unit: "2", room: p.room },
              ...(v.vulnerable.length > 0 ? { vulnerabilities: [...v.vulnerable] } : {}),
              ...(v.notes ? { notes: v.notes } : {}),
            };
            return { row: k + 2, record };
          }),
        };
      }),
    ),
);

const keysOf = (s: MergeSource<Rec>) =>
  [...s.rows].map((r) => `${s.name}\u0000${r.record.meta.id}`);
const clusterSet = (r: MergeResult) =>
  r.clusters.map((c) => c.rows.map((m) => m.key).join("|")).sort();
const shuffled = <T>(xs: readonly T[], seed: number) => {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};
const sameRef = (a: SourceRowRef, m: MemberRow) => a.file === m.file && a.row === m.row;
const RUNS = { numRuns: 40, seed: 20260511 };

describe("merge properties", () => {
  it("puts every accepted input row in exactly one cluster", () => {
    fc.assert(
      fc.property(world, (sources) => {
        const r = merge(sources);
        const seen = new Map<string, number>();
        for (const c of r.clusters)
          for (const m of c.rows) seen.set(m.key, (seen.get(m.key) ?? 0) + 1);
        const input = sources.flatMap(keysOf);
        expect([...seen.keys()].sort()).toEqual([...new Set(input)].sort());
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
        expect(r.records.length).toBe(r.clusters.length);
        r.records.forEach((rec, i) => {
          expect(rec.meta.id).toBe(r.clusters[i]!.id);
        });
      }),
      RUNS,
    );
  });

  it("keeps every input value: chosen, or recorded in provenance or conflicts", () => {
    const units = unitsOf("resident");
    let multi = 0;
    let conflicts = 0;
    let variants = 0;
    fc.assert(
      fc.property(world, (sources) => {
        const r = merge(sources);
        multi += r.stats.duplicateClusters;
        conflicts += r.conflicts.length;
        variants += r.clusters.filter((c) => c.provenance?.name?.variants).length;
        r.clusters.forEach((c, ci) => {
          const fused = r.records[ci]! as Rec;
          if (c.rows.length === 1) {
            expect({ ...fused, meta: { ...fused.meta, id: "" } }).toEqual({
              ...c.rows[0]!.record,
              meta: { ...c.rows[0]!.record.meta, id: "" },
            });
            return;
          }
          for (const u of units) {
            const chosen = readPath(fused, u.path);
            const prov = c.provenance?.[u.key];
            const conflict = r.conflicts.find((x) => x.record === c.id && x.field === u.key);
            c.rows.forEach((m, i) => {
              const v = readPath(m.record, u.path);
              if (!present(v)) return;
              const inConflict = (value: unknown) =>
                conflict?.values.some(
                  (x) =>
                    stableJson(x.value) === stableJson(value) &&
                    x.rows.some((ref) => sameRef(ref, m)),
                ) ?? false;
              if (u.kind === "set" && prov?.rule === "union") {
                for (const el of v as unknown[]) {
                  if (!present(el)) continue;
                  const kept = prov.elements?.find(
                    (e) =>
                      e.rows.includes(i) &&
                      (stableJson(e.value) === stableJson(el) ||
                        e.variants?.some(
                          (x) => stableJson(x.value) === stableJson(el) && x.rows.includes(i),
                        )),
                  );
                  expect(kept ?? inConflict(el), `${c.id} ${u.key} ${stableJson(el)}`).toBeTruthy();
                  // …and it is in the merged list (same element, maybe with more parts).
                  expect((chosen as unknown[]).some((x) => elementKey(x) === elementKey(el))).toBe(
                    true,
                  );
                }
                return;
              }
              const asChosen =
                prov?.from.includes(i) &&
                (stableJson(v) === stableJson(chosen) ||
                  (valueKey(v) === valueKey(chosen) &&
                    (prov.variants?.some(
                      (x) => stableJson(x.value) === stableJson(v) && x.rows.includes(i),
                    ) ??
                      false)));
              expect(asChosen || inConflict(v), `${c.id} ${u.key} row ${i} ${stableJson(v)}`).toBe(
                true,
              );
            });
            // Nothing invented: a chosen value is some row's value.
            if (present(chosen) && u.kind !== "set") {
              expect(
                c.rows.some((m) => stableJson(readPath(m.record, u.path)) === stableJson(chosen)),
              ).toBe(true);
            }
          }
        });
      }),
      RUNS,
    );
    // The generated worlds do exercise fusion: duplicates, conflicts, names written two ways.
    expect(multi).toBeGreaterThan(20);
    expect(conflicts).toBeGreaterThan(5);
    expect(variants).toBeGreaterThan(2);
  });

  it("gives the same clusters, ids and records whatever the order of sources and rows", () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 1, max: 1e6 }), (sources, seed) => {
        const a = merge(sources);
        const b = merge(
          shuffled(sources, seed).map((s) => ({ ...s, rows: shuffled([...s.rows], seed + 1) })),
        );
        expect(clusterSet(b)).toEqual(clusterSet(a));
        expect(b.records).toEqual(a.records);
        expect(b.conflicts).toEqual(a.conflicts);
      }),
      RUNS,
    );
  });

  it("is idempotent: merging a result again, or a source twice, changes nothing", () => {
    fc.assert(
      fc.property(world, (sources) => {
        const r = merge(sources);
        const again = merge([r]);
        expect(clusterSet(again)).toEqual(clusterSet(r));
        expect(again.records).toEqual(r.records);
        const twice = merge([...sources, ...sources]);
        expect(clusterSet(twice)).toEqual(clusterSet(r));
        const plus = merge([r, sources[0]!]);
        expect(clusterSet(plus)).toEqual(clusterSet(r));
        expect(plus.records.map((x) => x.meta.id)).toEqual(r.records.map((x) => x.meta.id));
        expect(plus.summary.find((s) => s.source === sources[0]!.name)?.repeated).toBe(
          [...sources[0]!.rows].length,
        );
      }),
      RUNS,
    );
  });

  it("is associative: merge(a, merge(b, c)) and merge(merge(a, b), c) give the same clusters", () => {
    fc.assert(
      fc.property(
        world.filter((s) => s.length >= 3),
        (sources) => {
          const [a, b, c] = sources as [MergeSource<Rec>, MergeSource<Rec>, MergeSource<Rec>];
          const left = merge([a, merge([b, c])]);
          const right = merge([merge([a, b]), c]);
          const flat = merge([a, b, c]);
          expect(clusterSet(left)).toEqual(clusterSet(right));
          expect(clusterSet(left)).toEqual(clusterSet(flat));
        },
      ),
      { ...RUNS, numRuns: 25 },
    );
  });

  it("keeps earlier ids when new rows join their clusters", () => {
    fc.assert(
      fc.property(
        world.filter((s) => s.length >= 2),
        (sources) => {
          const first = merge(sources.slice(0, -1));
          const next = merge([first, sources.at(-1)!]);
          for (const c of next.clusters) {
            for (const m of c.rows) {
              const old = first.clusters.find((x) => x.rows.some((y) => y.key === m.key));
              if (!old) continue;
              // The old id lives on: as this record's id, an alias, or (split) named in splitFrom.
              const kept =
                c.id === old.id || c.aliases?.includes(old.id) || c.splitFrom?.includes(old.id);
              expect(kept).toBe(true);
            }
          }
        },
      ),
      RUNS,
    );
  });
});

describe("merge keeps family members apart", () => {
  it("does not fuse a parent and child who share phone, home and surname", () => {
    const meta = (id: string) => ({ id, schemaVersion: "0.0.0" });
    const home = { compound: "绿地世纪城", building: "3", unit: "2", room: "301" };
    // A register of other people, so that linkage has data to learn from.
    const others = fc.sample(person, { numRuns: 80, seed: 7 }).map((p, k) => ({
      row: k + 10,
      record: {
        meta: meta(`o${k}`),
        name: p.name,
        gender: p.gender,
        birthDate: p.birthDate,
        phones: [{ number: p.phone }],
        address: { ...home, room: p.room },
      },
    }));
    const r = merge([
      {
        name: "丈八社区",
        rows: [
          {
            row: 2,
            record: {
              meta: meta("1"),
              name: "王建国",
              gender: "male",
              birthDate: "1956-04-12",
              phones: [{ number: "13991234567" }],
              address: home,
            },
          },
          {
            row: 3,
            record: {
              meta: meta("2"),
              name: "王小明",
              gender: "male",
              birthDate: "1986-09-30",
              phones: [{ number: "13991234567" }],
              address: home,
            },
          },
          ...others,
        ],
      },
      {
        name: "小寨社区",
        rows: [
          {
            row: 4,
            record: {
              meta: meta("3"),
              name: "王建國",
              gender: "male",
              birthDate: "1956-04-12",
              phones: [{ number: "13991234567" }],
              address: home,
            },
          },
          ...others
            .slice(0, 30)
            .map((o) => ({ ...o, record: { ...o.record, meta: meta(`x${o.row}`) } })),
        ],
      },
    ]);
    const clusterOf = (key: string) => r.clusters.find((c) => c.rows.some((m) => m.key === key))!;
    expect(clusterOf("丈八社区\u00001").rows.map((m) => m.key)).toEqual([
      "丈八社区\u00001",
      "小寨社区\u00003",
    ]);
    expect(clusterOf("丈八社区\u00002").rows).toHaveLength(1);
    expect(r.records.find((x) => x.meta.id === clusterOf("丈八社区\u00001").id)?.name).toBe(
      "王建国",
    );
    expect(r.summary.find((s) => s.source === "小寨社区")).toMatchObject({
      rows: 31,
      duplicatesAcross: 31,
      unique: 0,
    });
  });
});
