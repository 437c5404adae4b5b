import type { DuckDBType, DuckDBVector } from "@duckdb/node-api";
import { damerauLevenshtein } from "../comparators/damerau-levenshtein/damerau-levenshtein.js";
import { jaroWinkler } from "../comparators/jaro-winkler/jaro-winkler.js";
import type { Session } from "./session.js";

/**
 * What the SQL cannot compute the way linli does, and DuckDB therefore asks TypeScript for:
 * the edit distance and Jaro-Winkler similarity over UTF-16 code units (DuckDB's own count
 * bytes), the level of a field whose comparator has no SQL form, and token term frequencies.
 */
export interface SqlFunctions {
  /** Level of field `field` for key ids `x` and `y` (comparators without SQL). */
  level?(field: number, x: number, y: number): number;
  /** Term-frequency adjustment of field `field` at `level` for key ids `x` and `y`. */
  tf?(field: number, level: number, x: number, y: number): number;
}

type Main = (columns: readonly DuckDBVector[], out: DuckDBVector, rows: number) => void;

/** Register linli's functions with DuckDB (they run on the JavaScript thread). */
export function registerFunctions(session: Session, fns: SqlFunctions): void {
  const d = session.api;
  const add = (name: string, params: readonly DuckDBType[], returns: DuckDBType, main: Main) => {
    session.connection.registerScalarFunction(
      d.DuckDBScalarFunction.create({
        name,
        parameterTypes: params,
        returnType: returns,
        mainFunction: (_info, input, output) => {
          const cols = Array.from({ length: params.length }, (_, i) => input.getColumnVector(i));
          main(cols, output, input.rowCount);
          output.flush();
        },
      }),
    );
  };
  const str = (v: DuckDBVector, i: number) => v.getItem(i) as string;
  const int = (v: DuckDBVector, i: number) => v.getItem(i) as number;
  add("linli_dl", [d.VARCHAR, d.VARCHAR, d.INTEGER], d.INTEGER, (c, out, rows) => {
    for (let i = 0; i < rows; i++) {
      out.setItem(i, damerauLevenshtein(str(c[0]!, i), str(c[1]!, i), int(c[2]!, i)) as never);
    }
  });
  add("linli_jw", [d.VARCHAR, d.VARCHAR], d.DOUBLE, (c, out, rows) => {
    for (let i = 0; i < rows; i++)
      out.setItem(i, jaroWinkler(str(c[0]!, i), str(c[1]!, i)) as never);
  });
  const level = fns.level;
  if (level) {
    add("linli_level", [d.INTEGER, d.INTEGER, d.INTEGER], d.INTEGER, (c, out, rows) => {
      for (let i = 0; i < rows; i++) {
        out.setItem(i, level(int(c[0]!, i), int(c[1]!, i), int(c[2]!, i)) as never);
      }
    });
  }
  const tf = fns.tf;
  if (tf) {
    add("linli_tf", [d.INTEGER, d.INTEGER, d.INTEGER, d.INTEGER], d.DOUBLE, (c, out, rows) => {
      for (let i = 0; i < rows; i++) {
        out.setItem(i, tf(int(c[0]!, i), int(c[1]!, i), int(c[2]!, i), int(c[3]!, i)) as never);
      }
    });
  }
}
