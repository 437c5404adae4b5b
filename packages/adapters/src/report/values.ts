import { type Column, checkCitizenId, type Locale } from "@linli/core";
import { formatAddress } from "../export/address.js";
import { cellFormatter, columnReader, isDateColumn } from "../export/cells.js";
import type {
  ReportCell,
  ReportCondition,
  ReportLiteral,
  ReportText,
  ReportValue,
} from "./types.js";

/** What values and conditions are computed with. */
export interface ValueContext {
  readonly lang: Locale;
  readonly params: Readonly<Record<string, string>>;
  readonly columns: ReadonlyMap<string, Column>;
}

/** A compiled value: its raw form (conditions, sorting, grouping) and how it is shown. */
export interface Compiled {
  raw(record: unknown, index: number): unknown;
  show(record: unknown, index: number): ReportCell;
  readonly format: "text" | "date" | "integer" | "decimal" | "general";
  /** The field's label, for a default header. */
  readonly column?: Column;
}

/** Text in the report's language with `{parameter}` filled in. */
export function resolveText(text: ReportText, ctx: Pick<ValueContext, "lang" | "params">): string {
  const t = typeof text === "string" ? text : text[ctx.lang];
  return t.replace(/\{([^{}]+)\}/g, (whole, name: string) => ctx.params[name] ?? whole);
}

const PARAM = /^\{([^{}]+)\}$/;
const day = (v: unknown) =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined;
const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** Whole years from a birth date to a day. */
export function ageOn(birth: string, on: string): number {
  const years = +on.slice(0, 4) - +birth.slice(0, 4);
  return on.slice(5, 10) < birth.slice(5, 10) ? years - 1 : years;
}

function birthDateOf(v: unknown): string | undefined {
  if (typeof v !== "string") return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const r = checkCitizenId(v);
  return r.ok ? r.details.birthDate : undefined;
}

const nonEmpty = (v: unknown) =>
  v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);

/** Compile a value of a report definition (already checked by `parseReportDefinition`). */
export function compileValue(value: ReportValue, ctx: ValueContext): Compiled {
  if (typeof value === "string") return compileValue({ field: value }, ctx);
  if ("field" in value) {
    const column = ctx.columns.get(value.field)!;
    const read = columnReader(column);
    const show = cellFormatter(column, {
      lang: ctx.lang,
      values: value.display === "code" ? "code" : "label",
      serialDates: false,
    });
    const node = column.node;
    return {
      raw: (r) => read(r),
      show: (r) => {
        const v = show(read(r));
        return v === undefined ? null : typeof v === "boolean" ? String(v) : v;
      },
      format: isDateColumn(column)
        ? "date"
        : node.kind === "number"
          ? node.integer
            ? "integer"
            : "decimal"
          : "text",
      column,
    };
  }
  if ("rowNumber" in value)
    return { raw: (_, i) => i + 1, show: (_, i) => i + 1, format: "integer" };
  if ("age" in value) {
    const fields = (typeof value.age === "string" ? [value.age] : value.age).map((f) =>
      columnReader(ctx.columns.get(f)!),
    );
    const on = ctx.params.date ?? "";
    const raw = (r: unknown) => {
      for (const f of fields) {
        const b = birthDateOf(f(r));
        if (b) return ageOn(b, on);
      }
      return undefined;
    };
    // A birth date shared as an age band ("70-79", "90+") shows as the band.
    const band = (r: unknown) => {
      for (const f of fields) {
        const v = f(r);
        if (typeof v === "string" && /^\d+(?:-\d+|\+)$/.test(v)) return v;
      }
      return null;
    };
    return { raw, show: (r) => raw(r) ?? band(r), format: "integer" };
  }
  if ("days" in value) {
    const [from, to] = value.days.map((operand) => operandReader(operand, ctx));
    const extra = value.inclusive ? 1 : 0;
    const raw = (r: unknown) => {
      const a = day(from!(r));
      const b = day(to!(r));
      return a && b ? dayNumber(b) - dayNumber(a) + extra : undefined;
    };
    return { raw, show: (r) => raw(r) ?? null, format: "integer" };
  }
  if ("address" in value) {
    const path = value.address === "" ? [] : value.address.split(".");
    const raw = (r: unknown) => {
      let o: unknown = r;
      for (const k of path)
        o = typeof o === "object" && o !== null ? (o as Record<string, unknown>)[k] : undefined;
      return typeof o === "object" && o !== null
        ? formatAddress(o as Record<string, string>, ctx.lang, value.divisions === true)
        : undefined;
    };
    return { raw, show: (r) => raw(r) ?? null, format: "text" };
  }
  if ("date" in value) {
    const read = columnReader(ctx.columns.get(value.date)!);
    const raw = (r: unknown) => day(read(r));
    return { raw, show: (r) => raw(r) ?? null, format: "date" };
  }
  if ("template" in value) {
    const text = typeof value.template === "string" ? value.template : value.template[ctx.lang];
    const parts = text.split(/(\{[^{}]+\})/).map((p) => {
      const m = PARAM.exec(p);
      if (!m) return () => p;
      const name = m[1]!;
      if (Object.hasOwn(ctx.params, name)) return () => ctx.params[name]!;
      const c = compileValue({ field: name }, ctx);
      return (r: unknown, i: number) => String(c.show(r, i) ?? "");
    });
    const raw = (r: unknown, i: number) => parts.map((p) => p(r, i)).join("");
    return { raw, show: raw, format: "text" };
  }
  if ("join" in value) {
    const parts = value.join.map((v) => compileValue(v, ctx));
    const sep = value.separator ?? (ctx.lang === "zh-CN" ? "，" : ", ");
    const raw = (r: unknown, i: number) => {
      const s = parts.map((p) => p.show(r, i)).filter(nonEmpty);
      return s.length > 0 ? s.join(sep) : undefined;
    };
    return { raw, show: (r, i) => raw(r, i) ?? null, format: "text" };
  }
  const constant = value.const;
  return {
    raw: () => constant,
    show: () => constant,
    format: typeof constant === "number" ? "general" : "text",
  };
}

