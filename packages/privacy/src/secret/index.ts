export { generateSecret } from "./generate-secret.js";
export { deriveKey, importSecret, keyId, MIN_SECRET_BYTES, type Secret } from "./secret.js";
