// The checks of report definitions, part by part.
import {
  checkArgument,
  type EntityName,
  entities,
  entityMeta,
  isLocalized,
  type Localized,
  type MessageParams,
} from "@linli/core";
import { type ExportMessageCode, exportMessage } from "../export/messages.js";

/**
 * A report definition that cannot be used, with where and why, in zh-CN and en.
 *
 * @example
 * ```ts
 * import { parseReportDefinition, ReportDefinitionError } from "@linli/adapters";
 * try {
 *   parseReportDefinition({ linli: "report", version: 1, id: "x", name: "x", entity: "resident", sheets: [{ type: "list", name: "a", columns: [{ value: "nmae" }] }] });
 * } catch (e) {
 *   if (e instanceof ReportDefinitionError) console.log(e.localized["zh-CN"]); // sheets[0].columns[0].value：“nmae”不是居民的字段…
 * }
 * ```
 */
export class ReportDefinitionError extends Error {
  constructor(
    readonly code: ExportMessageCode,
    readonly localized: Localized,
  ) {
    checkArgument(
      isLocalized(localized),
      "ReportDefinitionError",
      "localized",
      "localized",
      localized,
    );
    super(localized.en);
    this.name = "ReportDefinitionError";
  }
}

export function fail(code: ExportMessageCode, params: MessageParams): never {
  throw new ReportDefinitionError(code, exportMessage(code, params));
}
export const kind = (
  k: "text" | "list" | "object" | "number" | "boolean" | "literal" | "condition",
) => exportMessage(`report.kind.${k}`);

export type Obj = Record<string, unknown>;

/** An entity's label in both languages, for messages. */
const labelOf = (e: EntityName): Localized =>
  entityMeta(entities[e])?.label ?? { "zh-CN": e, en: e };
export const isObj = (v: unknown): v is Obj =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export const VALUE_KINDS = [
  "field",
  "rowNumber",
  "age",
  "days",
  "address",
  "date",
  "template",
  "join",
  "const",
];
export const OPS = ["eq", "ne", "in", "notIn", "gt", "gte", "lt", "lte", "exists", "contains"];

export interface Checker {
  readonly entity: EntityName;
  readonly fields: ReadonlySet<string>;
  readonly params: ReadonlySet<string>;
}

export function keys(o: Obj, path: string, allowed: readonly string[]): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k))
      fail("report.unknownKey", { path: path || "(definition)", key: k, keys: allowed.join(", ") });
  }
}

export function str(v: unknown, path: string): void {
  if (typeof v !== "string" || v === "") fail("report.expected", { path, expected: kind("text") });
}

export function text(v: unknown, path: string, c?: Checker, fieldsToo = false): void {
  const all = isObj(v) ? [v["zh-CN"], v.en] : [v];
  if (isObj(v)) keys(v, path, ["zh-CN", "en"]);
  for (const t of all) {
    if (typeof t !== "string") fail("report.expected", { path, expected: kind("text") });
    if (!c) continue;
    for (const m of (t as string).matchAll(/\{([^{}]+)\}/g)) {
      const name = m[1]!;
      if (c.params.has(name) || (fieldsToo && c.fields.has(name))) continue;
      fail("report.param", { path, name, names: [...c.params].join(", ") });
    }
  }
}

export function field(v: unknown, path: string, c: Checker): void {
  if (typeof v !== "string" || !c.fields.has(v)) {
    const examples = [...c.fields]
      .filter((f) => !f.startsWith("meta."))
      .slice(0, 6)
      .join(", ");
    fail("report.field", { path, field: String(v), entity: labelOf(c.entity), examples });
  }
}

function operand(v: unknown, path: string, c: Checker): void {
  const m = typeof v === "string" ? /^\{([^{}]+)\}$/.exec(v) : null;
  if (m) {
    if (!c.params.has(m[1]!))
      fail("report.param", { path, name: m[1]!, names: [...c.params].join(", ") });
  } else field(v, path, c);
}

