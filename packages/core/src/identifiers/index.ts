export * from "./citizen-id/index.js";
export * from "./cn-mobile/index.js";
export * from "./credit-code/index.js";
export * from "./phone/index.js";
export * from "./phone-cell/index.js";
