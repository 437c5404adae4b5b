export { normalizeWhitespace } from "./normalize-whitespace.js";
