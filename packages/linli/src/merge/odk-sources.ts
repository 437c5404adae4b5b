import {
  type ByteSource,
  concatBytes,
  type ExportFile,
  groupOdkFiles,
  importOdkExport,
  type OdkFileKind,
  odkFileKind,
  odkUnjoinedError,
  type RowIssue,
} from "@linli/adapters";
import type { EntityName } from "@linli/core";
import type { MergeProgress, MergeRow, MergeSource } from "@linli/dedupe";
import { baseName, type Opened, type Opener } from "./read-source.js";
import type { FileMapping, MergeInput, MergeSourceInput, SourceImportOptions } from "./types.js";

/** Bytes enough to read a CSV file's header row. */
const HEAD = 64 * 1024;

/** An input whose bytes can be looked at before it is read. */
interface Peeked {
  readonly index: number;
  readonly name: string;
  readonly file: string;
  readonly given: MergeSourceInput;
  readonly kind?: OdkFileKind;
  /** The whole file. */
  readonly whole: () => Promise<Uint8Array>;
}

/** What the ODK and KoboToolbox exports among the inputs became. */
export interface OdkSources {
  /** Each export's source, by the index of its submissions file. */
  readonly sources: Map<number, { source: MergeSource; mapping: FileMapping[] }>;
  /** Inputs read as part of an export (its repeat files). */
  readonly within: Set<number>;
  /** Paths already opened to look at them: read-source takes them from here. */
  readonly opened: Map<string, Opened>;
}

const isByteArray = (x: unknown): x is Uint8Array | ArrayBuffer =>
  x instanceof Uint8Array || x instanceof ArrayBuffer;
const isBlob = (x: unknown): x is Blob => typeof Blob !== "undefined" && x instanceof Blob;

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

/** Every chunk of a byte source, joined. */
async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return concatBytes(parts);
}

/**
 * The first bytes of a stream, and a stream that still yields all of them. A workbook is read
 * whole (it is read whole before its rows anyway).
 */
async function peekStream(
  bytes: AsyncIterable<Uint8Array>,
): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array> | Uint8Array }> {
  const it = bytes[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    seen.push(r.value);
    size += r.value.length;
  }
  const rest = async function* () {
    for (const c of seen) yield c;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  };
  const head = concatBytes(seen);
  if (isZip(head)) {
    const whole = await readAll(rest());
    return { head: whole, all: whole };
  }
  return { head, all: rest() };
}

const asStream = (b: ByteSource): AsyncIterable<Uint8Array> | undefined =>
  typeof ReadableStream !== "undefined" && b instanceof ReadableStream
    ? (b as unknown as AsyncIterable<Uint8Array>)
    : Symbol.asyncIterator in (b as object)
      ? (b as AsyncIterable<Uint8Array>)
      : undefined;

/** Look at one input: its name and, for a file, whether it is part of an ODK export. */
async function peek(
  input: MergeInput,
  index: number,
  options: {
    names: ReadonlyMap<number, string>;
    open?: Opener;
    opened: Map<string, Opened>;
    importOptions?: SourceImportOptions;
  },
): Promise<Peeked | undefined> {
  const given: MergeSourceInput =
    typeof input === "string" || isBlob(input) ? { data: input } : (input as MergeSourceInput);
  if (typeof given !== "object" || given === null || !("data" in given)) return undefined;
  // A preset or format the user chose says what the file is.
  const preset = given.import?.preset ?? options.importOptions?.preset;
  const format = given.import?.format ?? options.importOptions?.format;
  if ((preset && preset !== "auto") || (format && format !== "auto")) return undefined;
  const data = given.data;
  const named = (file: string) => ({
    index,
    given,
    file: given.file ?? file,
    name: given.name ?? options.names.get(index) ?? baseName(given.file ?? file),
  });
  if (typeof data === "string") {
    if (!options.open) return undefined;
    const o = await options.open(data);
    if (!("bytes" in o)) {
      options.opened.set(data, o);
      return undefined;
    }
    let head: Uint8Array;
    let all: AsyncIterable<Uint8Array> | Uint8Array;
    if (isByteArray(o.bytes)) {
      head = o.bytes instanceof Uint8Array ? o.bytes : new Uint8Array(o.bytes);
      all = head;
    } else {
      const stream = asStream(o.bytes);
      if (!stream) {
        options.opened.set(data, o);
        return undefined;
      }
      ({ head, all } = await peekStream(stream));
    }
    const kind = odkFileKind({ name: data, bytes: head });
    // A workbook that is no export is opened again when read, not held meanwhile.
    if (kind || !(all instanceof Uint8Array) || all !== head || !isZip(head))
      options.opened.set(data, { ...o, bytes: all as ByteSource });
    return {
      ...named(data),
      ...(kind ? { kind } : {}),
      whole: async () => {
        options.opened.delete(data);
        return all instanceof Uint8Array ? all : readAll(all);
      },
    };
  }
  const own = (data as { name?: unknown }).name;
  const file = typeof own === "string" && own !== "" ? own : (given.name ?? `#${index + 1}`);
  if (isBlob(data)) {
    let head = new Uint8Array(await data.slice(0, HEAD).arrayBuffer());
    if (head[0] === 0x50 && head[1] === 0x4b) head = new Uint8Array(await data.arrayBuffer());
    const kind = odkFileKind({ name: file, bytes: head });
    return {
      ...named(file),
      ...(kind ? { kind } : {}),
      whole: async () => new Uint8Array(await data.arrayBuffer()),
    };
  }
  if (isByteArray(data)) {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const kind = odkFileKind({
      name: file,
      bytes: bytes.subarray(0, isZip(bytes) ? undefined : HEAD),
    });
    return { ...named(file), ...(kind ? { kind } : {}), whole: async () => bytes };
  }
  return undefined;
}

