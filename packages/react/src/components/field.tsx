import type { FormField, RawValue } from "@linli/forms";
import { type FocusEvent, memo, useRef } from "react";
import { useFormContext } from "../context.js";
import { type FieldBinding, useField } from "../hooks/use-field.js";
import { text } from "../messages.js";

/**
 * Props of {@link Field}.
 *
 * @example
 * ```tsx
 * import { Field, type FieldProps } from "@linli/react";
 * const props: FieldProps = { name: "household.members[i1].name" };
 * export const MemberName = () => <Field {...props} />;
 * ```
 */
export interface FieldProps {
  /** Field key, e.g. `name` or `household.members[i1].name`. */
  readonly name: string;
}

const INPUT_TYPES: Partial<Record<FormField["widget"], string>> = {
  tel: "tel",
  email: "email",
  url: "url",
  date: "date",
  datetime: "datetime-local",
  time: "time",
};

function inputModeOf(field: FormField): FormField["inputMode"] {
  if (field.widget === "citizen-id") return "numeric";
  return field.inputMode ?? (field.widget === "number" ? "decimal" : undefined);
}

function Label({ b, as: Tag = "label" }: { b: FieldBinding; as?: "label" | "legend" }) {
  const { form } = useFormContext();
  const required = b.state.required ? (
    <span className="linli-required" aria-hidden="true">
      {text(form.locale, "forms.required")}
    </span>
  ) : null;
  return Tag === "label" ? (
    <label className="linli-label" htmlFor={b.ids.input}>
      {b.field.label}
      {required}
    </label>
  ) : (
    <legend className="linli-label">
      {b.field.label}
      {required}
    </legend>
  );
}

function Notes({ b }: { b: FieldBinding }) {
  const { form } = useFormContext();
  return (
    <>
      {b.field.hint ? (
        <p className="linli-hint" id={b.ids.hint}>
          {b.field.hint}
        </p>
      ) : null}
      {b.state.derived ? (
        <p className="linli-derived" id={`${b.ids.input}-derived`}>
          {text(form.locale, "forms.derivedFromCitizenId")}
        </p>
      ) : null}
      {b.error ? (
        <p className="linli-error" id={b.ids.error}>
          {form.t(b.error.message)}
        </p>
      ) : null}
    </>
  );
}

function Choices({ b }: { b: FieldBinding }) {
  const { field, state } = b;
  const multiple = field.multiple;
  const chosen: readonly string[] = typeof state.value === "string" ? [state.value] : state.value;
  const toggle = (value: string, on: boolean): RawValue =>
    multiple ? (on ? [...chosen, value] : chosen.filter((v) => v !== value)) : value;
  // The group is left when focus moves outside it, not between its options.
  const onBlur = (e: FocusEvent<HTMLFieldSetElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) b.blur();
  };
  const invalid = b.error ? true : undefined;
  // A radio group states its requiredness and validity itself; checkboxes each do.
  const group = multiple
    ? {}
    : { role: "radiogroup", "aria-required": state.required || undefined, "aria-invalid": invalid };
  return (
    <fieldset
      className="linli-field linli-choices"
      aria-describedby={b.describedBy}
      onBlur={onBlur}
      {...group}
    >
      <Label b={b} as="legend" />
      <Notes b={b} />
      {field.options?.map((o, i) => (
        <label className="linli-choice" key={o.value}>
          <input
            id={i === 0 ? b.ids.input : `${b.ids.input}-${i}`}
            type={multiple ? "checkbox" : "radio"}
            name={b.ids.input}
            value={o.value}
            checked={chosen.includes(o.value)}
            aria-invalid={multiple ? invalid : undefined}
            onChange={(e) => b.set(toggle(o.value, e.target.checked))}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Control({ b }: { b: FieldBinding }) {
  const { form } = useFormContext();
  const ref = useRef<HTMLInputElement>(null);
  const { field, state } = b;
  const common = {
    id: b.ids.input,
    name: b.ids.input,
    className: "linli-input",
    value: typeof state.value === "string" ? state.value : "",
    required: state.required,
    "aria-invalid": b.error ? true : undefined,
    "aria-describedby": b.describedBy,
    onBlur: b.blur,
  } as const;
  if (field.widget === "textarea") {
    return <textarea {...common} rows={3} onChange={(e) => b.set(e.target.value)} />;
  }
  if (field.widget === "select") {
    return (
      <select {...common} onChange={(e) => b.set(e.target.value)}>
        <option value="">{text(form.locale, "forms.choose")}</option>
        {field.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  const input = (
    <input
      {...common}
      ref={ref}
      type={INPUT_TYPES[field.widget] ?? "text"}
      inputMode={inputModeOf(field)}
      autoComplete={field.autocomplete}
      placeholder={field.placeholder}
      spellCheck={field.widget === "citizen-id" ? false : undefined}
      onChange={(e) => b.set(e.target.value)}
    />
  );
  if (field.widget !== "citizen-id") return input;
  // Numeric phone keypads have no X, the check character of one ID in eleven.
  const appendX = () => {
    b.set(`${common.value.replace(/x$/i, "")}X`);
    ref.current?.focus();
  };
  return (
    <div className="linli-input-row">
      {input}
      <button
        type="button"
        className="linli-button linli-button--secondary linli-x"
        aria-label={text(form.locale, "forms.appendX")}
        onClick={appendX}
      >
        X
      </button>
    </div>
  );
}

/**
 * One field with its label, hint, error and the control its widget calls for. Re-renders only
 * when its own field changes.
 *
 * @example
 * ```tsx
 * import { Field, FormProvider, useForm } from "@linli/react";
 * export function Phone() {
 *   const form = useForm({ entity: "resident", fields: ["phone"] });
 *   return (
 *     <FormProvider form={form}>
 *       <Field name="phone" />
 *     </FormProvider>
 *   );
 * }
 * ```
 */
export const Field = memo(function Field({ name }: FieldProps) {
  const b = useField(name);
  if (!b.state.visible) return null;
  if (b.field.widget === "radio" || b.field.widget === "checkboxes") return <Choices b={b} />;
  return (
    <div className="linli-field">
      <Label b={b} />
      <Notes b={b} />
      <Control b={b} />
    </div>
  );
});
