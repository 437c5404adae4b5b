import type { Locale, Localized, MessageParams, MessageTemplate } from "@linli/core";
import { en, type FormMessageCode } from "./locales/en.js";
import { zhCN } from "./locales/zh-CN.js";

const catalogues: Record<Locale, Record<FormMessageCode, MessageTemplate>> = {
  "zh-CN": zhCN,
  en,
};

function render(locale: Locale, template: MessageTemplate, params: MessageParams): string {
  if (typeof template === "function") {
    const flat: Record<string, string | number | undefined> = {};
    for (const [k, v] of Object.entries(params)) flat[k] = typeof v === "object" ? v[locale] : v;
    return template(flat);
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? value[locale] : String(value);
  });
}

/**
 * The text of an @linli/forms message (button labels, the error summary title, notices) in
 * every locale.
 *
 * @example
 * ```ts
 * import { formMessage } from "@linli/forms";
 * formMessage("forms.addItem", { item: { "zh-CN": "同住人员", en: "person" } })["zh-CN"];
 * // "添加同住人员"
 * ```
 */
export function formMessage(code: FormMessageCode, params: MessageParams = {}): Localized {
  return {
    "zh-CN": render("zh-CN", catalogues["zh-CN"][code], params),
    en: render("en", catalogues.en[code], params),
  };
}

export type { FormMessageCode };
