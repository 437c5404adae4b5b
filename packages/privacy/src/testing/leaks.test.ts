import { columns, getColumn, type Resident, Resident as ResidentSchema } from "@linli/core";
import { mutate, resident } from "@linli/core/testing";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { applyProfile, profiler } from "../profile/apply-profile.js";
import { rowProfiler } from "../profile/apply-row.js";
import { builtinProfileNames } from "../profile/builtins.js";
import { type Pseudonymizer, pseudonymizer } from "../pseudonym/pseudonymizer.js";
import { leaks } from "./leaks.js";

const shared = builtinProfileNames.filter((p) => p !== "internal");
let keyed: Pseudonymizer;
beforeAll(async () => {
  keyed = await pseudonymizer("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
});

describe("leaks", () => {
  it("finds identifiers written verbatim, in other forms, inside free text and in bytes", () => {
    const input = {
      meta: { id: "r-1", schemaVersion: "0.0.0" },
      name: "王小伟",
      identifiers: [{ scheme: "cn-citizen-id", value: "11010519491231002X" }],
      phones: [{ number: "13800138000" }],
      notes: "女儿电话 13900139000",
    };
    const paths = (out: unknown) => leaks(input, out, "resident", "partner-ngo").map((l) => l.path);
    expect(paths(JSON.stringify(input))).toEqual([
      "name",
      "identifiers.value",
      "phones.number",
      "notes",
    ]);
    expect(paths("电话：138 0013 8000")).toEqual(["phones.number"]);
    expect(paths("+8613800138000")).toEqual(["phones.number"]);
    expect(paths("110105491231002")).toEqual([]); // a different number altogether
    expect(paths("id 11010519491231002x")).toEqual(["identifiers.value"]);
    expect(paths(new TextEncoder().encode("姓名,王小伟"))).toEqual(["name"]);
    expect(paths("王*伟,138****8000")).toEqual([]);
  });

  it("does not count what the profile keeps on purpose", () => {
    const input = { name: "王小伟", phones: [{ number: "13800138000" }] };
    expect(leaks(input, JSON.stringify(input), "resident", "internal")).toEqual([]);
    const keepPhones = {
      name: "keep-phones",
      description: { "zh-CN": "保留电话", en: "Phones kept" },
      extends: "partner-ngo" as const,
      kinds: { phone: "keep" as const },
    };
    expect(leaks(input, JSON.stringify(input), "resident", keepPhones).map((l) => l.kind)).toEqual([
      "name",
    ]);
  });
});

describe("no direct identifier reaches the output of a built-in profile", () => {
  it.each(shared)("%s: random residents, record view, with and without a secret", (name) => {
    fc.assert(
      fc.property(resident, fc.boolean(), (r, withKey) => {
        const out = applyProfile("resident", r, name, {
          asOf: "2022-01-05",
          ...(withKey ? { pseudonymizer: keyed } : {}),
        });
        expect(leaks(r, out, "resident", name)).toEqual([]);
        expect(leaks(r, JSON.stringify(out, null, 2), "resident", name)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each(shared)("%s: random residents, flat rows", (name) => {
    const share = rowProfiler("resident", name, { asOf: "2022-01-05", pseudonymizer: keyed });
    const cols = share.plan.columns;
    fc.assert(
      fc.property(resident, (r) => {
        const row = Object.fromEntries(rowOf(r).filter(([, v]) => v !== undefined));
        const out = share(row);
        const csv = [
          cols.map((c) => c.label["zh-CN"]).join(","),
          cols.map((c) => String(out[c.key] ?? "")).join(","),
        ].join("\n");
        expect(leaks(r, csv, "resident", name)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it.each(shared)("%s: broken records (mutated) never throw and leak nothing", (name) => {
    const share = profiler("resident", name, { asOf: "2022-01-05", pseudonymizer: keyed });
    fc.assert(
      fc.property(
        resident.chain((r) => mutate(r)),
        (r) => {
          const out = share(r);
          expect(leaks(r, out, "resident", name)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function rowOf(r: Resident): [string, unknown][] {
  return columns(ResidentSchema).map((c) => [c.key, getColumn(r, c)]);
}
