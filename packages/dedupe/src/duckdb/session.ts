import type {
  DuckDBConnection,
  DuckDBDataChunk,
  DuckDBInstance,
  DuckDBType,
  DuckDBVector,
} from "@duckdb/node-api";
import { DedupeOptionError } from "../errors/option-error.js";

type Api = typeof import("@duckdb/node-api");

let api: Promise<Api> | undefined;

/** `@duckdb/node-api`, loaded on first use: it is an optional dependency. */
export function duckdbApi(): Promise<Api> {
  api ??= import("@duckdb/node-api").catch((e: unknown) => {
    api = undefined;
    const missing =
      e instanceof Error && "code" in e && String(e.code).startsWith("ERR_MODULE_NOT_FOUND");
    throw missing ? new DedupeOptionError("options.duckdbMissing") : e;
  });
  return api;
}

/** A column to write: its values as a typed array (codes, hashes) or texts. */
export type ColumnValues =
  | { readonly type: "integer"; readonly values: Int32Array }
  | { readonly type: "tinyint"; readonly values: Int8Array }
  | { readonly type: "double"; readonly values: Float64Array }
  | { readonly type: "text"; readonly values: readonly (string | null)[] };

/** Settings of the DuckDB database a run works in. */
export interface SessionOptions {
  /** Database file (in the working directory); `:memory:` for none. */
  readonly path: string;
  /** Where DuckDB spills what does not fit in memory. */
  readonly tempDirectory?: string;
  /** DuckDB's memory limit, e.g. "4GB". */
  readonly memoryLimit?: string;
  readonly threads?: number;
}

const VECTOR = 2048;

/** One DuckDB database and connection, with the few operations the executor needs. */
export class Session {
  private constructor(
    readonly api: Api,
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    /** The memory limit the database was opened with (DuckDB's default when none). */
    readonly memoryLimit?: string,
  ) {}

  static async open(options: SessionOptions): Promise<Session> {
    const duckdb = await duckdbApi();
    const config: Record<string, string> = {};
    if (options.memoryLimit) config.memory_limit = options.memoryLimit;
    if (options.threads) config.threads = String(options.threads);
    if (options.tempDirectory) config.temp_directory = options.tempDirectory;
    // Insertion order is not needed by any statement: DuckDB may then stream and spill more.
    config.preserve_insertion_order = "false";
    // Memory a query freed goes back to the system while DuckDB waits for Node (comparing a
    // city's names takes minutes): without these threads its allocator keeps it until the
    // next query.
    config.allocator_background_threads = "true";
    const instance = await duckdb.DuckDBInstance.create(options.path, config);
    const connection = await instance.connect();
    return new Session(duckdb, instance, connection, options.memoryLimit);
  }

  async run(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  /** Materialise a query as a table. */
  async create(name: string, select: string): Promise<void> {
    await this.connection.run(`CREATE OR REPLACE TABLE ${name} AS ${select}`);
  }

  async drop(names: readonly string[]): Promise<void> {
    for (const name of names) await this.connection.run(`DROP TABLE IF EXISTS ${name}`);
  }

  /** All rows of a (small) query, as objects of JavaScript values. */
  async rows(sql: string): Promise<Record<string, unknown>[]> {
    const reader = await this.connection.runAndReadAll(sql);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  }

  /**
   * Stream a query's numeric columns as whole chunks of numbers: `each` gets one array per
   * column (NULL as NaN), read from DuckDB's vectors in one copy instead of value by value.
   */
  async numbers(
    sql: string,
    each: (columns: readonly Float64Array[], rows: number) => void,
  ): Promise<void> {
    const result = await this.connection.stream(sql);
    let out: Float64Array[] = [];
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const rows = chunk.rowCount;
      if (out.length !== chunk.columnCount || out[0]!.length < rows) {
        out = Array.from({ length: chunk.columnCount }, () => new Float64Array(rows));
      }
      for (let c = 0; c < chunk.columnCount; c++)
        numbersOf(chunk.getColumnVector(c), out[c]!, rows);
      each(out, rows);
    }
  }

  /** A query's numeric columns read whole (NULL as NaN). */
  async columns(sql: string): Promise<Float64Array[]> {
    const parts: Float64Array[][] = [];
    let total = 0;
    await this.numbers(sql, (cols, rows) => {
      parts.push(cols.map((c) => c.slice(0, rows)));
      total += rows;
    });
    if (parts.length === 0) return [];
    return parts[0]!.map((_, c) => {
      const all = new Float64Array(total);
      let at = 0;
      for (const p of parts) {
        all.set(p[c]!, at);
        at += p[c]!.length;
      }
      return all;
    });
  }

