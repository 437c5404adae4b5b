import type { Localized } from "@linli/core";
import type { FieldSpec, RepeatSpec } from "../fields/spec.js";
import type { FormField, FormRepeat } from "./types.js";

type T = (l: Localized) => string;

/** A field spec in one locale. */
export function resolveField(
  spec: FieldSpec,
  t: T,
  key = spec.name,
  repeat?: { key: string; item: string },
): FormField {
  const maxLength = spec.node.kind === "string" ? spec.node.maxLength : undefined;
  // Personal autofill tokens would fill every household member with the user's own name.
  const autocomplete = repeat && spec.autocomplete ? "off" : spec.autocomplete;
  return {
    type: "field",
    key,
    name: spec.name,
    label: t(spec.label),
    ...(spec.hint ? { hint: t(spec.hint) } : {}),
    ...(spec.placeholder ? { placeholder: t(spec.placeholder) } : {}),
    widget: spec.widget,
    ...(spec.inputMode ? { inputMode: spec.inputMode } : {}),
    ...(autocomplete ? { autocomplete } : {}),
    ...(spec.options
      ? {
          options: spec.options.map((o) => ({
            value: o.value,
            label: t(o.label),
            ...(o.keywords ? { keywords: o.keywords } : {}),
          })),
        }
      : {}),
    multiple: spec.multiple,
    required: spec.required,
    ...(maxLength !== undefined ? { maxLength } : {}),
    ...(spec.group ? { group: spec.group } : {}),
    ...(repeat ? { repeat } : {}),
    pii: spec.pii,
  };
}

/** A repeat spec in one locale. */
export function resolveRepeat(spec: RepeatSpec, t: T, maxItems: number | undefined): FormRepeat {
  return {
    type: "repeat",
    key: spec.name,
    label: t(spec.label),
    ...(spec.hint ? { hint: t(spec.hint) } : {}),
    minItems: spec.minItems,
    ...(maxItems !== undefined ? { maxItems } : {}),
    fields: spec.item.map((f) => resolveField(f, t)),
    ...(spec.group ? { group: spec.group } : {}),
    pii: spec.pii,
  };
}
