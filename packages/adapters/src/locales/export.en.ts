import type { MessageTemplate } from "@linli/core";

/**
 * English texts of @linli/adapters export, entry templates and reports. The keys here
 * define the codes.
 */
export const exportEn = {
  "export.lateExtra":
    "{count, plural, one {# record has} other {# records have}} unmapped source columns first seen after the header was written ({headers}); those cells were left out. Pass extraHeaders to keep them",
  "export.sheetFull":
    "Sheet “{sheet}” is full at {rows, plural, one {# row} other {# rows}}; the records continue on sheet “{next}”",
  "hsds.email": "{where}: “{value}” is not an email address HSDS accepts; left out",
  "hsds.url": "{where}: “{value}” is not a web address HSDS accepts; left out",
  "hsds.location": "Service “{service}”: no location with the ID “{location}” was given; left out",
  "hsds.identifier.cn-uscc": "Unified social credit code",
  "hsds.identifier.cn-org-code": "Organisation code",
  "hsds.identifier.other": "Other identifier",
  "report.json": "The report definition is not valid JSON: {detail}",
  "report.notReport":
    '{path}: not a linli report definition; expected an object with "linli": "report" and "version": 1',
  "report.expected": "{path}: expected {expected}",
  "report.unknownKey": "{path}: unknown key “{key}”; expected one of: {keys}",
  "report.entity": "{path}: unknown entity “{entity}”; expected one of: {entities}",
  "report.field": "{path}: “{field}” is no field of {entity}; fields are named like {examples}",
  "report.value": "{path}: not a value; expected a field name or an object with one of: {kinds}",
  "report.param": "{path}: “{name}” is no parameter of this report; its parameters: {names}",
  "report.sheetType": "{path}: a sheet's type is “list” or “groupBy”",
  "report.pivotMeasures": "{path}: a cross-table (with columns) takes one measure",
  "report.missingParam": "Report “{report}” needs the parameter “{name}” ({label})",
  "report.kind.text": "text (or text per language: zh-CN, en)",
  "report.kind.list": "a non-empty list",
  "report.kind.object": "an object",
  "report.kind.number": "a whole number",
  "report.kind.boolean": "true or false",
  "report.kind.literal": "text, a number or true/false",
  "report.kind.condition": "a condition (field and test, or all/any/not)",
  "report.count": "Count",
  "report.total": "Total",
  "report.blank": "(blank)",
  "report.suppressed":
    "Counts marked “{placeholder}” are hidden: those below {min}, and others hidden with them so that they cannot be worked out from the totals.",
  "report.flagged":
    "Counts below {min} are highlighted: check them before the table leaves the office.",
  "template.sheet.lists": "Lists",
  "template.sheet.instructions": "Instructions",
  "template.title": "{entity} entry template: how to fill it in",
  "template.rule.header":
    "1. Enter one {entity} per row on the sheet “{sheet}”, from row 2 down. Do not change, move or delete the header row.",
  "template.rule.required": "2. Columns with a red header must be filled in: {required}.",
  "template.rule.choices":
    "3. Columns with a dropdown take one of its choices; where several are allowed, separate them with “{separator}”.",
  "template.rule.text":
    "4. ID and phone columns are formatted as text, so long numbers are kept exactly; do not change the cell format.",
  "template.rule.dates": "5. Write dates as {example}.",
  "template.rule.hints": "6. Select a cell to see what goes in its column.",
  "template.col.column": "Column",
  "template.col.required": "Required",
  "template.col.format": "What to enter",
  "template.col.choices": "Choices",
  "template.col.example": "Example",
  "template.yes": "Yes",
  "template.kind.text": "Text",
  "template.kind.textMax": "Text, at most {max, plural, one {# character} other {# characters}}",
  "template.kind.choice": "One choice from the list",
  "template.kind.multi": "One or more choices, separated by “{separator}”",
  "template.kind.date": "Date, e.g. {example}",
  "template.kind.datetime": "Date and time, e.g. {example}",
  "template.kind.citizenId": "18-character citizen ID (the last may be X), kept as text",
  "template.kind.phone": "Mobile (11 digits) or landline with area code, kept as text",
  "template.kind.code": "Code, kept as text",
  "template.kind.integer": "Whole number",
  "template.kind.number": "Number",
  "template.kind.range": "{kind} from {min} to {max}",
  "template.kind.list": "Several entries, separated by “{separator}”",
  "template.prompt.required": "Required. ",
  "template.error.choice": "Choose a value from the dropdown list",
  "template.error.date": "Enter a date such as {example}",
  "template.error.number": "Enter a number",
  "template.error.length": "Check the number of characters",
} as const satisfies Record<string, MessageTemplate>;

/** A code of the export, template and report texts. */
export type ExportMessageCode = keyof typeof exportEn;
