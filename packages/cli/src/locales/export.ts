import { messageCatalogue } from "@linli/core";
import { type ExportCliCode, exportEn } from "./en/export.js";
import { exportZhCN } from "./zh-CN/export.js";

/** A text of `linli convert`, `linli template` or `linli report` in both languages. */
export const ex = /* @__PURE__ */ messageCatalogue<ExportCliCode>({
  "zh-CN": exportZhCN,
  en: exportEn,
});

export type { ExportCliCode };
