import {
  FilledColumns,
  type ImportSummary,
  importRecords,
  type OdkRepeatSummary,
  type RowIssue,
} from "@linli/adapters/node";
import {
  columns,
  type EntityName,
  entities,
  entityNames,
  type ImportCounts,
  type Localized,
} from "@linli/core";
import { listText } from "../args/parse.js";
import { type Command, type Context, EXIT, UsageError } from "../command.js";
import {
  DATA_OPTIONS,
  dataFiles,
  entityOption,
  errorText,
  mappingOption,
  sheetOption,
  vocabOption,
} from "../data-files.js";
import { hsdsPackages } from "../hsds-files.js";
import {
  EntityUnknown,
  type FileEntity,
  fileEntity,
  guessText,
  IMPORT_OPTIONS,
  importOptions,
  phoneCountryOption,
  setOption,
  setValues,
} from "../import-options.js";
import { vm } from "../locales/validate-merge.js";
import { odkFiles, readOdkExport, repeatLines } from "../odk-files.js";
import { progress } from "../progress.js";
import { issueGroupLines } from "./issue-groups.js";
import { checkPackage, type PackageReport } from "./validate-hsds.js";

/** What `validate --json` prints for one file. */
interface FileReport extends ImportCounts {
  readonly file: string;
  /** The entity the rows were read as: `--entity`, or guessed (with `guess`). */
  readonly entity: EntityName;
  readonly guess?: {
    readonly confidence: number;
    readonly candidates: readonly {
      entity: EntityName;
      score: number;
      columns: readonly string[];
    }[];
  };
  readonly sheet?: string;
  readonly mapping: {
    readonly preset?: string;
    readonly columns: readonly {
      column: string;
      field: string | null;
      confidence: number;
      reason: string;
      split?: readonly string[];
      /** No header, no field and no value in any row. */
      empty?: true;
    }[];
    readonly notes: readonly { code: string; message: { "zh-CN": string; en: string } }[];
    /**
     * How many of `columns` have neither a header nor a value in any row (a stray cell far to
     * the right makes a sheet that wide): not listed one by one in the text output.
     */
    readonly emptyColumns?: number;
  };
  readonly issues: readonly RowIssue[];
  /** With `--sheet all`: each sheet's counts and mapping. */
  readonly sheets?: readonly {
    readonly sheet?: string;
    readonly rowsRead: number;
    readonly accepted: number;
    readonly rejected: number;
    readonly mapping: FileReport["mapping"];
  }[];
  /** For an ODK or KoboToolbox export: how each repeat's rows joined their submissions. */
  readonly repeats?: readonly OdkRepeatSummary[];
}

/** `--entity`, else the entity every file was read as, else `auto` (each file says its own). */
function entityOf(ctx: Context, reports: readonly FileReport[]): string {
  const given = ctx.values.entity as string | undefined;
  if (given !== undefined) return given;
  const found = new Set(reports.map((r) => r.entity));
  return found.size === 1 ? [...found][0]! : found.size === 0 ? entityOption(ctx) : "auto";
}

/** A file none of whose columns is a field of the entity. */
class NoDataColumns extends Error {
  constructor(
    readonly text: Localized,
    readonly code = "validate.noColumns",
  ) {
    super(text.en);
  }
}

async function check(ctx: Context, file: string): Promise<FileReport> {
  const sheet = sheetOption(ctx);
  const found = await fileEntity(ctx, file, sheet);
  const { entity } = found;
  const mapping = await mappingOption(ctx, entity);
  const options = await importOptions(ctx, entity);
  if (!ctx.json) {
    const said = guessText(file, found);
    if (said) ctx.io.stdout.write(`${ctx.t(said)}\n`);
  }
  const run = importRecords(file, {
    entity,
    fileName: file,
    ...(mapping ? { mapping } : {}),
    ...options,
  });
  const bar = progress(ctx, ctx.t(vm("label.import", { file })));
  const issues: RowIssue[] = [];
  const filled = new FilledColumns();
  let n = 0;
  for await (const r of run) {
    n++;
    if (r.kind === "record") {
      for (const x of r.warnings) issues.push(x);
      filled.record(r.sheet, r.record);
    } else if (r.kind === "rejected") {
      for (const x of r.issues) issues.push(x);
      filled.raw(r.sheet, r.raw);
    }
    if ((n & 1023) === 0) bar.update(n);
  }
  bar.update(n, n);
  bar.done();
  return report(file, found, await run.summary(), issues, filled);
}

