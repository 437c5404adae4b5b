import { basename, extname, resolve } from "node:path";
import {
  type ExportFormat,
  exportRecords,
  importFile,
  saveMapping,
  TEXT_ENCODINGS,
  toHsds,
  type UnattachedPhone,
} from "@linli/adapters/node";
import {
  columns,
  type EntityName,
  type EntityRecord,
  entities,
  entityNames,
  type Location,
  type Organization,
} from "@linli/core";
import { type IssueSharing, issueSharing } from "linli";
import type { OutputSet } from "linli/node";
import { exportLogName, profilePlan, profiler } from "linli/privacy";
import { checkChoice } from "../args/parse.js";
import { type Command, CommandLineError, type Context, EXIT, UsageError } from "../command.js";
import {
  columnsOption,
  DATA_OPTIONS,
  entityOption,
  errorText,
  mappingOption,
  sheetOption,
  vocabOption,
} from "../data-files.js";
import { type InputSummary, printInput, readInput } from "../export-io.js";
import { hsdsPackages } from "../hsds-files.js";
import { hsdsInput } from "../hsds-input.js";
import {
  fileEntity,
  guessText,
  IMPORT_OPTIONS,
  importOptions,
  phoneCountryOption,
  setOption,
  setValues,
} from "../import-options.js";
import { ex } from "../locales/export.js";
import { odkFiles, odkInput } from "../odk-files.js";
import { commandOutputs, inputFiles, interruptedExit, interruptible } from "../outputs.js";
import { PROFILE_OPTIONS, profileOption, secretOption, writeExportLog } from "../profile-option.js";

const FORMATS = ["csv", "xlsx", "json", "ndjson", "hxl", "hsds"] as const;
type Format = (typeof FORMATS)[number];
const BY_EXTENSION: Record<string, Format> = {
  ".csv": "csv",
  ".tsv": "csv",
  ".xlsx": "xlsx",
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
};

function formatOf(ctx: Context, out: string): Format {
  const f = ctx.values.format as Format | undefined;
  if (f !== undefined) return f;
  const byExt = BY_EXTENSION[extname(out).toLowerCase()];
  if (!byExt) throw new CommandLineError(ex("err.format", { file: out }));
  return byExt;
}

function listOption(ctx: Context, entity: EntityName): string[] | undefined {
  const known = columns(entities[entity]).map((x) => x.key);
  return columnsOption(
    ctx,
    known,
    known.filter((k) => !k.startsWith("meta.")),
  );
}

/**
 * Rejected rows as a sharing profile lets them be shown: each raw cell only where the profile
 * shows a raw cell of every field its column maps to (see `issueSharing` of linli).
 */
function sharedRows(s: InputSummary, share: IssueSharing): InputSummary["rejectedRows"] {
  const fields = new Map<string, (string | undefined)[]>();
  for (const c of s.mapping?.columns ?? []) {
    fields.set(c.header, [...(fields.get(c.header) ?? []), c.field, ...(c.split ?? [])]);
  }
  return s.rejectedRows.map(({ raw, ...row }) => {
    const shown = Object.entries(raw ?? {}).filter(([header]) =>
      (fields.get(header) ?? [undefined]).every((f) => share.shows(f)),
    );
    return shown.length > 0 ? { ...row, raw: Object.fromEntries(shown) } : row;
  });
}

/**
 * Write problems beside the output (`<out>.issues.json`), when there are any; under a sharing
 * profile (`share`), raw cells and the messages quoting them only as the profile allows.
 * Returns the file's path, or undefined when there was nothing to write.
 */
export async function writeIssues(
  outputs: OutputSet,
  out: string,
  s: InputSummary,
  share?: IssueSharing,
): Promise<string | undefined> {
  if (s.issues.length === 0) return undefined;
  const file = issuesFileOf(out);
  const body = share
    ? {
        file: s.file,
        profile: share.profile,
        rejected: sharedRows(s, share),
        issues: s.issues.map((i) => share.issue(i)),
      }
    : { file: s.file, rejected: s.rejectedRows, issues: s.issues };
  await outputs.write(file, [`${JSON.stringify(body, null, 2)}\n`]);
  return file;
}

