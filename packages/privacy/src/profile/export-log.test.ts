import { describe, expect, it } from "vitest";
import { exportLog, exportLogName } from "./export-log.js";

describe("exportLog", () => {
  it("records the profile with its rules, the time, the count and the kind of output", () => {
    const log = exportLog({
      profile: "partner-ngo",
      entity: "resident",
      count: 120,
      at: new Date("2022-01-05T08:00:00Z"),
      format: "csv",
      file: "居民-共享.csv",
      keyId: "3f9a0c12",
      asOf: new Date("2022-01-05T08:00:00Z"),
    });
    expect(log).toMatchObject({
      linli: "export-log",
      version: 1,
      at: "2022-01-05T08:00:00.000Z",
      entity: "resident",
      count: 120,
      format: "csv",
      file: "居民-共享.csv",
      view: "shared",
      keyId: "3f9a0c12",
      asOf: "2022-01-05",
      profile: { name: "partner-ngo", builtin: true },
    });
    expect(log.profile.kinds.phone).toBe("mask");
    expect(JSON.parse(JSON.stringify(log))).toEqual(log);
  });

  it("marks custom profiles, canonical views and unknown entities", () => {
    const custom = {
      name: "full-copy",
      description: { "zh-CN": "完整副本", en: "Full copy" },
      extends: "internal" as const,
    };
    const log = exportLog({ profile: custom, entity: "household", count: 0 });
    expect(log.profile).toMatchObject({ name: "full-copy", builtin: false, extends: "internal" });
    expect(log.view).toBe("canonical");
    expect(typeof log.at).toBe("string");
    expect(exportLog({ profile: "internal", entity: "report", count: 3 }).view).toBeUndefined();
    expect(() => exportLog({ profile: "internal", entity: "resident", count: -1 })).toThrow(
      RangeError,
    );
    expect(exportLogName("居民.xlsx")).toBe("居民.xlsx.log.json");
  });
});
