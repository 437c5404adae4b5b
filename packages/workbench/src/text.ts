import {
  type Locale,
  type Localized,
  type MessageParams,
  messageCatalogue,
  systemLocale,
} from "@linli/core";
import { createContext, useContext } from "react";
import { type WorkbenchMessageCode, workbenchEn } from "./locales/en.js";
import { workbenchZhCN } from "./locales/zh-CN.js";

/** A workbench message in every locale. */
export const message = /* @__PURE__ */ messageCatalogue<WorkbenchMessageCode>({
  "zh-CN": workbenchZhCN,
  en: workbenchEn,
});

/** The page's language, and the text of a message in it. */
export interface Texts {
  readonly lang: Locale;
  t(code: WorkbenchMessageCode, params?: MessageParams): string;
  /** A localized text (from the libraries) in the page's language. */
  l(text: Localized): string;
}

/** The texts of a language. */
export function texts(lang: Locale): Texts {
  return {
    lang,
    t: (code, params = {}) => message(code, params)[lang],
    l: (text) => text[lang],
  };
}

export const TextContext = createContext<Texts>(texts(systemLocale()));

/** The page's texts, in the language chosen. */
export const useTexts = (): Texts => useContext(TextContext);
