import { type ByteSource, FilledColumns, importRecords, type RowIssue } from "@linli/adapters";
import { type EntityName, validator } from "@linli/core";
import {
  isMergeResult,
  type MergeProgress,
  type MergeResult,
  type MergeRow,
  type MergeSource,
} from "@linli/dedupe";
import { LinliError } from "../messages.js";
import { expandMergeResult, refuseShared } from "../outputs/json.js";
import type { FileMapping, MergeInput, MergeSourceInput, SourceImportOptions } from "./types.js";

/** A path opened by the Node entry: its bytes, or an earlier merge result (`merged.json`). */
export type Opened =
  | { readonly bytes: ByteSource; readonly fileName: string; readonly size?: number }
  | { readonly earlier: MergeResult };

/** Opens file paths (Node only). */
export type Opener = (path: string) => Promise<Opened>;

/** What reading one input gave. */
export type ReadOutcome =
  | { readonly kind: "fresh"; readonly source: MergeSource; readonly mapping: FileMapping[] }
  | { readonly kind: "earlier"; readonly result: MergeResult };

interface ReadContext {
  readonly entity: EntityName;
  readonly importOptions?: SourceImportOptions;
  readonly open?: Opener;
  readonly progress?: (p: MergeProgress) => void;
  /** The name to use when the input gives none (set when two files share a base name). */
  readonly name?: string;
}

const isBytes = (x: unknown): x is ByteSource =>
  x instanceof Uint8Array ||
  x instanceof ArrayBuffer ||
  (typeof Blob !== "undefined" && x instanceof Blob) ||
  (typeof ReadableStream !== "undefined" && x instanceof ReadableStream);

/** A file's name without folder and extension: the default source name. */
export const baseName = (file: string) => {
  const last = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  const dot = last.lastIndexOf(".");
  return dot > 0 ? last.slice(0, dot) : last;
};

const sizeOf = (b: ByteSource): number | undefined =>
  b instanceof Uint8Array || b instanceof ArrayBuffer
    ? b.byteLength
    : typeof Blob !== "undefined" && b instanceof Blob
      ? b.size
      : undefined;

/** Bytes as chunks, counting them as they are read. */
async function* counted(b: ByteSource, seen: { bytes: number }): AsyncGenerator<Uint8Array> {
  const chunks: AsyncIterable<Uint8Array> =
    b instanceof Uint8Array || b instanceof ArrayBuffer
      ? (async function* () {
          const all = b instanceof Uint8Array ? b : new Uint8Array(b);
          for (let i = 0; i < all.length; i += 1 << 17) yield all.subarray(i, i + (1 << 17));
        })()
      : typeof Blob !== "undefined" && b instanceof Blob
        ? streamOf(b.stream() as ReadableStream<Uint8Array>)
        : typeof ReadableStream !== "undefined" && b instanceof ReadableStream
          ? streamOf(b)
          : (b as AsyncIterable<Uint8Array>);
  for await (const c of chunks) {
    seen.bytes += c.length;
    yield c;
  }
}

