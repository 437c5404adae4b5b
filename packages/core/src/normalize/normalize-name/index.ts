export { isMaskedName } from "./masked-name.js";
export { normalizeName } from "./normalize-name.js";
