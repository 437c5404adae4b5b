import { createForm } from "@linli/forms";
import { describe, expect, it } from "vitest";

const members = "household.members";
const key = (item: string, name: string) => `${members}[${item}].${name}`;

describe("repeat groups", () => {
  it("adds and removes items with stable keys that keep their values", () => {
    const form = createForm({ entity: "resident", fields: ["name", members] });
    const a = form.add(members)!;
    const b = form.add(members)!;
    const c = form.add(members)!;
    expect(new Set([a, b, c]).size).toBe(3);
    form.set(key(a, "name"), "甲");
    form.set(key(b, "name"), "乙");
    form.set(key(c, "name"), "丙");
    form.remove(members, b);
    expect(form.getRepeat(members).items).toEqual([a, c]);
    expect(form.get(key(c, "name")).value).toBe("丙");
    expect(form.get(key(b, "name")).visible).toBe(false);
    const d = form.add(members)!;
    // A removed key is never reused, so views keyed by it cannot mix up items.
    expect([a, b, c]).not.toContain(d);
    expect(form.itemFields(members, d)).toEqual([
      key(d, "name"),
      key(d, "relationship"),
      key(d, "gender"),
      key(d, "birthDate"),
      key(d, "citizenId"),
      key(d, "phone"),
    ]);
  });

  it("stops at the schema's maximum, or a lower one the form sets", () => {
    const form = createForm({ entity: "resident", fields: [members] });
    for (let i = 0; i < 50; i++) expect(form.add(members)).toBeDefined();
    expect(form.getRepeat(members).canAdd).toBe(false);
    expect(form.add(members)).toBeUndefined();
    expect(form.getRepeat(members).items).toHaveLength(50);

    const small = createForm({ entity: "resident", fields: [members], maxItems: { [members]: 2 } });
    small.add(members);
    small.add(members);
    expect(small.add(members)).toBeUndefined();
    expect(small.repeat(members).maxItems).toBe(2);
  });

  it("reports items beyond the schema's maximum when the form raises it", () => {
    const form = createForm({
      entity: "resident",
      fields: ["name", members],
      maxItems: { [members]: 60 },
    });
    form.set("name", "王伟");
    for (let i = 0; i < 51; i++) {
      const item = form.add(members)!;
      form.set(key(item, "name"), `成员${i}`);
      form.set(key(item, "relationship"), "other");
    }
    const result = form.submit();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ key: members, issue: { code: "schema.tooMany" } });
    }
  });

  it("checks item fields and writes items into the record in order", () => {
    const form = createForm({ entity: "resident", fields: ["name", members] });
    form.set("name", "王伟");
    const a = form.add(members)!;
    const b = form.add(members)!;
    expect(form.get(key(a, "name")).error?.message["zh-CN"]).toBe("姓名为必填项");
    form.set(key(a, "name"), "李娜");
    form.set(key(a, "relationship"), "spouse");
    form.set(key(b, "name"), "王小明");
    form.set(key(b, "relationship"), "child");
    form.set(key(b, "phone"), "138 0013 8000");
    expect(form.values()).toEqual({
      name: "王伟",
      household: {
        members: [
          { name: "李娜", relationship: "spouse" },
          { name: "王小明", relationship: "child", phone: "13800138000" },
        ],
      },
    });
  });

  it("lists item problems with the item's position on submit", () => {
    const form = createForm({ entity: "resident", fields: ["name", members] });
    form.set("name", "王伟");
    const a = form.add(members)!;
    const b = form.add(members)!;
    form.set(key(a, "name"), "李娜");
    form.set(key(a, "relationship"), "spouse");
    form.set(key(b, "relationship"), "child");
    form.remove(members, a);
    const result = form.submit();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.key).toBe(key(b, "name"));
    expect(result.issues[0]?.context).toEqual({
      "zh-CN": "同住人员 1",
      en: "People living together 1",
    });
    expect(form.get(key(b, "name")).touched).toBe(true);
  });

  it("fills in the enclosing object once a repeat has items", () => {
    const form = createForm({
      entity: "need",
      fields: ["requesterName", "category", "items"],
      base: { status: "open" },
    });
    form.set("requesterName", "张静");
    form.set("category", "medicine");
    const item = form.add("items")!;
    form.set(`items[${item}].name`, "降压药");
    form.set(`items[${item}].quantity`, "2");
    form.set(`items[${item}].unit`, "盒");
    const result = form.submit();
    expect(result.ok && result.value.items).toEqual([{ name: "降压药", quantity: 2, unit: "盒" }]);
    form.set(`items[${item}].quantity`, "0");
    expect(form.get(`items[${item}].quantity`).error?.code).toBe("schema.tooSmallExclusive");
  });
});
