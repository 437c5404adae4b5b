import { type Resident, validator } from "@linli/core";
import { resident } from "@linli/core/testing";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type Pseudonymizer, pseudonymizer } from "../pseudonym/pseudonymizer.js";
import { applyProfile, profilePlan, profiler } from "./apply-profile.js";
import type { SharingProfile } from "./types.js";

const secret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
let keyed: Pseudonymizer;
beforeAll(async () => {
  keyed = await pseudonymizer(secret);
});

const record = {
  meta: {
    id: "r-1",
    schemaVersion: "0.0.0",
    source: "丈八社区",
    submission: { by: "李娜", ip: "10.0.0.8" },
  },
  name: "王小伟",
  gender: "male",
  birthDate: "1950-03-02",
  identifiers: [
    { scheme: "cn-citizen-id", value: "610113195003021234" },
    { scheme: "passport", value: "E12345678" },
  ],
  phones: [{ number: "13812345678", kind: "mobile" }, { number: "02988886666" }],
  household: {
    headName: "王大伟",
    size: 2,
    members: [
      { name: "张丽", relationship: "spouse", birthDate: "1952-07-01", phone: "13900001111" },
    ],
  },
  address: {
    province: "陕西省",
    city: "西安市",
    district: "雁塔区",
    community: "丈八社区",
    compound: "绿地世纪城",
    building: "3",
    unit: "2",
    floor: "3",
    room: "301",
    line: "陕西省西安市雁塔区丈八社区绿地世纪城3号楼2单元301",
    divisionCode: "610113",
    geo: { lat: 34.196231, lon: 109.098797, crs: "GCJ-02" },
  },
  origin: "湖北省武汉市",
  arrivalDate: "2020-01-20",
  vulnerabilities: ["elderly-living-alone", "chronic-illness"],
  quarantine: { status: "in-quarantine", place: "home", start: "2022-01-01" },
  notes: "女儿电话 13900139000",
  extra: [{ header: "楼长", value: "李四" }],
};
const asOf = "2022-01-05";

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object") {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

