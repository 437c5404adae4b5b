import { type EntityName, systemLocale } from "@linli/core";
import { createForm, type Form, type FormOptions } from "@linli/forms";
import { useEffect, useState } from "react";

/**
 * Create a form model once for the life of a component. Later changes of `locale` switch the
 * language; other options are read once.
 *
 * @example
 * ```tsx
 * import { FormProvider, Field, useForm } from "@linli/react";
 * export function Register() {
 *   const form = useForm({ entity: "resident", locale: "zh-CN", fields: ["name", "phone"] });
 *   return (
 *     <FormProvider form={form}>
 *       <Field name="name" />
 *       <Field name="phone" />
 *     </FormProvider>
 *   );
 * }
 * ```
 */
export function useForm<N extends EntityName>(options: FormOptions<N>): Form<N> {
  const [form] = useState(() => createForm(options));
  const locale = options.locale ?? systemLocale();
  useEffect(() => form.setLocale(locale), [form, locale]);
  return form;
}
