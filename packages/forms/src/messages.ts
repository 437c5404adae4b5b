import { type Localized, type MessageParams, messageCatalogue } from "@linli/core";
import { en, type FormMessageCode } from "./locales/en.js";
import { zhCN } from "./locales/zh-CN.js";

const text = /* @__PURE__ */ messageCatalogue<FormMessageCode>({ "zh-CN": zhCN, en });

/**
 * The text of an @linli/forms message (button labels, the error summary title, notices) in
 * every locale.
 *
 * @example
 * ```ts
 * import { formMessage } from "@linli/forms";
 * formMessage("forms.addItem", { item: { "zh-CN": "同住人员", en: "person" } })["zh-CN"];
 * // "添加同住人员"
 * ```
 */
export function formMessage(code: FormMessageCode, params: MessageParams = {}): Localized {
  return text(code, params);
}

export type { FormMessageCode };
