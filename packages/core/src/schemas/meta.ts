import type { Localized } from "../i18n/types.js";
import type { OptionSpec, OptionWords } from "./choice.js";

/**
 * How personal a field is, after the usual privacy taxonomy:
 * - `direct`: identifies a person on its own (name, citizen ID, phone);
 * - `quasi`: identifies in combination (birth date, room number, sex);
 * - `sensitive`: special category data (health, disability, quarantine);
 * - `none`: not personal.
 */
export type PiiClass = "direct" | "quasi" | "sensitive" | "none";

/** The widget a form renders for a field. */
export type Widget =
  | "text"
  | "textarea"
  | "number"
  | "date"
  | "datetime"
  | "time"
  | "select"
  | "radio"
  | "checkboxes"
  | "tel"
  | "email"
  | "url"
  | "citizen-id"
  | "hidden";

/** Hints for form builders; none of them changes what data is valid. */
export interface FormHint {
  readonly widget?: Widget;
  /** HTML `inputmode`, e.g. `numeric` for IDs and phones on phone keyboards. */
  readonly inputMode?: "text" | "numeric" | "decimal" | "tel" | "email" | "url" | "search";
  /** HTML `autocomplete` token, e.g. `name`, `tel`, `bday`. */
  readonly autocomplete?: string;
  readonly placeholder?: Localized;
  /** A short help text shown under the field. */
  readonly hint?: Localized;
  /** Fields with the same group are rendered together under the group's label. */
  readonly group?: string;
  /** Position within the form; lower comes first. Fields without order follow schema order. */
  readonly order?: number;
  /** Leave the field out of generated forms (e.g. record metadata). */
  readonly hidden?: boolean;
}

/**
 * A flat spreadsheet column projected out of an array field, e.g. the citizen ID out of
 * `identifiers[]` (the identifier whose `scheme` is `cn-citizen-id`) or the second phone out
 * of `phones[]`.
 */
export interface ColumnProjection {
  /** Stable column key used in mappings, e.g. `citizenId`. */
  readonly key: string;
  /** Select the array element whose properties equal these values… */
  readonly match?: Readonly<Record<string, string>>;
  /** …or the element at this position among the elements that `match` selects. */
  readonly index?: number;
  /** The property of the element that the column holds. */
  readonly property: string;
  readonly label: Localized;
  readonly description?: Localized;
  readonly hxl?: string;
  readonly pii: PiiClass;
  readonly aliases?: readonly string[];
  readonly form?: FormHint;
}

/**
 * Metadata every field of the data model carries in zod's `.meta()`. It drives generated
 * JSON Schema keywords (`x-label`, `x-hxl`, `x-pii`, …), column mapping, forms, exports and
 * privacy profiles.
 */
export interface FieldMeta {
  readonly label: Localized;
  readonly description?: Localized;
  /** HXL hashtag with attributes, e.g. `#contact +phone`. */
  readonly hxl?: string;
  readonly pii: PiiClass;
  /** Column headers seen in real registers, Chinese and English, e.g. 姓名 名字 居民姓名 name. */
  readonly aliases?: readonly string[];
  readonly form?: FormHint;
  /**
   * Labels of enum options, in every locale. Given with synonyms and hints ({@link OptionSpec}),
   * {@link field} moves those into `vocabulary`.
   */
  readonly options?: Readonly<Record<string, OptionSpec>>;
  /**
   * Words and codes real files write for the options beyond their labels, per option: GB/T 4761
   * codes, 妻 for spouse, “Ms.” as a hint for female. Published as `x-vocabulary`.
   */
  readonly vocabulary?: Readonly<Record<string, OptionWords>>;
  /** Flat columns projected out of an array of objects. */
  readonly columns?: readonly ColumnProjection[];
  /** Plain-text rendering of an array of scalars in one cell uses this separator. */
  readonly separator?: string;
  /**
   * The value an import gives the field when a row has none, where that is honest (a need
   * without a status is open). Published as the JSON Schema `default`.
   */
  readonly default?: string | number | boolean;
}

/** Metadata of an entity as a whole. */
export interface EntityMeta {
  /** Stable identifier, also the JSON Schema file name: `resident` → `resident.schema.json`. */
  readonly entity: string;
  readonly label: Localized;
  readonly description: Localized;
  readonly hxl?: string;
  /**
   * The minimum that identifies a record, as alternatives of column keys: a record needs every
   * key of at least one alternative (a resident: `[["name"], ["citizenId"]]`, a name or a
   * citizen ID). An import rejects a row only when it lacks this minimum; any other unreadable
   * cell is withheld and the row kept.
   */
  readonly identity: readonly (readonly string[])[];
}

declare module "zod/v4/core" {
  interface GlobalMeta {
    label?: Localized;
    hxl?: string;
    pii?: PiiClass;
    aliases?: readonly string[];
    form?: FormHint;
    options?: Readonly<Record<string, Localized>>;
    vocabulary?: Readonly<Record<string, OptionWords>>;
    columns?: readonly ColumnProjection[];
    separator?: string;
    default?: unknown;
    entity?: string;
    identity?: readonly (readonly string[])[];
    /** zod keeps `description` a string; the localized one lives here. */
    descriptions?: Localized;
  }
}
