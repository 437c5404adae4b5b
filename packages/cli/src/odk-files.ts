// ODK Central and KoboToolbox exports among the files of a command: a workbook with a sheet
// per repeat, or a submissions CSV file with its repeat files, each read as one export.
import { open, readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import {
  groupOdkFiles,
  importOdkExport,
  type OdkFileKind,
  type OdkImportResult,
  type OdkRepeatSummary,
  odkFileKind,
  odkUnjoinedError,
  type SavedMapping,
  type UserVocabulary,
} from "@linli/adapters/node";
import {
  describe,
  type EntityName,
  type EntityRecord,
  entities,
  type Localized,
  type Node,
} from "@linli/core";
import type { Context } from "./command.js";
import type { Input, InputSummary } from "./export-io.js";
import { ex } from "./locales/export.js";
import { vm } from "./locales/validate-merge.js";
import { progress } from "./progress.js";

/** Bytes enough to read a CSV file's header row. */
const HEAD = 64 * 1024;

/** The exports among some files, by file as given on the command line. */
export interface OdkFiles {
  /** Each submissions file with its repeat files. */
  readonly exports: ReadonlyMap<string, readonly string[]>;
  /** Repeat files read with their submissions file. */
  readonly within: ReadonlySet<string>;
  /** Repeat files whose submissions file is not among the files, and why. */
  readonly unjoined: ReadonlyMap<string, Localized>;
}

/** What kind of export file a path is, from its first bytes (a workbook whole). */
async function kindOf(path: string): Promise<OdkFileKind | undefined> {
  const fh = await open(path, "r");
  let head: Uint8Array;
  try {
    const buf = new Uint8Array(HEAD);
    const { bytesRead } = await fh.read(buf, 0, HEAD, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  if (head[0] === 0x50 && head[1] === 0x4b) head = await readFile(path);
  return odkFileKind({ name: path, bytes: head });
}

/**
 * Find the ODK and KoboToolbox exports among files. A file that cannot be opened is left to
 * the command, which says why.
 */
export async function odkFiles(ctx: Context, files: readonly string[]): Promise<OdkFiles> {
  const kinds: (OdkFileKind | undefined)[] = [];
  for (const f of files) kinds.push(await kindOf(resolve(ctx.io.cwd, f)).catch(() => undefined));
  const exports = new Map<string, string[]>();
  const within = new Set<string>();
  const unjoined = new Map<string, Localized>();
  if (!kinds.some(Boolean)) return { exports, within, unjoined };
  const groups = groupOdkFiles(files.map((name, i) => ({ name, kind: kinds[i] })));
  for (const g of groups.exports) {
    const repeats = g.repeats.map((k) => files[k]!);
    exports.set(files[g.main]!, repeats);
    for (const r of repeats) within.add(r);
  }
  for (const u of groups.unjoined) {
    const file = files[u.file]!;
    unjoined.set(
      file,
      odkUnjoinedError(
        file,
        kinds[u.file]?.link ?? "",
        u.mains.map((m) => files[m]!),
      ).localized,
    );
  }
  return { exports, within, unjoined };
}

/** How an export is read: its entity, `--mapping`, `--vocab`, `--phone-country`. */
export interface OdkReadOptions {
  readonly entity: EntityName;
  readonly mapping?: SavedMapping;
  readonly vocabulary?: UserVocabulary;
  readonly phoneCountry?: string;
}

/** Read one export: the submissions file and its repeat files. */
export async function readOdkExport(
  ctx: Context,
  main: string,
  repeats: readonly string[],
  options: OdkReadOptions,
): Promise<OdkImportResult<EntityRecord<EntityName>>> {
  const files = [];
  for (const f of [main, ...repeats]) {
    files.push({ name: f, bytes: await readFile(resolve(ctx.io.cwd, f)) });
  }
  return importOdkExport(files, {
    entity: options.entity,
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.vocabulary ? { vocabulary: options.vocabulary } : {}),
    ...(options.phoneCountry ? { phoneCountry: options.phoneCountry } : {}),
  });
}

/** An export read for `linli convert`: its records, and what reading them gave. */
export function odkInput(
  ctx: Context,
  main: string,
  repeats: readonly string[],
  options: OdkReadOptions,
): Input {
  let done: InputSummary | undefined;
  async function* records() {
    const bar = progress(ctx, ctx.t(ex("label.read", { file: basename(main) })));
    const r = await readOdkExport(ctx, main, repeats, options);
    bar.done();
    const issues = [];
    for (const x of r.rejected) for (const i of x.issues) issues.push(i);
    for (const i of r.issues) issues.push(i);
    done = {
      file: basename(main),
      kind: "table",
      rowsRead: r.summary.rowsRead,
      accepted: r.summary.accepted,
      rejected: r.summary.rejected,
      emptySkipped: r.summary.emptySkipped,
      mapping: r.summary.mapping,
      issues,
      rejectedRows: r.rejected.map((x) => ({
        row: x.row,
        ...(x.sheet ? { sheet: x.sheet } : {}),
        raw: x.raw,
      })),
      repeats: r.summary.repeats,
    };
    yield* r.records;
  }
  return { records: records(), summary: async () => done! };
}

/** A field's label by its dotted path (`household.members`), or the path. */
function labelAt(entity: EntityName, path: string, lang: Context["lang"]): string {
  let node: Node | undefined = describe(entities[entity]);
  for (const k of path.split(".")) {
    node = node?.kind === "object" ? node.properties.find((p) => p.key === k)?.node : undefined;
  }
  return node?.meta?.label[lang] ?? path;
}

/** One line per repeat of an export: where its rows are, the list, how they joined. */
export function repeatLines(
  ctx: Context,
  entity: EntityName,
  repeats: readonly OdkRepeatSummary[],
  file: string,
): string[] {
  return repeats.map((x) => {
    const own = basename(x.file ?? file);
    // A CSV file is its one table; a workbook's sheet is named with it.
    const place = own.replace(/\.[^.]+$/, "") === x.sheet ? own : `${own} · ${x.sheet}`;
    const field = x.field ? labelAt(entity, x.field, ctx.lang) : "—";
    return ctx.t(vm("validate.repeat", { ...x, place, field }));
  });
}
