import type { Locale, Localized, MessageParams, MessageTemplate } from "@linli/core";
import { en, type PrivacyMessageCode } from "./locales/en.js";
import { zhCN } from "./locales/zh-CN.js";

const catalogues: Record<Locale, Record<PrivacyMessageCode, MessageTemplate>> = {
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
 * The message of an @linli/privacy code in every locale.
 *
 * @example
 * ```ts
 * import { privacyMessage } from "@linli/privacy";
 * privacyMessage("secret.short", { bytes: 8, min: 16 })["zh-CN"];
 * // "密钥只有 8 字节，至少需要 16 字节（128 位）"
 * ```
 */
export function privacyMessage(code: PrivacyMessageCode, params: MessageParams = {}): Localized {
  return {
    "zh-CN": render("zh-CN", catalogues["zh-CN"][code], params),
    en: render("en", catalogues.en[code], params),
  };
}

export type { PrivacyMessageCode };
