import type { Locale } from "./types.js";

/** The locale linli speaks for a language tag or POSIX locale name: Chinese ones zh-CN, else en. */
function toLocale(tag: string | undefined): Locale | undefined {
  if (!tag || tag === "C" || tag === "POSIX") return undefined;
  return tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/**
 * The language of the system linli runs on, the default of every `lang` / `locale` option:
 * in Node the locale environment (LC_ALL, then LC_MESSAGES, then LANG, as POSIX programs read
 * it), in a browser the page reader's languages, else the runtime's own locale. Any Chinese
 * locale gives zh-CN, anything else en.
 *
 * @example
 * ```ts
 * import { systemLocale } from "@linli/core";
 * systemLocale({ LANG: "zh_CN.UTF-8" }); // "zh-CN"
 * systemLocale({ LC_ALL: "en_GB.UTF-8", LANG: "zh_CN.UTF-8" }); // "en"
 * ```
 */
export function systemLocale(
  env: Readonly<Record<string, string | undefined>> | undefined = (
    globalThis as { process?: { env?: Record<string, string | undefined> } }
  ).process?.env,
): Locale {
  if (env) {
    const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG;
    // C and POSIX say nothing about a language: fall through to the runtime's locale.
    const fromEnv = toLocale(posix?.split(/[.@]/)[0]);
    if (fromEnv) return fromEnv;
  }
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } })
    .navigator;
  const fromBrowser = toLocale(nav?.languages?.[0] ?? nav?.language);
  if (fromBrowser) return fromBrowser;
  return toLocale(Intl.DateTimeFormat().resolvedOptions().locale) ?? "en";
}
