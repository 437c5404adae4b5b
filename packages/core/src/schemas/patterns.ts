import type { Localized } from "../i18n/types.js";

// The patterns of e-mail addresses and web addresses, shared by their schemas and by the
// validation messages, which say what a value that fails one was expected to look like.

/** An e-mail address: something, @, a domain with a dot. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An http(s) URL. */
export const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/;

/** What a value failing one of the patterns should look like, appended to its message. */
export function expectedFormat(patterns: readonly RegExp[]): Localized | undefined {
  for (const p of patterns) {
    if (p.source === URL_PATTERN.source) {
      return {
        "zh-CN": "，应为以 http:// 或 https:// 开头的网址，如 https://example.org",
        en: ": expected a web address starting with http:// or https://, e.g. https://example.org",
      };
    }
    if (p.source === EMAIL_PATTERN.source) {
      return {
        "zh-CN": "，应为电子邮箱地址，如 name@example.org",
        en: ": expected an e-mail address such as name@example.org",
      };
    }
  }
  return undefined;
}
