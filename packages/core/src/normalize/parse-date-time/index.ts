export type { ParseDateTimeOptions } from "./parse-date-time.js";
export { parseDateTime } from "./parse-date-time.js";
