import { createForm, type FormOptions } from "@linli/forms";
import { describe, expect, it } from "vitest";

const members = "household.members";
let clock = new Date("2024-03-01T10:00:00Z");
const options: FormOptions<"resident"> = {
  entity: "resident",
  fields: ["name", "citizenId", "birthDate", "gender", "vulnerabilities", members],
  now: () => clock,
};

function filled() {
  const form = createForm(options);
  form.set("name", "王伟");
  form.set("citizenId", "11010519491231002X");
  form.set("vulnerabilities", ["dialysis", "elderly-living-alone"]);
  form.blur("name");
  const a = form.add(members)!;
  const b = form.add(members)!;
  form.set(`${members}[${a}].name`, "李娜");
  form.set(`${members}[${b}].name`, "王小明");
  form.remove(members, a);
  return { form, b };
}

describe("drafts", () => {
  it("restores values, items, derived marks and touched fields from a JSON round trip", () => {
    clock = new Date("2024-03-01T10:00:00Z");
    const { form, b } = filled();
    const saved = JSON.parse(JSON.stringify(form.snapshot()));
    expect(saved).toMatchObject({
      format: "linli-form-draft",
      entity: "resident",
      savedAt: "2024-03-01T10:00:00.000Z",
      expiresAt: "2024-03-02T10:00:00.000Z",
    });
    const again = createForm(options);
    clock = new Date("2024-03-01T18:00:00Z");
    expect(again.restore(saved)).toEqual({ ok: true, savedAt: "2024-03-01T10:00:00.000Z" });
    expect(again.get("name")).toMatchObject({ value: "王伟", touched: true });
    expect(again.get("birthDate")).toMatchObject({ value: "1949-12-31", derived: true });
    expect(again.get("vulnerabilities").value).toEqual(["dialysis", "elderly-living-alone"]);
    expect(again.getRepeat(members).items).toEqual([b]);
    expect(again.get(`${members}[${b}].name`).value).toBe("王小明");
    expect(again.values()).toEqual(form.values());
    // New items never reuse a key from the draft.
    expect(again.add(members)).not.toBe(b);
    expect(again.getState().generation).toBe(1);
  });

  it("refuses expired drafts, drafts of other forms and malformed data", () => {
    clock = new Date("2024-03-01T10:00:00Z");
    const { form } = filled();
    const saved = form.snapshot();
    clock = new Date("2024-03-02T10:00:01Z");
    const later = createForm(options);
    expect(later.restore(saved)).toEqual({ ok: false, reason: "expired" });
    expect(later.get("name").value).toBe("");
    clock = new Date("2024-03-01T11:00:00Z");
    const need = createForm({ entity: "need", now: () => clock });
    expect(need.restore(saved)).toEqual({ ok: false, reason: "other-form" });
    expect(later.restore({ ...saved, values: { name: 3 } })).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(later.restore(null)).toEqual({ ok: false, reason: "malformed" });
    expect(later.restore("{}")).toEqual({ ok: false, reason: "malformed" });
  });

  it("keeps drafts for a chosen time", () => {
    clock = new Date("2024-03-01T10:00:00Z");
    const short = createForm({ ...options, draftTtlMs: 60_000 });
    short.set("name", "王伟");
    expect(short.snapshot().expiresAt).toBe("2024-03-01T10:01:00.000Z");
  });

  it("ignores values of fields the form no longer has and wrong value shapes", () => {
    clock = new Date("2024-03-01T10:00:00Z");
    const { form } = filled();
    const saved = form.snapshot();
    const fewer = createForm({ ...options, fields: ["name", "gender"] });
    const tampered = { ...saved, values: { ...saved.values, gender: ["male"] } };
    expect(fewer.restore(tampered).ok).toBe(true);
    expect(fewer.get("name").value).toBe("王伟");
    expect(fewer.get("gender").value).toBe("");
  });
});