  /** Create a table and fill it from columns of `n` values each. */
  async write(
    table: string,
    columns: readonly (readonly [name: string, column: ColumnValues])[],
    n: number,
  ): Promise<void> {
    const out = await this.writer(
      table,
      columns.map(([name, c]) => [name, c.type]),
    );
    out.append(
      columns.map(([, c]) => c),
      n,
    );
    out.close();
  }

  /**
   * Create a table and return a writer that appends batches of columns to it: a large table
   * is written part by part, never held whole in JavaScript.
   */
  async writer(
    table: string,
    columns: readonly (readonly [name: string, type: ColumnValues["type"]])[],
  ): Promise<{ append(values: readonly ColumnValues[], n: number): void; close(): void }> {
    const d = this.api;
    const typeOf = (t: ColumnValues["type"]): DuckDBType => d[SQL_TYPES[t]];
    await this.run(
      `CREATE OR REPLACE TABLE ${table} (${columns.map(([name, t]) => `"${name}" ${SQL_TYPES[t]}`).join(", ")})`,
    );
    const types = columns.map(([, t]) => typeOf(t));
    const appender = await this.connection.createAppender(table);
    // Full chunks of numbers without NULLs go through one chunk, filled again each time (the
    // appender copies it): each new chunk's vectors are new ArrayBuffers over DuckDB's memory,
    // and at a million rows they made V8 collect garbage over the caller's whole heap again
    // and again.
    let reused: DuckDBDataChunk | undefined;
    return {
      append(values, n) {
        for (let from = 0; from < n; from += VECTOR) {
          const size = Math.min(VECTOR, n - from);
          let chunk: DuckDBDataChunk;
          if (size === VECTOR && values.every((c) => plain(c, from, size))) {
            reused ??= d.DuckDBDataChunk.create(types, VECTOR);
            chunk = reused;
          } else chunk = d.DuckDBDataChunk.create(types, size);
          values.forEach((c, k) => {
            fill(chunk.getColumnVector(k), c, from, size);
          });
          appender.appendDataChunk(chunk);
        }
      },
      close: () => appender.closeSync(),
    };
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** Each kind of column's SQL type, also the name of its type in the DuckDB API. */
const SQL_TYPES = {
  integer: "INTEGER",
  tinyint: "TINYINT",
  double: "DOUBLE",
  text: "VARCHAR",
} as const satisfies Record<ColumnValues["type"], string>;

/** Whether `size` values from `from` are numbers with no NULL (NaN) among them. */
function plain(c: ColumnValues, from: number, size: number): boolean {
  if (c.type === "text") return false;
  if (c.type === "integer" || c.type === "tinyint") return true;
  const v = c.values;
  for (let i = from; i < from + size; i++) if (Number.isNaN(v[i]!)) return false;
  return true;
}

/** Copy `size` values from `from` into a vector: typed arrays in one copy, texts one by one. */
function fill(vector: DuckDBVector, c: ColumnValues, from: number, size: number): void {
  if (c.type !== "text") {
    // Numeric vectors hold their items in a typed array of the same kind: one copy. A double
    // NaN stands for "none" and is written as NULL, one by one.
    const items = (vector as unknown as { items?: Int8Array | Int32Array | Float64Array }).items;
    const part = c.values.subarray(from, from + size);
    const nan = c.type === "double" && part.some(Number.isNaN);
    if (nan) {
      for (let i = 0; i < size; i++)
        vector.setItem(i, (Number.isNaN(part[i]!) ? null : part[i]!) as never);
    } else if (items && items.constructor === part.constructor && items.length === size) {
      items.set(part as never);
    } else {
      for (let i = 0; i < size; i++) vector.setItem(i, part[i]! as never);
    }
  } else {
    for (let i = 0; i < size; i++) vector.setItem(i, c.values[from + i] as never);
  }
  vector.flush();
}

interface NumericVector {
  readonly items?: ArrayLike<number | bigint>;
  readonly validity?: { readonly data: unknown; itemValid(i: number): boolean };
}

/** Copy `rows` numbers of a vector into `out`: its typed array at once, BIGINTs converted. */
function numbersOf(vector: DuckDBVector, out: Float64Array, rows: number): void {
  const { items, validity } = vector as unknown as NumericVector;
  if (!items) {
    for (let i = 0; i < rows; i++) {
      const v = vector.getItem(i);
      out[i] = v === null ? Number.NaN : Number(v);
    }
    return;
  }
  if (typeof items[0] === "bigint") {
    for (let i = 0; i < rows; i++) out[i] = Number(items[i]);
  } else {
    out.set(items as ArrayLike<number>);
  }
  if (validity?.data) {
    for (let i = 0; i < rows; i++) if (!validity.itemValid(i)) out[i] = Number.NaN;
  }
}
