import { type Localized, type MessageParams, messageCatalogue } from "@linli/core";
import { type ExportMessageCode, exportEn } from "../locales/export.en.js";
import { exportZhCN } from "../locales/export.zh-CN.js";

const text = /* @__PURE__ */ messageCatalogue<ExportMessageCode>({
  "zh-CN": exportZhCN,
  en: exportEn,
});

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
  return text(code, params);
}

/** A warning about an export as a whole. */
export interface ExportNote {
  readonly code: ExportMessageCode;
  readonly message: Localized;
}

export type { ExportMessageCode };
