/** A locale linli speaks. zh-CN comes first: the data model is Chinese-first. */
export type Locale = "zh-CN" | "en";

/**
 * Every locale linli ships, in order of preference.
 *
 * @example
 * ```ts
 * import { locales, message } from "@linli/core";
 * for (const locale of locales) message("phone.empty", {})[locale];
 * ```
 */
export const locales: readonly Locale[] = ["zh-CN", "en"];

/**
 * A text in every supported locale.
 *
 * @example
 * ```ts
 * import type { Localized } from "@linli/core";
 * const label: Localized = { "zh-CN": "姓名", en: "Name" };
 * ```
 */
export type Localized = { readonly "zh-CN": string; readonly en: string };

/**
 * Values interpolated into a message template such as `"{field} is required"`. A
 * {@link Localized} value is rendered in each message's own locale (e.g. a field label).
 */
export type MessageParams = Readonly<Record<string, string | number | Localized | undefined>>;

/** A message template: a plain string with `{name}` placeholders, or a function of its params. */
export type MessageTemplate = string | ((params: MessageParams) => string);
