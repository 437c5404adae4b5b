import type {
  EntityName,
  EntityRecord,
  FormHint,
  Issue,
  Locale,
  Localized,
  PiiClass,
  Widget,
} from "@linli/core";
import type { Derivation } from "../derive/citizen-id.js";
import type { Rule } from "../rules/conditions.js";
import type { RawValue } from "../values/convert.js";

/**
 * An option of a choice field, labelled in the form's locale.
 *
 * @example
 * ```ts
 * import { createForm } from "@linli/forms";
 * createForm({ entity: "resident" }).field("gender").options?.[0]; // { value: "male", label: "男" }
 * ```
 */
export interface FieldOption {
  readonly value: string;
  readonly label: string;
  /**
   * Codes and synonyms of the option from the model's vocabulary (GB/T 4761 10, 妻 for
   * spouse), for a select that searches them or reads a pasted value.
   */
  readonly keywords?: readonly string[];
}

/**
 * A field of a form, described in the form's locale.
 *
 * @example
 * ```ts
 * import { createForm } from "@linli/forms";
 * const phone = createForm({ entity: "resident" }).field("phone");
 * phone.label; // "联系电话"
 * phone.widget; // "tel"
 * ```
 */
export interface FormField {
  readonly type: "field";
  /** State key: `name`, `quarantine.place`, or `household.members[i2].name` inside a repeat item. */
  readonly key: string;
  /** Column key at the top level, property name inside a repeat item. */
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly placeholder?: string;
  readonly widget: Widget;
  readonly inputMode?: FormHint["inputMode"];
  readonly autocomplete?: string;
  readonly options?: readonly FieldOption[];
  /** Several values may be chosen (checkboxes). */
  readonly multiple: boolean;
  /** Required by the schema whenever its enclosing object is filled in. */
  readonly required: boolean;
  readonly maxLength?: number;
  readonly group?: string;
  /** For a field inside a repeat item: the repeat and the item's key. */
  readonly repeat?: { readonly key: string; readonly item: string };
  readonly pii: PiiClass;
}

/**
 * A repeat group (e.g. household members), described in the form's locale.
 *
 * @example
 * ```ts
 * import { createForm } from "@linli/forms";
 * const members = createForm({ entity: "resident" }).repeat("household.members");
 * members.maxItems; // 50
 * members.fields.map((f) => f.key); // ["name", "relationship", "gender", …]
 * ```
 */
export interface FormRepeat {
  readonly type: "repeat";
  readonly key: string;
  readonly label: string;
  readonly hint?: string;
  readonly minItems: number;
  readonly maxItems?: number;
  /** The fields of one item; their `key` is the property name. */
  readonly fields: readonly FormField[];
  readonly group?: string;
  readonly pii: PiiClass;
}

/**
 * A node of a form's layout: a field, a repeat, or a group of them under one heading.
 *
 * @example
 * ```ts
 * import { createForm } from "@linli/forms";
 * createForm({ entity: "resident", fields: ["name", "address.room"] }).layout;
 * // [{ type: "field", key: "name" },
 * //  { type: "group", key: "address", label: "住址", children: [{ type: "field", key: "address.room" }] }]
 * ```
 */
export type LayoutNode =
  | { readonly type: "field"; readonly key: string }
  | { readonly type: "repeat"; readonly key: string }
  | {
      readonly type: "group";
      readonly key: string;
      readonly label: string;
      readonly children: readonly { type: "field" | "repeat"; key: string }[];
    };

/**
 * The state of one field. A new object whenever something in it changes.
 *
 * @example
 * ```ts
 * import { createForm } from "@linli/forms";
 * const form = createForm({ entity: "resident", fields: ["name"] });
 * form.blur("name");
 * form.get("name"); // { value: "", error: { code: "schema.required", … }, touched: true, … }
 * ```
 */
export interface FieldState {
  readonly value: RawValue;
  /** The current problem, shown once `touched`. */
  readonly error?: Issue;
  /** Left (blurred) or submitted at least once. */
  readonly touched: boolean;
  readonly visible: boolean;
  /** Required right now: by the schema inside a filled-in object, or by a rule. */
  readonly required: boolean;
  /** The value was filled in from another field (e.g. the citizen ID). */
  readonly derived: boolean;
}

