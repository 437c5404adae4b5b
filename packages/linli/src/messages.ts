import type { Locale, Localized, MessageParams } from "@linli/core";
import { type LinliMessageCode, linliEn } from "./locales/en.js";
import { linliZhCN } from "./locales/zh-CN.js";

const catalogues: Record<Locale, Record<LinliMessageCode, string>> = {
  "zh-CN": linliZhCN,
  en: linliEn,
};

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
  const fill = (locale: Locale) =>
    catalogues[locale][code].replace(/\{(\w+)\}/g, (whole, k: string) => {
      const v = params[k];
      if (v === undefined) return whole;
      return typeof v === "object" ? v[locale] : String(v);
    });
  return { "zh-CN": fill("zh-CN"), en: fill("en") };
}

/**
 * A problem with what was passed to `merge` or where outputs go (not with the data), with its
 * message in both locales.
 *
 * @example
 * ```ts
 * import { LinliError, merge } from "linli";
 * await merge(["居民.csv"]).catch((e) => {
 *   if (e instanceof LinliError) console.log(e.code, e.text["zh-CN"]); // "merge.pathInBrowser" …
 * });
 * ```
 */
export class LinliError extends Error {
  readonly text: Localized;
  constructor(
    readonly code: LinliMessageCode,
    readonly params: MessageParams = {},
  ) {
    const text = linliMessage(code, params);
    super(text.en);
    this.name = "LinliError";
    this.text = text;
  }
}

export type { LinliMessageCode };
