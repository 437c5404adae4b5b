import { expectArgument, expectText, type Locale, systemLocale } from "@linli/core";

/**
 * The language for messages: `--lang` when given, else the system locale (LC_ALL,
 * LC_MESSAGES, LANG, then the runtime's), zh-CN for any Chinese locale and en otherwise.
 *
 * @example
 * ```ts
 * import { pickLang } from "@linli/cli";
 * pickLang(undefined, { LANG: "zh_CN.UTF-8" }); // "zh-CN"
 * pickLang("en", { LANG: "zh_CN.UTF-8" }); // "en"
 * ```
 */
export function pickLang(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Locale | undefined {
  if (flag !== undefined) expectText("pickLang", "flag", flag);
  expectArgument("pickLang", "env", "record", env);
  if (flag !== undefined) {
    const f = flag.toLowerCase();
    if (f.startsWith("zh")) return "zh-CN";
    if (f.startsWith("en")) return "en";
    return undefined;
  }
  return systemLocale(env);
}
