export { normalizeName } from "./normalize-name.js";
