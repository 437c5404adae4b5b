// Reading data for `linli convert` and `linli report`: any file linli imports, or a JSON /
// NDJSON file of canonical linli records (read as they are, each one validated).
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import {
  FilledColumns,
  importRecords,
  type MappingReport,
  type OdkRepeatSummary,
  type RowIssue,
  type SavedMapping,
} from "@linli/adapters/node";
import { type EntityName, type EntityRecord, validator } from "@linli/core";
import type { Context } from "./command.js";
import type { CommandImportOptions } from "./import-options.js";
import { ex } from "./locales/export.js";
import { repeatLines } from "./odk-files.js";
import { progress } from "./progress.js";

/** What reading one input gave. */
export interface InputSummary {
  readonly file: string;
  /** `records`: a file of linli records; `table`: a spreadsheet or table imported. */
  readonly kind: "table" | "records";
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly emptySkipped: number;
  /** Accepted rows with cells withheld (tables only). */
  readonly withheldRows?: number;
  readonly mapping?: MappingReport;
  /** Indexes of the mapping's columns with neither a header nor a value in any row. */
  readonly emptyColumns?: ReadonlySet<number>;
  /** Every problem: of rejected rows, and warnings kept with accepted ones. */
  readonly issues: readonly RowIssue[];
  /** Rejected rows with their cells, to fix and import again. */
  readonly rejectedRows: readonly { row: number; sheet?: string; raw?: Record<string, string> }[];
  /** For an ODK or KoboToolbox export: how each repeat's rows joined their submissions. */
  readonly repeats?: readonly OdkRepeatSummary[];
}

/** An input being read: its records, and the summary once they have been read. */
export interface Input {
  readonly records: AsyncIterable<EntityRecord<EntityName>>;
  summary(): Promise<InputSummary>;
}

const hasMeta = (v: unknown) =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as { meta?: { schemaVersion?: unknown } }).meta?.schemaVersion === "string";

