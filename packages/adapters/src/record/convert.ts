import {
  type Column,
  checkCitizenId,
  checkPhone,
  chineseNumeral,
  compactCitizenId,
  type Issue,
  isMaskedName,
  type Localized,
  type Node,
  normalizeName,
  normalizeText,
  parseDate,
  parseDateTime,
  parsePartialDate,
  parsePhones,
  type Severity,
  toHalfWidth,
  type UnitPartKind,
  unitPart,
} from "@linli/core";
import { adapterMessage } from "../messages.js";
import { countryCode } from "./country.js";
import { enumConverter } from "./enum.js";
import { canonicalCitizenId, isoDate } from "./fast-paths.js";

/** The outcome of converting one cell: a value (maybe with warnings), or problems. */
export type CellOutcome =
  | { readonly ok: true; readonly value: unknown; readonly warnings?: readonly CellProblem[] }
  | { readonly ok: false; readonly problems: readonly CellProblem[] };

/** A problem with a cell's text, without yet knowing where the cell is. */
export interface CellProblem {
  readonly code: string;
  readonly severity: Severity;
  readonly detail: Localized;
}

/** The user's words for a choice column's values: `{ spouse: ["老伴"] }`. */
export type UserWords = Readonly<Record<string, readonly string[]>>;

/** Turns the text of a cell into the value of one column. */
export type CellConverter = (text: string) => CellOutcome;

const fromIssue = (i: Issue, severity = i.severity): CellProblem => ({
  code: i.code,
  severity,
  detail: i.message,
});
const problem = (
  code: Parameters<typeof adapterMessage>[0],
  params: Record<string, string | number | Localized>,
): CellProblem => ({
  code,
  severity: "error",
  detail: adapterMessage(code, params),
});
const fail = (problems: CellProblem[]): CellOutcome => ({ ok: false, problems });
const okValue = (value: unknown, warnings?: readonly Issue[]): CellOutcome =>
  warnings && warnings.length > 0
    ? { ok: true, value, warnings: warnings.map((w) => fromIssue(w)) }
    : { ok: true, value };

const MOBILE = /^1[3-9]\d{9}$/;
const PHONE_LABEL: Localized = { "zh-CN": "电话号码", en: "a phone number" };
const CITIZEN = /^\d{17}[\dX]$/;

function citizenId(text: string): CellOutcome {
  const canonical = canonicalCitizenId(text);
  if (canonical !== undefined) return { ok: true, value: canonical };
  const r = checkCitizenId(text);
  if (r.ok) return okValue(r.value, r.warnings);
  // A wrong check character is often a typo in one digit: keep the ID with a warning, as
  // the record is still usable and the person can be asked.
  const checksum = r.issues.find((i) => i.code === "citizenId.checksum");
  const compact = compactCitizenId(text);
  if (checksum && r.issues.length === 1 && CITIZEN.test(compact)) {
    return { ok: true, value: compact, warnings: [fromIssue(checksum, "warning")] };
  }
  return fail(r.issues.map((i) => fromIssue(i)));
}

/** A number Excel showed in scientific notation: its digits are lost (1.38001E+10). */
const SCIENTIFIC = /^\s*\d+(?:[.,]\d+)?E\+?\d{1,3}\s*$/i;

function damaged(text: string, field: Localized): CellOutcome | undefined {
  return SCIENTIFIC.test(text)
    ? fail([problem("cell.damagedNumber", { value: text.trim(), field })])
    : undefined;
}

/** Digits with a decimal tail of zeros, as a script or a float column writes 13800138000. */
const FLOAT_TAIL = /^\s*(\d+)\.0+\s*$/;

/**
 * `convert` for a column of digits (IDs, phones, dates, codes) that also reads the digits of
 * `13800138000.0`, with a warning: a decimal tail of zeros is left by a spreadsheet or a script
 * (pandas) that held the column as numbers, and no such value has one of its own.
 */
function digitsOf(convert: CellConverter, patterns?: readonly RegExp[]): CellConverter {
  return (text) => {
    // Most cells have no decimal point: no pattern run for them.
    const m = text.indexOf(".") < 0 ? null : FLOAT_TAIL.exec(text);
    // A code whose own form has a decimal point keeps it.
    if (!m || patterns?.some((p) => p.test(text.trim()))) return convert(text);
    const r = convert(m[1]!);
    if (!r.ok) return r;
    const tail = problem("cell.floatTail", { value: text.trim(), read: m[1]! });
    return {
      ok: true,
      value: r.value,
      warnings: [{ ...tail, severity: "warning" }, ...(r.warnings ?? [])],
    };
  };
}

/**
 * A phone cell: one number as a string (its kind follows from it), or, for a cell with names,
 * notes or several numbers (江老师 13971986663；0711-3251382（值班）), the phones it holds.
 * Numbers without a country code are read in `country`'s plan (default China).
 */
