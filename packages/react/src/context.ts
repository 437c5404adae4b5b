import { expectText } from "@linli/core";
import type { Form } from "@linli/forms";
import {
  createContext,
  createElement,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import { createTapGuard } from "./tap-guard.js";

/**
 * What the components of one form share.
 *
 * @example
 * ```tsx
 * import { useFormContext } from "@linli/react";
 * export function Announce() {
 *   const { announce } = useFormContext();
 *   return <button type="button" onClick={() => announce("已保存")}>保存</button>;
 * }
 * ```
 */
export interface FormContextValue {
  readonly form: Form;
  /** Prefix of the DOM ids of this form's controls. */
  readonly idPrefix: string;
  /** Say something to screen reader users through the form's live region. */
  readonly announce: (text: string) => void;
  /** Run now, or once the tap in progress is done: for what would move the tapped control. */
  readonly afterTap: (run: () => void) => void;
}

const FormContext = createContext<FormContextValue | undefined>(undefined);

/**
 * Props of {@link FormProvider}.
 *
 * @example
 * ```tsx
 * import { createForm } from "@linli/forms";
 * import { FormProvider, type FormProviderProps } from "@linli/react";
 * const props: FormProviderProps = { form: createForm({ entity: "need" }), idPrefix: "need" };
 * export const Need = () => <FormProvider {...props} />;
 * ```
 */
export interface FormProviderProps {
  readonly form: Form;
  /** Prefix of DOM ids; keep forms on one page apart with different prefixes. */
  readonly idPrefix?: string;
  /** Say something to screen readers (items added or removed); a live region unless given. */
  readonly announce?: (text: string) => void;
  readonly children?: ReactNode;
}

const silent = () => {};

/**
 * Give the hooks and field components below it a form, for custom layouts.
 *
 * @example
 * ```tsx
 * import { createForm } from "@linli/forms";
 * import { Field, FormProvider } from "@linli/react";
 * const form = createForm({ entity: "resident", fields: ["name", "citizenId"] });
 * export const MyLayout = () => (
 *   <FormProvider form={form}>
 *     <Field name="citizenId" />
 *     <Field name="name" />
 *   </FormProvider>
 * );
 * ```
 */
export function FormProvider({ form, idPrefix, announce, children }: FormProviderProps) {
  const prefix = idPrefix ?? `linli-${form.entity}`;
  const [guard] = useState(createTapGuard);
  useEffect(() => guard.listen(document), [guard]);
  const value = useMemo(
    () => ({ form, idPrefix: prefix, announce: announce ?? silent, afterTap: guard.after }),
    [form, prefix, announce, guard],
  );
  return createElement(FormContext.Provider, { value }, children);
}

/**
 * The form of the nearest {@link FormProvider} or {@link SchemaForm}.
 *
 * @example
 * ```tsx
 * import { useFormContext } from "@linli/react";
 * export function Title() {
 *   const { form } = useFormContext();
 *   return <h1>{form.entity}</h1>;
 * }
 * ```
 */
export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error("linli form hooks need a <FormProvider> or <SchemaForm> above them");
  return value;
}

/**
 * The DOM id of a field's control: the prefix and the key with every character that ids and
 * URL fragments dislike replaced.
 *
 * @example
 * ```ts
 * import { domId } from "@linli/react";
 * domId("linli-resident", "household.members[i1].name"); // "linli-resident-household-members-i1--name"
 * ```
 */
export const domId = (prefix: string, key: string) => {
  expectText("domId", "prefix", prefix);
  expectText("domId", "key", key);
  return `${prefix}-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
};