/**
 * The state of a repeat. A new object whenever something in it changes.
 *
 * @example
 * ```ts
 * import { createForm } from "@linli/forms";
 * const form = createForm({ entity: "resident", fields: ["household.members"] });
 * form.add("household.members");
 * form.getRepeat("household.members").items; // ["i1"]
 * ```
 */
export interface RepeatState {
  /** Stable keys of the items, in order. */
  readonly items: readonly string[];
  readonly visible: boolean;
  readonly canAdd: boolean;
  readonly canRemove: boolean;
  readonly error?: Issue;
  readonly touched: boolean;
}

/**
 * A problem found on submit, tied to a field or repeat when one is responsible.
 *
 * @example
 * ```ts
 * import { createForm } from "@linli/forms";
 * const result = createForm({ entity: "resident", fields: ["name"] }).submit();
 * if (!result.ok) result.issues[0]; // { key: "name", issue: { code: "schema.required", … } }
 * ```
 */
export interface FormIssue {
  /** Field or repeat key, for a link to the control. */
  readonly key?: string;
  /** Where the field sits when its own label is not enough, e.g. the item 同住人员 2. */
  readonly context?: Localized;
  readonly issue: Issue;
}

/**
 * State of the form as a whole. Changes on submit, restore, reset and locale changes only.
 *
 * @example
 * ```ts
 * import { createForm } from "@linli/forms";
 * const form = createForm({ entity: "resident", fields: ["name"] });
 * form.submit();
 * form.getState(); // { locale: "zh-CN", submitCount: 1, status: "invalid", issues: [...], generation: 0 }
 * ```
 */
export interface FormState {
  readonly locale: Locale;
  readonly submitCount: number;
  /** Problems of the last submit, for an error summary. */
  readonly issues: readonly FormIssue[];
  readonly status: "editing" | "invalid" | "valid";
  /** Bumped on reset and restore, so views can re-mount fresh. */
  readonly generation: number;
}

/**
 * The outcome of a submit.
 *
 * @example
 * ```ts
 * import { createForm, type SubmitResult } from "@linli/forms";
 * const result: SubmitResult<unknown> = createForm({ entity: "need" }).submit();
 * result.ok; // false: a need has required fields
 * ```
 */
export type SubmitResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly FormIssue[] };

/**
 * A draft of a form: plain JSON, safe for `localStorage`.
 *
 * @example
 * ```ts
 * import { createForm } from "@linli/forms";
 * const form = createForm({ entity: "resident", fields: ["name"] });
 * form.set("name", "王伟");
 * localStorage.setItem("draft", JSON.stringify(form.snapshot()));
 * ```
 */
export interface FormSnapshot {
  readonly format: "linli-form-draft";
  readonly version: 1;
  readonly entity: string;
  readonly savedAt: string;
  readonly expiresAt: string;
  readonly values: Readonly<Record<string, RawValue>>;
  readonly items: Readonly<Record<string, readonly string[]>>;
  readonly touched: readonly string[];
  readonly derived: readonly string[];
  readonly next: number;
}

/**
 * Whether a draft was restored, or why not.
 *
 * @example
 * ```ts
 * import { createForm } from "@linli/forms";
 * const form = createForm({ entity: "resident" });
 * form.restore(JSON.parse(localStorage.getItem("draft") ?? "null")); // { ok: false, reason: "malformed" }
 * ```
 */
export type RestoreResult =
  | { readonly ok: true; readonly savedAt: string }
  | { readonly ok: false; readonly reason: "expired" | "other-form" | "malformed" };

/**
 * Options of {@link createForm}.
 *
 * @example
 * ```ts
 * import { createForm, type FormOptions } from "@linli/forms";
 * const options: FormOptions<"need"> = {
 *   entity: "need",
 *   locale: "en",
 *   fields: ["requesterName", "phone", "category", "items"],
 *   base: { status: "open" },
 * };
 * createForm(options);
 * ```
 */
