import { expectArgument, expectText } from "@linli/core";
import { ImportError } from "../errors.js";
import { DEFAULT_LIMITS, type OversizeCell, type TableRow } from "../types.js";

/** A table read from JSON: rows of cells; for arrays of objects, row 0 holds the keys. */
export interface JsonTable {
  readonly rows: TableRow[];
  /** Whether the rows came from objects (row 0 is then the union of their keys). */
  readonly objects: boolean;
  /** Where the records were found (dot path, `""` for the top), when it was not the top list. */
  readonly path?: string;
  /** Other lists the document holds, by path (`(top)` for the document as one record). */
  readonly others?: readonly string[];
}

/**
 * A row of cells, those longer than `limit` cut to it and listed in `oversize` (so the row does
 * not hold a huge value and the record withholds it instead of losing the row).
 */
function limitedRow(row: number, cells: string[], limit: number): TableRow {
  let oversize: OversizeCell[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const size = cells[i]!.length;
    if (size <= limit) continue;
    oversize ??= [];
    oversize.push({ index: i, size, limit });
    cells[i] = cells[i]!.slice(0, limit);
  }
  return oversize ? { row, cells, oversize } : { row, cells };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

const isRow = (v: unknown) => Array.isArray(v) || (typeof v === "object" && v !== null);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A list in a JSON document that could hold the records, with where it is. */
interface Candidate {
  /** Dot path from the top (`""` for the top itself, `data.results`). */
  readonly path: string;
  readonly depth: number;
  readonly list: unknown[];
}

// A top-level object with this many plain values is a record itself (an HSDS organisation
// with its services[], funding[] and languages[] lists), not a wrapper around a list.
const RECORD_FIELDS = 2;
const SAMPLE = 50;

/** Lists of rows in a JSON value, breadth-first: never inside the items of a list. */
function candidates(data: unknown): Candidate[] {
  if (Array.isArray(data))
    return data.length === 0 || data.some(isRow) ? [{ path: "", depth: 0, list: data }] : [];
  const out: Candidate[] = [];
  if (!isObject(data)) return out;
  // A record with lists of its own (services, funding…), not a lone settings object.
  const values = Object.values(data);
  const scalars = values.filter((v) => !isRow(v) && v !== null).length;
  const lists = values.some((v) => Array.isArray(v) && v.some(isRow));
  if (scalars >= RECORD_FIELDS && lists) out.push({ path: "", depth: 0, list: [data] });
  let level: { path: string; value: Record<string, unknown> }[] = [{ path: "", value: data }];
  for (let depth = 1; depth <= 4 && level.length > 0; depth++) {
    const next: typeof level = [];
    for (const { path, value } of level) {
      for (const [k, v] of Object.entries(value)) {
        const at = path ? `${path}.${k}` : k;
        if (Array.isArray(v) && v.some(isRow)) out.push({ path: at, depth, list: v });
        else if (isObject(v)) next.push({ path: at, value: v });
      }
    }
    level = next;
  }
  return out;
}

/** The keys of the first objects of a list (or the first row of a list of rows). */
function sampleKeys(list: readonly unknown[]): string[] {
  const keys = new Set<string>();
  for (const v of list.slice(0, SAMPLE)) {
    if (isObject(v)) for (const k of Object.keys(v)) keys.add(k);
    else if (Array.isArray(v)) return v.map(cellText);
  }
  return [...keys];
}

/** The value at a dot path (`data.results`, `organizations.0.services`), if any. */
function at(data: unknown, path: string): unknown {
  let v = data;
  for (const k of path.split(".").filter(Boolean)) {
    if (Array.isArray(v) && /^\d+$/.test(k)) v = v[Number(k)];
    else if (isObject(v)) v = v[k];
    else return undefined;
  }
  return v;
}

/** Options of {@link parseJsonTable}. */
export interface JsonTableOptions {
  /** Where the records are, as a dot path (`services`, `data.results`); found when absent. */
  readonly path?: string;
  /**
   * How well a list's keys name the fields wanted (e.g. the entity's header scorer): the
   * best-scoring list holds the records. Without it, the first list found.
   */
  readonly score?: (keys: readonly string[]) => number;
  /** Longest cell, in characters (default 32,767); a longer one is cut and listed in `oversize`. */
  readonly cellChars?: number;
}

/** The list of records in a JSON value: at `path`, or the one whose keys score best. */
function findTable(
  data: unknown,
  file: string,
  options: JsonTableOptions,
): { list: unknown[]; path: string; others: string[] } {
  if (options.path !== undefined && options.path.trim() !== "") {
    const v = at(data, options.path.trim());
    if (Array.isArray(v)) return { list: v, path: options.path.trim(), others: [] };
    if (isObject(v)) return { list: [v], path: options.path.trim(), others: [] };
    const paths = candidates(data).map((c) => c.path || "(top)");
    throw new ImportError("json.path", {
      file,
      path: options.path,
      paths: paths.length > 0 ? paths.join(", ") : "—",
    });
  }
  const all = candidates(data);
  if (all.length === 0) throw new ImportError("json.shape", { file });
  let best = all.find((c) => c.path !== "" || Array.isArray(data)) ?? all[0]!;
  if (options.score) {
    let bestScore = -1;
    for (const c of all) {
      const s = options.score(sampleKeys(c.list));
      // Shallower lists first on a tie: the order of `all`.
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (bestScore <= 0) best = all.find((c) => c.path !== "" || Array.isArray(data)) ?? all[0]!;
  }
  return {
    list: best.list,
    path: best.path,
    others: all.filter((c) => c !== best).map((c) => c.path || "(top)"),
  };
}

/**
 * Read a JSON document as a table: an array of arrays (rows of cells), an array of objects
 * (their keys become the header, in order of first appearance), an object holding such
 * an array (`{ "results": [...] }`), or one record with lists inside (an HSDS organisation
 * with `services[]`, `funding[]`, `languages[]`): the list whose keys `score` best (the
 * entity's fields), or the one at `path`. Lists inside records are never read as the
 * records; cells become text, nested values stay as JSON.
 *
 * @example
 * ```ts
 * import { parseJsonTable } from "@linli/adapters";
 * parseJsonTable('[{"姓名":"王伟"}]', "a.json").rows;
 * // [{ row: 0, cells: ["姓名"] }, { row: 1, cells: ["王伟"] }]
 * ```
 */
export function parseJsonTable(
  text: string,
  file: string,
  options: JsonTableOptions = {},
): JsonTable {
  expectText("parseJsonTable", "text", text);
  expectText("parseJsonTable", "file", file);
  expectArgument("parseJsonTable", "options", "options", options);
  const deep = tooDeep(text);
  if (deep >= 0)
    throw new ImportError("json.tooDeep", { file, limit: MAX_DEPTH, offset: deep + 1 });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ImportError("json.invalid", { file, detail: (e as Error).message });
  }
  const { list, path, others } = findTable(data, file, options);
  const limit = options.cellChars ?? DEFAULT_LIMITS.cellChars;
  const where = Array.isArray(data) && path === "" ? {} : { path, others };
  const objects = list.some((v) => typeof v === "object" && v !== null && !Array.isArray(v));
  if (!objects) {
    return {
      objects,
      ...where,
      rows: list.map((v, i) =>
        Array.isArray(v)
          ? limitedRow(i + 1, v.map(cellText), limit)
          : {
              row: i + 1,
              cells: [],
              problem: { code: "json.row", params: { row: i + 1, type: typeOf(v) } },
            },
      ),
    };
  }
  const keys: string[] = [];
  const index = new Map<string, number>();
  for (const v of list) {
    if (typeof v !== "object" || v === null || Array.isArray(v)) continue;
    for (const k of Object.keys(v)) {
      if (!index.has(k)) {
        index.set(k, keys.length);
        keys.push(k);
      }
    }
  }
  const rows: TableRow[] = [{ row: 0, cells: keys }];
  list.forEach((v, i) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      rows.push({
        row: i + 1,
        cells: [],
        problem: { code: "json.row", params: { row: i + 1, type: typeOf(v) } },
      });
      return;
    }
    const cells = new Array<string>(keys.length).fill("");
    for (const [k, val] of Object.entries(v)) cells[index.get(k)!] = cellText(val);
    rows.push(limitedRow(i + 1, cells, limit));
  });
  return { objects, ...where, rows };
}

