import {
  type Column,
  type EntityName,
  entities,
  entityNames,
  expectArgument,
  expectEntity,
  identityColumns,
  type Locale,
  systemLocale,
} from "@linli/core";
import { entityLabel } from "../export/export-records.js";
import { columnWidth, defaultColumns, displayWidth, headerTexts } from "../export/headers.js";
import { chosenColumns } from "../export/layout.js";
import { exportMessage } from "../export/messages.js";
import { writeXlsx } from "../xlsx/write.js";
import type {
  XlsxCell,
  XlsxColumn,
  XlsxSheet,
  XlsxStyle,
  XlsxValidation,
} from "../xlsx/write-types.js";
import { absoluteRef, cellRef, columnLetter } from "../xlsx/write-xml.js";
import { type ColumnRule, columnRule } from "./rules.js";

/**
 * Options of {@link template}.
 *
 * @example
 * ```ts
 * import type { TemplateOptions } from "@linli/adapters";
 * const options: TemplateOptions = { lang: "zh-CN", columns: ["name", "gender", "citizenId", "phone"] };
 * ```
 */
export interface TemplateOptions {
  /** Language of headers, choices and instructions. Default: the system language (`systemLocale()` of @linli/core). */
  readonly lang?: Locale;
  /**
   * Column keys, in order. Default: every field people fill in (record metadata,
   * coordinates, country, division code and postcode left out).
   */
  readonly columns?: readonly string[];
  /** Rows below the header that get dropdowns and checks. Default 5000. */
  readonly rows?: number;
}

const LEFT_OUT = new Set(["country", "divisionCode", "postcode"]);

/**
 * The columns of an entry template by default.
 *
 * @example
 * ```ts
 * import { templateColumns } from "@linli/adapters";
 * templateColumns("resident").map((c) => c.key); // ["name", "gender", "birthDate", …]
 * ```
 */
export function templateColumns(entity: EntityName): readonly Column[] {
  expectEntity("templateColumns", "entity", entity);
  return defaultColumns(entity).filter(
    (c) =>
      !c.key.startsWith("meta.") &&
      !c.form?.hidden &&
      !c.path.includes("geo") &&
      !LEFT_OUT.has(c.path[c.path.length - 1]!),
  );
}

const HEAD: XlsxStyle = {
  bold: true,
  fill: "DDEBF7",
  border: true,
  align: "center",
  valign: "center",
  wrap: true,
};
const HEAD_REQUIRED: XlsxStyle = { ...HEAD, fill: "FCE4D6", color: "C00000" };
const TITLE: XlsxStyle = { bold: true, size: 14 };
const TABLE_HEAD: XlsxStyle = { bold: true, fill: "F2F2F2", border: true, valign: "top" };
const TABLE: XlsxStyle = { border: true, valign: "top", wrap: true };

/**
 * An XLSX entry template for an entity: a sheet with the header row (labels that import with
 * no mapping questions, required columns in red), dropdown lists for every choice field,
 * checks on dates, numbers and lengths, an input message on every column, ID and phone
 * columns formatted as text, the header frozen; an instructions sheet explaining every
 * column; and a hidden sheet holding the dropdown choices. A filled template imports with
 * `importFile(bytes, { entity })` as it is.
 *
 * @example
 * ```ts
 * import { template } from "@linli/adapters";
 * const bytes = template("resident", { lang: "zh-CN" });
 * // save as 居民信息录入模板.xlsx and hand it to building managers
 * ```
 */
