import { createForm } from "@linli/forms";
import { describe, expect, it } from "vitest";

function counting(form: ReturnType<typeof createForm>, keys: readonly string[]) {
  const calls: Record<string, number> = {};
  for (const k of keys) {
    calls[k] = 0;
    form.subscribe(k, () => calls[k]!++);
  }
  return calls;
}

describe("subscriptions", () => {
  it("notifies only the field that changed", () => {
    const form = createForm({
      entity: "resident",
      fields: ["name", "notes", "phone", "household.members"],
    });
    const calls = counting(form, ["name", "notes", "phone", "household.members"]);
    let formCalls = 0;
    form.subscribeForm(() => formCalls++);
    form.set("name", "王");
    form.set("name", "王伟");
    expect(calls).toEqual({ name: 2, notes: 0, phone: 0, "household.members": 0 });
    form.set("name", "王伟");
    expect(calls.name).toBe(2);
    expect(formCalls).toBe(0);
  });

  it("keeps a field's state object while nothing in it changes", () => {
    const form = createForm({ entity: "resident", fields: ["name", "notes"] });
    const before = form.get("notes");
    form.set("name", "王伟");
    expect(form.get("notes")).toBe(before);
    const name = form.get("name");
    form.blur("notes");
    expect(form.get("name")).toBe(name);
    expect(form.get("notes")).not.toBe(before);
  });

  it("notifies one member's field, not the other members or the list, when typing in it", () => {
    const form = createForm({
      entity: "resident",
      fields: ["household.members"],
      maxItems: { "household.members": 100 },
    });
    const items = Array.from({ length: 100 }, () => form.add("household.members")!);
    const last = `household.members[${items[99]}].name`;
    const first = `household.members[${items[0]}].name`;
    const calls = counting(form, [last, first, "household.members"]);
    form.set(last, "王");
    expect(calls).toEqual({ [last]: 1, [first]: 0, "household.members": 0 });
  });

  it("notifies derived targets and fields whose visibility a rule changes", () => {
    const form = createForm({
      entity: "resident",
      fields: ["citizenId", "birthDate", "gender", "name", "quarantine.status", "quarantine.place"],
    });
    const calls = counting(form, ["birthDate", "gender", "name", "quarantine.place"]);
    form.set("citizenId", "11010519491231002X");
    expect(calls).toEqual({ birthDate: 1, gender: 1, name: 0, "quarantine.place": 0 });
    form.set("quarantine.status", "in-quarantine");
    expect(calls["quarantine.place"]).toBe(1);
    expect(calls.name).toBe(0);
  });

  it("notifies a repeat's subscribers when items come and go", () => {
    const form = createForm({ entity: "resident", fields: ["name", "household.members"] });
    const calls = counting(form, ["household.members", "name"]);
    const a = form.add("household.members")!;
    form.remove("household.members", a);
    expect(calls).toEqual({ "household.members": 2, name: 0 });
  });

  it("reports every change to onChange listeners and stops after unsubscribing", () => {
    const form = createForm({ entity: "resident", fields: ["name", "household.members"] });
    let changes = 0;
    const stop = form.onChange(() => changes++);
    form.set("name", "王伟");
    const a = form.add("household.members")!;
    form.set(`household.members[${a}].name`, "李娜");
    form.remove("household.members", a);
    expect(changes).toBe(4);
    stop();
    form.set("name", "李");
    expect(changes).toBe(4);
    const unsubscribe = form.subscribe("name", () => {
      throw new Error("unsubscribed listener called");
    });
    unsubscribe();
    form.set("name", "张");
  });

  it("notifies form listeners on submit, and all views on reset", () => {
    const form = createForm({ entity: "resident", fields: ["name", "notes"] });
    const calls = counting(form, ["name", "notes"]);
    let formCalls = 0;
    form.subscribeForm(() => formCalls++);
    form.submit();
    expect(formCalls).toBe(1);
    // Submitting marks every shown field touched, once: views show their errors now.
    expect(calls).toEqual({ name: 1, notes: 1 });
    form.submit();
    expect(formCalls).toBe(2);
    expect(calls).toEqual({ name: 1, notes: 1 });
    form.reset();
    expect(formCalls).toBe(3);
    expect(calls).toEqual({ name: 2, notes: 2 });
  });
});
