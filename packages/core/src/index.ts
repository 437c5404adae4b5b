export type { Issue, Severity } from "./i18n/issue.js";
export type { MessageCode } from "./i18n/message.js";
export { issue, message } from "./i18n/message.js";
export type { Result } from "./i18n/result.js";
export { fail, ok } from "./i18n/result.js";
export type { Locale, Localized, MessageParams, MessageTemplate } from "./i18n/types.js";
export { locales } from "./i18n/types.js";
export * from "./identifiers/index.js";
export * from "./normalize/index.js";
