import { type Locale, type MessageParams, messageCatalogue } from "@linli/core";
import { type MatchOutputCode, matchOutputEn } from "../locales/match-en.js";
import { matchOutputZhCN } from "../locales/match-zh-CN.js";

const text = /* @__PURE__ */ messageCatalogue<MatchOutputCode>({
  "zh-CN": matchOutputZhCN,
  en: matchOutputEn,
});

/** A text of match plans in one language. */
export const mt = (lang: Locale, code: MatchOutputCode, params: MessageParams = {}) =>
  text(code, params)[lang];

/** `2022-01-05T14:00:00+08:00` → `2022-01-05 14:00`, in the time's own zone. */
export const clock = (iso: string | undefined) => (iso ? iso.slice(0, 16).replace("T", " ") : "");

/** `3号楼 2单元 301`, or `3 / 2 / 301` in English. */
export function address(
  a: { building?: string; unit?: string; room?: string; compound?: string } | undefined,
  lang: Locale,
): string {
  if (!a) return "";
  const withSuffix = (v: string | undefined, zh: string) =>
    v ? (lang === "zh-CN" && /^\d+[A-Za-z]?$/.test(v) ? `${v}${zh}` : v) : "";
  return [
    a.compound ?? "",
    withSuffix(a.building, "号楼"),
    withSuffix(a.unit, "单元"),
    a.room ?? "",
  ]
    .filter(Boolean)
    .join(" ");
}
