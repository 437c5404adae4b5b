import { messageCatalogue } from "@linli/core";
import { type ImportOptionsCode, importOptionsEn } from "./en/import-options.js";
import { importOptionsZhCN } from "./zh-CN/import-options.js";

/** A text of the import options (`--set`, `--crs`, the entity guessed) in both languages. */
export const io = /* @__PURE__ */ messageCatalogue<ImportOptionsCode>({
  "zh-CN": importOptionsZhCN,
  en: importOptionsEn,
});

export type { ImportOptionsCode };
