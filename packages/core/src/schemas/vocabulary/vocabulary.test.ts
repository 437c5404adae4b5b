import { describe, expect, it } from "vitest";
import { columns } from "../../model/columns.js";
import { toJSONSchema } from "../../model/json-schema.js";
import { entities, entityNames } from "../index.js";
import { RELATIONSHIP } from "./person.js";

const key = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.。·]+/g, "");

describe("the model's vocabularies", () => {
  it("give every word of a field to one option only", () => {
    for (const name of entityNames) {
      for (const c of columns(entities[name])) {
        if (!c.vocabulary) continue;
        const owner = new Map<string, string>();
        for (const [value, label] of Object.entries(c.options ?? {})) {
          const w = c.vocabulary[value];
          for (const text of [
            value,
            label["zh-CN"],
            label.en,
            ...(w?.codes ?? []),
            ...(w?.synonyms ?? []),
            ...(w?.hints ?? []),
          ]) {
            const before = owner.get(key(text));
            expect(
              before === undefined || before === value,
              `${name}.${c.key}: ${text} → ${before} and ${value}`,
            ).toBe(true);
            owner.set(key(text), value);
          }
        }
      }
    }
  });

  it("cover every GB/T 4761 family relationship code, each once", () => {
    const codes = Object.values(RELATIONSHIP).flatMap((o) => ("codes" in o ? o.codes : []));
    const expected = [
      "01",
      "02",
      "10",
      "11",
      "12",
      ...Array.from({ length: 10 }, (_, i) => String(20 + i)),
      ...Array.from({ length: 10 }, (_, i) => String(30 + i)),
      ...Array.from({ length: 10 }, (_, i) => String(40 + i)),
      ...Array.from({ length: 10 }, (_, i) => String(50 + i)),
      ...Array.from({ length: 10 }, (_, i) => String(60 + i)),
      ...Array.from({ length: 10 }, (_, i) => String(70 + i)),
      ...Array.from({ length: 18 }, (_, i) => String(80 + i)),
      "99",
    ];
    expect([...codes].sort()).toEqual([...expected].sort());
  });

  it("are published as x-vocabulary beside x-options in the JSON Schemas", () => {
    const at = (doc: unknown, ...path: string[]): unknown =>
      path.reduce((o, k) => (o as Record<string, unknown> | undefined)?.[k], doc);
    const resident = toJSONSchema("resident");
    const gender = at(resident, "properties", "gender");
    expect(at(gender, "x-options", "female")).toEqual({ "zh-CN": "女", en: "Female" });
    expect(at(gender, "x-vocabulary", "female", "codes")).toEqual(["2"]);
    expect(at(gender, "x-vocabulary", "female", "hints")).toContain("Ms.");
    const household = at(resident, "properties", "household", "properties");
    expect(at(household, "relationToHead", "x-vocabulary", "spouse", "synonyms")).toContain("妻");
    expect(at(household, "tenure", "x-vocabulary", "owned", "synonyms")).toContain("自住");
    const kind = at(toJSONSchema("organization"), "properties", "kind");
    expect(at(kind, "x-options", "red-cross", "en")).toBe("Red Cross / Red Crescent");
  });
});
