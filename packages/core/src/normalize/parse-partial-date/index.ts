export { PARTIAL_DATE_PATTERN, parsePartialDate } from "./parse-partial-date.js";
