export * from "./divisions/index.js";