function typeOf(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}

/**
 * A streaming reader of NDJSON (one JSON object or array per line). Objects are laid out in
 * the columns of the first object's keys; keys first seen later are added as new columns.
 * A line that is not JSON becomes a row marked `ndjson.line`; a value longer than `cellChars`
 * (default 32,767) is cut to it and listed in the row's `oversize`.
 *
 * @example
 * ```ts
 * import { NdjsonParser } from "@linli/adapters";
 * const p = new NdjsonParser((keys) => console.log(keys)); // ["姓名"], then ["姓名", "电话"]
 * p.push('{"姓名":"王伟"}\n{"姓名":"李娜","电话":"139"}\n'); // rows 1 and 2
 * ```
 */
export class NdjsonParser {
  private buf = "";
  private line = 0;
  private keys: string[] | undefined;
  private readonly index = new Map<string, number>();

  private readonly limit: number;

  constructor(
    private readonly header: (keys: string[]) => void,
    options: { readonly cellChars?: number } = {},
  ) {
    expectArgument("NdjsonParser", "options", "options", options);
    this.limit = options.cellChars ?? DEFAULT_LIMITS.cellChars;
  }

  /** Read more text; returns the rows of the lines it completed. */
  push(text: string): TableRow[] {
    this.buf += text;
    const out: TableRow[] = [];
    let start = 0;
    for (let nl = this.buf.indexOf("\n"); nl >= 0; nl = this.buf.indexOf("\n", start)) {
      this.take(this.buf.slice(start, nl), out);
      start = nl + 1;
    }
    this.buf = this.buf.slice(start);
    return out;
  }

