import { memo, useEffect, useRef } from "react";
import { domId, useFormContext } from "../context.js";
import { useRepeat } from "../hooks/use-field.js";
import { text } from "../messages.js";
import { Field } from "./field.js";

interface ItemProps {
  readonly repeat: string;
  readonly item: string;
  readonly index: number;
  readonly onRemove: (item: string, index: number) => void;
}

const Item = memo(function Item({ repeat, item, index, onRemove }: ItemProps) {
  const { form } = useFormContext();
  const label = form.repeat(repeat).label;
  const title = text(form.locale, "forms.itemTitle", { item: label, n: index + 1 });
  return (
    <fieldset className="linli-item">
      <legend className="linli-item-title">{title}</legend>
      {form.itemFields(repeat, item).map((key) => (
        <Field key={key} name={key} />
      ))}
      <button
        type="button"
        className="linli-button linli-button--secondary"
        onClick={() => onRemove(item, index)}
      >
        {text(form.locale, "forms.removeItem", { item: label, n: index + 1 })}
      </button>
    </fieldset>
  );
});

/**
 * Props of {@link RepeatGroup}.
 *
 * @example
 * ```tsx
 * import { RepeatGroup, type RepeatGroupProps } from "@linli/react";
 * const props: RepeatGroupProps = { name: "items" };
 * export const Items = () => <RepeatGroup {...props} />;
 * ```
 */
export interface RepeatGroupProps {
  /** Repeat key, e.g. `household.members`. */
  readonly name: string;
}

/**
 * A repeat group: one fieldset per item with stable keys, a button to add an item up to the
 * maximum, and one to remove each. Focus moves to a new item's first field, and back to the
 * add button after a removal.
 *
 * @example
 * ```tsx
 * import { FormProvider, RepeatGroup, useForm } from "@linli/react";
 * export function Members() {
 *   const form = useForm({ entity: "resident", fields: ["household.members"] });
 *   return (
 *     <FormProvider form={form}>
 *       <RepeatGroup name="household.members" />
 *     </FormProvider>
 *   );
 * }
 * ```
 */
export const RepeatGroup = memo(function RepeatGroup({ name }: RepeatGroupProps) {
  const { form, idPrefix, announce } = useFormContext();
  const { repeat, state, error, add, remove } = useRepeat(name);
  const focusItem = useRef<string | undefined>(undefined);
  const addButton = useRef<HTMLButtonElement>(null);
  const id = domId(idPrefix, name);
  const locale = form.locale;

  // Focus moves once the items are rendered (and the add button enabled again).
  useEffect(() => {
    const item = focusItem.current;
    focusItem.current = undefined;
    if (item === "add") addButton.current?.focus();
    else if (item && state.items.includes(item)) {
      const first = form.itemFields(name, item)[0];
      if (first) document.getElementById(domId(idPrefix, first))?.focus();
    }
  }, [state.items, form, name, idPrefix]);

  if (!state.visible) return null;
  const max = repeat.maxItems;
  const onAdd = () => {
    const item = add();
    if (!item) return;
    focusItem.current = item;
    announce(text(locale, "forms.itemAdded", { item: repeat.label, n: state.items.length + 1 }));
  };
  const onRemove = (item: string, index: number) => {
    focusItem.current = "add";
    remove(item);
    announce(text(locale, "forms.itemRemoved", { item: repeat.label, n: index + 1 }));
  };
  const limitId = `${id}-limit`;
  return (
    <fieldset
      className="linli-repeat"
      id={id}
      tabIndex={-1}
      aria-describedby={
        [repeat.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") ||
        undefined
      }
    >
      <legend className="linli-label">{repeat.label}</legend>
      {repeat.hint ? (
        <p className="linli-hint" id={`${id}-hint`}>
          {repeat.hint}
        </p>
      ) : null}
      {state.items.map((item, index) => (
        <Item key={item} repeat={name} item={item} index={index} onRemove={onRemove} />
      ))}
      {error ? (
        <p className="linli-error" id={`${id}-error`}>
          {form.t(error.message)}
        </p>
      ) : null}
      <button
        type="button"
        ref={addButton}
        className="linli-button linli-button--secondary"
        disabled={!state.canAdd}
        aria-describedby={max !== undefined ? limitId : undefined}
        onClick={onAdd}
      >
        {text(locale, "forms.addItem", { item: repeat.label })}
      </button>
      {max !== undefined ? (
        <p className="linli-hint" id={limitId}>
          {text(locale, state.canAdd ? "forms.itemLimit" : "forms.itemLimitReached", {
            maximum: max,
          })}
        </p>
      ) : null}
    </fieldset>
  );
});