export function value(v: unknown, path: string, c: Checker): void {
  if (typeof v === "string") {
    field(v, path, c);
    return;
  }
  if (!isObj(v)) fail("report.value", { path, kinds: VALUE_KINDS.join(", ") });
  const k = VALUE_KINDS.find((x) => x in v);
  if (!k) fail("report.value", { path, kinds: VALUE_KINDS.join(", ") });
  const extra: Record<string, string[]> = {
    field: ["display"],
    days: ["inclusive"],
    address: ["divisions"],
    join: ["separator"],
  };
  keys(v, path, [k, ...(extra[k] ?? [])]);
  const x = v[k];
  const at = `${path}.${k}`;
  if (k === "field") {
    field(x, at, c);
    if (v.display !== undefined && v.display !== "label" && v.display !== "code")
      fail("report.expected", { path: `${path}.display`, expected: "label | code" });
  } else if (k === "rowNumber") {
    if (x !== true) fail("report.expected", { path: at, expected: "true" });
  } else if (k === "age") {
    const list = typeof x === "string" ? [x] : x;
    if (!Array.isArray(list) || list.length === 0)
      fail("report.expected", { path: at, expected: kind("list") });
    for (const [i, f] of (list as unknown[]).entries()) field(f, `${at}[${i}]`, c);
  } else if (k === "days") {
    if (!Array.isArray(x) || x.length !== 2)
      fail("report.expected", { path: at, expected: kind("list") });
    for (const [i, o] of (x as unknown[]).entries()) operand(o, `${at}[${i}]`, c);
  } else if (k === "address") {
    if (typeof x !== "string") fail("report.expected", { path: at, expected: kind("text") });
    const prefix = x === "" ? "" : `${x}.`;
    if (
      ![...c.fields].some((f) => f.startsWith(prefix) && /(^|\.)(building|line|community)$/.test(f))
    )
      fail("report.field", {
        path: at,
        field: String(x),
        entity: labelOf(c.entity),
        examples: "address, deliveryAddress",
      });
  } else if (k === "date") field(x, at, c);
  else if (k === "template") text(x, at, c, true);
  else if (k === "join") {
    if (!Array.isArray(x)) fail("report.expected", { path: at, expected: kind("list") });
    for (const [i, p] of (x as unknown[]).entries()) value(p, `${at}[${i}]`, c);
  } else if (typeof x !== "string" && typeof x !== "number")
    fail("report.expected", { path: at, expected: kind("literal") });
}

function literal(v: unknown, path: string, c: Checker): void {
  if (typeof v === "string") {
    const m = /^\{([^{}]+)\}$/.exec(v);
    if (m && !c.params.has(m[1]!))
      fail("report.param", { path, name: m[1]!, names: [...c.params].join(", ") });
  } else if (typeof v !== "number" && typeof v !== "boolean")
    fail("report.expected", { path, expected: kind("literal") });
}

export function condition(v: unknown, path: string, c: Checker): void {
  if (!isObj(v)) fail("report.expected", { path, expected: kind("condition") });
  for (const g of ["all", "any"] as const) {
    if (g in v) {
      keys(v, path, [g]);
      if (!Array.isArray(v[g]))
        fail("report.expected", { path: `${path}.${g}`, expected: kind("list") });
      for (const [i, x] of (v[g] as unknown[]).entries()) condition(x, `${path}.${g}[${i}]`, c);
      return;
    }
  }
  if ("not" in v) {
    keys(v, path, ["not"]);
    condition(v.not, `${path}.not`, c);
    return;
  }
  keys(v, path, ["field", "value", "when", ...OPS]);
  if (v.field !== undefined) field(v.field, `${path}.field`, c);
  else if (v.value !== undefined) value(v.value, `${path}.value`, c);
  else fail("report.expected", { path: `${path}.field`, expected: kind("text") });
  if (v.when !== undefined && (typeof v.when !== "string" || !c.params.has(v.when)))
    fail("report.param", {
      path: `${path}.when`,
      name: String(v.when),
      names: [...c.params].join(", "),
    });
  for (const op of OPS) {
    if (!(op in v)) continue;
    const x = v[op];
    const at = `${path}.${op}`;
    if (op === "in" || op === "notIn") {
      if (!Array.isArray(x)) fail("report.expected", { path: at, expected: kind("list") });
      for (const [i, y] of (x as unknown[]).entries()) literal(y, `${at}[${i}]`, c);
    } else if (op === "exists") {
      if (typeof x !== "boolean") fail("report.expected", { path: at, expected: kind("boolean") });
    } else literal(x, at, c);
  }
}