describe("applyProfile with the built-in profiles", () => {
  it("partner-ngo: masks, bands, cuts the address, pseudonymises IDs, drops the rest", () => {
    const out = applyProfile("resident", deepFreeze(structuredClone(record)), "partner-ngo", {
      asOf,
      pseudonymizer: keyed,
    });
    const cid = keyed.key("610113195003021234", "citizen-id");
    const passport = keyed.key("E12345678", "document", "passport");
    expect(out).toEqual({
      meta: { id: "r-1", schemaVersion: "0.0.0", source: "丈八社区" },
      name: "王*伟",
      gender: "male",
      birthDate: "70-79",
      identifiers: [
        { scheme: "cn-citizen-id", value: cid },
        { scheme: "passport", value: passport },
      ],
      phones: [{ number: "138****5678", kind: "mobile" }, { number: "029****6666" }],
      household: {
        headName: "王*伟",
        size: 2,
        members: [
          { name: "张*", relationship: "spouse", birthDate: "60-69", phone: "139****1111" },
        ],
      },
      address: {
        province: "陕西省",
        city: "西安市",
        district: "雁塔区",
        community: "丈八社区",
        compound: "绿地世纪城",
        building: "3",
        line: "陕西省西安市雁塔区丈八社区绿地世纪城3号楼",
        divisionCode: "610113",
      },
      vulnerabilities: ["elderly-living-alone", "chronic-illness"],
      quarantine: { status: "in-quarantine", place: "home", start: "2022-01-01" },
    });
  });

  it("partner-ngo without a pseudonymizer drops ID documents entirely", () => {
    const out = applyProfile("resident", record, "partner-ngo", { asOf });
    expect(out.identifiers).toBeUndefined();
    expect(JSON.stringify(out)).not.toContain("passport");
  });

  it("public-statistics: no identifiers or record IDs, community-level addresses, months", () => {
    const out = applyProfile("resident", record, "public-statistics", {
      asOf,
      pseudonymizer: keyed,
    });
    expect(out).toEqual({
      meta: { schemaVersion: "0.0.0", source: "丈八社区" },
      gender: "male",
      birthDate: "70-79",
      household: { size: 2, members: undefined },
      address: {
        province: "陕西省",
        city: "西安市",
        district: "雁塔区",
        community: "丈八社区",
        line: "陕西省西安市雁塔区丈八社区",
        divisionCode: "610113",
      },
      arrivalDate: "2020-01",
      vulnerabilities: ["elderly-living-alone", "chronic-illness"],
      quarantine: { status: "in-quarantine", place: "home", start: "2022-01" },
    });
    expect("members" in (out.household as object)).toBe(false);
  });

  it("internal: random residents come back equal, as new objects, still valid", () => {
    const valid = validator("resident");
    fc.assert(
      fc.property(resident, (r) => {
        const out = applyProfile("resident", deepFreeze(r), "internal");
        expect(out).toEqual(r);
        expect(out).not.toBe(r);
        expect(valid(out).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
    expect(profilePlan("resident", "internal").view).toBe("canonical");
  });

  it("profiler gives the same output as applyProfile", () => {
    const share = profiler("resident", "partner-ngo", { asOf, pseudonymizer: keyed });
    fc.assert(
      fc.property(resident, (r: Resident) => {
        expect(share(r)).toEqual(
          applyProfile("resident", r, "partner-ngo", { asOf, pseudonymizer: keyed }),
        );
      }),
      { numRuns: 50 },
    );
  });

  it("links a household member's ID to the same person's own record", () => {
    const member = {
      meta: { id: "r-2", schemaVersion: "0.0.0" },
      name: "王大伟",
      household: {
        members: [{ name: "王小伟", relationship: "child", citizenId: "610113195003021234" }],
      },
    };
    const a = applyProfile("resident", record, "partner-ngo", { pseudonymizer: keyed });
    const b = applyProfile("resident", member, "partner-ngo", { pseudonymizer: keyed });
    const own = (a.identifiers as { value: string }[])[0]!.value;
    const theirs = (b.household as { members: { citizenId: string }[] }).members[0]!.citizenId;
    expect(theirs).toBe(own);
  });
});

describe("profile rules", () => {
  const custom = (rest: Partial<SharingProfile>): SharingProfile => ({
    name: "custom",
    description: { "zh-CN": "自定义", en: "Custom" },
    extends: "partner-ngo",
    ...rest,
  });

  it("column keys win over paths, paths over enclosing objects, those over kinds and classes", () => {
    const out = applyProfile(
      "resident",
      record,
      custom({
        fields: {
          phone2: "keep",
          citizenId: "keep",
          "identifiers.value": "drop",
          address: "keep",
          "address.room": "drop",
          notes: { action: "mask", keepStart: 2, keepEnd: 0 },
        },
      }),
      { asOf },
    );
    expect(out.phones).toEqual([
      { number: "138****5678", kind: "mobile" },
      { number: "02988886666" },
    ]);
    expect(out.identifiers).toEqual([{ scheme: "cn-citizen-id", value: "610113195003021234" }]);
    expect(out.address).toMatchObject({ unit: "2", floor: "3", geo: record.address.geo });
    expect((out.address as Record<string, unknown>).room).toBeUndefined();
    expect(out.notes).toBe(`女儿${"*".repeat(14)}`);
  });

  it("drops an object whose required personal field is dropped, and empty objects", () => {
    const out = applyProfile(
      "resident",
      record,
      custom({
        fields: { "quarantine.status": "drop", "phones.number": "drop", "meta.source": "drop" },
      }),
    );
    expect(out.quarantine).toBeUndefined();
    expect(out.phones).toBeUndefined();
    expect(out.meta).toEqual({ id: "r-1", schemaVersion: "0.0.0" });
  });

  it("treats unknown keys as sensitive free text and values of the wrong shape as free text", () => {
    const odd = {
      ...record,
      __proto__: "x",
      身份证: "610113195003021234",
      name: { surname: "王" },
      phones: "13812345678",
    };
    Object.defineProperty(odd, "__proto__", { value: "x", enumerable: true });
    const partner = applyProfile("resident", odd, "partner-ngo");
    expect(partner).not.toHaveProperty("身份证");
    expect(partner.name).toBeUndefined();
    expect(partner.phones).toBeUndefined();
    const internal = applyProfile("resident", odd, "internal");
    expect(internal.身份证).toBe("610113195003021234");
    expect(Object.getOwnPropertyDescriptor(internal, "__proto__")?.value).toBe("x");
    expect(Object.getPrototypeOf(internal)).toBe(Object.prototype);
    expect(internal.name).toEqual({ surname: "王" });
  });

  it("generalise options: birth year, years, geo rounding, other levels", () => {
    const out = applyProfile(
      "resident",
      record,
      custom({
        kinds: {
          "birth-date": { action: "generalise", birthDate: "year" },
          address: { action: "generalise", level: "street", geoDecimals: 2 },
        },
        fields: { arrivalDate: { action: "generalise", date: "year" } },
      }),
      { asOf },
    );
    expect(out.birthDate).toBe("1950");
    expect(out.arrivalDate).toBe("2020");
    expect(out.address).toEqual({
      province: "陕西省",
      city: "西安市",
      district: "雁塔区",
      line: "陕西省西安市雁塔区",
      divisionCode: "610113",
      geo: { lat: 34.2, lon: 109.1, crs: "GCJ-02" },
    });
  });
});

describe("profilePlan", () => {
  it("lists shared fields with their forms and labels, dropped fields, and warnings", () => {
    const plan = profilePlan("resident", "partner-ngo");
    const byPath = new Map(plan.fields.map((f) => [f.path, f]));
    expect(plan.view).toBe("shared");
    expect(byPath.get("name")).toMatchObject({ kind: "name", action: "mask", form: "masked" });
    expect(byPath.get("name")!.label["zh-CN"]).toBe("姓名（部分隐藏）");
    expect(byPath.get("birthDate")!.label).toEqual({ "zh-CN": "年龄段", en: "Age band" });
    expect(byPath.get("address.line")!.label.en).toBe("Address (to building)");
    expect(byPath.get("vulnerabilities")!.form).toBe("value");
    expect(plan.dropped).toEqual(
      expect.arrayContaining(["notes", "address.room", "identifiers.value"]),
    );
    expect(plan.warnings.map((w) => w.code)).toEqual(["profile.noSecret"]);
    // An identifier without its number is dropped whole, scheme and all.
    expect(byPath.has("identifiers.scheme")).toBe(false);
    expect(
      profilePlan("resident", "public-statistics").fields.some((f) =>
        f.path.startsWith("household.members"),
      ),
    ).toBe(false);
    expect(plan.pseudonymised).toBe(false);

    const keyedPlan = profilePlan("resident", "partner-ngo", { pseudonymizer: keyed });
    expect(keyedPlan.warnings).toEqual([]);
    expect(keyedPlan.pseudonymised).toBe(true);
    expect(keyedPlan.fields.find((f) => f.path === "identifiers.value")!.form).toBe("pseudonym");
    expect(keyedPlan.fields.some((f) => f.path === "identifiers.scheme")).toBe(true);
  });

  it("works for every entity", async () => {
    const { entityNames } = await import("@linli/core");
    for (const e of entityNames) {
      for (const p of ["internal", "partner-ngo", "public-statistics"] as const) {
        const plan = profilePlan(e, p);
        expect(plan.entity).toBe(e);
        if (p !== "internal") {
          expect(plan.fields.filter((f) => f.pii === "direct" && f.form === "value")).toEqual([]);
        }
      }
    }
  });
});
