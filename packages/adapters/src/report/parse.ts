import { columns, type EntityName, entities, entityNames } from "@linli/core";
import {
  type Checker,
  condition,
  fail,
  isObj,
  keys,
  kind,
  type Obj,
  str,
  text,
  value,
} from "./parse-parts.js";
import type { ReportDefinition } from "./types.js";

export { ReportDefinitionError } from "./parse-parts.js";

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
