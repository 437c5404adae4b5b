import { type Localized, type MessageParams, messageCatalogue } from "@linli/core";
import { en, type PrivacyMessageCode } from "./locales/en.js";
import { zhCN } from "./locales/zh-CN.js";

const text = /* @__PURE__ */ messageCatalogue<PrivacyMessageCode>({ "zh-CN": zhCN, en });

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
  return text(code, params);
}

export type { PrivacyMessageCode };