export function template(entity: EntityName, options: TemplateOptions = {}): Uint8Array {
  expectEntity("template", "entity", entity);
  expectArgument("template", "options", "options", options);
  if (!(entityNames as readonly string[]).includes(entity)) {
    throw new RangeError(
      `template: unknown entity "${entity}"; use one of ${entityNames.join(", ")}`,
    );
  }
  const lang = options.lang ?? systemLocale();
  const rows = options.rows ?? 5000;
  // The first way to identify a record (a resident's name) is asked for as a required column.
  const asked = new Set((identityColumns(entities[entity])[0] ?? []).map((c) => c.key));
  const cols = (
    options.columns ? chosenColumns(entity, options.columns) : templateColumns(entity)
  ).map((c) => (asked.has(c.key) && !c.required ? { ...c, required: true } : c));
  const headers = headerTexts(entity, lang);
  const t = (code: Parameters<typeof exportMessage>[0], params = {}) =>
    exportMessage(code, params)[lang];
  const label = entityLabel(entity, lang);
  const dataName = label;
  const listsName = t("template.sheet.lists");
  const rules = cols.map((c) => columnRule(c, lang));
  const header = cols.map((c) => headers.get(c.key) ?? c.label[lang]);

  // Choices go into a hidden sheet, one column each, and dropdowns refer to them by name.
  const names: { name: string; ref: string }[] = [];
  const listColumns: (readonly string[])[] = [];
  const validations: XlsxValidation[] = [];
  cols.forEach((c, i) => {
    const rule = rules[i]!;
    const range = cellRef(1, i, rows, i);
    const prompt = {
      title: header[i]!.slice(0, 32),
      text: promptText(c, rule, lang),
    };
    if (rule.choices) {
      const li = listColumns.length;
      listColumns.push(rule.choices);
      const name = `linli_${c.key.replace(/[^A-Za-z0-9]/g, "_")}`;
      names.push({
        name,
        ref: absoluteRef(listsName, cellRef(0, li, rule.choices.length - 1, li)),
      });
      validations.push({ ...rule.validation!, range, source: name, prompt });
    } else if (rule.validation) {
      validations.push({ ...rule.validation, range, prompt });
    } else {
      validations.push({ type: "any", range, prompt });
    }
  });

  const columns: XlsxColumn[] = cols.map((c, i) => ({
    width: columnWidth(c, header[i]!, lang),
    ...(rules[i]!.style ? { style: rules[i]!.style } : {}),
  }));
  const data: XlsxSheet = {
    name: dataName,
    rows: [header.map((h, i) => ({ value: h, style: cols[i]!.required ? HEAD_REQUIRED : HEAD }))],
    columns,
    freeze: { rows: 1 },
    heights: { 0: 30 },
    validations,
  };
  const longest = listColumns.reduce((m, l) => Math.max(m, l.length), 0);
  const lists: XlsxSheet = {
    name: listsName,
    rows: Array.from({ length: longest }, (_, r) => listColumns.map((l) => l[r])),
    hidden: true,
  };
  return writeXlsx([data, instructions(entity, cols, header, rules, lang, dataName), lists], {
    names,
  });
}

function promptText(column: Column, rule: ColumnRule, lang: Locale): string {
  const required = column.required ? exportMessage("template.prompt.required")[lang] : "";
  const about = column.form?.hint?.[lang] ?? column.description?.[lang];
  return `${required}${rule.format}${about ? `\n${about}` : ""}`;
}

function instructions(
  entity: EntityName,
  cols: readonly Column[],
  header: readonly string[],
  rules: readonly ColumnRule[],
  lang: Locale,
  sheet: string,
): XlsxSheet {
  const t = (code: Parameters<typeof exportMessage>[0], params = {}) =>
    exportMessage(code, params)[lang];
  const label = entityLabel(entity, lang);
  const required = header.filter((_, i) => cols[i]!.required);
  const sep = lang === "zh-CN" ? "、" : ", ";
  const rows: XlsxCell[][] = [
    [{ value: t("template.title", { entity: label }), style: TITLE }],
    [],
    [t("template.rule.header", { entity: label, sheet })],
    ...(required.length > 0
      ? [[t("template.rule.required", { required: required.join(sep) })]]
      : []),
    [t("template.rule.choices", { separator: "、" })],
    [t("template.rule.text")],
    [t("template.rule.dates", { example: "1985-03-02" })],
    [t("template.rule.hints")],
    [],
  ];
  const tableStart = rows.length;
  const heads = ["column", "required", "format", "choices", "example"] as const;
  rows.push(heads.map((h) => ({ value: t(`template.col.${h}`), style: TABLE_HEAD })));
  cols.forEach((c, i) => {
    const r = rules[i]!;
    const about = c.form?.hint?.[lang] ?? c.description?.[lang];
    rows.push(
      [
        header[i],
        c.required ? t("template.yes") : "",
        about ? `${r.format}\n${about}` : r.format,
        r.choices?.join(sep) ?? "",
        r.example ?? "",
      ].map((value) => ({ value, style: TABLE })),
    );
  });
  const widthOf = (k: number, min: number, max: number) =>
    Math.max(
      min,
      rows.slice(tableStart).reduce((m, r) => Math.min(m, cellWidth(r[k])), max),
    );
  return {
    name: t("template.sheet.instructions"),
    rows,
    columns: [
      { width: widthOf(0, 12, 24) },
      { width: 8 },
      { width: 40, style: { wrap: true } },
      { width: 36, style: { wrap: true } },
      { width: widthOf(4, 12, 24) },
    ],
    merges: [`A1:${columnLetter(4)}1`],
  };
}

function cellWidth(cell: XlsxCell | undefined): number {
  const v = typeof cell === "object" && cell !== null ? cell.value : cell;
  return typeof v === "string" ? displayWidth(v) + 2 : 8;
}
