import { expectArgument, type Locale, type StockMovement, systemLocale } from "@linli/core";
import { type MatchPlan, rollup } from "@linli/match";
import type { BuiltinProfileName, SharingProfile } from "@linli/privacy";
import { rollupHtml, rollupXlsx } from "./rollup.js";
import { planSheets, sheetHtml, sheetXlsx } from "./sheet.js";
import { allocationsTable, tasksTable, unmetCsv, unmetXlsx } from "./tables.js";

/**
 * What a file of a match plan holds.
 *
 * @example
 * ```ts
 * import type { MatchOutputKind } from "linli";
 * const printable: MatchOutputKind[] = ["sheet", "rollup"];
 * ```
 */
export type MatchOutputKind =
  | "allocations"
  | "tasks"
  | "sheet"
  | "unmet"
  | "rollup"
  | "needs"
  | "stock"
  | "run"
  | "issues";

/**
 * One file of a match plan: its name (sheets in `sheets/`), what it holds, and its content.
 *
 * @example
 * ```ts
 * import type { MatchOutputFile } from "linli";
 * const f: MatchOutputFile = { name: "run.json", kind: "run", chunks: () => ["{}\n"] };
 * ```
 */
export interface MatchOutputFile {
  readonly name: string;
  readonly kind: MatchOutputKind;
  /** The file's content, piece by piece (text as UTF-8). */
  chunks(): Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;
}

/**
 * Options of {@link matchOutputFiles} and `writeMatchOutputs`.
 *
 * @example
 * ```ts
 * import type { MatchOutputOptions } from "linli";
 * const o: MatchOutputOptions = { lang: "en", profile: "internal" };
 * ```
 */
export interface MatchOutputOptions {
  /** Language of headers, sheets and the roll-up. Default: the system language. */
  readonly lang?: Locale;
  /**
   * How much of a recipient's contact the delivery sheets show (see `@linli/privacy`).
   * Default `partner-ngo`: names and phones masked (王*伟, 138****5678). Addresses are always
   * down to the room: delivery needs them.
   */
  readonly profile?: SharingProfile | BuiltinProfileName;
  /** The stock the plan was made from: `stock.json` is it plus the movements the plan wrote. */
  readonly stock?: readonly StockMovement[];
}

function* jsonList(items: readonly unknown[]): Iterable<string> {
  yield "[\n";
  for (let i = 0; i < items.length; i++)
    yield `${JSON.stringify(items[i])}${i + 1 < items.length ? "," : ""}\n`;
  yield "]\n";
}

/**
 * The files of a match plan, without writing them anywhere: allocations (CSV and XLSX to read
 * and edit, JSON for the next run), delivery tasks (XLSX to fill in, JSON), one delivery sheet
 * per volunteer and shift (XLSX and printable HTML, in `sheets/`), unmet needs with reasons
 * (CSV, XLSX), the hub's roll-up by community and category (XLSX, HTML with a chart), the
 * needs as the plan leaves them, the stock with the movements deliveries wrote, the match run
 * and the issues.
 *
 * @example
 * ```ts
 * import { match } from "@linli/match";
 * import { matchOutputFiles } from "linli";
 * const plan = match({ needs: [] }, { asOf: "2022-01-05T08:00:00+08:00" });
 * matchOutputFiles(plan).map((f) => f.name); // ["allocations.csv", "allocations.xlsx", …]
 * ```
 */
export function matchOutputFiles(
  plan: MatchPlan,
  options: MatchOutputOptions = {},
): MatchOutputFile[] {
  expectArgument("matchOutputFiles", "plan", "object", plan);
  expectArgument("matchOutputFiles", "options", "options", options);
  const lang = options.lang ?? systemLocale();
  const profile = options.profile ?? "partner-ngo";
  const out: MatchOutputFile[] = [
    {
      name: "allocations.csv",
      kind: "allocations",
      chunks: () => allocationsTable(plan, "csv", lang),
    },
    {
      name: "allocations.xlsx",
      kind: "allocations",
      chunks: () => allocationsTable(plan, "xlsx", lang),
    },
    {
      name: "allocations.json",
      kind: "allocations",
      chunks: () => jsonList([...plan.previous, ...plan.allocations]),
    },
    { name: "tasks.xlsx", kind: "tasks", chunks: () => tasksTable(plan, lang) },
    { name: "tasks.json", kind: "tasks", chunks: () => jsonList(plan.tasks) },
  ];
  for (const s of planSheets(plan, lang, profile)) {
    out.push(
      { name: `sheets/${s.file}.xlsx`, kind: "sheet", chunks: () => [sheetXlsx(s, lang)] },
      { name: `sheets/${s.file}.html`, kind: "sheet", chunks: () => [sheetHtml(s, lang)] },
    );
  }
  const r = () => rollup(plan.needs, plan.run.asOf);
  out.push(
    { name: "unmet.csv", kind: "unmet", chunks: () => [unmetCsv(plan, lang)] },
    { name: "unmet.xlsx", kind: "unmet", chunks: () => [unmetXlsx(plan, lang)] },
    { name: "rollup.xlsx", kind: "rollup", chunks: () => [rollupXlsx(r(), lang)] },
    { name: "rollup.html", kind: "rollup", chunks: () => [rollupHtml(r(), plan, lang)] },
    { name: "needs.json", kind: "needs", chunks: () => jsonList(plan.needs) },
    {
      name: "stock.json",
      kind: "stock",
      chunks: () => jsonList([...(options.stock ?? []), ...plan.movements]),
    },
    { name: "run.json", kind: "run", chunks: () => [`${JSON.stringify(plan.run, null, 2)}\n`] },
    {
      name: "issues.json",
      kind: "issues",
      chunks: () => [
        `${JSON.stringify({ issues: plan.issues, unassigned: plan.unassigned, unmet: plan.unmet.length }, null, 2)}\n`,
      ],
    },
  );
  return out;
}