/** Where {@link writeIssues} puts the problems of an output. */
export const issuesFileOf = (out: string) => `${out}.issues.json`;

/** Where a package's phones of no organisation, service or location go beside an output. */
export const unattachedFileOf = (out: string) => `${out}.unattached.json`;

/** The records a package converts to: organisations (default) or locations. */
function packageEntity(ctx: Context): "organization" | "location" {
  const e = (ctx.values.entity as string | undefined) ?? "organization";
  checkChoice("--entity", e, ["organization", "location"]);
  return e as "organization" | "location";
}

/**
 * `linli convert <file> -o <out>`: import a file (or read a file of linli records) and write
 * it as CSV, XLSX, JSON, NDJSON, HXL or HSDS, streaming; optionally through a sharing
 * profile, with the export log beside the output. The mapping and every problem are reported.
 */
export const convert: Command = {
  name: "convert",
  usage:
    "<file> -o <out> [--format csv|xlsx|json|ndjson|hxl|hsds] [--entity resident] [--profile name|file [--secret-file path]]",
  summary: ex("convert.summary"),
  help: ex("convert.help", { entities: entityNames.join(", ") }),
  options: {
    ...DATA_OPTIONS,
    ...IMPORT_OPTIONS,
    out: { type: "string", short: "o", example: "居民.csv" },
    format: { type: "string", short: "f", choices: FORMATS },
    encoding: { type: "string", example: "gb18030" },
    columns: { type: "string", example: "name,gender,citizenId" },
    values: { type: "string", choices: ["label", "code"] },
    shape: { type: "string", choices: ["records", "table"] },
    ...PROFILE_OPTIONS,
    locations: { type: "string" },
    "save-mapping": { type: "string" },
  },
  async run(ctx) {
    // One file, the files of one ODK or KoboToolbox export (submissions and repeats), or an
    // Open Referral HSDS package (its folder, or its tables together).
    const found0 = await hsdsPackages(ctx.positionals);
    const pkg =
      found0.packages.length === 1 && found0.rest.length === 0 ? found0.packages[0] : undefined;
    const odk = await odkFiles(ctx, pkg ? [] : ctx.positionals);
    const [first] = ctx.positionals;
    const alone = first !== undefined ? odk.unjoined.get(first) : undefined;
    if (alone) throw new UsageError(alone);
    const repeats = first !== undefined ? odk.exports.get(first) : undefined;
    if (!pkg && (ctx.positionals.length !== 1 + (repeats?.length ?? 0) || first === undefined))
      throw new CommandLineError(ex("err.oneInput"));
    if (first === undefined) throw new CommandLineError(ex("err.oneInput"));
    const input = resolve(ctx.io.cwd, first);
    const outArg = ctx.values.out as string | undefined;
    if (!outArg)
      throw new CommandLineError(ex("err.out", { command: "convert", example: "居民.csv" }));
    const out = resolve(ctx.io.cwd, outArg);
    const format = formatOf(ctx, out);
    const sheet = sheetOption(ctx);
    phoneCountryOption(ctx); // refused before any file is read
    const vocabulary = await vocabOption(ctx);
    if (ctx.values.entity !== undefined) setOption(ctx, entityOption(ctx), vocabulary);
    else setValues(ctx);
    const values = ctx.values.values as string | undefined;
    const shape = ctx.values.shape as string | undefined;
    const encoding = ctx.values.encoding as string | undefined;
    if (encoding !== undefined) checkChoice("--encoding", encoding.toLowerCase(), TEXT_ENCODINGS);
    // Without --entity (and for one file, not an ODK export), the kind is guessed and said;
    // HSDS is written from organisations only.
    const found = pkg
      ? { entity: packageEntity(ctx) }
      : ctx.values.entity !== undefined || repeats
        ? { entity: entityOption(ctx) }
        : format === "hsds"
          ? { entity: "organization" as const }
          : await fileEntity(ctx, input, sheet).catch((e) => {
              throw new UsageError(errorText(e, input));
            });
    const entity = found.entity;
    const guessed = guessText(first, found);
    if (format === "hsds" && entity !== "organization") throw new CommandLineError(ex("err.hsds"));
    const options = await importOptions(ctx, entity);
    const mapping = await mappingOption(ctx, entity);
    const cols = listOption(ctx, entity);
    const profile = await profileOption(ctx);
    const profileOptions = await secretOption(ctx, entity, profile);
    // toHsds takes canonical records: a profile that changes them cannot go through it.
    const plan = profile && profilePlan(entity, profile, profileOptions);
    if (format === "hsds" && plan && plan.view !== "canonical") {
      throw new UsageError(ex("err.hsdsProfile", { profile: plan.profile.name }));
    }
    const share = profile ? issueSharing(entity, profile, profileOptions) : undefined;

    const savePath = ctx.values["save-mapping"] as string | undefined;
    const saveTo = savePath ? resolve(ctx.io.cwd, savePath) : undefined;
    const paths = [
      out,
      issuesFileOf(out),
      exportLogName(out),
      ...(pkg ? [unattachedFileOf(out)] : []),
      ...(saveTo ? [saveTo] : []),
    ];
    const done = await interruptible(ctx, async (signal) => {
      const outputs = await commandOutputs(ctx, paths, inputFiles(ctx, ctx.positionals), signal);
      try {
        return await convertInto(outputs);
      } catch (e) {
        await outputs.abort();
        if (e instanceof UsageError || interruptedExit(e) !== undefined) throw e;
        throw new UsageError(errorText(e, input));
      }
    });

    async function convertInto(outputs: OutputSet) {
      let source: Awaited<ReturnType<typeof readInput>>;
      let packagePhones: (() => UnattachedPhone[]) | undefined;
      try {
        source = pkg
          ? hsdsInput(ctx, pkg, {
              entity: found.entity as "organization" | "location",
              ...(await importOptions(ctx)),
            })
          : repeats
            ? odkInput(ctx, ctx.positionals[0]!, repeats, {
                entity,
                ...(mapping ? { mapping } : {}),
                ...(vocabulary ? { vocabulary } : {}),
                ...(options.phoneCountry ? { phoneCountry: options.phoneCountry } : {}),
              })
            : await readInput(ctx, input, { entity, ...(mapping ? { mapping } : {}), ...options });
        if ("phones" in source) packagePhones = (source as ReturnType<typeof hsdsInput>).phones;
      } catch (e) {
        throw new UsageError(errorText(e, input));
      }
      let count = 0;
      let unattached: { file: string; count: number } | undefined;
      let view = "canonical";
      let notes: readonly { message: { "zh-CN": string; en: string } }[] = [];
      if (format === "hsds") {
        // Only a profile whose output is still canonical gets here (see err.hsdsProfile).
        const shared = profile && profiler(entity, profile, profileOptions);
        const orgs: Organization[] = [];
        for await (const r of source.records) orgs.push((shared ? shared(r) : r) as Organization);
        const locations = ctx.values.locations
          ? ((
              await importFile(resolve(ctx.io.cwd, ctx.values.locations as string), {
                entity: "location",
              })
            ).records as Location[])
          : [];
        const alone = packagePhones?.() ?? [];
        const hsds = toHsds(orgs, { locations, lang: ctx.lang, phones: alone });
        const { organizations, services, phones } = hsds;
        const doc = { organizations, services, ...(phones.length > 0 ? { phones } : {}) };
        await outputs.write(out, [`${JSON.stringify(doc, null, 2)}\n`]);
        if (phones.length > 0) unattached = { file: out, count: phones.length };
        count = orgs.length;
        notes = hsds.notes;
      } else {
        const run = exportRecords(source.records as AsyncIterable<EntityRecord<EntityName>>, {
          entity,
          format: format as ExportFormat,
          lang: ctx.lang,
          ...(cols ? { columns: cols } : {}),
          ...(values ? { values: values as "label" | "code" } : {}),
          ...(shape ? { shape: shape as "records" | "table" } : {}),
          ...(encoding ? { encoding } : {}),
          ...(extname(out).toLowerCase() === ".tsv" ? { delimiter: "\t" } : {}),
          ...(profile ? { profile, profileOptions } : {}),
        });
        await outputs.write(out, run);
        const s = await run.summary();
        count = s.count;
        view = s.view;
        notes = s.notes;
        const alone = packagePhones?.() ?? [];
        if (pkg && alone.length > 0) {
          const file = unattachedFileOf(out);
          const body = { package: pkg.name, phones: alone };
          await outputs.write(file, [`${JSON.stringify(body, null, 2)}\n`]);
          unattached = { file, count: alone.length };
        }
      }
      const summary = await source.summary();
      const logFile = profile
        ? await writeExportLog(outputs, out, { profile, profileOptions, entity, count, format })
        : undefined;
      const issuesFile = await writeIssues(outputs, out, summary, share);
      const saved = Boolean(saveTo && summary.mapping);
      if (saveTo && summary.mapping) {
        await outputs.write(saveTo, [`${JSON.stringify(saveMapping(summary.mapping), null, 2)}\n`]);
      }
      // The problems and the log of an earlier run go when this one has none.
      await outputs.commit([
        issuesFileOf(out),
        exportLogName(out),
        ...(pkg ? [unattachedFileOf(out)] : []),
      ]);
      return { summary, count, view, notes, logFile, issuesFile, saved, unattached };
    }

    const { summary, count, view, notes, logFile, issuesFile, saved, unattached } = done;
    const labels = new Map(columns(entities[entity]).map((c) => [c.key, c.label[ctx.lang]]));
    if (ctx.json) {
      ctx.io.stdout.write(
        `${JSON.stringify(
          {
            input: { ...summary, issues: summary.issues.length, rejectedRows: undefined },
            output: {
              file: out,
              format,
              count,
              view,
              ...(logFile ? { log: logFile } : {}),
              ...(issuesFile ? { issues: issuesFile } : {}),
              ...(unattached ? { unattachedPhones: unattached } : {}),
            },
            issues: share ? summary.issues.map((i) => share.issue(i)) : summary.issues,
          },
          null,
          2,
        )}\n`,
      );
    } else {
      if (guessed) ctx.io.stdout.write(`${ctx.t(guessed)}\n`);
      printInput(ctx, summary, labels, entity);
      const say = (text: string) => ctx.io.stdout.write(`${text}\n`);
      for (const n of notes) say(ctx.t(ex("convert.note", { message: n.message[ctx.lang] })));
      say(
        ctx.t(
          ex("convert.wrote", {
            count,
            file: outArg,
            format,
            view: view === "shared" ? ctx.t(ex("convert.shared")) : "",
          }),
        ),
      );
      if (logFile) say(ctx.t(ex("convert.log", { file: basename(logFile) })));
      if (unattached) {
        const file = basename(unattached.file);
        say(ctx.t(ex("convert.unattached", { count: unattached.count, file })));
      }
      if (saved) say(ctx.t(ex("convert.mapping", { file: savePath! })));
      if (issuesFile) {
        say(ctx.t(ex("convert.issues", { count: summary.rejected, file: basename(issuesFile) })));
      }
    }
    return summary.rejected > 0 ? EXIT.dataIssues : EXIT.ok;
  },
};
