import type { Column, Locale } from "@linli/core";
import { isDateColumn, optionsOf } from "../export/cells.js";
import { exportMessage } from "../export/messages.js";
import type { XlsxStyle, XlsxValidation } from "../xlsx/write-types.js";

/** How one column of an entry template is filled in, checked and explained. */
export interface ColumnRule {
  /** What to enter, in the template's language. */
  readonly format: string;
  /** Labels of the choices, for a dropdown list. */
  readonly choices?: readonly string[];
  readonly multi: boolean;
  readonly example?: string;
  /** The rule without its range (and, for lists, without the source). */
  readonly validation?: Omit<XlsxValidation, "range">;
  /** Default style of the column's cells. */
  readonly style?: XlsxStyle;
}

const EXAMPLE_DATE = "1985-03-02";
const EXAMPLE_DATETIME = "2022-01-05 08:30";
const MIN_SERIAL = 61; // 1900-03-01
const MAX_SERIAL = 73050; // 2099-12-31

const isCitizenId = (c: Column) => c.key === "citizenId" || c.key.endsWith(".citizenId");
const isPhone = (c: Column) => c.form?.widget === "tel" || (c.hxl?.includes("+phone") ?? false);

/** The rule of a column in a language. */
export function columnRule(column: Column, lang: Locale): ColumnRule {
  const t = (code: Parameters<typeof exportMessage>[0], params = {}) =>
    exportMessage(code, params)[lang];
  const node = column.node;
  const item = node.kind === "array" ? node.item : node;
  const options = optionsOf(column);
  const separator = column.separator ?? "、";
  const placeholder = column.form?.placeholder?.[lang];

  if (item.kind === "enum") {
    const choices = item.values.map((v) => options?.[v]?.[lang] ?? v);
    const multi = node.kind === "array";
    return {
      format: multi ? t("template.kind.multi", { separator }) : t("template.kind.choice"),
      choices,
      multi,
      example: multi ? choices.slice(0, 2).join(separator) : choices[0]!,
      validation: {
        type: "list",
        // Several choices in one cell do not match one list item: accept them after a note.
        error: { text: t("template.error.choice"), style: multi ? "information" : "stop" },
      },
      style: { numFmt: "text" },
    };
  }
  if (node.kind === "array") {
    return {
      format: t("template.kind.list", { separator }),
      multi: true,
      ...(placeholder ? { example: placeholder } : {}),
      style: { numFmt: "text" },
    };
  }
  if (isDateColumn(column)) {
    return {
      format: t("template.kind.date", { example: EXAMPLE_DATE }),
      multi: false,
      example: EXAMPLE_DATE,
      validation: {
        type: "date",
        operator: "between",
        min: MIN_SERIAL,
        max: MAX_SERIAL,
        // Dates typed as text (1985年3月2日) are read on import too: warn, do not refuse.
        error: { text: t("template.error.date", { example: EXAMPLE_DATE }), style: "warning" },
      },
      style: { numFmt: "date" },
    };
  }
  if (node.kind === "string" && node.format === "date-time") {
    return {
      format: t("template.kind.datetime", { example: EXAMPLE_DATETIME }),
      multi: false,
      example: EXAMPLE_DATETIME,
      style: { numFmt: "text" },
    };
  }
  if (node.kind === "number") {
    const kind = node.integer ? t("template.kind.integer") : t("template.kind.number");
    const { minimum: min, maximum: max } = node;
    return {
      format:
        min !== undefined && max !== undefined
          ? t("template.kind.range", { kind, min, max })
          : kind,
      multi: false,
      validation: {
        type: node.integer ? "whole" : "decimal",
        ...(min !== undefined && max !== undefined
          ? { operator: "between" as const, min, max }
          : min !== undefined
            ? { operator: "greaterThanOrEqual" as const, min }
            : { operator: "between" as const, min: -1e15, max: 1e15 }),
        error: { text: t("template.error.number"), style: "warning" },
      },
    };
  }
  if (isCitizenId(column)) {
    return {
      format: t("template.kind.citizenId"),
      multi: false,
      example: "11010519491231002X",
      validation: {
        type: "textLength",
        operator: "between",
        min: 15,
        max: 18,
        error: { text: t("template.error.length"), style: "warning" },
      },
      style: { numFmt: "text" },
    };
  }
  if (isPhone(column)) {
    return {
      format: t("template.kind.phone"),
      multi: false,
      example: "13800138000",
      validation: {
        type: "textLength",
        operator: "between",
        min: 5,
        max: 20,
        error: { text: t("template.error.length"), style: "warning" },
      },
      style: { numFmt: "text" },
    };
  }
  const max = node.kind === "string" ? node.maxLength : undefined;
  const coded = node.kind === "string" && node.patterns.length > 0;
  return {
    format: coded
      ? t("template.kind.code")
      : max !== undefined
        ? t("template.kind.textMax", { max })
        : t("template.kind.text"),
    multi: false,
    ...(placeholder ? { example: placeholder } : {}),
    ...(max !== undefined
      ? {
          validation: {
            type: "textLength" as const,
            operator: "lessThanOrEqual" as const,
            min: max,
            error: { text: t("template.error.length"), style: "warning" as const },
          },
        }
      : {}),
    style: { numFmt: "text" },
  };
}
