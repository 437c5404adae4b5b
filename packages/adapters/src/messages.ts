import { type Localized, type MessageParams, messageCatalogue } from "@linli/core";
import { type AdapterMessageCode, en } from "./locales/en.js";
import { zhCN } from "./locales/zh-CN.js";

const text = /* @__PURE__ */ messageCatalogue<AdapterMessageCode>({ "zh-CN": zhCN, en });

/**
 * The message of an @linli/adapters code in every locale.
 *
 * @example
 * ```ts
 * import { adapterMessage } from "@linli/adapters";
 * adapterMessage("source.empty", { file: "居民.csv" }).en; // "居民.csv is empty; …"
 * ```
 */
export function adapterMessage(code: AdapterMessageCode, params: MessageParams = {}): Localized {
  return text(code, params);
}

/** Places listed in a message: the first ten, then "…" (the message gives the count). */
export function listFirst(items: readonly (string | number)[]): string {
  return items.length > 10 ? `${items.slice(0, 10).join(", ")}…` : items.join(", ");
}

export type { AdapterMessageCode };
