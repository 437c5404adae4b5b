import * as z from "zod";
import { expectArgument } from "../i18n/argument.js";
import type { Localized } from "../i18n/types.js";

/**
 * The words of one option beyond its labels, as `x-vocabulary` publishes them: `codes` of
 * national and international standards (GB/T 4761 10 for spouse), read only whole; `synonyms`
 * that state the value (妻 for spouse); `hints` that only suggest it (“Ms.” for female), which
 * an import reads with a warning.
 */
export interface OptionWords {
  readonly codes?: readonly string[];
  readonly synonyms?: readonly string[];
  readonly hints?: readonly string[];
}

/**
 * An option of a {@link choice}: its labels in every locale, and the other words and codes real
 * files write for it.
 */
export interface OptionSpec extends Localized, OptionWords {}

/**
 * An enum whose options carry labels in every locale, and the synonyms and codes real files
 * use for them. Returns the zod enum and the options, so that a field's `.meta({ options })`
 * and its values come from one object; {@link field} publishes the words as the field's
 * `vocabulary` (`x-vocabulary` in JSON Schema).
 *
 * @example
 * ```ts
 * import { choice, L } from "@linli/core";
 * const [Gender, genderOptions] = choice({
 *   male: { ...L("男", "Male"), codes: ["1"], synonyms: ["男性", "M"], hints: ["Mr."] },
 *   female: L("女", "Female"),
 * });
 * Gender.parse("male");
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function choice<const K extends string>(
  options: Record<K, OptionSpec>,
): [z.ZodEnum<{ [k in K]: k }>, Record<K, OptionSpec>] {
  expectArgument("choice", "options", "object", options);
  return [z.enum(Object.keys(options) as [K, ...K[]]), options];
}

/**
 * Split options into their labels and their vocabulary (synonyms and hints per option); the
 * vocabulary is `undefined` when no option has words beyond its labels.
 *
 * @example
 * ```ts
 * import { L, splitOptions } from "@linli/core";
 * splitOptions({ spouse: { ...L("配偶", "Spouse"), synonyms: ["妻"] } }).vocabulary;
 * // { spouse: { synonyms: ["妻"] } }
 * ```
 */
export function splitOptions(options: Readonly<Record<string, OptionSpec>>): {
  labels: Record<string, Localized>;
  vocabulary: Record<string, OptionWords> | undefined;
} {
  expectArgument("splitOptions", "options", "record", options);
  const labels: Record<string, Localized> = {};
  let vocabulary: Record<string, OptionWords> | undefined;
  for (const [value, o] of Object.entries(options)) {
    labels[value] = { "zh-CN": o["zh-CN"], en: o.en };
    if (o.codes?.length || o.synonyms?.length || o.hints?.length) {
      vocabulary ??= {};
      vocabulary[value] = {
        ...(o.codes?.length ? { codes: o.codes } : {}),
        ...(o.synonyms?.length ? { synonyms: o.synonyms } : {}),
        ...(o.hints?.length ? { hints: o.hints } : {}),
      };
    }
  }
  return { labels, vocabulary };
}
