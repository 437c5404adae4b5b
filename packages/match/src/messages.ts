import { type Localized, type MessageParams, messageCatalogue } from "@linli/core";
import { type MatchMessageCode, matchEn } from "./locales/en.js";
import { matchZhCN } from "./locales/zh-CN.js";

const text = /* @__PURE__ */ messageCatalogue<MatchMessageCode>({
  "zh-CN": matchZhCN,
  en: matchEn,
});

/**
 * A message of @linli/match (reasons, unmet needs, unassigned tasks, issues) in every locale.
 *
 * @example
 * ```ts
 * import { matchMessage } from "@linli/match";
 * matchMessage("waited", { hours: 26 }); // { "zh-CN": "已等待 26 小时", en: "waited 26 h" }
 * ```
 */
export function matchMessage(code: MatchMessageCode, params: MessageParams = {}): Localized {
  return text(code, params);
}

export type { MatchMessageCode };
