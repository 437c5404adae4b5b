export * from "./check-division-code/index.js";
export * from "./find-divisions/index.js";
export * from "./list-divisions/index.js";
export * from "./lookup-division/index.js";
export type { Division, DivisionRef } from "./types.js";
