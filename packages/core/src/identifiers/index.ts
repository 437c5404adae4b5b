export * from "./citizen-id/index.js";
