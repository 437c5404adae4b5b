import { creditCodeCheckChar } from "@linli/core";
import { comparators, dedupe, locationProfile, type Profile, residentProfile } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

const code = (body: string) => body + creditCodeCheckChar(body);

describe("built-in profiles", () => {
  it("organisation: same credit code or same name core links, two valid codes never", () => {
    const orgs = [
      {
        name: "西安市雁塔区阳光志愿者协会",
        identifiers: [{ scheme: "cn-uscc", value: code("51610113MJX12345X") }],
      },
      {
        name: "阳光志愿者协会（雁塔）",
        identifiers: [{ scheme: "cn-uscc", value: code("51610113MJX12345X") }],
      },
      {
        name: "阳光志愿者协会",
        identifiers: [{ scheme: "cn-uscc", value: code("51610113MJX99999X") }],
      },
      { name: "明德公益服务中心", phones: [{ number: "02988886666" }] },
      { name: "明德公益服务中心", phones: [{ number: "029-8888 6666" }] },
    ];
    const { clusters } = dedupe(orgs, { profile: "organization" });
    expect(clusters).toEqual([[0, 1], [2], [3, 4]]);
  });

  it("volunteer: reads the model's columns, phones in any format", () => {
    const { clusters } = dedupe(
      [
        { name: "李娜", birthDate: "1990-07-19", phones: [{ number: "13912345678" }] },
        { name: "李 娜", birthDate: "1990年7月19日", phones: [{ number: "139-1234-5678" }] },
        { name: "李娜", birthDate: "1972-01-02", phones: [{ number: "13311112222" }] },
      ],
      { profile: "volunteer" },
    );
    expect(clusters).toEqual([[0, 1], [2]]);
  });

  it("location: name variants at the same coordinates", () => {
    const { clusters } = dedupe(
      [
        { name: "丈八小区", kind: "compound", geo: { lat: 34.2, lon: 108.9 } },
        { name: "丈八小區", kind: "compound", geo: { lat: 34.2001, lon: 108.9 } },
        { name: "曲江花园", kind: "compound", geo: { lat: 34.21, lon: 108.97 } },
      ],
      { profile: locationProfile() },
    );
    expect(clusters).toEqual([[0, 1], [2]]);
  });

  it("a profile can name a custom comparator and override the threshold", () => {
    const base = residentProfile();
    const tag: Profile = {
      ...base,
      fields: [...base.fields, { name: "badge", get: "badge", comparator: "badge-code" }],
      blocking: [...base.blocking, { name: "badge", on: ["badge"] }],
    };
    const badge = {
      ...comparators.exact(),
      id: "badge-code",
      normalize: (v: unknown) =>
        typeof v === "string" ? v.replace(/\D/g, "") || undefined : undefined,
    };
    const records = [
      { name: "王伟", badge: "B-0042" },
      { name: "王伟", badge: "b0042" },
    ];
    const result = dedupe(records, {
      profile: tag,
      comparators: { "badge-code": badge },
      pairs: "all",
    });
    expect(result.pairs[0]?.explanation.find((e) => e.field === "badge")?.level).toBe("exact");
    expect(() => dedupe(records, { profile: tag })).toThrow(/badge-code/);
    const strict = dedupe(records, {
      profile: tag,
      comparators: { "badge-code": badge },
      threshold: 0.999999,
    });
    expect(strict.params.threshold).toBe(0.999999);
  });
});
