import * as z from "zod";
import { SCHEMA_VERSION } from "../generated/version.js";
import { expectEntity } from "../schemas/expect-entity.js";
import { type EntityName, entities } from "../schemas/index.js";
import type { Column } from "./columns.js";
import { identityColumns } from "./identity.js";

/**
 * Where the published JSON Schemas live; the path carries the package major version.
 *
 * @example
 * ```ts
 * import { SCHEMA_BASE_URL } from "@linli/core";
 * const url = `${SCHEMA_BASE_URL}/v0/resident.schema.json`;
 * ```
 */
export const SCHEMA_BASE_URL = "https://linli-data.github.io/linli/schemas";

/**
 * The `$id` of an entity's JSON Schema, e.g. `…/schemas/v0/resident.schema.json`.
 *
 * @example
 * ```ts
 * import { schemaId } from "@linli/core";
 * schemaId("resident"); // "https://linli-data.github.io/linli/schemas/v0/resident.schema.json"
 * ```
 */
export function schemaId(name: EntityName): string {
  return `${SCHEMA_BASE_URL}/v${SCHEMA_VERSION.split(".")[0]}/${name}.schema.json`;
}

// linli metadata becomes `x-` keywords so that strict JSON Schema validators accept the files.
const META_KEYS = {
  label: "x-label",
  descriptions: "x-description",
  hxl: "x-hxl",
  pii: "x-pii",
  aliases: "x-aliases",
  form: "x-form",
  options: "x-options",
  vocabulary: "x-vocabulary",
  columns: "x-columns",
  separator: "x-separator",
  entity: "x-entity",
  identity: "x-identity",
} as const;

/** A JSON Schema document, as plain JSON. */
export type JSONSchemaDocument = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of an entity, with linli metadata as `x-` keywords
 * (`x-label`, `x-hxl`, `x-pii`, `x-aliases`, `x-form`, `x-options`, `x-vocabulary`,
 * `x-columns`).
 * The same documents are published as `schemas/<entity>.schema.json`.
 *
 * @example
 * ```ts
 * import { toJSONSchema } from "@linli/core";
 * const schema = toJSONSchema("resident");
 * schema.$id; // "https://linli-data.github.io/linli/schemas/v0/resident.schema.json"
 * ```
 */
export function toJSONSchema(name: EntityName): JSONSchemaDocument {
  expectEntity("toJSONSchema", "name", name);
  const generated = z.toJSONSchema(entities[name], {
    target: "draft-2020-12",
    unrepresentable: "throw",
    io: "input",
    override: ({ jsonSchema, zodSchema }) => {
      const js = jsonSchema as Record<string, unknown>;
      if (zodSchema === entities[name]) identitySchema(js, identityColumns(zodSchema));
      // A custom format strict validators do not know: the pattern says it all.
      if (js.format === "date-partial") {
        delete js.format;
        js["x-format"] = "date-partial";
      }
      for (const [from, to] of Object.entries(META_KEYS)) {
        if (from in js) {
          js[to] = js[from];
          delete js[from];
        }
      }
    },
  }) as JSONSchemaDocument;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: schemaId(name),
    ...rest,
    "x-schema-version": SCHEMA_VERSION,
  };
}

/** What makes a column present, as JSON Schema: a required path, or an array element. */
function present(c: Column): Record<string, unknown> {
  const p = c.projection;
  let inner: Record<string, unknown> | undefined = p
    ? {
        type: "array",
        contains: {
          type: "object",
          required: [...Object.keys(p.match ?? {}), p.property].filter(
            (k, i, all) => all.indexOf(k) === i,
          ),
          properties: {
            ...Object.fromEntries(Object.entries(p.match ?? {}).map(([k, v]) => [k, { const: v }])),
            ...(p.match?.[p.property] === undefined ? { [p.property]: true } : {}),
          },
        },
      }
    : undefined;
  for (let i = c.path.length - 1; i >= 0; i--) {
    const key = c.path[i]!;
    inner = { type: "object", required: [key], properties: { [key]: inner ?? true } };
  }
  return inner!;
}

/** The minimum a record needs (the entity's identity), as `anyOf` at the root. */
function identitySchema(js: Record<string, unknown>, alternatives: readonly (readonly Column[])[]) {
  const required = new Set((js.required as string[] | undefined) ?? []);
  // Alternatives that plain required fields already give say nothing more.
  if (
    alternatives.some((alt) =>
      alt.every((c) => !c.projection && c.path.length === 1 && required.has(c.key)),
    )
  )
    return;
  const options = alternatives.map((alt) =>
    alt.length === 1 ? present(alt[0]!) : { allOf: alt.map(present) },
  );
  js.anyOf = options;
}