/** Whether a file holds linli records: JSON (an array) or NDJSON whose first object has `meta.schemaVersion`. */
async function recordsKind(path: string): Promise<"json" | "ndjson" | undefined> {
  const fh = await open(path, "r");
  try {
    const buf = new Uint8Array(65_536);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const head = new TextDecoder().decode(buf.subarray(0, bytesRead)).replace(/^[\s\ufeff]+/, "");
    if (head.startsWith("{")) {
      const first = head.split("\n", 1)[0]!;
      try {
        return hasMeta(JSON.parse(first)) ? "ndjson" : undefined;
      } catch {
        return undefined;
      }
    }
    if (!head.startsWith("[")) return undefined;
    // The first element: enough of it to see its `meta`, else read the whole file later.
    return /^\[\s*\{\s*"meta"\s*:\s*\{[^}]*"schemaVersion"/.test(head) ? "json" : undefined;
  } finally {
    await fh.close();
  }
}

/** Read an input file as records of an entity. */
export async function readInput(
  ctx: Context,
  path: string,
  options: { entity: EntityName; mapping?: SavedMapping } & CommandImportOptions,
): Promise<Input> {
  const file = basename(path);
  const kind = await recordsKind(path);
  const issues: RowIssue[] = [];
  const rejectedRows: { row: number; sheet?: string; raw?: Record<string, string> }[] = [];
  const bar = progress(ctx, ctx.t(ex("label.read", { file })));
  let done: InputSummary | undefined;

  if (kind) {
    const valid = validator(options.entity);
    let row = 0;
    let accepted = 0;
    const take = (value: unknown) => {
      row++;
      const r = valid(value);
      if (r.ok) {
        accepted++;
        return r.value as EntityRecord<EntityName>;
      }
      rejectedRows.push({ row });
      for (const i of r.issues) {
        issues.push({
          file,
          row,
          code: i.code,
          severity: "error",
          message: {
            "zh-CN": ex("err.records", { file, row, message: i.message["zh-CN"] })["zh-CN"],
            en: ex("err.records", { file, row, message: i.message.en }).en,
          },
          ...(i.path ? { field: i.path.join(".") } : {}),
        });
      }
      return undefined;
    };
    async function* records() {
      if (kind === "json") {
        const list = JSON.parse(await readFile(path, "utf8")) as unknown[];
        for (const v of list) {
          const r = take(v);
          if (r) yield r;
        }
      } else {
        const lines = createInterface({
          input: createReadStream(path),
          crlfDelay: Number.POSITIVE_INFINITY,
        });
        for await (const line of lines) {
          if (line.trim() === "") continue;
          const r = take(JSON.parse(line));
          if (r) yield r;
          if ((row & 1023) === 0) bar.update(row);
        }
      }
      bar.update(row, row);
      bar.done();
      done = {
        file,
        kind: "records",
        rowsRead: row,
        accepted,
        rejected: row - accepted,
        emptySkipped: 0,
        issues,
        rejectedRows,
      };
    }
    return { records: records(), summary: async () => done! };
  }

  // The options hold only what was given (see importOptions).
  const run = importRecords(path, { ...options, fileName: file });
  const filled = new FilledColumns();
  async function* records() {
    let n = 0;
    for await (const r of run) {
      n++;
      if ((n & 1023) === 0) bar.update(n);
      if (r.kind === "record") {
        for (const x of r.warnings) issues.push(x);
        filled.record(r.sheet, r.record);
        yield r.record;
      } else if (r.kind === "rejected") {
        for (const x of r.issues) issues.push(x);
        filled.raw(r.sheet, r.raw);
        rejectedRows.push({ row: r.row, ...(r.sheet ? { sheet: r.sheet } : {}), raw: r.raw });
      }
    }
    bar.update(n, n);
    bar.done();
    const s = await run.summary();
    done = {
      file,
      kind: "table",
      rowsRead: s.rowsRead,
      accepted: s.accepted,
      rejected: s.rejected,
      emptySkipped: s.emptySkipped,
      withheldRows: s.withheldRows,
      mapping: s.mapping,
      emptyColumns: filled.emptyIndexes(s.sheet, s.mapping.columns),
      issues,
      rejectedRows,
    };
  }
  return { records: records(), summary: async () => done! };
}

/** One line on what was read, and how the columns were mapped. */
export function printInput(
  ctx: Context,
  s: InputSummary,
  labels: ReadonlyMap<string, string>,
  entity: EntityName,
): void {
  const out = (text: string) => ctx.io.stdout.write(`${text}\n`);
  if (s.kind === "records") {
    out(ctx.t(ex("convert.records", { file: s.file, count: s.rowsRead, rejected: s.rejected })));
    return;
  }
  const { file, rowsRead, accepted, rejected, emptySkipped } = s;
  const withheldRows = s.withheldRows ?? 0;
  const full = accepted - withheldRows;
  out(ctx.t(ex("convert.read", { file, rowsRead, full, withheldRows, rejected, emptySkipped })));
  if (!s.mapping) return;
  const empty = s.emptyColumns;
  const mapped = s.mapping.columns
    .filter((c) => !empty?.has(c.index))
    .map(
      (c) =>
        `${c.header} → ${c.field ? (labels.get(c.field) ?? c.field) : ctx.t(ex("convert.unmapped"))}`,
    )
    .join(ctx.lang === "zh-CN" ? "，" : ", ");
  // Empty columns without a header are counted, not listed (16,384 of them after a stray cell).
  const ignored = empty?.size ? ctx.t(ex("convert.emptyColumns", { count: empty.size })) : "";
  out(ctx.t(ex("convert.columns", { columns: mapped + ignored })));
  for (const n of s.mapping.notes) out(ctx.t(ex("convert.note", { message: n.message[ctx.lang] })));
  for (const line of repeatLines(ctx, entity, s.repeats ?? [], s.file)) out(line);
}
