import {
  columns,
  type EntityName,
  entities,
  entityNames,
  type Localized,
  type MessageParams,
} from "@linli/core";
import { type ExportMessageCode, exportMessage } from "../export/messages.js";
import type { ReportDefinition } from "./types.js";

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
    super(localized.en);
    this.name = "ReportDefinitionError";
  }
}

function fail(code: ExportMessageCode, params: MessageParams): never {
  throw new ReportDefinitionError(code, exportMessage(code, params));
}
const kind = (k: "text" | "list" | "object" | "number" | "boolean" | "literal" | "condition") =>
  exportMessage(`report.kind.${k}`);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

const VALUE_KINDS = [
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
const OPS = ["eq", "ne", "in", "notIn", "gt", "gte", "lt", "lte", "exists", "contains"];

/**
 * Check a report definition (parsed JSON, a JSON string, or a TS object) and return it typed.
 * Every field it names must be a column of its entity, every `{placeholder}` a parameter (or
 * a field, in templates), every key known: a misspelt key is an error, not silently ignored.
 *
 * @example
 * ```ts
 * import { parseReportDefinition } from "@linli/adapters";
 * const def = parseReportDefinition(`{
 *   "linli": "report", "version": 1, "id": "needs", "name": "需求统计", "entity": "need",
 *   "sheets": [{ "type": "groupBy", "name": "统计", "rows": [{ "by": "category" }], "columns": { "by": "status" } }]
 * }`);
 * ```
 */
export function parseReportDefinition(input: unknown): ReportDefinition {
  let def = input;
  if (typeof input === "string") {
    try {
      def = JSON.parse(input);
    } catch (e) {
      fail("report.json", { detail: (e as Error).message });
    }
  }
  if (!isObj(def) || def.linli !== "report" || def.version !== 1)
    fail("report.notReport", { path: "(definition)" });
  const d = def as Obj;
  keys(d, "", [
    "$schema",
    "linli",
    "version",
    "id",
    "name",
    "description",
    "entity",
    "parameters",
    "filter",
    "sheets",
  ]);
  str(d.id, "id");
  text(d.name, "name");
  if (d.description !== undefined) text(d.description, "description");
  if (typeof d.entity !== "string" || !(entityNames as readonly string[]).includes(d.entity)) {
    fail("report.entity", {
      path: "entity",
      entity: String(d.entity),
      entities: entityNames.join(", "),
    });
  }
  const entity = d.entity as EntityName;
  const fields = new Set(columns(entities[entity]).map((c) => c.key));
  const params = new Set(["date"]);
  if (d.parameters !== undefined) {
    if (!isObj(d.parameters))
      fail("report.expected", { path: "parameters", expected: kind("object") });
    for (const [name, p] of Object.entries(d.parameters as Obj)) {
      const at = `parameters.${name}`;
      if (!isObj(p)) fail("report.expected", { path: at, expected: kind("object") });
      keys(p as Obj, at, ["label", "default", "required"]);
      text((p as Obj).label, `${at}.label`);
      if ((p as Obj).default !== undefined && typeof (p as Obj).default !== "string")
        fail("report.expected", { path: `${at}.default`, expected: kind("text") });
      if ((p as Obj).required !== undefined && typeof (p as Obj).required !== "boolean")
        fail("report.expected", { path: `${at}.required`, expected: kind("boolean") });
      params.add(name);
    }
  }
  const c: Checker = { entity, fields, params };
  if (d.filter !== undefined) condition(d.filter, "filter", c);
  if (!Array.isArray(d.sheets) || d.sheets.length === 0)
    fail("report.expected", { path: "sheets", expected: kind("list") });
  for (const [i, s] of (d.sheets as unknown[]).entries()) sheet(s, `sheets[${i}]`, c);
  return def as unknown as ReportDefinition;
}

interface Checker {
  readonly entity: EntityName;
  readonly fields: ReadonlySet<string>;
  readonly params: ReadonlySet<string>;
}

function keys(o: Obj, path: string, allowed: readonly string[]): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k))
      fail("report.unknownKey", { path: path || "(definition)", key: k, keys: allowed.join(", ") });
  }
}

function str(v: unknown, path: string): void {
  if (typeof v !== "string" || v === "") fail("report.expected", { path, expected: kind("text") });
}