  /** The text has ended: returns the row of a last line without a newline, if any. */
  end(): TableRow[] {
    const out: TableRow[] = [];
    if (this.buf.trim() !== "") this.take(this.buf, out);
    this.buf = "";
    return out;
  }

  private take(raw: string, out: TableRow[]): void {
    this.line++;
    const text = raw.trim();
    if (text === "") {
      out.push({ row: this.line, cells: [] });
      return;
    }
    let v: unknown;
    try {
      if (tooDeep(text) >= 0) throw new Error(`nested more than ${MAX_DEPTH} levels deep`);
      v = JSON.parse(text);
    } catch (e) {
      out.push({
        row: this.line,
        cells: [text],
        problem: { code: "ndjson.line", params: { row: this.line, detail: (e as Error).message } },
      });
      return;
    }
    if (Array.isArray(v)) {
      out.push(limitedRow(this.line, v.map(cellText), this.limit));
      return;
    }
    if (typeof v !== "object" || v === null) {
      out.push({
        row: this.line,
        cells: [],
        problem: { code: "json.row", params: { row: this.line, type: typeOf(v) } },
      });
      return;
    }
    if (!this.keys) {
      this.keys = [];
    }
    const cells = new Array<string>(this.keys.length).fill("");
    let grew = false;
    for (const [k, val] of Object.entries(v)) {
      let i = this.index.get(k);
      if (i === undefined) {
        i = this.keys.length;
        this.index.set(k, i);
        this.keys.push(k);
        grew = true;
      }
      cells[i] = cellText(val);
    }
    if (grew) this.header(this.keys);
    out.push(limitedRow(this.line, cells, this.limit));
  }
}

/** Deepest nesting read; a register is a few levels deep, and deeper JSON overflows the stack. */
const MAX_DEPTH = 512;

/** Index of the bracket that nests deeper than {@link MAX_DEPTH}, or -1. Strings are skipped. */
function tooDeep(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip a string, escapes included.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}
