/**
 * Everything `@linli/adapters` exports, unchanged, for those who install only `linli`.
 *
 * @example
 * ```ts
 * import { suggestMapping } from "linli/adapters";
 * suggestMapping(["姓名", "联系电话"], "resident").columns[1]?.field; // "phone"
 * ```
 *
 * @module
 */
export * from "@linli/adapters";
