import { type Localized, type MessageParams, messageCatalogue } from "@linli/core";
import { type MergeMessageCode, mergeEn } from "./locales/en.js";
import { mergeZhCN } from "./locales/zh-CN.js";

const text = /* @__PURE__ */ messageCatalogue<MergeMessageCode>({
  "zh-CN": mergeZhCN,
  en: mergeEn,
});

/**
 * The message of a merge code in every locale.
 *
 * @example
 * ```ts
 * import { mergeMessage } from "@linli/dedupe";
 * mergeMessage("merge.sourceName", { index: 2 })["zh-CN"]; // "每个数据来源都需要一个名称…"
 * ```
 */
export function mergeMessage(code: MergeMessageCode, params: MessageParams = {}): Localized {
  return text(code, params);
}

/**
 * An error in what was passed to `merge` (not in the data), with its message in both locales.
 *
 * @example
 * ```ts
 * import { MergeError, merge } from "@linli/dedupe";
 * try {
 *   merge([{ name: "", rows: [] }]);
 * } catch (e) {
 *   if (e instanceof MergeError) console.log(e.code, e.localized["zh-CN"]); // "merge.sourceName" "每个数据来源都需要一个名称…"
 * }
 * ```
 */
export class MergeError extends Error {
  /** The message in every locale. */
  readonly localized: Localized;
  constructor(
    readonly code: MergeMessageCode,
    params: MessageParams = {},
  ) {
    const localized = mergeMessage(code, params);
    super(localized.en);
    this.name = "MergeError";
    this.localized = localized;
  }

  /** @deprecated Use `localized`, as every linli error has it. */
  get text(): Localized {
    return this.localized;
  }
}

export type { MergeMessageCode };
