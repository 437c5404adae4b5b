/**
 * Fair mode for a hub: first the largest share of urgent need that every community can get,
 * then the most priority-weighted supply at that share, solved as linear programs by HiGHS
 * (WebAssembly, the optional peer dependency `highs`, loaded only when this runs).
 *
 * @example
 * ```ts
 * import { matchFair } from "@linli/match/fair";
 * const plan = await matchFair({ needs: [], stock: [] }, { asOf: "2022-01-05T08:00:00+08:00" });
 * plan.run.mode; // "fair"
 * ```
 *
 * @module
 */
export * from "./fair/index.js";