function text(v: unknown, path: string, c?: Checker, fieldsToo = false): void {
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

function field(v: unknown, path: string, c: Checker): void {
  if (typeof v !== "string" || !c.fields.has(v)) {
    const examples = [...c.fields]
      .filter((f) => !f.startsWith("meta."))
      .slice(0, 6)
      .join(", ");
    fail("report.field", { path, field: String(v), entity: c.entity, examples });
  }
}

function operand(v: unknown, path: string, c: Checker): void {
  const m = typeof v === "string" ? /^\{([^{}]+)\}$/.exec(v) : null;
  if (m) {
    if (!c.params.has(m[1]!))
      fail("report.param", { path, name: m[1]!, names: [...c.params].join(", ") });
  } else field(v, path, c);
}

function value(v: unknown, path: string, c: Checker): void {
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
        entity: c.entity,
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

function condition(v: unknown, path: string, c: Checker): void {
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

function group(v: unknown, path: string, c: Checker): void {
  if (!isObj(v)) fail("report.expected", { path, expected: kind("object") });
  keys(v, path, ["by", "label", "values", "allChoices"]);
  value(v.by, `${path}.by`, c);
  if (v.label !== undefined) text(v.label, `${path}.label`, c);
  if (v.values !== undefined && !Array.isArray(v.values))
    fail("report.expected", { path: `${path}.values`, expected: kind("list") });
}

function sheet(v: unknown, path: string, c: Checker): void {
  if (!isObj(v)) fail("report.expected", { path, expected: kind("object") });
  const common = ["type", "name", "title", "filter", "footer"];
  text(v.name, `${path}.name`, c);
  for (const k of ["title", "footer"] as const) {
    if (v[k] === undefined) continue;
    if (!Array.isArray(v[k]))
      fail("report.expected", { path: `${path}.${k}`, expected: kind("list") });
    for (const [i, t] of (v[k] as unknown[]).entries()) text(t, `${path}.${k}[${i}]`, c);
  }
  if (v.filter !== undefined) condition(v.filter, `${path}.filter`, c);
  if (v.type === "list") {
    keys(v, path, [...common, "sort", "columns", "totals"]);
    if (!Array.isArray(v.columns) || v.columns.length === 0)
      fail("report.expected", { path: `${path}.columns`, expected: kind("list") });
    (v.columns as unknown[]).forEach((col, i) => {
      const at = `${path}.columns[${i}]`;
      if (!isObj(col)) fail("report.expected", { path: at, expected: kind("object") });
      keys(col, at, ["label", "value", "width", "sum"]);
      if (col.label !== undefined) text(col.label, `${at}.label`, c);
      value(col.value, `${at}.value`, c);
      if (col.width !== undefined && typeof col.width !== "number")
        fail("report.expected", { path: `${at}.width`, expected: kind("number") });
    });
    ((v.sort ?? []) as unknown[]).forEach((s, i) => {
      const at = `${path}.sort[${i}]`;
      if (!isObj(s)) fail("report.expected", { path: at, expected: kind("object") });
      keys(s, at, ["by", "order"]);
      value(s.by, `${at}.by`, c);
    });
    if (v.totals !== undefined) {
      if (!isObj(v.totals))
        fail("report.expected", { path: `${path}.totals`, expected: kind("object") });
      keys(v.totals, `${path}.totals`, ["label", "count"]);
      text(v.totals.label, `${path}.totals.label`, c);
    }
  } else if (v.type === "groupBy") {
    keys(v, path, [...common, "rows", "columns", "measures", "totals", "minCount", "smallCounts"]);
    if (!Array.isArray(v.rows) || v.rows.length === 0)
      fail("report.expected", { path: `${path}.rows`, expected: kind("list") });
    for (const [i, g] of (v.rows as unknown[]).entries()) group(g, `${path}.rows[${i}]`, c);
    if (v.columns !== undefined) group(v.columns, `${path}.columns`, c);
    const measures = (v.measures ?? []) as unknown[];
    if (v.columns !== undefined && measures.length > 1)
      fail("report.pivotMeasures", { path: `${path}.measures` });
    measures.forEach((m, i) => {
      const at = `${path}.measures[${i}]`;
      if (!isObj(m) || (!("count" in m) && !("sum" in m)))
        fail("report.expected", { path: at, expected: "{ count: true } | { sum }" });
      keys(m, at, ["count", "sum", "label"]);
      if ("sum" in m) value(m.sum, `${at}.sum`, c);
      if (m.label !== undefined) text(m.label, `${at}.label`, c);
    });
    if (v.minCount !== undefined && (!Number.isInteger(v.minCount) || (v.minCount as number) < 1))
      fail("report.expected", { path: `${path}.minCount`, expected: kind("number") });
  } else fail("report.sheetType", { path: `${path}.type` });
}
