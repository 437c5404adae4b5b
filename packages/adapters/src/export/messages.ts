import type { Locale, Localized, MessageParams, MessageTemplate } from "@linli/core";
import { type ExportMessageCode, exportEn } from "../locales/export.en.js";
import { exportZhCN } from "../locales/export.zh-CN.js";

const catalogues: Record<Locale, Record<ExportMessageCode, MessageTemplate>> = {
  "zh-CN": exportZhCN,
  en: exportEn,
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
 * A text of the export, template and report side of @linli/adapters in every locale.
 *
 * @example
 * ```ts
 * import { exportMessage } from "@linli/adapters";
 * exportMessage("export.sheetFull", { sheet: "居民", rows: 1048576, next: "居民(2)" })["zh-CN"];
 * // "工作表“居民”已满 1048576 行，其余记录接着写在工作表“居民(2)”中"
 * ```
 */
export function exportMessage(code: ExportMessageCode, params: MessageParams = {}): Localized {
  return {
    "zh-CN": render("zh-CN", catalogues["zh-CN"][code], params),
    en: render("en", catalogues.en[code], params),
  };
}

/** A warning about an export as a whole. */
export interface ExportNote {
  readonly code: ExportMessageCode;
  readonly message: Localized;
}

export type { ExportMessageCode };
