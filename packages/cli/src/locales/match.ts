import { messageCatalogue } from "@linli/core";
import { type MatchCliCode, matchCliEn } from "./en/match.js";
import { matchCliZhCN } from "./zh-CN/match.js";

/** A text of `linli match` in both languages. */
export const mc = /* @__PURE__ */ messageCatalogue<MatchCliCode>({
  "zh-CN": matchCliZhCN,
  en: matchCliEn,
});

export type { MatchCliCode };
