import type { EntityName, Locale } from "@linli/core";
import type { Rule } from "../rules/conditions.js";

/** One sheet of an XLSForm: the header row first, then one row per question, choice or setting. */
export type XlsFormSheet = readonly (readonly string[])[];

/**
 * An XLSForm as data: the `survey`, `choices` and `settings` sheets. Write it with any XLSX
 * writer (`writeXlsx(xlsFormSheets(form))` from `@linli/adapters`), or turn it into an ODK
 * XForm with {@link xform}.
 *
 * @example
 * ```ts
 * import { type XlsForm, xlsForm } from "@linli/forms/xlsform";
 * const form: XlsForm = xlsForm({ entity: "resident" });
 * form.survey[0]; // ["type", "name", "label::Chinese (zh)", "label::English (en)", …]
 * ```
 */
export interface XlsForm {
  readonly survey: XlsFormSheet;
  readonly choices: XlsFormSheet;
  readonly settings: XlsFormSheet;
}

/**
 * Options of {@link xlsForm}.
 *
 * @example
 * ```ts
 * import type { XlsFormOptions } from "@linli/forms/xlsform";
 * const options: XlsFormOptions = { entity: "resident", fields: ["name", "citizenId", "household.members"] };
 * ```
 */
export interface XlsFormOptions<N extends EntityName = EntityName> {
  readonly entity: N;
  /** Fields and repeats, as for `createForm`; every field the metadata shows unless told. */
  readonly fields?: readonly string[];
  /** Rules, as for `createForm`; `defaultRules(entity)` unless told. */
  readonly rules?: readonly Rule[];
  /** `form_id`; `linli_<entity>` unless told. */
  readonly formId?: string;
  /** `version`; the data model's version unless told. */
  readonly version?: string;
  /** `form_title`; the entity's labels in both languages unless told. */
  readonly title?: string;
  /** The language shown first (`default_language`); the system's (`systemLocale()`) unless told. */
  readonly defaultLanguage?: Locale;
}
