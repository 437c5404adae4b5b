import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The data of examples/lockdown-day. */
export const EXAMPLE_DATA = fileURLToPath(
  new URL("../../../../examples/lockdown-day/data/", import.meta.url),
);

/** `linli match` options for the example day's files, as its README runs them. */
export const EXAMPLE_ARGS = [
  ["--needs", "丈八社区需求登记.xlsx"],
  ["--needs", "小寨电子城社区需求汇总.csv"],
  ["--stock", "库存台账.xlsx"],
  ["--commitments", "认捐登记.csv"],
  ["--items", "物资目录.csv"],
  ["--locations", "物资点.csv"],
  ["--volunteers", "志愿者名册.xlsx"],
  ["--shifts", "配送排班.csv"],
  ["--as-of", "2022-01-05T08:00+08:00"],
].flatMap(([flag, value]) => [
  flag!,
  flag!.startsWith("--as") ? value! : join(EXAMPLE_DATA, value!),
]);
