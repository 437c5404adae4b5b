import type { Issue } from "@linli/core";
import type {
  FieldState,
  FormField,
  FormRepeat,
  FormState,
  RawValue,
  RepeatState,
} from "@linli/forms";
import { useCallback, useSyncExternalStore } from "react";
import { domId, useFormContext } from "../context.js";

/**
 * A field's description, state and actions, for one control.
 *
 * @example
 * ```tsx
 * import { type FieldBinding, useField } from "@linli/react";
 * export function Hint() {
 *   const b: FieldBinding = useField("citizenId");
 *   return b.field.hint ? <p id={b.ids.hint}>{b.field.hint}</p> : null;
 * }
 * ```
 */
export interface FieldBinding {
  readonly field: FormField;
  readonly state: FieldState;
  /** The problem to show: only once the field was left or the form submitted. */
  readonly error?: Issue;
  readonly ids: { readonly input: string; readonly hint: string; readonly error: string };
  /** `aria-describedby` for the control: its hint, derived-value note and shown error. */
  readonly describedBy?: string;
  /** Change the value, as typed or chosen. */
  readonly set: (value: RawValue) => void;
  /** The control was left: its problem is shown now, or once the tap that left it is done. */
  readonly blur: () => void;
}

/**
 * Subscribe to one field: the component re-renders when this field changes, not when others
 * do.
 *
 * @example
 * ```tsx
 * import { useField } from "@linli/react";
 * export function NameInput() {
 *   const { field, state, ids, describedBy, set, blur, error } = useField("name");
 *   return (
 *     <input
 *       id={ids.input}
 *       aria-label={field.label}
 *       value={String(state.value)}
 *       aria-invalid={error ? true : undefined}
 *       aria-describedby={describedBy}
 *       onChange={(e) => set(e.target.value)}
 *       onBlur={blur}
 *     />
 *   );
 * }
 * ```
 */
export function useField(key: string): FieldBinding {
  const { form, idPrefix, afterTap } = useFormContext();
  const subscribe = useCallback((f: () => void) => form.subscribe(key, f), [form, key]);
  const get = () => form.get(key);
  const state = useSyncExternalStore(subscribe, get, get);
  const field = form.field(key);
  const input = domId(idPrefix, key);
  const ids = { input, hint: `${input}-hint`, error: `${input}-error` };
  const error = state.touched ? state.error : undefined;
  const described = [
    field.hint ? ids.hint : "",
    state.derived ? `${input}-derived` : "",
    error ? ids.error : "",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    field,
    state,
    ...(error ? { error } : {}),
    ids,
    ...(described ? { describedBy: described } : {}),
    set: (value) => form.set(key, value),
    blur: () => afterTap(() => form.blur(key)),
  };
}

/**
 * A repeat's description, state and actions.
 *
 * @example
 * ```tsx
 * import { type RepeatBinding, useRepeat } from "@linli/react";
 * export function Count() {
 *   const members: RepeatBinding = useRepeat("household.members");
 *   return <p>{members.state.items.length} / {members.repeat.maxItems}</p>;
 * }
 * ```
 */
export interface RepeatBinding {
  readonly repeat: FormRepeat;
  readonly state: RepeatState;
  readonly error?: Issue;
  /** Add an item; its key, or `undefined` at the maximum. */
  readonly add: () => string | undefined;
  /** Remove an item by its key. */
  readonly remove: (item: string) => void;
  /** Field keys of one item. */
  readonly fields: (item: string) => readonly string[];
}

/**
 * Subscribe to a repeat group's items.
 *
 * @example
 * ```tsx
 * import { Field, useRepeat } from "@linli/react";
 * export function Members() {
 *   const { state, add, fields } = useRepeat("household.members");
 *   return (
 *     <>
 *       {state.items.map((item) => fields(item).map((key) => <Field key={key} name={key} />))}
 *       <button type="button" onClick={add}>+</button>
 *     </>
 *   );
 * }
 * ```
 */
export function useRepeat(key: string): RepeatBinding {
  const { form } = useFormContext();
  const subscribe = useCallback((f: () => void) => form.subscribe(key, f), [form, key]);
  const get = () => form.getRepeat(key);
  const state = useSyncExternalStore(subscribe, get, get);
  const error = state.touched ? state.error : undefined;
  return {
    repeat: form.repeat(key),
    state,
    ...(error ? { error } : {}),
    add: () => form.add(key),
    remove: (item) => form.remove(key, item),
    fields: (item) => form.itemFields(key, item),
  };
}

/**
 * Subscribe to the form as a whole: submit count, the last submit's problems, locale.
 *
 * @example
 * ```tsx
 * import { useFormState } from "@linli/react";
 * export function Status() {
 *   const { status } = useFormState();
 *   return <p>{status}</p>;
 * }
 * ```
 */
export function useFormState(): FormState {
  const { form } = useFormContext();
  const subscribe = useCallback((f: () => void) => form.subscribeForm(f), [form]);
  return useSyncExternalStore(subscribe, form.getState, form.getState);
}
