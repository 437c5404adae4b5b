import { en } from "../locales/en/index.js";
import { zhCN } from "../locales/zh-CN/index.js";
import { messageCatalogue } from "./catalogue.js";
import type { Issue, Severity } from "./issue.js";
import type { Localized, MessageParams } from "./types.js";

/** Every message code linli knows. Adding a code to the English catalogue adds it here. */
export type MessageCode = keyof typeof en;

const text = /* @__PURE__ */ messageCatalogue<MessageCode>({ "zh-CN": zhCN, en });

/**
 * The message for `code` in every locale.
 *
 * @example
 * ```ts
 * import { message } from "@linli/core";
 * message("citizenId.checksum", { expected: "X" });
 * // { "zh-CN": "身份证号校验位错误，应为 X", en: "..." }
 * ```
 */
export function message(code: MessageCode, params: MessageParams = {}): Localized {
  return text(code, params);
}

/**
 * Build an {@link Issue} with its message in every locale.
 *
 * @example
 * ```ts
 * import { issue } from "@linli/core";
 * const i = issue("citizenId.length", "error", { length: 17 });
 * i.message.en; // "A citizen ID has 18 characters (or 15 for old ones); got 17"
 * ```
 */
export function issue(
  code: MessageCode,
  severity: Severity = "error",
  params: MessageParams = {},
  path?: readonly (string | number)[],
): Issue {
  const base = { code, severity, message: message(code, params) };
  const withParams = Object.keys(params).length > 0 ? { ...base, params } : base;
  return path ? { ...withParams, path } : withParams;
}
