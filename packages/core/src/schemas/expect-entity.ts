import { ArgumentError } from "../i18n/argument.js";
import { type EntityName, entityNames } from "./index.js";

/**
 * Throw an {@link ArgumentError} unless `value` names an entity (`resident`, `household`…).
 *
 * @example
 * ```ts
 * import { expectEntity } from "@linli/core";
 * expectEntity("myFunction", "entity", "resident"); // fine
 * ```
 */
export function expectEntity(
  fn: string,
  name: string,
  value: unknown,
): asserts value is EntityName {
  if (typeof value !== "string" || !(entityNames as string[]).includes(value)) {
    throw new ArgumentError(fn, name, "entity", value, { names: entityNames.join(", ") });
  }
}
