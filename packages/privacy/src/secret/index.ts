export { generateSecret } from "./generate-secret.js";
export { keyId, MIN_SECRET_BYTES, type Secret } from "./secret.js";