/**
 * Find the ODK Central and KoboToolbox exports among the inputs of a merge (a workbook with a
 * sheet per repeat, or a submissions CSV file with its repeat files), and read each as one
 * source: repeats joined, `_uuid` and `_submission_time` kept (see `importOdkExport`).
 * A repeat file whose submissions are not among the inputs is an error that says so.
 */
export async function odkSources(
  inputs: readonly MergeInput[],
  ctx: {
    readonly entity: EntityName;
    readonly names: ReadonlyMap<number, string>;
    readonly open?: Opener;
    readonly progress?: (p: MergeProgress) => void;
    readonly importOptions?: SourceImportOptions;
  },
): Promise<OdkSources> {
  const opened = new Map<string, Opened>();
  const peeked: (Peeked | undefined)[] = [];
  for (const [i, input] of inputs.entries()) {
    peeked.push(
      await peek(input, i, {
        names: ctx.names,
        opened,
        ...(ctx.open ? { open: ctx.open } : {}),
        ...(ctx.importOptions ? { importOptions: ctx.importOptions } : {}),
      }),
    );
  }
  const sources: OdkSources["sources"] = new Map();
  const within = new Set<number>();
  if (!peeked.some((p) => p?.kind)) return { sources, within, opened };
  const groups = groupOdkFiles(peeked.map((p) => ({ name: p?.file ?? "", kind: p?.kind })));
  const alone = groups.unjoined[0];
  if (alone) {
    const p = peeked[alone.file]!;
    throw odkUnjoinedError(
      p.file,
      p.kind?.link ?? "",
      alone.mains.map((m) => peeked[m]!.file),
    );
  }
  for (const g of groups.exports) {
    const main = peeked[g.main]!;
    ctx.progress?.({ stage: "import", done: 0, detail: main.file });
    const files: ExportFile[] = [];
    for (const k of [g.main, ...g.repeats]) {
      const p = peeked[k]!;
      files.push({ name: p.file, bytes: await p.whole() });
      if (k !== g.main) within.add(k);
    }
    const { phoneCountry, vocabulary } = { ...ctx.importOptions, ...main.given.import };
    const r = await importOdkExport(files, {
      entity: ctx.entity,
      source: main.name,
      ...(main.given.mapping ? { mapping: main.given.mapping } : {}),
      ...(phoneCountry ? { phoneCountry } : {}),
      ...(vocabulary ? { vocabulary } : {}),
    });
    const sheet = r.summary.sheet;
    const rows: MergeRow[] = r.records.map((record, k) => ({
      row: r.rows[k]!,
      record: record as Record<string, unknown>,
      ...(sheet !== undefined ? { sheet } : {}),
    }));
    const issues: RowIssue[] = [];
    for (const x of r.rejected) for (const i of x.issues) issues.push(i);
    for (const i of r.issues) issues.push(i);
    const { mapping: m, repeats } = r.summary;
    sources.set(g.main, {
      source: { name: main.name, file: main.file, rows, issues, counts: r.summary },
      mapping: [
        {
          source: main.name,
          file: main.file,
          ...(sheet !== undefined ? { sheet } : {}),
          ...(m.preset ? { preset: m.preset } : {}),
          columns: m.columns,
          notes: m.notes,
          repeats,
        },
      ],
    });
    const n = r.summary.rowsRead;
    ctx.progress?.({ stage: "import", done: n, total: n, detail: main.file });
  }
  return { sources, within, opened };
}
