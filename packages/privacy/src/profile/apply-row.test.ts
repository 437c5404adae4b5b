import { columns, getColumn, Resident } from "@linli/core";
import { resident } from "@linli/core/testing";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type Pseudonymizer, pseudonymizer } from "../pseudonym/pseudonymizer.js";
import { applyProfile } from "./apply-profile.js";
import { applyProfileToRow, rowProfiler } from "./apply-row.js";

let keyed: Pseudonymizer;
beforeAll(async () => {
  keyed = await pseudonymizer("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
});
const asOf = "2022-01-05";
const rowOf = (r: unknown) =>
  Object.fromEntries(
    columns(Resident)
      .map((c) => [c.key, getColumn(r, c)] as const)
      .filter(([, v]) => v !== undefined),
  );

describe("rowProfiler", () => {
  it("shares a flat row like the record version shares the record", () => {
    for (const name of ["partner-ngo", "public-statistics"] as const) {
      const share = rowProfiler("resident", name, { asOf, pseudonymizer: keyed });
      fc.assert(
        fc.property(resident, (r) => {
          const fromRecord = applyProfile("resident", r, name, { asOf, pseudonymizer: keyed });
          const out = share(rowOf(r));
          for (const c of columns(Resident)) {
            expect(out[c.key], c.key).toEqual(getColumn(fromRecord, c));
          }
        }),
        { numRuns: 100 },
      );
    }
  });

  it("handles joined cells, unknown columns, objects in cells, and keeps input order", () => {
    const out = applyProfileToRow(
      "shift",
      {
        notes: "交接顺利",
        assigneeNames: "王小伟、李娜",
        placeName: "丈八社区服务站",
        网格员: "张三",
        leaderName: { first: "王" },
      },
      "partner-ngo",
    );
    expect(out).toEqual({ assigneeNames: "王*伟、李*", placeName: "丈八社区服务站" });
    expect(
      Object.keys(
        applyProfileToRow("resident", { phone: "13800138000", name: "王伟" }, "partner-ngo"),
      ),
    ).toEqual(["phone", "name"]);
  });

  it("rebuilds the address line from the row's own columns and reads the document scheme from the column", () => {
    const row = {
      "address.compound": "雁塔西苑",
      "address.building": "26",
      "address.room": "2402",
      "address.line": "雁塔西苑26号楼3单元2402",
      passport: "E12345678",
    };
    const out = applyProfileToRow("resident", row, "partner-ngo", { pseudonymizer: keyed });
    expect(out).toEqual({
      "address.compound": "雁塔西苑",
      "address.building": "26",
      "address.line": "雁塔西苑26号楼",
      passport: keyed.key("E12345678", "document", "passport"),
    });
  });

  it("describes its output columns for headers", () => {
    const plan = rowProfiler("resident", "partner-ngo").plan;
    const keys = plan.columns.map((c) => c.key);
    expect(keys).toContain("name");
    expect(keys).not.toContain("citizenId"); // no pseudonymizer: dropped
    expect(keys).not.toContain("notes");
    expect(plan.columns.find((c) => c.key === "birthDate")!.label["zh-CN"]).toBe("年龄段");
    expect(plan.columns.find((c) => c.key === "phone2")!.source.label.en).toBe("Other phone");
    expect(
      rowProfiler("resident", "partner-ngo", { pseudonymizer: keyed }).plan.columns.map(
        (c) => c.key,
      ),
    ).toContain("citizenId");
    expect(rowProfiler("resident", "internal").plan.view).toBe("canonical");
  });
});
