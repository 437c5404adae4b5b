import { templateParams, validate } from "@linli/core";
import { MergeError, type MergeSource, merge, mergeMessage, type Profile } from "@linli/dedupe";
import { describe, expect, it } from "vitest";
import { mergeEn } from "./locales/en.js";
import { mergeZhCN } from "./locales/zh-CN.js";

type Rec = Record<string, unknown> & { meta: { id: string } };
const meta = (id: string, updatedAt?: string) => ({
  id,
  schemaVersion: "0.0.0",
  ...(updatedAt ? { updatedAt } : {}),
});
const source = (name: string, records: Rec[], first = 2): MergeSource<Rec> => ({
  name,
  file: `${name}.csv`,
  rows: records.map((record, i) => ({ row: first + i, record })),
});
// Rows confirmed as one person, so that these tests are about fusion, not about linkage.
const together = (...refs: [string, number][]) => [refs.map(([s, row]) => ({ source: s, row }))];

describe("merge: survivorship", () => {
  const a = source("甲社区", [
    {
      meta: meta("1", "2022-01-01T08:00:00+08:00"),
      name: "李娜",
      notes: "独居",
      birthDate: "1950-02-03",
    },
  ]);
  const b = source("乙社区", [
    {
      meta: meta("1", "2022-01-09T08:00:00+08:00"),
      name: "李娜",
      notes: "独居，行动不便",
      birthDate: "1950-03-02",
    },
  ]);
  const c = source("丙社区", [
    { meta: meta("1"), name: "李娜", notes: "要药", birthDate: "1950-02-03" },
  ]);
  const mustLink = together(["甲社区", 2], ["乙社区", 2], ["丙社区", 2]);

  it("applies the default rule of each field, and records every value of a conflict", () => {
    const r = merge([a, b, c], { mustLink });
    expect(r.records).toHaveLength(1);
    const rec = r.records[0]!;
    expect(rec.birthDate).toBe("1950-02-03"); // most frequent
    expect(rec.notes).toBe("独居，行动不便"); // most complete
    const birth = r.conflicts.find((x) => x.field === "birthDate")!;
    expect(birth.rule).toBe("most-frequent");
    expect(birth.chosen).toBe("1950-02-03");
    expect(birth.values).toEqual([
      {
        value: "1950-02-03",
        rows: [
          { source: "丙社区", file: "丙社区.csv", row: 2 },
          { source: "甲社区", file: "甲社区.csv", row: 2 },
        ],
      },
      { value: "1950-03-02", rows: [{ source: "乙社区", file: "乙社区.csv", row: 2 }] },
    ]);
    expect(r.clusters[0]!.provenance?.birthDate).toEqual({ rule: "most-frequent", from: [0, 2] });
    expect(validate("resident", rec).ok).toBe(true);
  });

  it("takes rules and source priority from the options", () => {
    const recent = merge([a, b, c], {
      mustLink,
      rules: { birthDate: "most-recent", notes: "most-recent" },
    });
    expect(recent.records[0]!.birthDate).toBe("1950-03-02");
    expect(recent.records[0]!.notes).toBe("独居，行动不便");
    const trusted = merge([a, b, c], {
      mustLink,
      priority: ["丙社区"],
      rules: { notes: "source-priority", birthDate: "source-priority" },
    });
    expect(trusted.records[0]!.notes).toBe("要药");
    expect(trusted.conflicts.find((x) => x.field === "notes")?.rule).toBe("source-priority");
  });

  it("refuses a source priority naming no source, in zh-CN and en, the sources listed", () => {
    // A misspelt name used to rank after every source: the merge quietly preferred others.
    const run = () =>
      merge([a, b, c], {
        mustLink,
        priority: ["丙社区", "丁社区"],
        rules: { notes: "source-priority" },
      });
    expect(run).toThrow(MergeError);
    try {
      run();
    } catch (e) {
      expect((e as MergeError).code).toBe("merge.prioritySource");
      expect((e as MergeError).localized).toEqual({
        "zh-CN":
          "来源优先顺序中的“丁社区”不是本次合并的数据来源；应为这些来源的名称：甲社区, 乙社区, 丙社区",
        en: "The source priority names “丁社区”, which is not a source of this merge; expected the names of its sources: 甲社区, 乙社区, 丙社区",
      });
    }
    // The sources of an earlier result given as input count too.
    const earlier = merge([a, b], { mustLink: together(["甲社区", 2], ["乙社区", 2]) });
    expect(merge([earlier, c], { priority: ["甲社区", "丙社区"] }).records.length).toBeGreaterThan(
      0,
    );
  });

  it("unites phones and identifiers, most shared first, and flags two citizen IDs", () => {
    const r = merge(
      [
        source("甲社区", [
          {
            meta: meta("1"),
            name: "赵敏",
            phones: [{ number: "13800138000" }, { number: "02988886666", kind: "landline" }],
            identifiers: [{ scheme: "cn-citizen-id", value: "11010519491231002X" }],
          },
        ]),
        source("乙社区", [
          {
            meta: meta("1"),
            name: "赵慧敏",
            phones: [{ number: "02988886666", note: "女儿" }],
            identifiers: [
              { scheme: "cn-citizen-id", value: "610113198503020025" },
              { scheme: "passport", value: "E12345678" },
            ],
          },
        ]),
      ],
      { mustLink: together(["甲社区", 2], ["乙社区", 2]) },
    );
    const rec = r.records[0]!;
    expect(rec.phones).toEqual([
      { number: "02988886666", kind: "landline", note: "女儿" },
      { number: "13800138000" },
    ]);
    expect(rec.identifiers).toHaveLength(3);
    const ids = r.conflicts.find((x) => x.field === "citizenId")!;
    // One row each: the ID whose check character is right comes first (乙's has a typo).
    expect(ids.values.map((v) => v.value)).toEqual(["11010519491231002X", "610113198503020025"]);
    expect(r.clusters[0]!.evidence).toEqual([{ a: 0, b: 1, linked: "must-link" }]);
  });

  it("keeps a citizen ID marked upgraded only when every row had it from 15 digits", () => {
    const id = (upgraded: boolean) => ({
      meta: meta("1"),
      name: "赵敏",
      identifiers: [
        { scheme: "cn-citizen-id", value: "110105194912310021", ...(upgraded ? { upgraded } : {}) },
      ],
    });
    const fused = (x: boolean, y: boolean) =>
      merge([source("甲社区", [id(x)]), source("乙社区", [id(y)])], {
        mustLink: together(["甲社区", 2], ["乙社区", 2]),
      }).records[0]!.identifiers;
    const written = [{ scheme: "cn-citizen-id", value: "110105194912310021" }];
    expect(fused(true, false)).toEqual(written);
    expect(fused(false, true)).toEqual(written);
    expect(fused(true, true)).toEqual([{ ...written[0], upgraded: true }]);
  });

  it("takes two ways of writing one address as the same address, keeping the fuller one", () => {
    const r = merge(
      [
        source("甲社区", [
          {
            meta: meta("1"),
            name: "马丽",
            address: {
              line: "曲江池小区9号楼1单元1703",
              compound: "曲江池小区",
              building: "9",
              unit: "1",
              floor: "17",
              room: "1703",
            },
          },
        ]),
        source("乙社区", [
          {
            meta: meta("1"),
            name: "马丽",
            address: { compound: "曲江池小区", building: "9号楼", unit: "1单元", room: "1703" },
          },
        ]),
      ],
      { mustLink: together(["甲社区", 2], ["乙社区", 2]) },
    );
    expect(r.conflicts).toEqual([]);
    expect(r.records[0]!.address).toMatchObject({ building: "9", floor: "17" });
    expect(r.clusters[0]!.provenance?.address?.variants).toEqual([
      {
        value: { compound: "曲江池小区", building: "9号楼", unit: "1单元", room: "1703" },
        rows: [0],
      },
    ]);
  });

  it("falls back to one row's value when a union would break the model, and says so", () => {
    const many = Array.from({ length: 11 }, (_, i) =>
      source(`社区${String.fromCharCode(0x4e00 + i)}`, [
        { meta: meta("1"), name: "孙丽", phones: [{ number: `1380013${8000 + i}` }] },
      ]),
    );
    const r = merge(many, { mustLink: [many.map((s) => ({ source: s.name, row: 2 }))] });
    expect(r.records).toHaveLength(1);
    expect(validate("resident", r.records[0]).ok).toBe(true);
    expect((r.records[0]!.phones as unknown[]).length).toBe(1);
    expect(r.issues.some((i) => i.code === "merge.fallback" && i.field === "phones")).toBe(true);
    const phones = r.conflicts.find((x) => x.field === "phones")!;
    expect(phones.rule).toBe("fallback");
    expect(phones.values).toHaveLength(11);
  });
});

