import type { TableRow } from "../types.js";
import { restoreFormulaCells } from "./formula.js";
import { CsvParser, type CsvParserOptions } from "./parse.js";

/**
 * The rows of a piece of delimited text that {@link CsvParser.scan} cut off, numbered from
 * `firstRow`: the rows a CSV source's `rows()` gives for the same text (formula apostrophes
 * removed as there).
 */
export function readCsvPiece(
  text: string,
  firstRow: number,
  options: CsvParserOptions,
): TableRow[] {
  const parser = new CsvParser({ ...options, firstRow });
  const rows = parser.push(text);
  for (const r of parser.end()) rows.push(r);
  restoreFormulaCells(rows);
  return rows;
}