/** An ODK or KoboToolbox export: the submissions file with its repeats. */
async function checkOdk(ctx: Context, file: string, repeats: readonly string[]) {
  const entity = entityOption(ctx);
  const mapping = await mappingOption(ctx, entity);
  const vocabulary = await vocabOption(ctx);
  const phoneCountry = phoneCountryOption(ctx);
  const bar = progress(ctx, ctx.t(vm("label.import", { file })));
  const r = await readOdkExport(ctx, file, repeats, {
    entity,
    ...(mapping ? { mapping } : {}),
    ...(vocabulary ? { vocabulary } : {}),
    ...(phoneCountry ? { phoneCountry } : {}),
  });
  bar.done();
  const issues: RowIssue[] = [];
  for (const x of r.rejected) for (const i of x.issues) issues.push(i);
  for (const i of r.issues) issues.push(i);
  issues.sort((a, b) => (a.file === b.file ? 0 : a.file === file ? -1 : 1));
  return { ...report(file, { entity }, r.summary, issues), repeats: r.summary.repeats };
}

function report(
  file: string,
  f: FileEntity,
  s: ImportSummary,
  issues: RowIssue[],
  filled?: FilledColumns,
): FileReport {
  return {
    file,
    entity: f.entity,
    ...(f.guess
      ? {
          guess: {
            confidence: f.guess.confidence,
            candidates: f.guess.candidates.map((c) => ({
              entity: c.entity,
              score: c.score,
              columns: c.columns,
            })),
          },
        }
      : {}),
    ...(s.sheet !== undefined ? { sheet: s.sheet } : {}),
    rowsRead: s.rowsRead,
    accepted: s.accepted,
    rejected: s.rejected,
    emptySkipped: s.emptySkipped,
    withheldRows: s.withheldRows,
    withheldCells: s.withheldCells,
    warnings: s.warnings,
    mapping: mappingOf(s.mapping, s.sheet, filled),
    issues,
    ...(s.sheets
      ? {
          sheets: s.sheets.map((x) => ({
            ...(x.sheet !== undefined ? { sheet: x.sheet } : {}),
            rowsRead: x.rowsRead,
            accepted: x.accepted,
            rejected: x.rejected,
            mapping: mappingOf(x.mapping, x.sheet, filled),
          })),
        }
      : {}),
  };
}

function mappingOf(
  m: ImportSummary["mapping"],
  sheet: string | undefined,
  filled: FilledColumns | undefined,
): FileReport["mapping"] {
  const empty = filled ? m.columns.filter((c) => filled.empty(sheet, c)).length : 0;
  return {
    ...(m.preset ? { preset: m.preset } : {}),
    columns: m.columns.map((c) => ({
      column: c.header,
      field: c.field ?? null,
      confidence: c.confidence,
      reason: c.reason,
      ...(c.split ? { split: c.split } : {}),
      ...(filled?.empty(sheet, c) ? { empty: true } : {}),
    })),
    notes: m.notes.map((x) => ({ code: x.code, message: x.message })),
    ...(empty > 0 ? { emptyColumns: empty } : {}),
  };
}

function print(ctx: Context, r: FileReport, entity: EntityName) {
  const out = (s: string) => ctx.io.stdout.write(`${s}\n`);
  const labels = new Map(columns(entities[entity]).map((c) => [c.key, c.label[ctx.lang]]));
  const { file, rowsRead, rejected, emptySkipped, withheldRows, withheldCells, warnings } = r;
  const full = r.accepted - withheldRows;
  out(
    ctx.t(
      vm("validate.file", {
        file,
        rowsRead,
        full,
        withheldRows,
        rejected,
        emptySkipped,
        withheldCells,
        warnings,
      }),
    ),
  );
  const mapped = (m: FileReport["mapping"]) => {
    const listed = m.columns
      .filter((c) => !c.empty)
      .map(
        (c) =>
          `${c.column} → ${c.field ? (labels.get(c.field) ?? c.field) : ctx.t(vm("validate.unmapped"))}`,
      )
      .join(ctx.lang === "zh-CN" ? "，" : ", ");
    // Empty columns without a header are counted, not listed (16,384 of them after a stray cell).
    return m.emptyColumns
      ? `${listed}${ctx.t(vm("validate.emptyColumns", { count: m.emptyColumns }))}`
      : listed;
  };
  // Every sheet read has its own mapping: each is shown, with its sheet.
  const sheets = r.sheets ?? [{ mapping: r.mapping }];
  for (const s of sheets) {
    if (r.sheets && "sheet" in s && s.sheet !== undefined) {
      out(ctx.t(vm("validate.sheetColumns", { sheet: s.sheet, columns: mapped(s.mapping) })));
    } else out(ctx.t(vm("validate.columns", { columns: mapped(s.mapping) })));
  }
  const notes = sheets.flatMap((s) => s.mapping.notes);
  if (notes.length > 0) {
    out(ctx.t(vm("validate.notesHead")));
    for (const n of notes) out(`    ${n.message[ctx.lang]}`);
  }
  for (const line of repeatLines(ctx, entity, r.repeats ?? [], file)) out(line);
  // Rejections, withheld cells and warnings apart, each with its own count.
  for (const line of issueGroupLines(ctx, r.issues)) out(line);
}