describe("merge: rows, keys and summary", () => {
  it("counts duplicates within and across sources", () => {
    const r = merge(
      [
        source("甲社区", [
          { meta: meta("1"), name: "周杰" },
          { meta: meta("2"), name: "周杰" },
          { meta: meta("3"), name: "吴芳" },
        ]),
        source("乙社区", [
          { meta: meta("1"), name: "周杰" },
          { meta: meta("2"), name: "郑强" },
        ]),
      ],
      {
        mustLink: together(["甲社区", 2], ["甲社区", 3], ["乙社区", 2]),
      },
    );
    const [jia, yi] = r.summary;
    expect(jia).toMatchObject({
      source: "乙社区",
      rows: 2,
      unique: 1,
      duplicatesAcross: 1,
      duplicatesWithin: 0,
    });
    expect(yi).toMatchObject({
      source: "甲社区",
      rows: 3,
      unique: 1,
      duplicatesAcross: 1,
      duplicatesWithin: 1,
    });
    expect(r.stats).toMatchObject({ rows: 5, records: 3, duplicateClusters: 1 });
  });

  it("keeps the newer of two different versions of one source row, with a warning", () => {
    const first = merge([source("甲社区", [{ meta: meta("1"), name: "吴芳", notes: "旧" }])]);
    const next = merge([
      first,
      source("甲社区", [{ meta: meta("1"), name: "吴芳", notes: "新" }], 2),
    ]);
    expect(next.records).toHaveLength(1);
    expect(next.records[0]!.notes).toBe("新");
    expect(next.records[0]!.meta.id).toBe(first.records[0]!.meta.id);
    const w = next.issues.find((i) => i.code === "merge.keyConflict")!;
    expect(w.severity).toBe("warning");
    expect(w.value).toContain("旧");
  });

  it("gives a repeated meta.id in one source its own key", () => {
    const r = merge([
      source("甲社区", [
        { meta: meta("7"), name: "甲" },
        { meta: meta("7"), name: "乙" },
      ]),
    ]);
    expect(r.clusters.flatMap((c) => c.rows.map((m) => m.key)).sort()).toEqual([
      "甲社区\u00007",
      "甲社区\u00007\u00002",
    ]);
  });

  it("carries rejected rows and counts through a later merge", () => {
    const first = merge([
      {
        ...source("甲社区", [{ meta: meta("1"), name: "甲" }]),
        counts: { rowsRead: 3, accepted: 1, rejected: 1, emptySkipped: 1 },
        issues: [
          {
            file: "甲社区.csv",
            row: 3,
            code: "name.required",
            severity: "error",
            message: { "zh-CN": "姓名不能为空", en: "Name must not be empty" },
          },
        ],
      },
    ]);
    const next = merge([first, source("乙社区", [{ meta: meta("1"), name: "乙" }])]);
    expect(next.issues.map((i) => i.code)).toEqual(["name.required"]);
    expect(next.summary[1]).toMatchObject({
      source: "甲社区",
      rowsRead: 3,
      rejected: 1,
      carried: true,
    });
  });

  it("explains what is wrong with its inputs in both languages", () => {
    expect(() => merge([{ name: " ", rows: [] }])).toThrow(MergeError);
    try {
      merge([{ name: "", rows: [] }]);
    } catch (e) {
      expect((e as MergeError).text["zh-CN"]).toContain("第 1 个来源没有名称");
    }
    expect(() => merge([merge([], { entity: "volunteer" })], { entity: "resident" })).toThrow(
      /cannot be merged with resident/,
    );
    // Every entity has a built-in profile now.
    expect(merge([], { entity: "need" }).records).toEqual([]);
    expect(mergeMessage("merge.unknownRow", { source: "甲", row: 9 }).en).toContain("甲 row 9");
  });

  it("reports progress of linkage and fusion", () => {
    const seen = new Set<string>();
    merge(
      [
        source("甲社区", [
          { meta: meta("1"), name: "甲" },
          { meta: meta("2"), name: "乙" },
        ]),
      ],
      {
        onProgress: (p) => seen.add(p.stage),
      },
    );
    expect([...seen]).toEqual(["dedupe", "fusion"]);
  });

  it("reports the in-memory engine's own stages as linkage progress, to its own listener too", () => {
    const steps: string[] = [];
    const done: number[] = [];
    const engine: string[] = [];
    const rows = [
      { meta: meta("1"), name: "张静", birthDate: "1985-03-02" },
      { meta: meta("2"), name: "张静", birthDate: "1985-03-02" },
      { meta: meta("3"), name: "李伟", birthDate: "1990-01-01" },
    ];
    const result = merge([source("甲社区", rows)], {
      dedupe: { onProgress: (p) => engine.push(p.stage) },
      onProgress: (p) => {
        if (p.stage !== "dedupe" || p.detail === "rows") return;
        expect(p.total).toBe(3);
        steps.push(p.detail!);
        done.push(p.done);
      },
    });
    expect(result.records).toHaveLength(2);
    for (const s of ["normalize", "block", "compare", "estimate", "score", "cluster", "output"]) {
      expect(steps, s).toContain(s);
      expect(engine, s).toContain(s);
    }
    // In the order of the stages, from 0 to every row, never back.
    expect([...new Set(engine)]).toEqual([
      "normalize",
      "block",
      "compare",
      "estimate",
      "score",
      "cluster",
      "output",
    ]);
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(3);
    for (let i = 1; i < done.length; i++) expect(done[i]!).toBeGreaterThanOrEqual(done[i - 1]!);
  });

  it("leaves the profile's functions unwrapped while it reports progress: a key derivation shared by rules runs once per key", () => {
    const rows = ["张静", "张敬", "李伟", "张静", "王芳"].map((name, i) => ({
      meta: meta(String(i + 1)),
      name,
      birthDate: "1985-03-02",
    }));
    const calls = { plain: 0, watched: 0 };
    const run = (which: keyof typeof calls) => {
      const surname = (k: string) => {
        calls[which]++;
        return k.slice(0, 1);
      };
      const profile: Profile = {
        name: "shared",
        fields: [
          { name: "name", get: "name", comparator: "chineseName" },
          { name: "birthDate", get: "birthDate", comparator: "date" },
        ],
        blocking: [
          { name: "surname", on: ["name"], transform: surname },
          { name: "surname+birth", on: ["name", "birthDate"], transform: [surname, undefined] },
        ],
      };
      return merge([source("甲社区", rows)], {
        profile,
        ...(which === "watched" ? { onProgress: () => {} } : {}),
      });
    };
    const plain = run("plain");
    const watched = run("watched");
    // Four distinct names, each derived once for both rules.
    expect(calls.plain).toBe(4);
    expect(calls.watched).toBe(calls.plain);
    expect(JSON.stringify(watched)).toEqual(JSON.stringify({ ...plain, stats: watched.stats }));
    expect(watched.clusters).toEqual(plain.clusters);
  });

  it("reports the DuckDB engine's own stages as linkage progress, to its own listener too", async () => {
    const steps: string[] = [];
    const done: number[] = [];
    const engine = new Set<string>();
    const rows = [
      { meta: meta("1"), name: "张静", birthDate: "1985-03-02" },
      { meta: meta("2"), name: "张静", birthDate: "1985-03-02" },
      { meta: meta("3"), name: "李伟", birthDate: "1990-01-01" },
    ];
    const result = await merge([source("甲社区", rows)], {
      dedupe: { engine: "duckdb", duckdb: { onProgress: (p) => engine.add(p.stage) } },
      onProgress: (p) => {
        if (p.stage !== "dedupe" || p.detail === "rows") return;
        expect(p.total).toBe(3);
        steps.push(p.detail!);
        done.push(p.done);
      },
    });
    expect(result.records).toHaveLength(2);
    for (const s of ["normalize", "write", "block", "compare", "score", "cluster"]) {
      expect(steps, s).toContain(s);
      expect(engine.has(s), s).toBe(true);
    }
    // From 0 to every row, never back.
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(3);
    for (let i = 1; i < done.length; i++) expect(done[i]!).toBeGreaterThanOrEqual(done[i - 1]!);
  });
});

