import {
  type columns,
  type EntityName,
  entities,
  entityMeta,
  expectArgument,
  expectEntity,
} from "@linli/core";

/**
 * An entity's zod schema, e.g. `Resident`.
 *
 * @example
 * ```ts
 * import { Resident } from "@linli/core";
 * import type { EntitySchema } from "@linli/privacy";
 * const schema: EntitySchema = Resident;
 * ```
 */
export type EntitySchema = Parameters<typeof columns>[0];

/**
 * An entity by name (`"resident"`) or by schema (`Resident`).
 *
 * @example
 * ```ts
 * import { Resident } from "@linli/core";
 * import type { EntityInput } from "@linli/privacy";
 * const byName: EntityInput = "resident";
 * const bySchema: EntityInput = Resident;
 * ```
 */
export type EntityInput = EntityName | EntitySchema;

/** The name and schema of an entity. */
export function entityOf(entity: EntityInput): { name: string; schema: EntitySchema } {
  if (typeof entity === "string") {
    const schema = (entities as Record<string, EntitySchema>)[entity];
    if (!schema) throw new RangeError(`Unknown entity "${entity}"`);
    return { name: entity, schema };
  }
  return { name: entityMeta(entity)?.entity ?? "unknown", schema: entity };
}

/** Throw an ArgumentError unless `entity` names an entity or is an entity's schema. */
export function expectEntityInput(fn: string, entity: unknown): asserts entity is EntityInput {
  if (typeof entity === "string") expectEntity(fn, "entity", entity);
  else expectArgument(fn, "entity", "schema", entity);
}