/**
 * `linli validate <files…>`: import each file as the model's entity and say, per file, how
 * many rows were read, accepted, rejected and skipped, how the columns were mapped and what
 * is wrong with each rejected row. Exit 1 when a row was rejected, 2 when a file cannot be
 * read or none of its columns is a field of the entity (the other files are still checked).
 */
export const validate: Command = {
  name: "validate",
  usage: "<files…> [--entity resident] [--mapping m.json] [--sheet name|all] [--json]",
  summary: vm("validate.summary"),
  help: vm("validate.help", { entities: entityNames.join(", ") }),
  options: { ...DATA_OPTIONS, ...IMPORT_OPTIONS },
  async run(ctx) {
    const args = await dataFiles(ctx, "validate", true);
    // A folder of HSDS tables, or the tables given together, is read as one package.
    const { packages, rest: files } = await hsdsPackages(args);
    // Arguments are checked before any file is read (--set again per entity read).
    if (ctx.values.entity !== undefined) {
      setOption(ctx, entityOption(ctx), await vocabOption(ctx));
    } else setValues(ctx);
    const reports: (FileReport | { file: string; error: { code: string; message: unknown } })[] =
      [];
    let failed = false;
    const read: PackageReport[] = [];
    for (const p of packages) {
      try {
        read.push(await checkPackage(ctx, p));
      } catch (e) {
        failed = true;
        const message = errorText(e, p.name);
        reports.push({
          file: p.name,
          error: { code: (e as { code?: string }).code ?? "error", message },
        });
        if (!ctx.json) {
          ctx.io.stderr.write(
            `${ctx.t(vm("validate.failed", { file: p.name, message: message[ctx.lang] }))}\n`,
          );
        }
      }
    }
    const odk = await odkFiles(ctx, files);
    for (const file of files) {
      if (odk.within.has(file)) continue; // read with its submissions file
      try {
        const alone = odk.unjoined.get(file);
        if (alone) throw new NoDataColumns(alone, "odk.repeatAlone");
        const repeats = odk.exports.get(file);
        const r = repeats ? await checkOdk(ctx, file, repeats) : await check(ctx, file);
        // Every sheet read (--sheet all), not only the first: a cover page has no field.
        const read = r.sheets?.map((x) => x.mapping) ?? [r.mapping];
        const none = read.every((m) => m.columns.every((c) => !c.field && !c.split?.length));
        if (r.rowsRead > 0 && none) {
          // Nothing of the file is data of this kind: the wrong file or the wrong --entity.
          const columns = read.flatMap((m) =>
            m.columns.filter((c) => !c.empty).map((c) => c.column),
          );
          throw new NoDataColumns(
            vm("validate.noColumns", {
              file,
              entity: r.entity,
              columns: listText(columns),
            }),
          );
        }
        reports.push(r);
        if (!ctx.json) print(ctx, r, r.entity);
      } catch (e) {
        if (e instanceof UsageError) throw e;
        failed = true;
        const said = e instanceof NoDataColumns || e instanceof EntityUnknown;
        const message = e instanceof NoDataColumns ? e.text : errorText(e, file);
        const code = e instanceof NoDataColumns ? e.code : (e as { code?: string }).code;
        reports.push({ file, error: { code: code ?? "error", message } });
        if (!ctx.json) {
          const text = said ? message : vm("validate.failed", { file, message: message[ctx.lang] });
          ctx.io.stderr.write(`${ctx.t(text)}\n`);
        }
      }
    }
    const ok = reports.filter((r): r is FileReport => !("error" in r));
    const rejected =
      ok.reduce((n, r) => n + r.rejected, 0) + read.reduce((n, r) => n + r.rejected, 0);
    if (ctx.json) {
      const hsds = read.length > 0 ? { packages: read } : {};
      ctx.io.stdout.write(
        `${JSON.stringify({ entity: entityOf(ctx, ok), files: reports, ...hsds }, null, 2)}\n`,
      );
    } else if (files.length > 1) {
      const sum = (k: "rowsRead" | "accepted" | "emptySkipped" | "withheldRows") =>
        ok.reduce((n, r) => n + r[k], 0);
      const total = {
        files: files.length,
        rowsRead: sum("rowsRead"),
        full: sum("accepted") - sum("withheldRows"),
        withheldRows: sum("withheldRows"),
        rejected,
        emptySkipped: sum("emptySkipped"),
      };
      ctx.io.stdout.write(`${ctx.t(vm("validate.total", total))}\n`);
    }
    return failed ? EXIT.usage : rejected > 0 ? EXIT.dataIssues : EXIT.ok;
  },
};
