import { ImportError } from "../errors.js";
import type { TableRow } from "../types.js";

/** A table read from JSON: rows of cells; for arrays of objects, row 0 holds the keys. */
export interface JsonTable {
  readonly rows: TableRow[];
  /** Whether the rows came from objects (row 0 is then the union of their keys). */
  readonly objects: boolean;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

const isRow = (v: unknown) => Array.isArray(v) || (typeof v === "object" && v !== null);

/** The first array of arrays or objects in a JSON value, searched breadth-first. */
function findTable(value: unknown, depth = 0): unknown[] | undefined {
  if (Array.isArray(value)) return value.length === 0 || value.some(isRow) ? value : undefined;
  if (typeof value !== "object" || value === null || depth > 3) return undefined;
  const children = Object.values(value);
  for (const c of children) if (Array.isArray(c) && c.some(isRow)) return c;
  for (const c of children) {
    const t = findTable(c, depth + 1);
    if (t) return t;
  }
  return undefined;
}

/**
 * Read a JSON document as a table: an array of arrays (rows of cells), an array of objects
 * (their keys become the header, in order of first appearance), or an object holding such
 * an array (`{ "results": [...] }`). Cells become text; nested values stay as JSON.
 *
 * @example
 * ```ts
 * import { parseJsonTable } from "@linli/adapters";
 * parseJsonTable('[{"姓名":"王伟"}]', "a.json").rows;
 * // [{ row: 0, cells: ["姓名"] }, { row: 1, cells: ["王伟"] }]
 * ```
 */
export function parseJsonTable(text: string, file: string): JsonTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ImportError("json.invalid", { file, detail: (e as Error).message });
  }
  const list = findTable(data);
  if (!list) throw new ImportError("json.shape", { file });
  const objects = list.some((v) => typeof v === "object" && v !== null && !Array.isArray(v));
  if (!objects) {
    return {
      objects,
      rows: list.map((v, i) =>
        Array.isArray(v)
          ? { row: i + 1, cells: v.map(cellText) }
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
    rows.push({ row: i + 1, cells });
  });
  return { objects, rows };
}

function typeOf(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}

/**
 * A streaming reader of NDJSON (one JSON object or array per line). Objects are laid out in
 * the columns of the first object's keys; keys first seen later are added as new columns.
 * A line that is not JSON becomes a row marked `ndjson.line`.
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

  constructor(private readonly header: (keys: string[]) => void) {}

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
      out.push({ row: this.line, cells: v.map(cellText) });
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
    out.push({ row: this.line, cells });
  }
}
