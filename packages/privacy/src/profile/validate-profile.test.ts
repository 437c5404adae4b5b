import { describe, expect, it } from "vitest";
import { PrivacyError } from "../errors.js";
import { builtinProfiles } from "./builtins.js";
import { resolveProfile } from "./resolve-profile.js";
import { parseProfile, validateProfile } from "./validate-profile.js";

const base = { name: "x", description: { "zh-CN": "某方案", en: "Some profile" } };
const codes = (input: unknown) => {
  const r = validateProfile(input);
  return r.ok ? [] : r.issues.map((i) => `${i.code}@${(i.path ?? []).join(".")}`);
};

describe("validateProfile", () => {
  it("accepts the built-in profiles and a minimal custom one", () => {
    for (const p of Object.values(builtinProfiles)) expect(codes(p)).toEqual([]);
    expect(codes({ ...base, extends: "partner-ngo" })).toEqual([]);
    expect(
      codes({
        ...base,
        $schema: "https://example.org/profile.json",
        classes: {
          direct: "drop",
          quasi: { action: "generalise", level: "street" },
          sensitive: "drop",
          none: "keep",
        },
        kinds: { phone: { action: "mask", keepStart: 0, keepEnd: 4 } },
        fields: { "address.room": "drop", citizenId: "pseudonymise" },
      }),
    ).toEqual([]);
  });

  it("reports every problem with a code and a path", () => {
    expect(codes([])).toEqual(["profile.notObject@"]);
    expect(
      codes({
        name: "",
        description: { "zh-CN": "某" },
        extends: "partner",
        colour: "red",
        classes: { direct: "hide", secret: "drop" },
        kinds: { phone: { action: "mask", keepStart: -1, hide: true }, email: "drop" },
        fields: { "address..room": "drop", notes: { action: "keep", level: "building" } },
      }),
    ).toEqual([
      "profile.unknownKey@colour",
      "profile.name@name",
      "profile.description@description",
      "profile.extends@extends",
      "profile.action@classes.direct",
      "profile.unknownClass@classes.secret",
      "profile.optionValue@kinds.phone.keepStart",
      "profile.optionUnknown@kinds.phone.hide",
      "profile.unknownKind@kinds.email",
      "profile.fieldKey@fields.address..room",
      "profile.optionUnknown@fields.notes.level",
    ]);
    expect(codes({ ...base })).toEqual(["profile.classes@classes"]);
    expect(codes({ ...base, classes: { direct: "drop" } })).toEqual([
      "profile.classMissing@classes.quasi",
      "profile.classMissing@classes.sensitive",
      "profile.classMissing@classes.none",
    ]);
    expect(
      codes({
        ...base,
        extends: "internal",
        kinds: { "birth-date": { action: "generalise", level: "flat" } },
      }),
    ).toEqual(["profile.optionValue@kinds.birth-date.level"]);
  });

  it("explains problems in zh-CN and en", () => {
    const r = validateProfile({
      ...base,
      extends: "internal",
      kinds: { phone: { action: "mask", keepEnd: 99 } },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]!.message.en).toBe(
      "“keepEnd” at kinds.phone must be a whole number from 0 to 32; got 99",
    );
    expect(r.issues[0]!.message["zh-CN"]).toBe(
      "kinds.phone 处的“keepEnd”应为 0 至 32 的整数，实际为 99",
    );
    const unknown = validateProfile({ ...base, extends: "internal", kinds: { phone: "hide" } });
    expect(unknown.ok ? "" : unknown.issues[0]!.message.en).toBe(
      "Unknown action “hide” at kinds.phone; expected keep, drop, mask, generalise or pseudonymise",
    );
  });
});

describe("parseProfile", () => {
  it("parses JSON text (with a BOM) and reports bad JSON", () => {
    expect(parseProfile(`\uFEFF${JSON.stringify({ ...base, extends: "internal" })}`).ok).toBe(true);
    const bad = parseProfile("{oops");
    expect(bad.ok ? "" : bad.issues[0]!.code).toBe("profile.json");
  });
});

describe("resolveProfile", () => {
  it("finds built-ins by name and merges a custom profile over the one it extends", () => {
    expect(resolveProfile("internal").classes.direct).toBe("keep");
    const p = resolveProfile({
      ...base,
      extends: "partner-ngo",
      classes: { quasi: "drop" },
      kinds: { phone: "keep" },
      fields: { origin: "keep" },
    });
    expect(p.classes).toEqual({ direct: "drop", quasi: "drop", sensitive: "keep", none: "keep" });
    expect(p.kinds.phone).toBe("keep");
    expect(p.kinds.name).toBe("mask");
    expect(p.fields.origin).toBe("keep");
    expect(p.fields.extra).toBe("drop");
    expect(p.extends).toBe("partner-ngo");
  });

  it("throws a PrivacyError for an unknown name or an invalid profile", () => {
    expect(() => resolveProfile("public" as never)).toThrow(PrivacyError);
    try {
      resolveProfile({ ...base } as never);
    } catch (e) {
      expect((e as PrivacyError).code).toBe("profile.classes");
      expect((e as PrivacyError).issues).toHaveLength(1);
      return;
    }
    expect.unreachable();
  });
});
