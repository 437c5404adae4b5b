export { parseDate } from "./parse-date.js";
export type { ParseDateOptions } from "./read-date.js";
