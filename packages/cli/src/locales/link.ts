import { messageCatalogue } from "@linli/core";
import { type LinkCode, linkEn } from "./en/link.js";
import { linkZhCN } from "./zh-CN/link.js";

/** A text of `linli link` in both languages. */
export const lk = /* @__PURE__ */ messageCatalogue<LinkCode>({ "zh-CN": linkZhCN, en: linkEn });
