export * from "./citizen-id/index.js";
export * from "./credit-code/index.js";
