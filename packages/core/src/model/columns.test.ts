import {
  columns,
  entities,
  entityNames,
  getColumn,
  Organization,
  Resident,
  setColumn,
} from "@linli/core";
import { describe, expect, it } from "vitest";

const col = (key: string) => {
  const c = columns(Resident).find((x) => x.key === key);
  if (!c) throw new Error(`no column ${key}`);
  return c;
};

describe("columns", () => {
  it("lists nested fields by dotted key with their enclosing labels", () => {
    const building = col("address.building");
    expect(building.path).toEqual(["address", "building"]);
    expect(building.label["zh-CN"]).toBe("楼栋");
    expect(building.context.map((l) => l["zh-CN"])).toEqual(["住址"]);
    expect(building.aliases).toContain("楼号");
  });

  it("projects identifiers and phones into their own columns", () => {
    expect(col("citizenId").projection).toMatchObject({
      match: { scheme: "cn-citizen-id" },
      property: "value",
    });
    expect(col("phone2").projection).toMatchObject({ index: 1, property: "number" });
    expect(columns(Organization).map((c) => c.key)).toContain("creditCode");
  });

  it("keeps arrays of options in one cell with a separator", () => {
    const v = col("vulnerabilities");
    expect(v.separator).toBe("、");
    expect(v.options?.["elderly-living-alone"]?.["zh-CN"]).toBe("独居老人");
  });

  it("marks required columns only when every enclosing object is required", () => {
    // A name is one way to identify a resident (entity identity), not a required field.
    expect(col("name").required).toBe(false);
    expect(col("meta.id").required).toBe(true);
    expect(col("quarantine.status").required).toBe(false);
  });

  // A header that could mean two columns of one entity would make import mapping ambiguous.
  it.each(entityNames)("%s: header aliases and labels are unique within the entity", (name) => {
    const owner = new Map<string, string>();
    for (const c of columns(entities[name])) {
      for (const a of new Set([...c.aliases, c.label["zh-CN"], c.label.en])) {
        const k = a.toLowerCase().replace(/\s+/g, "");
        expect(owner.get(k) ?? c.key, `alias "${a}" on ${c.key} and ${owner.get(k)}`).toBe(c.key);
        owner.set(k, c.key);
      }
    }
  });

  it.each(entityNames)("%s: every column has a label in both locales and a PII class", (name) => {
    for (const c of columns(entities[name])) {
      expect(c.label["zh-CN"].length).toBeGreaterThan(0);
      expect(c.label.en.length).toBeGreaterThan(0);
      expect(["direct", "quasi", "sensitive", "none"]).toContain(c.pii);
    }
  });
});

describe("getColumn / setColumn", () => {
  it("reads and writes nested values, creating objects on the way", () => {
    const r: Record<string, unknown> = {};
    setColumn(r, col("address.building"), "3");
    setColumn(r, col("address.room"), "301");
    expect(r).toEqual({ address: { building: "3", room: "301" } });
    expect(getColumn(r, col("address.room"))).toBe("301");
    expect(getColumn({}, col("address.room"))).toBeUndefined();
  });

  it("writes projections into the matching element or a new one", () => {
    const r: Record<string, unknown> = {
      identifiers: [{ scheme: "passport", value: "E12345678" }],
    };
    setColumn(r, col("citizenId"), "11010519491231002X");
    expect(r.identifiers).toEqual([
      { scheme: "passport", value: "E12345678" },
      { scheme: "cn-citizen-id", value: "11010519491231002X" },
    ]);
    expect(getColumn(r, col("citizenId"))).toBe("11010519491231002X");
    expect(getColumn(r, col("passport"))).toBe("E12345678");
    setColumn(r, col("citizenId"), "110105194912310021");
    expect((r.identifiers as unknown[]).length).toBe(2);
  });

  it("counts positional projections among the elements", () => {
    const r: Record<string, unknown> = {};
    setColumn(r, col("phone"), "13800138000");
    setColumn(r, col("phone2"), "02988886666");
    expect(r.phones).toEqual([{ number: "13800138000" }, { number: "02988886666" }]);
    expect(getColumn(r, col("phone2"))).toBe("02988886666");
  });
});
