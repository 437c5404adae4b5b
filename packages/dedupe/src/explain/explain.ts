import { expectArgument, expectText } from "@linli/core";
import { dedupeEn } from "../locales/en/dedupe.js";
import { dedupeZhCN } from "../locales/zh-CN/dedupe.js";
import type { ScoredPair } from "../types.js";

/** Locales of the explanation texts. */
export type ExplainLocale = "zh-CN" | "en";

const texts = { en: dedupeEn, "zh-CN": dedupeZhCN } as const;

const UNITS: Record<string, Record<ExplainLocale, string>> = {
  d: { en: " days", "zh-CN": " 天" },
  h: { en: " hours", "zh-CN": " 小时" },
  m: { en: " m", "zh-CN": " 米" },
  "": { en: "", "zh-CN": "" },
};

/**
 * A comparison level's name for people ("homophone" → "同音字"); level names of your own
 * comparators come back unchanged.
 *
 * @example
 * ```ts
 * import { levelLabel } from "@linli/dedupe";
 * levelLabel("homophone", "zh-CN"); // "同音字"
 * levelLabel("within-31d", "en"); // "within 31 days"
 * ```
 */
export function levelLabel(level: string, locale: ExplainLocale): string {
  expectText("levelLabel", "level", level);
  expectArgument("levelLabel", "locale", "locale", locale);
  const t = texts[locale];
  const fixed = (t.levels as Record<string, string>)[level];
  if (fixed) return fixed;
  const jw = /^jw>=(.+)$/.exec(level);
  if (jw) return t.patterns["jw>="].replace("{x}", jw[1]!);
  const edits = /^edits<=(\d+)$/.exec(level);
  if (edits) return t.patterns["edits<="].replace("{x}", edits[1]!);
  const within = /^within-([\d.]+)(d|h|m|)$/.exec(level);
  if (within) return t.patterns.within.replace("{x}", within[1]! + UNITS[within[2]!]![locale]);
  return level;
}

/**
 * One line saying why a pair scored as it did: each field's level and weight, strongest
 * evidence first, missing fields left out; and, for a pair scored as a match but kept apart
 * (`keptApart`), why.
 *
 * @example
 * ```ts
 * import { dedupe, explainPair } from "@linli/dedupe";
 * const { pairs } = dedupe([
 *   { name: "张静", birthDate: "1985-03-02", phones: [{ number: "13800138000" }] },
 *   { name: "張靜", birthDate: "1985年3月2日", phones: [{ number: "138 0013 8000" }] },
 *   { name: "李娜", birthDate: "1990-07-19", phones: [{ number: "13912345678" }] },
 * ]);
 * explainPair(pairs[0]!, "zh-CN");
 * // "匹配概率 0.982，同一户：姓名 繁简或空格不同 (+2.8)；电话 完全一致 (+1.0)；出生日期 完全一致 (+1.0)"
 * ```
 */
export function explainPair(pair: ScoredPair, locale: ExplainLocale): string {
  expectArgument("explainPair", "pair", "object", pair);
  expectArgument("explainPair", "locale", "locale", locale);
  const t = texts[locale];
  const parts = pair.explanation
    .filter((e) => e.level !== "missing")
    .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight))
    .map((e) => {
      const field = (t.fields as Record<string, string>)[e.field] ?? e.field;
      const sign = e.weight >= 0 ? "+" : "";
      return `${field} ${levelLabel(e.level, locale)} (${sign}${e.weight.toFixed(1)})`;
    });
  const head = locale === "zh-CN" ? "匹配概率" : "match probability";
  const household = pair.household
    ? locale === "zh-CN"
      ? `，${t.household}`
      : `, ${t.household}`
    : "";
  const sep = locale === "zh-CN" ? "；" : "; ";
  const apart = pair.keptApart ? `${sep}${t.keptApart[pair.keptApart]}` : "";
  return `${head} ${pair.probability.toFixed(3)}${household}${locale === "zh-CN" ? "：" : ": "}${parts.join(sep)}${apart}`;
}
