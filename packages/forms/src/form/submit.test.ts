import { SCHEMA_VERSION, validator } from "@linli/core";
import { resident } from "@linli/core/testing";
import { createForm } from "@linli/forms";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

describe("submit", () => {
  it("produces a record with metadata that the core validator accepts", () => {
    const form = createForm({
      entity: "resident",
      fields: [
        "name",
        "citizenId",
        "birthDate",
        "gender",
        "phone",
        "phone2",
        "vulnerabilities",
        "address.building",
        "address.room",
      ],
      now: () => new Date(2024, 2, 1, 9, 30, 0),
    });
    form.set("name", " 王伟 ");
    form.set("citizenId", "11010519491231002x");
    form.set("phone2", "１３８-0013-8000");
    form.set("vulnerabilities", ["dialysis", "elderly-living-alone"]);
    form.set("address.building", "3");
    form.set("address.room", "402");
    const result = form.submit();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const record = result.value;
    expect(validator("resident")(record).ok).toBe(true);
    expect(record.meta.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(record.meta.schemaVersion).toBe(SCHEMA_VERSION);
    expect(record.meta.createdAt).toMatch(/^2024-03-01T09:30:00[+-]\d{2}:\d{2}$/);
    expect(record).toMatchObject({
      name: "王伟",
      gender: "female",
      birthDate: "1949-12-31",
      identifiers: [{ scheme: "cn-citizen-id", value: "11010519491231002X" }],
      phones: [{ number: "13800138000" }],
      // Options keep the schema's order, whatever order they were ticked in.
      vulnerabilities: ["elderly-living-alone", "dialysis"],
      address: { building: "3", room: "402" },
    });
    expect(form.getState()).toMatchObject({ status: "valid", submitCount: 1, issues: [] });
  });

  it("lists problems in form order, marks fields touched and keeps the summary", () => {
    const form = createForm({
      entity: "resident",
      fields: ["name", "citizenId", "household.size"],
    });
    form.set("citizenId", "110105194912310021");
    form.set("household.size", "0");
    const result = form.submit();
    expect(result.ok).toBe(false);
    const issues = form.getState().issues;
    expect(issues.map((i) => [i.key, i.issue.code])).toEqual([
      ["name", "schema.required"],
      ["citizenId", "citizenId.checksum"],
      ["household.size", "schema.tooSmall"],
    ]);
    expect(form.getState().status).toBe("invalid");
    expect(form.get("name").touched).toBe(true);
  });

  it("reports required fields the form does not show, without a field key", () => {
    const form = createForm({ entity: "need", fields: ["requesterName", "category"] });
    form.set("requesterName", "张静");
    form.set("category", "medicine");
    const result = form.submit();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.key).toBeUndefined();
    expect(result.issues[0]?.issue.path).toEqual(["status"]);
    expect(result.issues[0]?.issue.message["zh-CN"]).toMatch(/^处理状态/);
  });

  it("adds fixed values and metadata from `base`", () => {
    const form = createForm({
      entity: "need",
      fields: ["requesterName", "category", "neededBy"],
      base: { status: "open", meta: { source: "西安市雁塔区某社区" } },
      newId: () => "need-1",
    });
    form.set("requesterName", "张静");
    form.set("category", "medicine");
    form.set("neededBy", "2024-01-05T14:30");
    const result = form.submit();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.meta).toMatchObject({ id: "need-1", source: "西安市雁塔区某社区" });
    expect(result.value.status).toBe("open");
    expect(result.value.neededBy).toMatch(/^2024-01-05T14:30:00[+-]\d{2}:\d{2}$/);
    expect(validator("need")(result.value).ok).toBe(true);
  });

  it("accepts what core's arbitrary residents hold in the fields a form shows", () => {
    const fields = ["name", "gender", "birthDate", "citizenId", "phone", "residencyType", "notes"];
    fc.assert(
      fc.property(resident, (r) => {
        const form = createForm({ entity: "resident", fields, rules: [] });
        const citizen = r.identifiers?.find((i) => i.scheme === "cn-citizen-id")?.value;
        const input: Record<string, string | undefined> = {
          name: r.name,
          gender: r.gender,
          birthDate: r.birthDate,
          citizenId: citizen,
          phone: r.phones?.[0]?.number,
          residencyType: r.residencyType,
          notes: r.notes,
        };
        for (const [k, v] of Object.entries(input)) if (v !== undefined) form.set(k, v);
        const result = form.submit();
        // Text the form trims (leading or trailing blanks) is the only way to differ.
        const trimmed = Object.values(input).every((v) => v === undefined || v === v.trim());
        if (trimmed && result.ok) expect(validator("resident")(result.value).ok).toBe(true);
        if (result.ok || !trimmed) return;
        // A citizen ID can fail only the stricter identifier check; then the form says so.
        expect(
          result.issues.every(
            (i) => i.key === "citizenId" && i.issue.code.startsWith("citizenId."),
          ),
        ).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("never generates code while checking or submitting", () => {
    const Real = globalThis.Function;
    const made = vi.fn();
    globalThis.Function = new Proxy(Real, {
      construct(target, args) {
        made();
        return Reflect.construct(target, args);
      },
    });
    try {
      const form = createForm({
        entity: "resident",
        fields: ["name", "citizenId", "household.members", "address.room"],
      });
      form.set("name", "王伟");
      form.set("citizenId", "11010519491231002X");
      const a = form.add("household.members")!;
      form.set(`household.members[${a}].name`, "李娜");
      form.set(`household.members[${a}].relationship`, "spouse");
      form.set("address.room", "402");
      expect(form.submit().ok).toBe(true);
      expect(made).not.toHaveBeenCalled();
      // Positive control: zod's default parse of an object schema does generate code.
      z.object({ a: z.string() }).safeParse({ a: "x" });
      expect(made).toHaveBeenCalled();
    } finally {
      globalThis.Function = Real;
    }
  });
});
