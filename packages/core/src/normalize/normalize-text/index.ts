export { normalizeText } from "./normalize-text.js";
