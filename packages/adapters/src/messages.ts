import type { Locale, Localized, MessageParams, MessageTemplate } from "@linli/core";
import { type AdapterMessageCode, en } from "./locales/en.js";
import { zhCN } from "./locales/zh-CN.js";

const catalogues: Record<Locale, Record<AdapterMessageCode, MessageTemplate>> = {
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
 * The message of an @linli/adapters code in every locale.
 *
 * @example
 * ```ts
 * import { adapterMessage } from "@linli/adapters";
 * adapterMessage("source.empty", { file: "居民.csv" }).en; // "居民.csv is empty; …"
 * ```
 */
export function adapterMessage(code: AdapterMessageCode, params: MessageParams = {}): Localized {
  return {
    "zh-CN": render("zh-CN", catalogues["zh-CN"][code], params),
    en: render("en", catalogues.en[code], params),
  };
}

export type { AdapterMessageCode };
