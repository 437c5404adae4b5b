import type { Locale, Localized } from "@linli/core";
import { type ValidateMergeCode, validateMergeEn } from "./en/validate-merge.js";
import { validateMergeZhCN } from "./zh-CN/validate-merge.js";

const catalogues: Record<Locale, Record<ValidateMergeCode, string>> = {
  "zh-CN": validateMergeZhCN,
  en: validateMergeEn,
};

/** A text of `linli validate` / `linli merge` in both languages. */
export function vm(
  code: ValidateMergeCode,
  params: Readonly<Record<string, string | number>> = {},
): Localized {
  const fill = (l: Locale) =>
    catalogues[l][code].replace(/\{(\w+)\}/g, (w, k: string) =>
      params[k] === undefined ? w : String(params[k]),
    );
  return { "zh-CN": fill("zh-CN"), en: fill("en") };
}

export type { ValidateMergeCode };
