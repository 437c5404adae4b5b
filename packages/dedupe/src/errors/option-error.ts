import { type Localized, type MessageParams, messageCatalogue } from "@linli/core";
import { type DedupeOptionCode, optionsEn } from "../locales/en/options.js";
import { optionsZhCN } from "../locales/zh-CN/options.js";

const text = /* @__PURE__ */ messageCatalogue<DedupeOptionCode>({
  "zh-CN": optionsZhCN,
  en: optionsEn,
});

/**
 * An option of `dedupe`, `link` or a profile, comparator or blocking rule that cannot work
 * (not a problem in the data), with its message in zh-CN and en. It is a `RangeError`.
 *
 * @example
 * ```ts
 * import { DedupeOptionError, dedupe } from "@linli/dedupe";
 * try {
 *   dedupe([], { profile: "residents" as "resident" });
 * } catch (e) {
 *   if (e instanceof DedupeOptionError) console.log(e.code, e.localized["zh-CN"]);
 *   // "options.profile" "没有名为“residents”的查重方案；…"
 * }
 * ```
 */
export class DedupeOptionError extends RangeError {
  /** The message in every locale. */
  readonly localized: Localized;
  constructor(
    readonly code: DedupeOptionCode,
    params: MessageParams = {},
  ) {
    const t = text(code, params);
    super(t.en);
    this.name = "DedupeOptionError";
    this.localized = t;
  }

  /** @deprecated Use `localized`, as every linli error has it. */
  get text(): Localized {
    return this.localized;
  }
}

export type { DedupeOptionCode };