/** A field, or a `{parameter}`, read from a record. */
function operandReader(operand: string, ctx: ValueContext): (r: unknown) => unknown {
  const m = PARAM.exec(operand);
  if (m) {
    const v = ctx.params[m[1]!];
    return () => v;
  }
  const read = columnReader(ctx.columns.get(operand)!);
  return (r) => read(r);
}

function literal(v: ReportLiteral, ctx: ValueContext): ReportLiteral | undefined {
  if (typeof v !== "string") return v;
  const m = PARAM.exec(v);
  return m ? ctx.params[m[1]!] : v;
}

function compare(a: unknown, b: ReportLiteral): number {
  const x = typeof a === "number" ? a : Number(a);
  const y = typeof b === "number" ? b : Number(b);
  if (a !== "" && b !== "" && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  const s = String(a);
  const t = String(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** Compile a condition to a test on records. */
export function compileCondition(
  c: ReportCondition,
  ctx: ValueContext,
): (r: unknown, i: number) => boolean {
  if ("all" in c) {
    const parts = c.all.map((x) => compileCondition(x, ctx));
    return (r, i) => parts.every((p) => p(r, i));
  }
  if ("any" in c) {
    const parts = c.any.map((x) => compileCondition(x, ctx));
    return (r, i) => parts.some((p) => p(r, i));
  }
  if ("not" in c) {
    const inner = compileCondition(c.not, ctx);
    return (r, i) => !inner(r, i);
  }
  if (c.when !== undefined && !nonEmpty(ctx.params[c.when])) return () => true;
  const value = compileValue(c.value ?? { field: c.field! }, ctx);
  // Positive tests hold for some value of a multi-choice field; negative ones for every value.
  const tests: ((v: unknown) => boolean)[] = [];
  const negative: ((v: unknown) => boolean)[] = [];
  const lit = (v: ReportLiteral) => literal(v, ctx);
  const same = (a: unknown, b: ReportLiteral | undefined) =>
    b !== undefined && String(a) === String(b);
  if (c.eq !== undefined) tests.push((v) => same(v, lit(c.eq!)));
  if (c.ne !== undefined) negative.push((v) => !same(v, lit(c.ne!)));
  if (c.in) {
    const set = c.in.map(lit);
    tests.push((v) => set.some((s) => same(v, s)));
  }
  if (c.notIn) {
    const set = c.notIn.map(lit);
    negative.push((v) => !set.some((s) => same(v, s)));
  }
  const ordered = (k: "gt" | "gte" | "lt" | "lte", ok: (n: number) => boolean) => {
    if (c[k] === undefined) return;
    tests.push((v) => {
      const b = lit(c[k]!);
      return nonEmpty(v) && b !== undefined && b !== "" && ok(compare(v, b));
    });
  };
  ordered("gt", (n) => n > 0);
  ordered("gte", (n) => n >= 0);
  ordered("lt", (n) => n < 0);
  ordered("lte", (n) => n <= 0);
  if (c.contains !== undefined) tests.push((v) => typeof v === "string" && v.includes(c.contains!));
  const exists = c.exists;
  return (r, i) => {
    const v = value.raw(r, i);
    if (exists !== undefined && nonEmpty(v) !== exists) return false;
    const vs = Array.isArray(v) ? v : [v];
    if (tests.length > 0 && !vs.some((x) => tests.every((t) => t(x)))) return false;
    return negative.every((t) => vs.every((x) => t(x)));
  };
}