export interface FormOptions<N extends EntityName = EntityName> {
  readonly entity: N;
  /** Language of labels and messages; default: the system language (`systemLocale` of @linli/core: in a browser, the reader's). */
  readonly locale?: Locale;
  /**
   * The fields and repeats to show, in order: column keys (`name`, `citizenId`,
   * `address.building`) and array paths (`household.members`, `items`). All fillable fields
   * of the entity when omitted.
   */
  readonly fields?: readonly string[];
  /** Conditional rules; {@link "@linli/forms"!defaultRules} of the entity when omitted. */
  readonly rules?: readonly Rule[];
  /** Derived values; a citizen ID fills birth date and sex next to it when omitted. */
  readonly derive?: readonly Derivation[];
  /** Lower (or, for tests, raise) the schema's maximum number of items of a repeat. */
  readonly maxItems?: Readonly<Record<string, number>>;
  /** Values of the record that the form does not show, e.g. `{ status: "open" }` for a need. */
  readonly base?: Readonly<Record<string, unknown>>;
  /** Initial values by field key. */
  readonly initial?: Readonly<Record<string, RawValue>>;
  /** How long a draft stays restorable; 24 hours unless told. */
  readonly draftTtlMs?: number;
  /** The clock, for tests. */
  readonly now?: () => Date;
  /** Record IDs; `crypto.randomUUID()` unless told. */
  readonly newId?: () => string;
}

/**
 * A headless form over one entity of the linli data model.
 *
 * @example
 * ```ts
 * import { createForm, type Form } from "@linli/forms";
 * const form: Form<"resident"> = createForm({ entity: "resident" });
 * const stop = form.subscribe("name", () => console.log(form.get("name").value));
 * form.set("name", "王伟"); // logs "王伟"
 * stop();
 * ```
 */
export interface Form<N extends EntityName = EntityName> {
  readonly entity: N;
  readonly locale: Locale;
  /** Switch the language of labels; values stay. */
  setLocale(locale: Locale): void;
  /** A text in the form's locale. */
  t(text: Localized): string;
  /** Top-level fields and repeats, in order. */
  readonly layout: readonly LayoutNode[];
  /** A field by key, including fields of repeat items (`household.members[i1].name`). */
  field(key: string): FormField;
  /** A repeat group by key, e.g. `household.members`. */
  repeat(key: string): FormRepeat;
  /** A field's current state: value, problem, touched; the same object until it changes. */
  get(key: string): FieldState;
  /** A repeat's current state: its item keys and problem. */
  getRepeat(key: string): RepeatState;
  /** The form's state as a whole: locale, submits, status, issues. */
  getState(): FormState;
  /** Change a field's value, as typed or chosen. */
  set(key: string, value: RawValue): void;
  /** The field was left: its problem may be shown now. */
  blur(key: string): void;
  /** Add an item to a repeat; its key, or `undefined` at the maximum. */
  add(repeat: string): string | undefined;
  /** Remove an item of a repeat by its key. */
  remove(repeat: string, item: string): void;
  /** Field keys of one repeat item. */
  itemFields(repeat: string, item: string): readonly string[];
  /** Listen to one field or repeat; returns the unsubscribe function. */
  subscribe(key: string, listener: () => void): () => void;
  /** Listen to form-level state (submit, reset, restore, locale). */
  subscribeForm(listener: () => void): () => void;
  /** Listen to every change of any value (e.g. to save drafts). */
  onChange(listener: () => void): () => void;
  /** The record the form holds now, without `meta`, unvalidated. */
  values(): Record<string, unknown>;
  /** Check everything, mark every field touched and build the record. */
  submit(): SubmitResult<EntityRecord<N>>;
  /** Empty the form. */
  reset(): void;
  /** What has been typed, as plain JSON with an expiry, for a draft. */
  snapshot(): FormSnapshot;
  /** Put a draft back; refuses expired, malformed and other forms' drafts. */
  restore(snapshot: unknown): RestoreResult;
}