function phoneIn(country: string | undefined): CellConverter {
  const options = country ? { defaultCountry: country } : {};
  const china = country === undefined || country.toUpperCase() === "CN";
  return (text) => {
    const t = text.trim();
    if (china && MOBILE.test(t)) return { ok: true, value: t };
    const lost = damaged(t, PHONE_LABEL);
    if (lost) return lost;
    const r = checkPhone(text, options);
    if (r.ok) return okValue(r.value, r.warnings);
    const cell = parsePhones(text, options);
    if (!cell.ok) return fail(r.issues.map((i) => fromIssue(i)));
    const [only, ...more] = cell.value;
    if (more.length === 0 && only && !only.name && !only.note) {
      return okValue(only.number, cell.warnings);
    }
    return okValue(cell.value, cell.warnings);
  };
}
const phone = phoneIn(undefined);

/** What converters need besides the column: where phone numbers without a country code are from. */
export interface ConverterOptions {
  readonly phoneCountry?: string;
}

/** How many texts an array converter remembers. */
const LEARN = 4096;

const key = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

function numberConverter(integer: boolean, field: Localized): CellConverter {
  return (text) => {
    let t = toHalfWidth(text).trim().replace(/[,\s]/g, "");
    const n0 = chineseNumeral(t);
    if (n0 !== undefined) t = String(n0);
    const m = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(?:[^\d.]{0,4})$/i.exec(t);
    const n = m ? Number(m[1]) : Number.NaN;
    if (!Number.isFinite(n)) return fail([problem("cell.number", { value: text.trim(), field })]);
    if (integer && !Number.isInteger(n))
      return fail([problem("cell.integer", { value: text.trim(), field })]);
    return { ok: true, value: n };
  };
}

const AGE = /^(.*?)\s*(?:周岁|虚岁|岁|歲|years?\s*old|years?|yrs?|y\.?o\.?|y)$/i;
const MONTHS = /^(.*?)\s*(?:个月|個月|月|months?|mos?)$/i;

/** An age in years as people write it: 70, 70岁, 七十, 七十岁, 70 years; under a year (3个月) is 0. */
function ageConverter(field: Localized): CellConverter {
  const years = numberConverter(true, field);
  return (text) => {
    const t = toHalfWidth(text).trim();
    const months = MONTHS.exec(t);
    if (months) {
      const n = years(months[1]!);
      return n.ok && typeof n.value === "number" && n.value < 12 ? { ok: true, value: 0 } : n;
    }
    return years(AGE.exec(t)?.[1] ?? t);
  };
}

const TRUE = new Set(["是", "有", "对", "yes", "y", "true", "1", "√", "✓", "✔", "t"]);
const FALSE = new Set(["否", "无", "没有", "不是", "no", "n", "false", "0", "×", "✗", "f"]);

function booleanConverter(field: Localized): CellConverter {
  return (text) => {
    const k = key(text);
    if (TRUE.has(k)) return { ok: true, value: true };
    if (FALSE.has(k)) return { ok: true, value: false };
    return fail([problem("cell.boolean", { value: text.trim(), field })]);
  };
}

/** Address parts that a column of their own gives with words around the number (2号楼). */
const UNIT_PART = /(?:^|\.)address\.(building|unit|floor|room)$/;

/** Separators of several choices in one cell: 问卷星 ┋, 、, commas, semicolons, line breaks. */
const CHOICES = /[┋|、,，;；\n]+/;

