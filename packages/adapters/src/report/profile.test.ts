import { leaks } from "@linli/privacy/testing";
import { describe, expect, it } from "vitest";
import { builtinReports } from "./builtin.js";
import { residents } from "./fixtures.js";
import { reportCsv } from "./layout.js";
import { runReport } from "./run.js";

const params = { community: "丈八社区", date: "2022-01-05" };
const daily = builtinReports["quarantine-daily"];

describe("a report under a sharing profile", () => {
  it("partner-ngo: masked names and phones, no citizen ID, age bands, addresses to the building", () => {
    const [list, byBuilding] = runReport(daily, residents, {
      params,
      profile: "partner-ngo",
    }).sheets;
    // The same seven residents, in the same order: filters and sorting read whole records.
    expect(list!.rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(list!.rows[3]).toEqual([
      4,
      "王*",
      "男",
      "70-79",
      null,
      "138****8000",
      "绿地世纪城3号楼",
      "隔离中",
      "2022-01-01",
      "2022-01-14",
      5,
      "独居老人",
      null,
    ]);
    // Buildings are shared, so the counts by building stay.
    expect(byBuilding!.rows).toEqual([
      ["2", 0, 1, 1],
      ["3", 3, 1, 4],
      ["10", 1, 1, 2],
    ]);
  });

  it("public-statistics: no names, phones or addresses; dates to the month; groups by what is shared", () => {
    const [list, byBuilding] = runReport(daily, residents, {
      params,
      profile: "public-statistics",
    }).sheets;
    expect(list!.rows[3]).toEqual([
      4,
      null,
      "男",
      "70-79",
      null,
      null,
      null,
      "隔离中",
      "2022-01",
      "2022-01",
      null,
      "独居老人",
      null,
    ]);
    // Buildings are not shared: everyone falls in the blank group, the totals stay.
    expect(byBuilding!.rows).toEqual([["（空白）", 4, 3, 7]]);
    expect(byBuilding!.totals).toEqual(["合计", 4, 3, 7]);
  });

  it("writes no direct identifier of the records into any shipped report, whatever the profile but internal", () => {
    const text = (profile: "internal" | "partner-ngo" | "public-statistics", def = daily) =>
      new TextDecoder().decode(reportCsv(runReport(def, residents, { params, profile })));
    for (const profile of ["partner-ngo", "public-statistics"] as const) {
      for (const def of Object.values(builtinReports)) {
        if (def.entity !== "resident") continue;
        const out = text(profile, def);
        for (const r of residents) expect(leaks(r, out, "resident", profile)).toEqual([]);
      }
    }
    // The same check finds them in the full report.
    const full = text("internal");
    expect(
      residents.flatMap((r) => leaks(r, full, "resident", "partner-ngo")).length,
    ).toBeGreaterThan(5);
  });

  it("leaves the records as they were", () => {
    const before = structuredClone(residents);
    runReport(daily, residents, { params, profile: "partner-ngo" });
    expect(residents).toEqual(before);
  });
});
