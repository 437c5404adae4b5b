import type { $ZodType } from "zod/v4/core";
import { globalRegistry } from "zod/v4/core";
import { expectArgument } from "../i18n/argument.js";
import type { Localized } from "../i18n/types.js";
import { type Column, columns } from "./columns.js";

/** An entity's identity alternatives, as columns. */
const resolved = new WeakMap<$ZodType, readonly (readonly Column[])[]>();

/**
 * The minimum that identifies a record of an entity, as alternatives of columns: a record
 * needs every column of at least one alternative (a resident: a name, or a citizen ID).
 *
 * @example
 * ```ts
 * import { identityColumns, Resident } from "@linli/core";
 * identityColumns(Resident).map((alt) => alt.map((c) => c.key)); // [["name"], ["citizenId"], …]
 * ```
 */
export function identityColumns(schema: $ZodType): readonly (readonly Column[])[] {
  expectArgument("identityColumns", "schema", "schema", schema);
  const hit = resolved.get(schema);
  if (hit) return hit;
  const keys = globalRegistry.get(schema)?.identity ?? [];
  const byKey = new Map(columns(schema).map((c) => [c.key, c]));
  const out = keys.map((alt) =>
    alt.map((k) => {
      const c = byKey.get(k);
      if (!c) throw new Error(`identity: no column ${k}`);
      return c;
    }),
  );
  resolved.set(schema, out);
  return out;
}

/**
 * Whether a column has a value in a record: a field at its path, or for a projection, an
 * element of the array that the projection selects with the property set.
 *
 * @example
 * ```ts
 * import { columns, hasColumnValue, Resident } from "@linli/core";
 * const id = columns(Resident).find((c) => c.key === "citizenId")!;
 * hasColumnValue(id, { identifiers: [{ scheme: "cn-citizen-id", value: "11010519491231002X" }] }); // true
 * ```
 */
export function hasColumnValue(column: Column, record: unknown): boolean {
  expectArgument("hasColumnValue", "column", "object", column);
  let at: unknown = record;
  for (const k of column.path) {
    if (typeof at !== "object" || at === null) return false;
    at = (at as Record<string, unknown>)[k];
  }
  const p = column.projection;
  if (!p) return at !== undefined && at !== null && at !== "";
  if (!Array.isArray(at)) return false;
  const match = Object.entries(p.match ?? {});
  return at.some(
    (el) =>
      typeof el === "object" &&
      el !== null &&
      match.every(([k, v]) => (el as Record<string, unknown>)[k] === v) &&
      (el as Record<string, unknown>)[p.property] !== undefined,
  );
}

/**
 * Whether a record holds the minimum that identifies it (see {@link identityColumns}).
 *
 * @example
 * ```ts
 * import { hasIdentity, Resident } from "@linli/core";
 * hasIdentity(Resident, { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟" }); // true
 * hasIdentity(Resident, { meta: { id: "r-2", schemaVersion: "0.0.0" }, gender: "male" }); // false
 * ```
 */
export function hasIdentity(schema: $ZodType, record: unknown): boolean {
  expectArgument("hasIdentity", "schema", "schema", schema);
  const alts = identityColumns(schema);
  return alts.length === 0 || alts.some((alt) => alt.every((c) => hasColumnValue(c, record)));
}

/**
 * The alternatives of an entity's identity as words: 姓名、身份证号 / name or citizen ID.
 *
 * @example
 * ```ts
 * import { identityLabel, Resident } from "@linli/core";
 * identityLabel(Resident)["zh-CN"]; // "姓名、身份证号、护照号…"
 * ```
 */
export function identityLabel(schema: $ZodType): Localized {
  expectArgument("identityLabel", "schema", "schema", schema);
  const alts = identityColumns(schema);
  const words = (lang: keyof Localized, and: string) =>
    alts.map((alt) => alt.map((c) => c.label[lang]).join(and));
  const en = words("en", " and ");
  return {
    "zh-CN": words("zh-CN", "和").join("、"),
    en: en.length > 1 ? `${en.slice(0, -1).join(", ")} or ${en[en.length - 1]}` : (en[0] ?? ""),
  };
}

/** The zod issue of a record without its minimum, if it lacks it. */
export function identityIssue(
  schema: $ZodType,
  value: unknown,
):
  | { message: string; params: { linli: "record.identity"; fields: Localized }; path: [] }
  | undefined {
  if (typeof value !== "object" || value === null || hasIdentity(schema, value)) return undefined;
  const fields = identityLabel(schema);
  return {
    message: `A record needs at least a ${fields.en}`,
    params: { linli: "record.identity", fields },
    path: [],
  };
}
