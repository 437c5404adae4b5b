import { useFormContext } from "../context.js";
import { useFormState } from "../hooks/use-field.js";
import { ErrorSummary } from "./error-summary.js";
import { Field } from "./field.js";
import { RepeatGroup } from "./repeat-group.js";

const Node = ({ type, name }: { type: "field" | "repeat"; name: string }) =>
  type === "field" ? <Field name={name} /> : <RepeatGroup name={name} />;

/**
 * The error summary and every field, group and repeat of the form in the form's order: the
 * body of {@link SchemaForm}, for custom wrappers.
 *
 * @example
 * ```tsx
 * import { FormProvider, Layout, useForm } from "@linli/react";
 * export function Plain() {
 *   const form = useForm({ entity: "need", fields: ["requesterName", "category"] });
 *   return (
 *     <FormProvider form={form}>
 *       <Layout />
 *     </FormProvider>
 *   );
 * }
 * ```
 */
export function Layout() {
  const { form } = useFormContext();
  // Re-mount every field after a reset or restore, so no control keeps stale local state.
  const { generation } = useFormState();
  return (
    <div className="linli-body" key={generation}>
      <ErrorSummary />
      {form.layout.map((n) =>
        n.type === "group" ? (
          <fieldset className="linli-group" key={n.key}>
            <legend className="linli-group-title">{n.label}</legend>
            {n.children.map((c) => (
              <Node key={c.key} type={c.type} name={c.key} />
            ))}
          </fieldset>
        ) : (
          <Node key={n.key} type={n.type} name={n.key} />
        ),
      )}
    </div>
  );
}
