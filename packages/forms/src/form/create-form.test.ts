import { createForm } from "@linli/forms";
import { describe, expect, it } from "vitest";

describe("createForm: fields from the schema's metadata", () => {
  it("offers every fillable field of the entity, without record metadata", () => {
    const form = createForm({ entity: "resident" });
    const keys = form.layout.flatMap((n) =>
      n.type === "group" ? n.children.map((c) => c.key) : [n.key],
    );
    expect(keys.slice(0, 5)).toEqual(["name", "gender", "birthDate", "age", "citizenId"]);
    expect(keys).toContain("household.members");
    expect(keys).toContain("quarantine.place");
    expect(keys.some((k) => k.startsWith("meta.") || k === "extra")).toBe(false);
  });

  it("labels fields, hints and options in the form's locale", () => {
    const form = createForm({ entity: "resident", locale: "zh-CN" });
    const gender = form.field("gender");
    expect(gender.label).toBe("性别");
    expect(gender.widget).toBe("radio");
    expect(gender.options?.map(({ value, label }) => ({ value, label }))).toEqual([
      { value: "male", label: "男" },
      { value: "female", label: "女" },
      { value: "other", label: "其他" },
    ]);
    // The model's codes and synonyms come with each option, for search and paste.
    expect(gender.options?.[1]?.keywords).toEqual(expect.arrayContaining(["2", "女性", "F"]));
    const relation = form.field("household.relationToHead").options;
    expect(relation?.find((o) => o.value === "spouse")?.keywords).toContain("妻");
    expect(relation?.find((o) => o.value === "tenant")?.keywords).not.toContain("10");
    expect(form.field("origin").hint).toBe("如：湖北省武汉市");
    expect(form.field("citizenId")).toMatchObject({ label: "身份证号", widget: "citizen-id" });
    expect(form.field("phone")).toMatchObject({
      widget: "tel",
      inputMode: "tel",
      autocomplete: "tel",
    });
    expect(form.field("name")).toMatchObject({
      required: true,
      maxLength: 100,
      autocomplete: "name",
    });
    expect(form.field("vulnerabilities")).toMatchObject({ widget: "checkboxes", multiple: true });

    const en = createForm({ entity: "resident", locale: "en" });
    expect(en.field("gender").label).toBe("Gender");
    expect(en.field("gender").options?.[1]).toMatchObject({ value: "female", label: "Female" });
  });

  it("groups fields under the label of the object that declares the group", () => {
    const form = createForm({
      entity: "resident",
      fields: ["name", "address.building", "citizenId", "address.room", "household.members"],
    });
    expect(form.layout).toEqual([
      { type: "field", key: "name" },
      {
        type: "group",
        key: "address",
        label: "住址",
        children: [
          { type: "field", key: "address.building" },
          { type: "field", key: "address.room" },
        ],
      },
      { type: "field", key: "citizenId" },
      {
        type: "group",
        key: "household",
        label: "家庭",
        children: [{ type: "repeat", key: "household.members" }],
      },
    ]);
  });

  it("describes a repeat with its item fields and the schema's maximum", () => {
    const form = createForm({ entity: "resident", fields: ["household.members"] });
    const members = form.repeat("household.members");
    expect(members.label).toBe("同住人员");
    expect(members.maxItems).toBe(50);
    expect(members.fields.map((f) => f.key)).toEqual([
      "name",
      "relationship",
      "gender",
      "birthDate",
      "citizenId",
      "phone",
    ]);
    const item = form.add("household.members")!;
    // Personal autofill would put the user's own name into every member.
    expect(form.field(`household.members[${item}].name`)).toMatchObject({
      label: "姓名",
      autocomplete: "off",
      repeat: { key: "household.members", item },
    });
  });

  it("keeps an explicit field list in its order and rejects unknown or repeated fields", () => {
    const form = createForm({ entity: "need", fields: ["category", "requesterName"] });
    expect(form.layout.map((n) => n.type !== "group" && n.key)).toEqual([
      "category",
      "requesterName",
    ]);
    expect(() => createForm({ entity: "need", fields: ["nmae"] })).toThrow(/no field "nmae"/);
    expect(() => createForm({ entity: "need", fields: ["category", "category"] })).toThrow(
      /listed twice/,
    );
    expect(() => form.field("status")).toThrow(TypeError);
  });

  it("switches locale without losing values and notifies views", () => {
    const form = createForm({ entity: "resident", fields: ["name", "address.building"] });
    form.set("name", "王伟");
    let calls = 0;
    form.subscribe("name", () => calls++);
    const before = form.get("name");
    form.setLocale("en");
    expect(calls).toBe(1);
    expect(form.get("name")).not.toBe(before);
    expect(form.get("name").value).toBe("王伟");
    expect(form.field("name").label).toBe("Name");
    expect(form.layout[1]).toMatchObject({ type: "group", label: "Address" });
    expect(form.t({ "zh-CN": "是", en: "yes" })).toBe("yes");
    expect(form.getState().locale).toBe("en");
  });

  it("checks a field as it changes, with the field's own label in zh-CN and en", () => {
    const form = createForm({
      entity: "resident",
      fields: ["name", "household.size", "birthDate"],
    });
    expect(form.get("name").error?.message["zh-CN"]).toBe("姓名为必填项");
    form.set("name", "王伟");
    expect(form.get("name").error).toBeUndefined();
    form.set("household.size", "两");
    expect(form.get("household.size").error?.message).toEqual({
      "zh-CN": "家庭人数应为数字，实际为文本",
      en: "Household size should be a number, got text",
    });
    form.set("household.size", "2.5");
    expect(form.get("household.size").error?.code).toBe("schema.notInteger");
    form.set("household.size", "３");
    expect(form.get("household.size").error).toBeUndefined();
    form.set("birthDate", "1990-13-01");
    expect(form.get("birthDate").error?.code).toBe("schema.formatPartialDate");
  });

  it("reads a phone as core does: spaces, dashes, dots, brackets and full-width digits dropped", () => {
    const form = createForm({ entity: "resident", fields: ["name", "phone"] });
    form.set("name", "王伟");
    for (const written of ["138.0013.8000", "（029）8888-6666", "１３８ ００１３ ８０００"]) {
      form.set("phone", written);
      expect(form.get("phone").error, written).toBeUndefined();
    }
    expect(form.values().phones).toEqual([{ number: "13800138000" }]);
  });

  it("gives the friendly citizen ID message from the identifier check", () => {
    const form = createForm({ entity: "resident", fields: ["citizenId"] });
    form.set("citizenId", "110105194912310021");
    expect(form.get("citizenId").error?.message["zh-CN"]).toMatch(/^身份证号校验位错误，应为 X/);
    form.set("citizenId", "1101051949");
    expect(form.get("citizenId").error?.code).toBe("citizenId.length");
    form.set("citizenId", "11010519491231002x");
    expect(form.get("citizenId").error).toBeUndefined();
    form.blur("citizenId");
    // Shown in canonical form once complete.
    expect(form.get("citizenId").value).toBe("11010519491231002X");
    expect(form.get("citizenId").touched).toBe(true);
  });

  it("starts from initial values and resets to them", () => {
    const form = createForm({
      entity: "resident",
      fields: ["name", "address.country"],
      initial: { "address.country": "CN" },
    });
    expect(form.get("address.country").value).toBe("CN");
    form.set("name", "王伟");
    form.set("address.country", "HK");
    form.blur("name");
    form.reset();
    expect(form.get("name")).toMatchObject({ value: "", touched: false });
    expect(form.get("address.country").value).toBe("CN");
    expect(form.getState().generation).toBe(1);
  });
});
