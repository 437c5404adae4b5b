import floating from "../../reports/floating-population.json";
import quarantine from "../../reports/quarantine-daily.json";
import supplies from "../../reports/supplies-ledger.json";
import type { ReportDefinition } from "./types.js";

/**
 * The report definitions shipped with linli (the JSON files in `@linli/adapters/reports/`),
 * modelled on real community forms:
 *
 * - `quarantine-daily` 居家隔离人员日报表: residents in home quarantine or home health
 *   monitoring, by building and room, with age, ID, phone, address, day of quarantine and
 *   special needs; a second sheet counts them by building and status. Parameters:
 *   `community`, `date` (default today), `building` (optional).
 * - `floating-population` 流动人口登记表: the floating population with origin, arrival date,
 *   current address and householder; a second sheet counts all residents by building and
 *   residency type. Parameters: `community`, `date`, `since` (optional arrival date).
 * - `supplies-ledger` 物资发放台账: every distribution out of stock with date, item, batch,
 *   quantity, recipient, places and handler; a second sheet totals quantity and entries by
 *   item and unit. Parameters: `community`, `date`, `from` and `to` (optional).
 *
 * @example
 * ```ts
 * import { builtinReports } from "@linli/adapters";
 * Object.keys(builtinReports); // ["quarantine-daily", "floating-population", "supplies-ledger"]
 * ```
 */
export const builtinReports: Readonly<
  Record<"quarantine-daily" | "floating-population" | "supplies-ledger", ReportDefinition>
> = {
  "quarantine-daily": quarantine as unknown as ReportDefinition,
  "floating-population": floating as unknown as ReportDefinition,
  "supplies-ledger": supplies as unknown as ReportDefinition,
};
