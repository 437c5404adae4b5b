/**
 * XLSForm and ODK XForm for the linli model: field teams collecting with ODK Collect,
 * KoboToolbox or Enketo fill forms made from the same metadata as linli's own forms, and
 * their submissions import back into linli.
 *
 * @example
 * ```ts
 * import { xform, xlsForm } from "@linli/forms/xlsform";
 * const form = xlsForm({ entity: "resident" });
 * const xml = xform(form);
 * ```
 *
 * @module
 */
export { LANGUAGES, xlsForm, xlsFormSheets } from "./xlsform/build.js";
export { type XlsFormMessageCode, xlsFormMessage } from "./xlsform/messages.js";
export type { XlsForm, XlsFormOptions, XlsFormSheet } from "./xlsform/types.js";
export { xform } from "./xlsform/xform.js";
