import { formatMessage, oneLine } from "./format.js";
import type { Locale, Localized, MessageParams, MessageTemplate } from "./types.js";

/**
 * Per-locale message templates of one package, keyed by code.
 *
 * @example
 * ```ts
 * import type { Catalogues } from "@linli/core";
 * const texts: Catalogues<"row.empty"> = {
 *   "zh-CN": { "row.empty": "第 {row} 行是空行" },
 *   en: { "row.empty": "Row {row} is empty" },
 * };
 * ```
 */
export type Catalogues<C extends string> = Readonly<
  Record<Locale, Readonly<Record<C, MessageTemplate>>>
>;

function render(
  locale: Locale,
  template: MessageTemplate | undefined,
  code: string,
  params: MessageParams,
): string {
  // A code missing from a catalogue shows itself rather than failing the message.
  if (template === undefined) return code;
  if (typeof template === "function") {
    const flat: Record<string, string | number | undefined> = {};
    for (const [k, v] of Object.entries(params)) {
      flat[k] = typeof v === "object" ? oneLine(v[locale]) : typeof v === "string" ? oneLine(v) : v;
    }
    return template(flat);
  }
  return formatMessage(locale, template, params);
}

/**
 * The message function of a set of per-locale catalogues: a code and its parameters in, the
 * text in every locale out. `{name}` in a template is replaced by the parameter; a localized
 * parameter gives each locale its own text; `{n, plural, one {# row} other {# rows}}` agrees
 * with a number (see {@link formatMessage}). Every linli package builds its messages with it.
 *
 * @example
 * ```ts
 * import { messageCatalogue } from "@linli/core";
 * const text = messageCatalogue({
 *   "zh-CN": { "row.empty": "第 {row} 行是空行" },
 *   en: { "row.empty": "Row {row} is empty" },
 * });
 * text("row.empty", { row: 3 }); // { "zh-CN": "第 3 行是空行", en: "Row 3 is empty" }
 * ```
 */
export function messageCatalogue<C extends string>(
  catalogues: Catalogues<C>,
): (code: C, params?: MessageParams) => Localized {
  return (code, params = {}) => ({
    "zh-CN": render("zh-CN", catalogues["zh-CN"][code], code, params),
    en: render("en", catalogues.en[code], code, params),
  });
}
