/** English messages of @linli/forms. The keys here define the set of form message codes. */
export const en = {
  "forms.submit": "Submit",
  "forms.submitting": "Submitting…",
  "forms.submitted": "Submitted. Thank you.",
  "forms.required": "required",
  "forms.choose": "Choose…",
  "forms.addItem": "Add {item}",
  "forms.removeItem": "Remove {item} {n}",
  "forms.itemTitle": "{item} {n}",
  "forms.itemAdded": "{item} {n} added",
  "forms.itemRemoved": "{item} {n} removed",
  "forms.itemLimit": "Up to {maximum}",
  "forms.itemLimitReached": "The maximum of {maximum} is reached",
  "forms.errorSummary": "There is a problem",
  "forms.errorCount": "Fix {count} problem(s) before submitting:",
  "forms.derivedFromCitizenId": "Filled in from the citizen ID",
  "forms.appendX": "Type the check character X",
  "forms.clearDraft": "Clear draft",
  "forms.draftRestored": "The draft saved at {time} on this device has been restored.",
  "forms.draftCleared": "The draft has been deleted from this device and the form emptied.",
  "forms.draftNotice": "What you type is kept as a draft on this device until you submit.",
  "forms.unknownField": 'The {entity} form has no field "{field}"; expected one of {expected}',
  "forms.unsupportedField": 'The field "{field}" of {entity} cannot be shown in a form',
  "forms.duplicateField": 'The field "{field}" is listed twice',
} as const;

/**
 * A message code of @linli/forms.
 *
 * @example
 * ```ts
 * import { type FormMessageCode, formMessage } from "@linli/forms";
 * const code: FormMessageCode = "forms.clearDraft";
 * formMessage(code).en; // "Clear draft"
 * ```
 */
export type FormMessageCode = keyof typeof en;