function scalarConverter(
  column: Column,
  node: Node,
  user?: UserWords,
  o: ConverterOptions = {},
): CellConverter {
  const field = column.label;
  switch (node.kind) {
    case "enum": {
      const labels = column.options ?? node.meta?.options;
      const vocabulary = column.vocabulary ?? node.meta?.vocabulary;
      return enumConverter({
        values: node.values,
        ...(labels ? { labels } : {}),
        ...(vocabulary ? { vocabulary } : {}),
        ...(user ? { user } : {}),
        field,
        gender: column.key.endsWith("gender"),
      });
    }
    case "literal":
      return enumConverter({ values: [String(node.value)], field });
    case "number":
      if (column.hxl?.includes("+age")) return ageConverter(field);
      return numberConverter(node.integer === true, field);
    case "boolean":
      return booleanConverter(field);
    case "string": {
      if (column.key === "citizenId" || column.key.endsWith(".citizenId")) {
        return digitsOf(citizenId);
      }
      if (column.hxl?.includes("+phone") || column.form?.widget === "tel") {
        return digitsOf(o.phoneCountry ? phoneIn(o.phoneCountry) : phone);
      }
      if (node.format === "date") {
        return digitsOf((t) => {
          const iso = isoDate(t);
          if (iso !== undefined) return { ok: true, value: iso };
          const r = parseDate(t.trim());
          return r.ok ? okValue(r.value, r.warnings) : fail(r.issues.map((i) => fromIssue(i)));
        });
      }
      if (node.format === "date-partial") {
        return digitsOf((t) => {
          const iso = isoDate(t);
          if (iso !== undefined) return { ok: true, value: iso };
          const r = parsePartialDate(t.trim());
          return r.ok ? okValue(r.value, r.warnings) : fail(r.issues.map((i) => fromIssue(i)));
        });
      }
      if (node.format === "date-time") {
        return (t) => {
          const r = parseDateTime(t.trim());
          return r.ok ? okValue(r.value, r.warnings) : fail(r.issues.map((i) => fromIssue(i)));
        };
      }
      if (column.hxl === "#country +code") {
        // A name (菲律宾, Philippines) or a code in any case becomes the ISO code.
        return (t) => ({ ok: true, value: countryCode(t) ?? t.trim() });
      }
      if (column.hxl?.endsWith("+name") && column.pii === "direct") {
        return (t) => {
          const value = normalizeName(t);
          if (!isMaskedName(value)) return { ok: true, value };
          // Kept: the community knows who 李** is; linkage leaves it out.
          const p = problem("cell.maskedName", { value, field: column.label });
          return { ok: true, value, warnings: [{ ...p, severity: "warning" }] };
        };
      }
      const part = UNIT_PART.exec(column.key)?.[1] as UnitPartKind | undefined;
      if (part) return (t) => ({ ok: true, value: unitPart(part, t) });
      if (column.key.startsWith("address.") || (node.patterns && node.patterns.length > 0)) {
        const coded = node.patterns.length > 0;
        const read: CellConverter = (t) =>
          (coded && damaged(t, column.label)) || { ok: true, value: normalizeText(t) };
        return coded ? digitsOf(read, node.patterns) : read;
      }
      if (column.projection) {
        return (t) =>
          damaged(t, column.label) ?? {
            ok: true,
            value: toHalfWidth(t).replace(/\s/g, "").toUpperCase(),
          };
      }
      // Free text keeps its punctuation and line breaks; only the ends are trimmed.
      return (t) => ({ ok: true, value: t.trim() });
    }
    default:
      return (t) => ({ ok: true, value: t.trim() });
  }
}

/**
 * The converter of a column: identifiers checked and canonicalised (citizen IDs, phones),
 * dates read in the forms people write them, choices matched by value, label, code or synonym
 * (and the user's words for them, `user`), numbers with full-width digits or units, several choices split on ┋ 、 , ;.
 */
export function converterFor(
  column: Column,
  user?: UserWords,
  o: ConverterOptions = {},
): CellConverter {
  const convert = valueConverter(column, user, o);
  return (text) => {
    // Only a cell starting with "#" or "E" (after spaces) can be an error: one test for most.
    const c = text.charCodeAt(0);
    if (c === 0x23 || c === 0x45 || c <= 0x20) {
      const error = spreadsheetError(text);
      if (error) return fail([problem("cell.formulaError", { value: error, field: column.label })]);
    }
    return convert(text);
  };
}

/** The error values spreadsheets show for a formula that failed (Excel, WPS, LibreOffice). */
const FORMULA_ERROR =
  /^(?:#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)|Err:\d{3})$/;

/**
 * A cell holding a formula's error value (#N/A from a lookup that found nothing, #REF!,
 * LibreOffice's Err:502), which is no value of any field: read as text, "#N/A" became a name.
 */
function spreadsheetError(text: string): string | undefined {
  const t = text.trim();
  return t.length >= 4 && t.length <= 13 && FORMULA_ERROR.test(t) ? t : undefined;
}

function valueConverter(
  column: Column,
  user: UserWords | undefined,
  o: ConverterOptions,
): CellConverter {
  const node = column.node;
  if (node.kind === "array") {
    const item = scalarConverter(column, node.item, user, o);
    // Choices repeat from row to row: results without warnings are remembered by exact text
    // (a bounded number), and each row gets its own copy of the array.
    const seen = new Map<string, unknown[]>();
    const convert: CellConverter = (text) => {
      const values: unknown[] = [];
      const problems: CellProblem[] = [];
      const warnings: CellProblem[] = [];
      for (const part of text.split(CHOICES)) {
        if (part.trim() === "") continue;
        const r = item(part);
        if (!r.ok) for (const x of r.problems) problems.push(x);
        else {
          if (!values.includes(r.value)) values.push(r.value);
          if (r.warnings) for (const x of r.warnings) warnings.push(x);
        }
      }
      if (problems.length > 0) return fail(problems);
      return warnings.length > 0
        ? { ok: true, value: values, warnings }
        : { ok: true, value: values };
    };
    return (text) => {
      const hit = seen.get(text);
      if (hit) return { ok: true, value: hit.slice() };
      const r = convert(text);
      if (r.ok && !r.warnings && seen.size < LEARN) seen.set(text, (r.value as unknown[]).slice());
      return r;
    };
  }
  return scalarConverter(column, node, user, o);
}
