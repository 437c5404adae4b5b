import type { Column, FormHint, Localized, Node, PiiClass, Widget } from "@linli/core";
import type { $ZodType } from "zod/v4/core";

/** One enclosing object of a field and whether its parent requires it. */
export interface Scope {
  readonly path: string;
  readonly required: boolean;
}

/** Everything the model knows about one fillable field, in every locale. */
export interface FieldSpec {
  /** Column key at the top level (`name`, `citizenId`, `quarantine.place`); property key in a repeat item. */
  readonly name: string;
  /** Path of the value in the record (for projected columns: of their array). */
  readonly path: readonly string[];
  readonly column?: Column;
  readonly node: Node;
  readonly schema: $ZodType;
  readonly label: Localized;
  readonly hint?: Localized;
  readonly placeholder?: Localized;
  readonly widget: Widget;
  readonly inputMode?: FormHint["inputMode"];
  readonly autocomplete?: string;
  readonly options?: readonly {
    readonly value: string;
    readonly label: Localized;
    /** Codes and synonyms of the option (the field's vocabulary), for search and paste. */
    readonly keywords?: readonly string[];
  }[];
  readonly multiple: boolean;
  /** Required whenever every enclosing object is present. */
  readonly required: boolean;
  /** The enclosing objects, outermost first. */
  readonly scopes: readonly Scope[];
  readonly group?: string;
  readonly groupLabel?: Localized;
  readonly order?: number;
  readonly pii: PiiClass;
  /** HXL hashtag with attributes, e.g. `#contact +phone`. */
  readonly hxl?: string;
}

/** A list of objects filled item by item, e.g. the members of a household. */
export interface RepeatSpec {
  readonly name: string;
  readonly path: readonly string[];
  readonly node: Node;
  readonly schema: $ZodType;
  readonly label: Localized;
  readonly hint?: Localized;
  readonly minItems: number;
  readonly maxItems?: number;
  readonly required: boolean;
  readonly scopes: readonly Scope[];
  readonly item: readonly FieldSpec[];
  readonly group?: string;
  readonly groupLabel?: Localized;
  readonly order?: number;
  readonly pii: PiiClass;
}

export type Spec = FieldSpec | RepeatSpec;

export const isRepeat = (s: Spec): s is RepeatSpec => "item" in s;
