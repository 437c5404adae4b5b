import * as z from "zod";
import { SCHEMA_VERSION } from "../generated/version.js";
import { type EntityName, entities } from "../schemas/index.js";

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
  columns: "x-columns",
  separator: "x-separator",
  entity: "x-entity",
} as const;

/** A JSON Schema document, as plain JSON. */
export type JSONSchemaDocument = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of an entity, with linli metadata as `x-` keywords
 * (`x-label`, `x-hxl`, `x-pii`, `x-aliases`, `x-form`, `x-options`, `x-columns`).
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
  const generated = z.toJSONSchema(entities[name], {
    target: "draft-2020-12",
    unrepresentable: "throw",
    io: "input",
    override: ({ jsonSchema }) => {
      const js = jsonSchema as Record<string, unknown>;
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
