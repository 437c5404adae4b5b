import { messageCatalogue } from "@linli/core";
import { type ArgsCode, argsEn } from "./en/args.js";
import { argsZhCN } from "./zh-CN/args.js";

/** A text of argument errors in both languages. */
export const argText = /* @__PURE__ */ messageCatalogue<ArgsCode>({
  "zh-CN": argsZhCN,
  en: argsEn,
});

export type { ArgsCode };
