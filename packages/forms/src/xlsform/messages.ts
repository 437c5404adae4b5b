import { type Localized, type MessageParams, messageCatalogue } from "@linli/core";
import { en, type XlsFormMessageCode } from "./locales/en.js";
import { zhCN } from "./locales/zh-CN.js";

const text = /* @__PURE__ */ messageCatalogue<XlsFormMessageCode>({ "zh-CN": zhCN, en });

/**
 * The text of an XLSForm writer message in every locale.
 *
 * @example
 * ```ts
 * import { xlsFormMessage } from "@linli/forms/xlsform";
 * xlsFormMessage("xlsform.phone").en.startsWith("Enter an 11-digit"); // true
 * ```
 */
export function xlsFormMessage(code: XlsFormMessageCode, params: MessageParams = {}): Localized {
  return text(code, params);
}

export type { XlsFormMessageCode };
