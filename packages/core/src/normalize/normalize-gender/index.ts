export { normalizeGender } from "./normalize-gender.js";
