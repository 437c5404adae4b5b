// Open Referral HSDS packages among the inputs of a merge: the tables of one folder (given
// as files together, or as the folder in Node) read as one source, joined by id, like
// `linli validate <folder>` reads them.
import {
  type ExportFile,
  hsdsPackageFiles,
  ImportError,
  importHsdsPackage,
  type RowIssue,
} from "@linli/adapters";
import type { EntityName } from "@linli/core";
import type { MergeProgress, MergeRow, MergeSource } from "@linli/dedupe";
import { LinliError, linliMessage } from "../messages.js";
import { baseName, type Opener } from "./read-source.js";
import type { FileMapping, MergeInput, MergeSourceInput, SourceImportOptions } from "./types.js";

const isBlob = (x: unknown): x is Blob => typeof Blob !== "undefined" && x instanceof Blob;

/** The folder part of a path ("" for none). */
const folderOf = (file: string) =>
  file.slice(0, Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\"), 0));

/** The file name an input goes by, when it is a file (not records, not an earlier result). */
function nameOf(input: MergeInput): string | undefined {
  if (typeof input === "string") return input;
  if (isBlob(input)) return (input as { name?: string }).name;
  const s = input as MergeSourceInput;
  if (typeof s?.data === "string") return s.file ?? s.data;
  const own = (s?.data as { name?: unknown } | undefined)?.name;
  if (isBlob(s?.data) || s?.data instanceof Uint8Array || s?.data instanceof ArrayBuffer) {
    return s.file ?? (typeof own === "string" ? own : undefined);
  }
  return undefined;
}

/** One package among the inputs: the indices of its tables, and the name of its source. */
export interface HsdsGroup {
  readonly indices: readonly number[];
  readonly files: readonly string[];
  readonly name: string;
}

/**
 * The HSDS packages among the inputs, by file name: per folder, the files that name HSDS
 * tables when they make a package (an organizations, services or locations table and
 * another). Nothing is read yet.
 */
export function hsdsGroups(inputs: readonly MergeInput[]): HsdsGroup[] {
  const byFolder = new Map<string, { index: number; file: string }[]>();
  inputs.forEach((input, index) => {
    const file = nameOf(input);
    if (file === undefined) return;
    const folder = folderOf(file);
    const list = byFolder.get(folder) ?? [];
    list.push({ index, file });
    byFolder.set(folder, list);
  });
  const out: HsdsGroup[] = [];
  for (const [folder, list] of byFolder) {
    const tables = hsdsPackageFiles(list.map((x) => x.file));
    if (!tables) continue;
    const taken = list.filter((x) => tables.includes(x.file));
    // A source's own name (a File's name is its file name, not a source name).
    const given = taken
      .map((x) => inputs[x.index])
      .map((i) => (typeof i === "object" && !isBlob(i) ? (i as MergeSourceInput).name : undefined))
      .find((n) => typeof n === "string");
    out.push({
      indices: taken.map((x) => x.index),
      files: taken.map((x) => x.file),
      name: given ?? (folder === "" ? "HSDS" : baseName(folder)),
    });
  }
  return out;
}

async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const c of chunks) {
    parts.push(c);
    size += c.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The whole bytes of an input that is a file. */
async function bytesOf(input: MergeInput, open: Opener | undefined): Promise<Uint8Array> {
  const data =
    typeof input === "string" || isBlob(input) ? input : (input as MergeSourceInput).data;
  if (typeof data === "string") {
    if (!open) throw new LinliError("merge.pathInBrowser", { path: data });
    const o = await open(data);
    if (!("bytes" in o)) throw new LinliError("merge.hsdsTable", { file: data });
    const b = o.bytes as unknown;
    if (b instanceof Uint8Array) return b;
    if (b instanceof ArrayBuffer) return new Uint8Array(b);
    if (isBlob(b)) return new Uint8Array(await b.arrayBuffer());
    return readAll(b as AsyncIterable<Uint8Array>);
  }
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(await (data as Blob).arrayBuffer());
}

/** What a package became: its source, and its mapping entry. */
export interface HsdsRead {
  readonly source: MergeSource;
  readonly mapping: FileMapping[];
}

/**
 * Read a package as one source of organisations (or locations): services, phones, contacts
 * and addresses joined into them, every rejection, withheld cell and dangling reference in
 * its issues. `undefined` when the files turn out to be no package (no id columns): they
 * are then read one by one.
 */
export async function readHsdsGroup(
  g: HsdsGroup,
  inputs: readonly MergeInput[],
  ctx: {
    readonly entity: EntityName;
    readonly open?: Opener;
    readonly progress?: (p: MergeProgress) => void;
    readonly importOptions?: SourceImportOptions;
  },
): Promise<HsdsRead | undefined> {
  if (ctx.entity !== "organization" && ctx.entity !== "location") {
    throw new LinliError("merge.hsdsEntity", { files: g.files.join(", "), entity: ctx.entity });
  }
  ctx.progress?.({ stage: "import", done: 0, detail: g.name });
  const files: ExportFile[] = [];
  for (const [k, index] of g.indices.entries()) {
    files.push({ name: g.files[k]!, bytes: await bytesOf(inputs[index]!, ctx.open) });
  }
  const o = ctx.importOptions ?? {};
  let r: Awaited<ReturnType<typeof importHsdsPackage>>;
  try {
    r = await importHsdsPackage(files, {
      ...(o.vocabulary ? { vocabulary: o.vocabulary } : {}),
      ...(o.crs ? { crs: o.crs } : {}),
      ...(o.phoneCountry ? { phoneCountry: o.phoneCountry } : {}),
      ...(o.limits ? { limits: o.limits } : {}),
    });
  } catch (e) {
    if (e instanceof ImportError && e.code === "hsds.noPackage") return undefined;
    throw e;
  }
  const orgs = ctx.entity === "organization";
  const records = orgs ? r.organizations : r.locations;
  const origins = orgs ? r.origins.organizations : r.origins.locations;
  const table = orgs ? "organizations" : "locations";
  const main = r.tables.find((t) => t.table === table)?.file ?? g.files[0]!;
  const rows: MergeRow[] = records.map((record, k) => ({
    row: origins[k]?.row ?? k + 2,
    record: record as unknown as Record<string, unknown>,
  }));
  const issues: RowIssue[] = r.issues.slice();
  if (r.phones.length > 0) {
    issues.push({
      file: main,
      row: 0,
      code: "merge.hsdsPhones",
      severity: "warning",
      message: linliMessage("merge.hsdsPhones", {
        name: g.name,
        count: r.phones.length,
        ids: r.phones
          .map((p) => p.id)
          .join(", ")
          .slice(0, 500),
      }),
    });
  }
  const read = r.tables.filter((t) => t.read);
  const sum = (k: "rows" | "kept" | "rejected" | "withheldRows" | "withheldCells") =>
    read.reduce((n, t) => n + t[k], 0);
  ctx.progress?.({ stage: "import", done: records.length, total: records.length, detail: g.name });
  return {
    source: {
      name: g.name,
      file: main,
      rows,
      issues,
      counts: {
        rowsRead: sum("rows"),
        accepted: sum("kept"),
        rejected: sum("rejected"),
        emptySkipped: 0,
        withheldRows: sum("withheldRows"),
        withheldCells: sum("withheldCells"),
        warnings: issues.filter((i) => i.severity === "warning").length,
      },
    },
    mapping: [{ source: g.name, file: main, columns: [], notes: [] }],
  };
}
