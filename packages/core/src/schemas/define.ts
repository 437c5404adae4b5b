import { type $ZodType, globalRegistry } from "zod/v4/core";
import { expectArgument } from "../i18n/argument.js";
import type { Localized } from "../i18n/types.js";
import { identityIssue } from "../model/identity.js";
import { splitOptions } from "./choice.js";
import type { EntityMeta, FieldMeta } from "./meta.js";

/**
 * Attach linli field metadata to a zod schema with `.meta()`. The English label and
 * description also become the JSON Schema `title` and `description`.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { field } from "@linli/core";
 * const name = field(z.string().min(1), {
 *   label: { "zh-CN": "姓名", en: "Name" },
 *   pii: "direct",
 *   aliases: ["姓名", "名字", "name"],
 * });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function field<
  T extends {
    /** zod's `.meta()`: a copy of the schema carrying the metadata. */
    meta(m: Record<string, unknown>): T;
  },
>(schema: T, meta: FieldMeta): T {
  expectArgument("field", "schema", "object", schema);
  expectArgument("field", "meta", "record", meta);
  const { description, options, ...rest } = meta;
  // Labels and the words files use for an option are authored together; published apart.
  const split = options ? splitOptions(options) : undefined;
  return schema.meta({
    ...rest,
    ...(split ? { options: split.labels } : {}),
    ...(split?.vocabulary ? { vocabulary: split.vocabulary } : {}),
    title: meta.label.en,
    ...(description ? { description: description.en, descriptions: description } : {}),
  });
}

/**
 * Attach entity metadata to an entity's object schema, and the check that a record holds the
 * minimum that identifies it (`identity`).
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { entity } from "@linli/core";
 * const Thing = entity(z.strictObject({ name: z.string() }), {
 *   entity: "thing",
 *   label: { "zh-CN": "事物", en: "Thing" },
 *   description: { "zh-CN": "示例", en: "Example" },
 *   identity: [["name"]],
 * });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function entity<
  T extends {
    /** zod's `.meta()`: a copy of the schema carrying the metadata. */
    meta(m: Record<string, unknown>): T;
    /** zod's `.check()`: a copy of the schema with one more check. */
    check(...checks: ((ctx: CheckContext) => void)[]): T;
  },
>(schema: T, meta: EntityMeta): T {
  expectArgument("entity", "schema", "object", schema);
  expectArgument("entity", "meta", "object", meta);
  const out: T = schema
    .check((ctx) => {
      const i = identityIssue(out as unknown as $ZodType, ctx.value);
      if (i) ctx.issues.push({ code: "custom", input: ctx.value, ...i });
    })
    .meta({
      entity: meta.entity,
      label: meta.label,
      title: meta.label.en,
      description: meta.description.en,
      descriptions: meta.description,
      identity: meta.identity,
      ...(meta.hxl ? { hxl: meta.hxl } : {}),
    });
  return out;
}

/** What an entity's check receives from zod. */
interface CheckContext {
  readonly value: unknown;
  readonly issues: unknown[];
}

/**
 * The linli metadata of a schema, looking through `optional` wrappers, or `undefined` when the
 * schema carries none.
 *
 * @example
 * ```ts
 * import { Resident, fieldMeta } from "@linli/core";
 * fieldMeta(Resident.shape.name)?.label["zh-CN"]; // "姓名"
 * ```
 */
export function fieldMeta(schema: $ZodType): FieldMeta | undefined {
  let current: $ZodType | undefined = schema;
  while (current) {
    const m = globalRegistry.get(current);
    if (m?.label && m.pii) {
      const { title: _t, description: _d, descriptions, id: _i, entity: _e, ...rest } = m;
      return {
        ...(rest as Omit<FieldMeta, "description">),
        ...(descriptions ? { description: descriptions } : {}),
      } as FieldMeta;
    }
    current = unwrap(current);
  }
  return undefined;
}

/**
 * The entity metadata of an entity schema.
 *
 * @example
 * ```ts
 * import { entities, entityMeta } from "@linli/core";
 * entityMeta(entities.need)?.label.en; // "Need"
 * ```
 */
export function entityMeta(schema: $ZodType): EntityMeta | undefined {
  expectArgument("entityMeta", "schema", "schema", schema);
  const m = globalRegistry.get(schema);
  if (!m?.entity || !m.label || !m.descriptions || !m.identity) return undefined;
  return {
    entity: m.entity,
    label: m.label,
    description: m.descriptions,
    identity: m.identity,
    ...(m.hxl ? { hxl: m.hxl } : {}),
  };
}

/**
 * The schema inside `optional`, `nullable` and similar wrappers, if any.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { unwrap } from "@linli/core";
 * unwrap(z.string().optional()); // the z.string() inside
 * ```
 */
export function unwrap(schema: $ZodType): $ZodType | undefined {
  expectArgument("unwrap", "schema", "schema", schema);
  const def = schema._zod.def as { type: string; innerType?: $ZodType };
  switch (def.type) {
    case "optional":
    case "nullable":
    case "readonly":
    case "nonoptional":
      return def.innerType;
    default:
      return undefined;
  }
}

/**
 * Shorthand for a label in both locales.
 *
 * @example
 * ```ts
 * import { L } from "@linli/core";
 * const label = L("姓名", "Name"); // { "zh-CN": "姓名", en: "Name" }
 * ```
 */
export const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });
