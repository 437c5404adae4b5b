import { type Condition, createForm, evaluate } from "@linli/forms";
import { describe, expect, it } from "vitest";

const values: Record<string, string | readonly string[]> = {
  status: "in-quarantine",
  place: "",
  tags: ["dialysis", "disabled"],
};
const lookup = (f: string) => values[f];

describe("evaluate", () => {
  it("tests membership of a value or of any chosen value", () => {
    expect(evaluate({ field: "status", in: ["in-quarantine", "released"] }, lookup)).toBe(true);
    expect(evaluate({ field: "status", in: ["none"] }, lookup)).toBe(false);
    expect(evaluate({ field: "tags", in: ["disabled"] }, lookup)).toBe(true);
    expect(evaluate({ field: "tags", in: ["infant"] }, lookup)).toBe(false);
    expect(evaluate({ field: "missing", in: [""] }, lookup)).toBe(false);
  });

  it("tests whether a field is filled, treating whitespace as blank", () => {
    expect(evaluate({ field: "status", filled: true }, lookup)).toBe(true);
    expect(evaluate({ field: "place", filled: false }, lookup)).toBe(true);
    expect(evaluate({ field: "missing", filled: true }, lookup)).toBe(false);
    expect(evaluate({ field: "x", filled: true }, () => "  ")).toBe(false);
  });

  it("combines conditions with all, any and not", () => {
    const yes: Condition = { field: "status", filled: true };
    const no: Condition = { field: "place", filled: true };
    expect(evaluate({ all: [yes, no] }, lookup)).toBe(false);
    expect(evaluate({ any: [yes, no] }, lookup)).toBe(true);
    expect(evaluate({ not: no }, lookup)).toBe(true);
    expect(evaluate({ all: [] }, lookup)).toBe(true);
    expect(evaluate({ any: [] }, lookup)).toBe(false);
  });

  it("evaluates rules stored as JSON", () => {
    const rule = JSON.parse(
      '{"any":[{"field":"status","in":["none"]},{"not":{"field":"place","filled":true}}]}',
    );
    expect(evaluate(rule, lookup)).toBe(true);
  });
});

describe("form rules", () => {
  const quarantine = [
    "name",
    "quarantine.status",
    "quarantine.place",
    "quarantine.site",
    "quarantine.start",
  ];

  it("shows the quarantine place only when the status needs it, and the site only for centralised quarantine", () => {
    const form = createForm({ entity: "resident", fields: quarantine });
    expect(form.get("quarantine.place").visible).toBe(false);
    expect(form.get("quarantine.start").visible).toBe(false);
    form.set("quarantine.status", "in-quarantine");
    expect(form.get("quarantine.place").visible).toBe(true);
    expect(form.get("quarantine.start").visible).toBe(true);
    expect(form.get("quarantine.site").visible).toBe(false);
    form.set("quarantine.place", "centralised");
    expect(form.get("quarantine.site").visible).toBe(true);
    // Hiding the place hides the site that depends on it, though its value is kept.
    form.set("quarantine.status", "released");
    expect(form.get("quarantine.place")).toMatchObject({ visible: false, value: "centralised" });
    expect(form.get("quarantine.site").visible).toBe(false);
    expect(form.get("quarantine.start").visible).toBe(true);
  });

  it("leaves hidden fields out of validation and of the record", () => {
    const form = createForm({ entity: "resident", fields: quarantine });
    form.set("name", "王伟");
    form.set("quarantine.status", "in-quarantine");
    form.set("quarantine.place", "centralised");
    form.set("quarantine.site", "x".repeat(101));
    expect(form.get("quarantine.site").error?.code).toBe("schema.tooLong");
    form.set("quarantine.status", "none");
    expect(form.get("quarantine.site").error).toBeUndefined();
    expect(form.values()).toEqual({ name: "王伟", quarantine: { status: "none" } });
    expect(form.submit().ok).toBe(true);
  });

  it("requires a field inside an optional object once that object is filled in", () => {
    const form = createForm({
      entity: "resident",
      fields: ["name", "quarantine.status", "quarantine.start"],
      rules: [],
    });
    expect(form.get("quarantine.status")).toMatchObject({ required: false });
    expect(form.get("quarantine.status").error).toBeUndefined();
    form.set("quarantine.start", "2022-01-05");
    expect(form.get("quarantine.status").required).toBe(true);
    expect(form.get("quarantine.status").error?.message["zh-CN"]).toBe("隔离状态为必填项");
    form.set("quarantine.start", "");
    expect(form.get("quarantine.status").error).toBeUndefined();
  });

  it("makes a field required by a requiredWhen rule", () => {
    const form = createForm({
      entity: "resident",
      fields: ["name", "residencyType", "origin"],
      rules: [{ field: "origin", requiredWhen: { field: "residencyType", in: ["floating"] } }],
    });
    expect(form.get("origin").required).toBe(false);
    form.set("residencyType", "floating");
    expect(form.get("origin")).toMatchObject({ required: true });
    expect(form.get("origin").error?.code).toBe("schema.required");
    form.set("origin", "湖北省武汉市");
    expect(form.get("origin").error).toBeUndefined();
  });

  it("shows a whole repeat by a rule", () => {
    const form = createForm({ entity: "need", fields: ["requesterName", "category", "items"] });
    expect(form.getRepeat("items")).toMatchObject({ visible: false, canAdd: false });
    form.set("category", "medicine");
    expect(form.getRepeat("items")).toMatchObject({ visible: true, canAdd: true });
    const item = form.add("items")!;
    form.set(`items[${item}].name`, "降压药");
    form.set("category", "transport");
    expect(form.get(`items[${item}].name`).visible).toBe(false);
    expect(form.values()).toEqual({ category: "transport" });
  });

  it("rejects rules about fields the entity does not have", () => {
    expect(() =>
      createForm({
        entity: "resident",
        rules: [{ field: "quarantine.plaice", visibleWhen: { field: "name", filled: true } }],
      }),
    ).toThrow(/quarantine\.plaice/);
    expect(() =>
      createForm({
        entity: "resident",
        rules: [{ field: "name", visibleWhen: { field: "nmae", filled: true } }],
      }),
    ).toThrow(/nmae/);
  });
});
