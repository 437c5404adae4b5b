export { SCHEMA_VERSION } from "./generated/version.js";
export { stableHash } from "./hash/stable-hash.js";
export type { ArgumentKind } from "./i18n/argument.js";
export {
  ArgumentError,
  checkArgument,
  expectArgument,
  expectText,
  isLocalized,
  isOptions,
} from "./i18n/argument.js";
export type { Catalogues } from "./i18n/catalogue.js";
export { messageCatalogue } from "./i18n/catalogue.js";
export { formatMessage, templateParams } from "./i18n/format.js";
export type { Issue, Severity } from "./i18n/issue.js";
export type { MessageCode } from "./i18n/message.js";
export { issue, message } from "./i18n/message.js";
export type { Result } from "./i18n/result.js";
export { fail, ok } from "./i18n/result.js";
export type { ImportCounts, RowIssue } from "./i18n/row-issue.js";
export { systemLocale } from "./i18n/system-locale.js";
export type { Locale, Localized, MessageParams, MessageTemplate } from "./i18n/types.js";
export { locales } from "./i18n/types.js";
export * from "./identifiers/index.js";
export * from "./model/index.js";
export * from "./normalize/index.js";
export { expectEntity } from "./schemas/expect-entity.js";
export * from "./schemas/index.js";
export * from "./validate/index.js";
