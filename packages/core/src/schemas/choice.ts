import * as z from "zod";
import { expectArgument } from "../i18n/argument.js";
import type { Localized } from "../i18n/types.js";

/**
 * An enum whose options carry labels in every locale. Returns the zod enum and the labels
 * so that a field's `.meta({ options })` and its values come from one object.
 *
 * @example
 * ```ts
 * import { choice, L } from "@linli/core";
 * const [Gender, genderLabels] = choice({ male: L("男", "Male"), female: L("女", "Female") });
 * Gender.parse("male");
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function choice<const K extends string>(
  options: Record<K, Localized>,
): [z.ZodEnum<{ [k in K]: k }>, Record<K, Localized>] {
  expectArgument("choice", "options", "object", options);
  return [z.enum(Object.keys(options) as [K, ...K[]]), options];
}
