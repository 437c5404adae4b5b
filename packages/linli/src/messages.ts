import { type Localized, type MessageParams, messageCatalogue } from "@linli/core";
import { type LinliMessageCode, linliEn } from "./locales/en.js";
import { linliZhCN } from "./locales/zh-CN.js";

const text = /* @__PURE__ */ messageCatalogue<LinliMessageCode>({
  "zh-CN": linliZhCN,
  en: linliEn,
});

/**
 * A message of the `linli` package (merge inputs, outputs, the report) in every locale.
 *
 * @example
 * ```ts
 * import { linliMessage } from "linli";
 * linliMessage("merge.pathInBrowser", { path: "a.csv" }).en;
 * ```
 */
export function linliMessage(code: LinliMessageCode, params: MessageParams = {}): Localized {
  return text(code, params);
}

/**
 * A problem with what was passed to `merge` or where outputs go (not with the data), with its
 * message in both locales.
 *
 * @example
 * ```ts
 * import { LinliError, merge } from "linli";
 * await merge(["居民.csv"]).catch((e) => {
 *   if (e instanceof LinliError) console.log(e.code, e.localized["zh-CN"]); // "merge.pathInBrowser" …
 * });
 * ```
 */
export class LinliError extends Error {
  /** The message in every locale. */
  readonly localized: Localized;
  constructor(
    readonly code: LinliMessageCode,
    readonly params: MessageParams = {},
  ) {
    const localized = linliMessage(code, params);
    super(localized.en);
    this.name = "LinliError";
    this.localized = localized;
  }

  /** @deprecated Use `localized`, as every linli error has it. */
  get text(): Localized {
    return this.localized;
  }
}

export type { LinliMessageCode };