describe("merge messages", () => {
  it("has the same codes and placeholders in zh-CN and en", () => {
    const holes = (s: string) => templateParams(s);
    expect(Object.keys(mergeZhCN).sort()).toEqual(Object.keys(mergeEn).sort());
    for (const [code, en] of Object.entries(mergeEn)) {
      expect(holes(mergeZhCN[code as keyof typeof mergeEn]), code).toEqual(holes(en));
    }
  });
});

describe("merge: possible matches", () => {
  it("marks a cluster held together by name, birth date and sex alone as possible", () => {
    const person = (id: string, extra: Record<string, unknown> = {}) => ({
      meta: meta(id),
      name: "欧阳韵溪",
      gender: "female",
      birthDate: "1979-10-30",
      ...extra,
    });
    const others = Array.from({ length: 40 }, (_, k) => ({
      meta: meta(`o${k}`),
      name: `李${"伟静敏娜强磊军洋勇艳"[k % 10]}${"华明芳平"[k % 4]}`,
      birthDate: `19${40 + k}-0${1 + (k % 9)}-1${k % 10}`,
    }));
    const r = merge([
      source("甲社区", [person("1"), ...others]),
      source("乙社区", [person("1", { notes: "独居" })]),
      source("丙社区", [person("1", { phones: [{ number: "13800138000" }] })]),
      source("丁社区", [person("1", { phones: [{ number: "138-0013-8000" }] })]),
    ]);
    const c = r.clusters.find((x) => x.rows.length > 1)!;
    expect(c.rows.map((x) => x.source)).toEqual(["丁社区", "丙社区", "乙社区", "甲社区"]);
    // 丙 and 丁 share a phone; the rest rests on name, birth date and sex.
    expect(c.possible).toBe(true);
    const sure = c.evidence!.filter((e) => "probability" in e && !e.possible);
    expect(sure.length).toBeGreaterThan(0);
    const alone = merge([
      source("丙社区", [person("1", { phones: [{ number: "13800138000" }] }), ...others]),
      source("丁社区", [person("1", { phones: [{ number: "138-0013-8000" }] })]),
    ]);
    expect(alone.clusters.find((x) => x.rows.length > 1)!.possible).toBeUndefined();
  });
});