async function* streamOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Flat rows as NDJSON bytes, so that they are mapped and converted as a file's rows are. */
async function* ndjson(
  rows: AsyncIterable<unknown> | Iterable<unknown>,
): AsyncGenerator<Uint8Array> {
  const enc = new TextEncoder();
  let batch: string[] = [];
  for await (const r of rows as AsyncIterable<unknown>) {
    batch.push(JSON.stringify(r ?? null));
    if (batch.length >= 1000) {
      yield enc.encode(`${batch.join("\n")}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) yield enc.encode(`${batch.join("\n")}\n`);
}

const looksLikeRecord = (x: unknown) =>
  typeof x === "object" &&
  x !== null &&
  typeof (x as { meta?: { id?: unknown } }).meta?.id === "string";

/** The first item of an iterable, and an iterable that still yields every item. */
async function peek(
  items: AsyncIterable<unknown> | Iterable<unknown>,
): Promise<{ first: unknown; all: AsyncIterable<unknown> }> {
  const it =
    Symbol.asyncIterator in items
      ? (items as AsyncIterable<unknown>)[Symbol.asyncIterator]()
      : (items as Iterable<unknown>)[Symbol.iterator]();
  const head = await it.next();
  return {
    first: head.done ? undefined : head.value,
    all: (async function* () {
      if (head.done) return;
      yield head.value;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    })(),
  };
}

/** Records checked against the entity's validator; the row is the position, from 1. */
async function readRecords(
  items: AsyncIterable<unknown>,
  name: string,
  file: string,
  ctx: ReadContext,
): Promise<MergeSource> {
  const check = validator(ctx.entity);
  const rows: MergeRow[] = [];
  const issues: RowIssue[] = [];
  let read = 0;
  ctx.progress?.({ stage: "import", done: 0, detail: file });
  let rejected = 0;
  let empty = 0;
  for await (const item of items) {
    read++;
    if (item === null || item === undefined) {
      empty++;
      continue;
    }
    const v = check(item);
    if (v.ok) rows.push({ row: read, record: v.value as Record<string, unknown> });
    else {
      rejected++;
      for (const i of v.issues) {
        issues.push({
          file,
          row: read,
          ...(i.path && i.path.length > 0 ? { field: i.path.join(".") } : {}),
          code: i.code,
          severity: i.severity,
          message: {
            "zh-CN": `${file} 第 ${read} 条：${i.message["zh-CN"]}`,
            en: `${file}, record ${read}: ${i.message.en}`,
          },
        });
      }
    }
    if ((read & 4095) === 0) ctx.progress?.({ stage: "import", done: read, detail: file });
  }
  ctx.progress?.({ stage: "import", done: read, total: read, detail: file });
  return {
    name,
    file,
    rows,
    issues,
    counts: {
      rowsRead: read,
      accepted: rows.length,
      rejected,
      emptySkipped: empty,
      withheldRows: 0,
      withheldCells: 0,
      warnings: 0,
    },
  };
}

/** A file's bytes through `@linli/adapters`' import: mapping, conversion, validation. */
async function readBytes(
  bytes: ByteSource,
  given: { name: string; file: string; size?: number; input?: MergeSourceInput },
  ctx: ReadContext,
  format?: "ndjson",
): Promise<ReadOutcome> {
  const seen = { bytes: 0 };
  const size = given.size ?? sizeOf(bytes);
  const run = importRecords(ctx.progress ? counted(bytes, seen) : bytes, {
    ...(ctx.importOptions ?? {}),
    ...(given.input?.import ?? {}),
    ...(format ? { format } : {}),
    entity: ctx.entity,
    fileName: given.file,
    source: given.name,
    ...(given.input?.mapping ? { mapping: given.input.mapping } : {}),
  });
  const rows: MergeRow[] = [];
  const issues: RowIssue[] = [];
  const filled = new FilledColumns();
  let n = 0;
  ctx.progress?.({ stage: "import", done: 0, detail: given.file });
  for await (const r of run) {
    n++;
    if (r.kind === "record") {
      rows.push({
        row: r.row,
        record: r.record as Record<string, unknown>,
        ...(r.sheet !== undefined ? { sheet: r.sheet } : {}),
      });
      filled.record(r.sheet, r.record);
      if (r.warnings.length > 0) for (const x of r.warnings) issues.push(x);
    } else if (r.kind === "rejected") {
      filled.raw(r.sheet, r.raw);
      for (const x of r.issues) issues.push(x);
    }
    if (ctx.progress && (n & 2047) === 0) {
      // Rows to come, from the bytes still unread; none known once all are read (a workbook is
      // read whole before its rows).
      const total =
        size && seen.bytes > 0 && seen.bytes < size
          ? Math.max(n, Math.round((n * size) / seen.bytes))
          : undefined;
      ctx.progress({ stage: "import", done: n, ...(total ? { total } : {}), detail: given.file });
    }
  }
  ctx.progress?.({ stage: "import", done: n, total: n, detail: given.file });
  const summary = await run.summary();
  const perSheet = summary.sheets ?? [summary];
  return {
    kind: "fresh",
    source: {
      name: given.name,
      file: given.file,
      rows,
      issues,
      counts: summary,
    },
    mapping: perSheet.map((s) => {
      // Columns with neither a header nor a value (a stray cell at XFD) are counted, not kept.
      const empty = filled.emptyIndexes(s.sheet, s.mapping.columns);
      return {
        source: given.name,
        file: given.file,
        ...(s.sheet !== undefined ? { sheet: s.sheet } : {}),
        ...(s.mapping.preset ? { preset: s.mapping.preset } : {}),
        columns:
          empty.size > 0 ? s.mapping.columns.filter((c) => !empty.has(c.index)) : s.mapping.columns,
        ...(empty.size > 0 ? { emptyColumns: empty.size } : {}),
        notes: s.mapping.notes,
      };
    }),
  };
}

/** Read one input of `merge` into rows, counts, issues and mappings. */
export async function readSource(
  input: MergeInput,
  index: number,
  ctx: ReadContext,
): Promise<ReadOutcome> {
  if (isMergeResult(input)) {
    refuseShared(input, "merged.json");
    return { kind: "earlier", result: expandMergeResult(input) };
  }
  const given: MergeSourceInput =
    typeof input === "string" || (typeof Blob !== "undefined" && input instanceof Blob)
      ? { data: input }
      : (input as MergeSourceInput);
  const data = given.data;
  if (isMergeResult(data)) {
    refuseShared(data, given.file ?? given.name ?? "merged.json");
    return { kind: "earlier", result: expandMergeResult(data) };
  }
  const nameFor = (file: string | undefined) => {
    const name = given.name ?? ctx.name ?? (file ? baseName(file) : undefined);
    if (!name || name.trim() === "") throw new LinliError("merge.sourceName", { index: index + 1 });
    return name;
  };
  if (typeof data === "string") {
    if (!ctx.open) throw new LinliError("merge.pathInBrowser", { path: data });
    const opened = await ctx.open(data);
    if ("earlier" in opened) return { kind: "earlier", result: opened.earlier };
    const file = given.file ?? data;
    return readBytes(
      opened.bytes,
      { name: nameFor(file), file, ...(opened.size ? { size: opened.size } : {}), input: given },
      ctx,
    );
  }
  if (isBytes(data)) {
    const own = (data as { name?: unknown }).name;
    const file = given.file ?? (typeof own === "string" && own !== "" ? own : given.name);
    const name = nameFor(file);
    return readBytes(data, { name, file: file ?? name, input: given }, ctx);
  }
  const name = nameFor(given.file);
  const file = given.file ?? name;
  if (
    typeof data !== "object" ||
    data === null ||
    !(Symbol.iterator in data || Symbol.asyncIterator in data)
  ) {
    throw new LinliError("merge.unknownData", { name });
  }
  const { first, all } = await peek(data as AsyncIterable<unknown>);
  if (first instanceof Uint8Array || typeof first === "string") {
    return readBytes(all as AsyncIterable<Uint8Array>, { name, file, input: given }, ctx);
  }
  if (first === undefined || looksLikeRecord(first)) {
    const source = await readRecords(all, name, file, ctx);
    return { kind: "fresh", source, mapping: [] };
  }
  return readBytes(ndjson(all), { name, file, input: given }, ctx, "ndjson");
}
