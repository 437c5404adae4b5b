import type { Locale, Localized } from "@linli/core";
import { type ExportCliCode, exportEn } from "./en/export.js";
import { exportZhCN } from "./zh-CN/export.js";

const catalogues: Record<Locale, Record<ExportCliCode, string>> = {
  "zh-CN": exportZhCN,
  en: exportEn,
};

/** A text of `linli convert`, `linli template` or `linli report` in both languages. */
export function ex(
  code: ExportCliCode,
  params: Readonly<Record<string, string | number>> = {},
): Localized {
  const fill = (l: Locale) =>
    catalogues[l][code].replace(/\{(\w+)\}/g, (w, k: string) =>
      params[k] === undefined ? w : String(params[k]),
    );
  return { "zh-CN": fill("zh-CN"), en: fill("en") };
}

export type { ExportCliCode };
