import { describe, expect, it } from "vitest";
import { need } from "../testing/build.js";
import { priority } from "./score.js";
import { PRIORITY_V1, weightParameters } from "./weights.js";

const at = Date.parse("2022-01-05T08:00:00+08:00");

describe("priority", () => {
  it("multiplies urgency by vulnerabilities and adds the time waited, with reasons in both languages", () => {
    const p = priority(
      need("n-1", {
        priority: "urgent",
        vulnerabilities: ["elderly-living-alone"],
        reportedAt: "2022-01-04T06:00:00+08:00",
      }),
      at,
      PRIORITY_V1,
    );
    expect(p.score).toBe(20 * 1.5 + 0.1 * 26);
    expect(p.reasons.map((r) => r.text["zh-CN"]).join(" · ")).toBe(
      "紧急 · 独居老人 · 已等待 26 小时",
    );
    expect(p.reasons.map((r) => r.text.en).join(" · ")).toBe(
      "Urgent · Elderly living alone · waited 26 h",
    );
    expect(p.reasons.map((r) => r.code)).toEqual([
      "urgency.urgent",
      "vulnerability.elderly-living-alone",
      "waited",
    ]);
  });

  it("caps the vulnerability multiplier and the waiting time", () => {
    const p = priority(
      need("n-1", {
        priority: "normal",
        vulnerabilities: ["dialysis", "serious-illness", "elderly-living-alone"],
        reportedAt: "2021-12-25T08:00:00+08:00",
      }),
      at,
      PRIORITY_V1,
    );
    expect(p.score).toBe(3 * 2 + 0.1 * 48);
    expect(p.waitedHours).toBe(264);
  });

  it("puts every urgent need above every other, and lets waiting lift old needs over fresh ones", () => {
    const old = "2021-12-01T08:00:00+08:00";
    const highest = priority(
      need("n", { priority: "high", vulnerabilities: ["dialysis", "pregnant"], reportedAt: old }),
      at,
      PRIORITY_V1,
    );
    const urgent = priority(
      need("n", { priority: "urgent", reportedAt: undefined }),
      at,
      PRIORITY_V1,
    );
    expect(urgent.score).toBeGreaterThan(highest.score);
    const oldNormal = priority(need("n", { priority: "normal", reportedAt: old }), at, PRIORITY_V1);
    const freshHigh = priority(
      need("n", { priority: "high", reportedAt: undefined }),
      at,
      PRIORITY_V1,
    );
    expect(oldNormal.score).toBeGreaterThan(freshHigh.score);
  });

  it("takes a need without urgency as normal, and states no waiting without a date", () => {
    const p = priority(need("n-1", { reportedAt: undefined }), at, PRIORITY_V1);
    expect(p.urgency).toBe("normal");
    expect(p.score).toBe(3);
    expect(p.waitedHours).toBeUndefined();
  });

  it("lists every weight as a flat parameter", () => {
    const names = weightParameters(PRIORITY_V1).map(([n]) => n);
    expect(names).toContain("urgency.urgent");
    expect(names).toContain("vulnerability.dialysis");
    expect(names).toContain("wait.perHour");
  });
});
