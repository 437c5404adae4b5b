// @vitest-environment happy-dom
import { createForm } from "@linli/forms";
import { domId, Field, FormProvider, RepeatGroup, useField } from "@linli/react";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { Profiler, type ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";

afterEach(cleanup);

type Counts = Record<string, number>;

function Count({ id, counts, children }: { id: string; counts: Counts; children: ReactNode }) {
  const onRender = () => {
    counts[id] = (counts[id] ?? 0) + 1;
  };
  return (
    <Profiler id={id} onRender={onRender}>
      {children}
    </Profiler>
  );
}

function Custom({ seen }: { seen: { binding?: ReturnType<typeof useField> } }) {
  seen.binding = useField("name");
  return null;
}

describe("per-field rendering", () => {
  it("re-renders only the field being typed in", () => {
    const form = createForm({ entity: "resident", fields: ["name", "notes", "phone"] });
    const counts: Counts = {};
    render(
      <FormProvider form={form}>
        {["name", "notes", "phone"].map((k) => (
          <Count key={k} id={k} counts={counts}>
            <Field name={k} />
          </Count>
        ))}
      </FormProvider>,
    );
    const mounted = { ...counts };
    const name = screen.getByRole("textbox", { name: "姓名" });
    for (const v of ["王", "王伟", "王伟伟"]) fireEvent.change(name, { target: { value: v } });
    expect(counts.name).toBe(mounted.name! + 3);
    expect(counts.notes).toBe(mounted.notes);
    expect(counts.phone).toBe(mounted.phone);
  });

  it("re-renders only the last member's field when typing in it among 100 members", () => {
    const form = createForm({
      entity: "resident",
      fields: ["household.members"],
      maxItems: { "household.members": 100 },
    });
    const items = Array.from({ length: 100 }, () => form.add("household.members")!);
    const counts: Counts = {};
    const lastKey = `household.members[${items[99]}].name`;
    render(
      <FormProvider form={form}>
        <Count id="list" counts={counts}>
          <RepeatGroup name="household.members" />
        </Count>
        <Count id="last" counts={counts}>
          <Field name={lastKey} />
        </Count>
      </FormProvider>,
    );
    const before = { ...counts };
    const inputs = document.querySelectorAll<HTMLInputElement>('input[id$="--name"]');
    expect(inputs).toHaveLength(101);
    // The list's own copy of the last member's name input.
    const last = inputs[99]!;
    expect(last.id).toBe(domId("linli-resident", lastKey));
    fireEvent.change(last, { target: { value: "王" } });
    expect(last.value).toBe("王");
    // The list's Profiler commits once for the one field inside it that changed…
    expect(counts.list).toBe(before.list! + 1);
    // …and the standalone view of the same field follows, both from one subscription each.
    expect(counts.last).toBe(before.last! + 1);
    expect(inputs[0]!.value).toBe("");
    expect(inputs[100]!.value).toBe("王");
  });

  it("gives custom layouts a binding with ids, state and actions", () => {
    const form = createForm({ entity: "resident", fields: ["name"] });
    const box: { binding?: ReturnType<typeof useField> } = {};
    render(
      <FormProvider form={form} idPrefix="reg">
        <Custom seen={box} />
      </FormProvider>,
    );
    const seen = () => box.binding;
    expect(seen()?.ids).toEqual({
      input: "reg-name",
      hint: "reg-name-hint",
      error: "reg-name-error",
    });
    expect(seen()?.error).toBeUndefined();
    act(() => seen()!.blur());
    expect(seen()?.error?.code).toBe("schema.required");
    expect(seen()?.describedBy).toBe("reg-name-error");
    act(() => seen()!.set("王伟"));
    expect(seen()?.state.value).toBe("王伟");
    expect(form.get("name").value).toBe("王伟");
  });

  it("needs a provider", () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => render(<Field name="name" />)).toThrow(/FormProvider/);
    } finally {
      console.error = quiet;
    }
  });
});
