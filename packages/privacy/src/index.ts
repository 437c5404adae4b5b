export * from "./clk/index.js";
export { PrivacyError, privacyIssue } from "./errors.js";
export { type PrivacyMessageCode, privacyMessage } from "./messages.js";
export * from "./profile/index.js";
export * from "./pseudonym/index.js";
export * from "./secret/index.js";
export * from "./suppress/index.js";
