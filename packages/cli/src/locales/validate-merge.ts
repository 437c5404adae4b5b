import { messageCatalogue } from "@linli/core";
import { type ValidateMergeCode, validateMergeEn } from "./en/validate-merge.js";
import { validateMergeZhCN } from "./zh-CN/validate-merge.js";

/** A text of `linli validate` / `linli merge` in both languages. */
export const vm = /* @__PURE__ */ messageCatalogue<ValidateMergeCode>({
  "zh-CN": validateMergeZhCN,
  en: validateMergeEn,
});

export type { ValidateMergeCode };
